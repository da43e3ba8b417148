"""What every packing command shares: the call's codes, the rules a code must meet to be packed
(not voided, the right product and lot, the right level, not held elsewhere), people's errors
naming where a code already is, and the events the command appends to the chain at its end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy import select

from server.catalog.models import Product
from server.codes.keys import KeyStore
from server.codes.lookup import shown
from server.codes.models import CodeBatch
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.packing import chain, tree
from server.packing.codestate import Code, Codes
from server.packing.models import PackRun, PackSettings
from server.packing.repository import SettingsRepository
from server.packing.tree import Node
from server.production.models import ProductionLot

CONTAINER_OF = {"item": "case", "case": "pallet", "pallet": "pallet"}


def moment(stamp: Timestamp | None) -> datetime:
    """When something happened: the client's time when given, else now."""
    if stamp is not None and (stamp.seconds or stamp.nanos):
        return stamp.ToDatetime(tzinfo=UTC)
    return datetime.now(UTC)


class Packer:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id
        self.codes = Codes(ctx, keys)
        self.events: list[chain.NewEvent] = []
        self._batches: dict[int, CodeBatch] = {}
        self._names: dict[tuple[int | None, int | None], str] = {}
        self._settings: PackSettings | None = None

    # --- reading --------------------------------------------------------------------------------

    def settings(self) -> PackSettings:
        if self._settings is None:
            self._settings = SettingsRepository(self.ctx).row()
        return self._settings

    def batch(self, batch_id: int) -> CodeBatch:
        found = self._batches.get(batch_id)
        if found is None:
            found = self.session.execute(select(CodeBatch).where(
                CodeBatch.tenant_id == self.tenant_id, CodeBatch.id == batch_id)).scalar_one()
            self._batches[batch_id] = found
        return found

    def code_of(self, node: Node) -> str:
        """A node's code as printed."""
        return self.codes.printed(self.batch(node.batch_id), node.serial)

    def node(self, code: Code, *, lock: bool = True) -> Node | None:
        return tree.by_keys(self.session, self.tenant_id, [code.key], lock=lock).get(code.key)

    def what(self, product_id: int | None, lot_id: int | None) -> str:
        """"product name / lot number" for messages."""
        key = (product_id, lot_id)
        if key not in self._names:
            name = self.session.execute(select(Product.name).where(
                Product.id == product_id)).scalar_one_or_none() if product_id else None
            lot = self.session.execute(select(ProductionLot.lot_no).where(
                ProductionLot.id == lot_id)).scalar_one_or_none() if lot_id else None
            self._names[key] = " / ".join(x for x in (name or "—", lot) if x)
        return self._names[key]

    # --- rules ----------------------------------------------------------------------------------

    def check(self, code: Code, level: str, product_id: int | None, lot_id: int | None) -> None:
        """A code may be packed as `level` for this product and lot."""
        if code.level != level:
            raise DomainError(Reason.PACK_WRONG_LEVEL, field="code", code=code.shown,
                              code_level=code.level, expected_level=level)
        if code.voided:
            raise DomainError(Reason.CODE_VOIDED, field="code", code=code.shown)
        self.check_product(code, product_id, lot_id)

    def check_product(self, code: Code, product_id: int | None, lot_id: int | None) -> None:
        wrong = bool(code.product_id and product_id and code.product_id != product_id) or \
            bool(code.lot_id and lot_id and code.lot_id != lot_id)
        if wrong:
            raise DomainError(Reason.PACK_WRONG_PRODUCT, field="code", code=code.shown,
                              actual=self.what(code.product_id, code.lot_id),
                              expected=self.what(product_id, lot_id))

    def check_mix(self, code: Code | Node, raw: str, product_id: int | None, lot_id: int | None,
                  with_product: int | None, with_lot: int | None) -> None:
        """A case may join a pallet of (with_product, with_lot) under the tenant's rules."""
        rules = self.settings()
        if (product_id != with_product and not rules.allow_mixed_products) or \
                (lot_id != with_lot and not (rules.allow_mixed_lots or rules.allow_mixed_products)):
            raise DomainError(Reason.PACK_MIXED, field="code", code=shown(raw),
                              actual=self.what(product_id, lot_id),
                              expected=self.what(with_product, with_lot))

    def held(self, code: Code, node: Node, run: PackRun | None) -> DomainError:
        """Why a code cannot be packed: where it already is."""
        raw = code.shown
        if node.pending_run_id is not None:
            container = CONTAINER_OF[node.level]
            if run is not None and node.pending_run_id == run.id:
                return DomainError(Reason.PACK_DUPLICATE, field="code", code=raw,
                                   container_level=container)
            station = self.session.execute(select(PackRun.station).where(
                PackRun.id == node.pending_run_id)).scalar_one_or_none() or ""
            return DomainError(Reason.PACK_PENDING_ELSEWHERE, field="code", code=raw,
                               station=station, container_level=container)
        if node.parent_id is not None:
            parent = tree.by_ids(self.session, self.tenant_id, [node.parent_id])[0]
            return DomainError(Reason.PACK_ALREADY_PACKED, field="code", code=raw,
                               container_level=parent.level, container=self.code_of(parent))
        return DomainError(Reason.PACK_CONTAINER_USED, field="code", code=raw,
                           count=node.child_count, container_level=code.level)

    def take(self, codes: Sequence[Code], run: PackRun | None, *, product_id: int | None,
             lot_id: int | None, pending_run_id: int | None, when: datetime) -> list[int]:
        """Nodes for codes free to be packed; refuses with the first one held elsewhere."""
        keys = [c.key for c in codes]
        if len(set(keys)) != len(keys):
            seen: set[tuple[int, int]] = set()
            for c in codes:
                if c.key in seen:
                    raise DomainError(Reason.PACK_DUPLICATE, field="code", code=c.shown,
                                      container_level=CONTAINER_OF[c.level])
                seen.add(c.key)
        ids, held = tree.take(self.session, self.tenant_id, codes, product_id=product_id,
                              lot_id=lot_id, pending_run_id=pending_run_id, when=when)
        if held:
            raise self.held(*held[0], run)
        return ids

    # --- events ---------------------------------------------------------------------------------

    def event(self, action: str, biz_step: str, parent: Node, child_ids: Sequence[int],
              when: datetime, *, run: PackRun | None = None, org_id: int = 0,
              reason: str = "") -> None:
        """Note an aggregation change, appended to the chain when the command ends."""
        self.events.append(chain.NewEvent(
            action=action, biz_step=biz_step, parent_id=parent.id, child_ids=list(child_ids),
            event_time=when, org_id=run.org_id if run else org_id or self.ctx.user.org_id,
            user_id=self.ctx.user.user_id, line_id=run.line_id if run else None,
            station=run.station if run else "", run_id=run.id if run else None,
            product_id=parent.product_id, lot_id=parent.lot_id, reason=reason))

    def commit_events(self) -> None:
        """Append the command's events (the chain head's lock is the call's last one)."""
        chain.append(self.session, self.tenant_id, self.events)
        self.events = []
