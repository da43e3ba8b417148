"""The life of codes: issued → allocated (rolls handed to a factory) → activated (bound to a
product and lot) → voided (with a reason). Changes apply to a whole batch, a roll range, a serial
range (as range updates) or a list of codes (as per-code rows).

Rules: a voided code stays voided (a range activation skips it and says how many; a list naming
one is refused); a factory holding allocated ranges acts only inside them; allocation is the batch
owner's, to a factory or licensed factory of its subtree, over rolls not allocated yet; a repeated
operation id returns the first result without applying anything again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from server.catalog.models import Product
from server.catalog.repository import ProductRepository
from server.codes import ranges
from server.codes.batches import operation_id
from server.codes.keys import KeyStore
from server.codes.lookup import Locator, shown
from server.codes.models import CodeBatch, CodeEvent
from server.codes.repository import BatchRepository, EventRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.repository import subtree_ids
from server.core.validate import snapshot, text
from server.production.models import ProductionLot
from server.production.repository import LotRepository, factory_in_scope

EVENT_FIELDS = ("id", "batch_id", "kind", "by_list", "first_serial", "last_serial",
                "code_count", "skipped", "org_id", "product_id", "lot_id", "reason",
                "operation_id")
MAX_LIST = 100_000
MAX_REASON = 500


@dataclass(frozen=True)
class Selection:
    batch_id: int = 0
    first_roll: int = 0
    last_roll: int = 0
    first_serial: int = 0
    last_serial: int = 0
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangeResult:
    affected: int
    skipped: int
    event: CodeEvent


def serial_range(batch: CodeBatch, sel: Selection) -> tuple[int, int]:
    """The serials a batch selection names: rolls, serials, or the whole batch."""
    rolls = bool(sel.first_roll or sel.last_roll)
    serials = bool(sel.first_serial or sel.last_serial)
    if rolls and serials:
        raise DomainError(Reason.INVALID_VALUE, field="first_roll",
                          detail="rolls or serials, not both / 按卷号或序号选择，二选一")
    if rolls:
        roll_count = -(-batch.count // batch.labels_per_roll)
        first, last = sel.first_roll, sel.last_roll or sel.first_roll
        if not 1 <= first <= last <= roll_count:
            raise DomainError(Reason.INVALID_VALUE, field="last_roll",
                              detail=f"1 ≤ first ≤ last ≤ {roll_count}")
        return ((first - 1) * batch.labels_per_roll + 1,
                min(last * batch.labels_per_roll, batch.count))
    if serials:
        first, last = sel.first_serial, sel.last_serial or sel.first_serial
        if not 1 <= first <= last <= batch.count:
            raise DomainError(Reason.INVALID_VALUE, field="last_serial",
                              detail=f"1 ≤ first ≤ last ≤ {batch.count}")
        return first, last
    return 1, batch.count


class LifecycleService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.batches = BatchRepository(ctx)
        self.events = EventRepository(ctx)

    # --- shared ---------------------------------------------------------------------------------

    def _replay(self, op: str, kind: str) -> ChangeResult | None:
        """The first result of an operation id already applied, or None."""
        if not op:
            return None
        self.batches.lock_operation(op)
        done = self.events.by_operation(op)
        if not done:
            return None
        if done[0].kind != kind:
            raise DomainError(Reason.OPERATION_ID_REUSED, field="operation_id",
                              operation_id=op, kind=done[0].kind)
        return ChangeResult(sum(e.code_count for e in done), sum(e.skipped for e in done),
                            done[0])

    def _event(self, batch: CodeBatch, kind: str, first: int, last: int, count: int, *,
               skipped: int = 0, by_list: bool = False, org_id: int = 0,
               product_id: int | None = None, lot_id: int | None = None, reason: str = "",
               op: str = "") -> CodeEvent:
        user = self.ctx.user
        event = CodeEvent(batch_id=batch.id, kind=kind, by_list=by_list, first_serial=first,
                          last_serial=last, code_count=count, skipped=skipped,
                          org_id=org_id or user.org_id, product_id=product_id, lot_id=lot_id,
                          reason=reason, operation_id=op, created_by_id=user.user_id)
        self.events.add(event)
        self.ctx.record("code_event", event.id, None, snapshot(event, EVENT_FIELDS),
                        action=kind)
        return event

    def _check_scope(self, batch: CodeBatch, first: int, last: int) -> None:
        if not self.batches.owns(batch) and ranges.outside_scope(
                self.ctx.session, self.ctx.tenant_id, batch.id, first, last,
                self.ctx.user.org_path):
            raise DomainError(Reason.OUT_OF_SCOPE, field="selection")

    # --- allocation -----------------------------------------------------------------------------

    def allocate(self, batch_id: int, first_roll: int, last_roll: int, org_id: int,
                 note: str) -> CodeEvent:
        """Hand rolls first..last of a batch to a factory or licensed factory."""
        batch = self.batches.lock(batch_id)
        if not self.batches.owns(batch):
            raise DomainError(Reason.OUT_OF_SCOPE, field="batch_id")
        if not first_roll:
            raise DomainError(Reason.REQUIRED, field="first_roll")
        if not org_id:
            raise DomainError(Reason.REQUIRED, field="org_id")
        first, last = serial_range(batch, Selection(batch.id, first_roll, last_roll))
        org = factory_in_scope(self.batches, org_id, "code_batch")
        taken = ranges.allocated_within(self.ctx.session, self.ctx.tenant_id, batch.id, first,
                                        last)
        if taken is not None:
            holder = factory_in_scope(self.batches, taken[2], "code_batch")
            raise DomainError(Reason.CODES_ALREADY_ALLOCATED, field="first_roll",
                              first=taken[0], last=taken[1], org=holder.name)
        ranges.isolate(self.ctx.session, self.ctx.tenant_id, batch.id, first, last)
        event = self._event(batch, "allocate", first, last, last - first + 1, org_id=org.id,
                            reason=text(note, "note", max_len=MAX_REASON))
        ranges.set_event(self.ctx.session, self.ctx.tenant_id, batch.id, first, last,
                         "allocate_event_id", event.id, org_id=org.id)
        return event

    # --- activation and void --------------------------------------------------------------------

    def _product(self, batch: CodeBatch, product_id: int) -> Product:
        if batch.product_id and product_id and product_id != batch.product_id:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail=f"batch {batch.batch_no} is for another product / "
                                     f"码包 {batch.batch_no} 属于其他产品")
        product_id = product_id or batch.product_id or 0
        if not product_id:
            raise DomainError(Reason.REQUIRED, field="product_id")
        try:
            product = ProductRepository(self.ctx).get(product_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="product_id", entity="product",
                              id=product_id) from exc
        if not product.active:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail=f"{product.name}: inactive / 产品已停用")
        return product

    def _lot(self, lot_id: int, product: Product) -> ProductionLot | None:
        if not lot_id:
            return None
        try:
            lot = LotRepository(self.ctx).get(lot_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="lot_id", entity="lot",
                              id=lot_id) from exc
        if lot.product_id != product.id:
            raise DomainError(Reason.INVALID_VALUE, field="lot_id",
                              detail=f"lot {lot.lot_no} is of another product / "
                                     f"生产批次 {lot.lot_no} 属于其他产品")
        return lot

    def activate(self, sel: Selection, product_id: int, lot_id: int,
                 op: str) -> ChangeResult:
        op = operation_id(op)
        done = self._replay(op, "activate")
        if done is not None:
            return done
        if sel.codes:
            return self._by_list(sel, "activate", op, product_id=product_id, lot_id=lot_id)
        batch = self._batch(sel)
        product = self._product(batch, product_id)
        lot = self._lot(lot_id, product)
        return self._by_range(batch, sel, "activate", op, product_id=product.id,
                              lot_id=lot.id if lot else None)

    def void(self, sel: Selection, reason: str, op: str) -> ChangeResult:
        op = operation_id(op)
        reason = text(reason, "reason", max_len=MAX_REASON, required=True)
        done = self._replay(op, "void")
        if done is not None:
            return done
        if sel.codes:
            return self._by_list(sel, "void", op, reason=reason)
        return self._by_range(self._batch(sel), sel, "void", op, reason=reason)

    def _batch(self, sel: Selection) -> CodeBatch:
        if not sel.batch_id:
            raise DomainError(Reason.REQUIRED, field="batch_id")
        return self.batches.lock(sel.batch_id)

    def _by_range(self, batch: CodeBatch, sel: Selection, kind: str, op: str, *,
                  product_id: int | None = None, lot_id: int | None = None,
                  reason: str = "") -> ChangeResult:
        first, last = serial_range(batch, sel)
        self._check_scope(batch, first, last)
        session, tenant = self.ctx.session, self.ctx.tenant_id
        ranges.isolate(session, tenant, batch.id, first, last)
        skipped = ranges.voided_within(session, tenant, batch.id, first, last)
        size = last - first + 1
        event = self._event(batch, kind, first, last, size - skipped, skipped=skipped,
                            product_id=product_id, lot_id=lot_id, reason=reason, op=op)
        ranges.set_event(session, tenant, batch.id, first, last, f"{kind}_event_id", event.id)
        return ChangeResult(size - skipped, skipped, event)

    def _by_list(self, sel: Selection, kind: str, op: str, *, product_id: int = 0,
                 lot_id: int = 0, reason: str = "") -> ChangeResult:
        if sel.batch_id or sel.first_roll or sel.first_serial:
            raise DomainError(Reason.INVALID_VALUE, field="codes",
                              detail="a list or a batch range, not both / 列表或范围，二选一")
        if len(sel.codes) > MAX_LIST:
            raise DomainError(Reason.INVALID_VALUE, field="codes",
                              detail=f"at most {MAX_LIST:,} codes / 最多 {MAX_LIST:,} 个")
        locator = Locator(self.ctx, self.keys)
        located = locator.locate_many(list(sel.codes))
        by_batch: dict[int, dict[int, str]] = defaultdict(dict)  # batch -> serial -> input
        batches: dict[int, CodeBatch] = {}
        for raw, loc in zip(sel.codes, located, strict=True):
            by_batch[loc.batch.id].setdefault(loc.serial, raw)
            batches[loc.batch.id] = loc.batch
        for batch_id in sorted(by_batch):  # lock in id order: no deadlock between two lists
            self._visible_or_unknown(batch_id, next(iter(by_batch[batch_id].values())))
        skipped_total, affected_total, events = 0, 0, []
        for batch_id in sorted(by_batch):
            batch, serials = batches[batch_id], sorted(by_batch[batch_id])
            keep = self._check_codes(locator, batch, serials, by_batch[batch_id], kind)
            bound_product = bound_lot = None
            if kind == "activate":
                product = self._product(batch, product_id)
                lot = self._lot(lot_id, product)
                bound_product, bound_lot = product.id, lot.id if lot else None
            skipped = len(serials) - len(keep)
            event = self._event(batch, kind, serials[0], serials[-1], len(keep),
                                skipped=skipped, by_list=True, op=op, product_id=bound_product,
                                lot_id=bound_lot, reason=reason)
            if keep:
                ranges.mark_units(self.ctx.session, self.ctx.tenant_id, batch.id, keep,
                                  f"{kind}_event_id", event.id)
            skipped_total += skipped
            affected_total += len(keep)
            events.append(event)
        return ChangeResult(affected_total, skipped_total, events[0])

    def _visible_or_unknown(self, batch_id: int, raw: str) -> None:
        try:
            self.batches.lock(batch_id)
        except DomainError as exc:  # a batch the caller cannot see: the code is unknown
            raise DomainError(Reason.CODE_UNKNOWN, field="codes", code=shown(raw)) from exc

    def _check_codes(self, locator: Locator, batch: CodeBatch, serials: list[int],
                     raws: dict[int, str], kind: str) -> list[int]:
        """The serials to change: refuses codes outside the caller's allocations and, for an
        activation, voided codes; a void leaves codes already voided alone."""
        states = ranges.points(self.ctx.session, self.ctx.tenant_id, [batch.id] * len(serials),
                               serials)
        owned = locator.owns(batch)
        subtree: set[int] = set()
        if not owned:
            user = self.ctx.user
            subtree = set(self.ctx.session.execute(
                subtree_ids(user.tenant_id, user.org_path)).scalars())
        keep = []
        for serial, (org, voided) in zip(serials, states, strict=True):
            if not owned and org not in subtree:
                raise DomainError(Reason.OUT_OF_SCOPE, field="codes")
            if voided and kind == "activate":
                raise DomainError(Reason.CODE_VOIDED, field="codes", code=shown(raws[serial]))
            if not voided:
                keep.append(serial)
        return keep
