"""What packing asks of the codes area: read a scanned code (any printed form), check it may be
seen (codes.lookup's rules: unknown, another tenant's or outside a licensed factory's rolls all
read as CODE_UNKNOWN / OUT_OF_SCOPE), its level and state (voided, activated for which product
and lot) — one code, or many in a few set-based statements — and activate codes not yet
activated, as the codes area records it (a by-list activation event per batch, per-code rows)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text

from server.codes import ranges
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.lifecycle import EVENT_FIELDS
from server.codes.lookup import Located, Locator, shown
from server.codes.models import CodeBatch, CodeEvent
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.repository import subtree_ids
from server.core.validate import snapshot

_STATES = """
    SELECT x.ord, r.allocated_org_id,
           (r.void_event_id IS NOT NULL OR u.void_event_id IS NOT NULL) AS voided,
           ae.product_id, ae.lot_id, ae.id IS NOT NULL AS activated
    FROM unnest(CAST(:batches AS bigint[]), CAST(:serials AS bigint[]))
         WITH ORDINALITY AS x(batch_id, serial, ord)
    CROSS JOIN LATERAL (
        SELECT allocated_org_id, activate_event_id, void_event_id FROM code_range
        WHERE tenant_id = :t AND batch_id = x.batch_id AND first_serial <= x.serial
        ORDER BY first_serial DESC LIMIT 1) r
    LEFT JOIN code_unit u
           ON u.tenant_id = :t AND u.batch_id = x.batch_id AND u.serial = x.serial
    LEFT JOIN code_event ae ON ae.id = CASE
        WHEN u.activate_event_id > r.activate_event_id OR r.activate_event_id IS NULL
        THEN u.activate_event_id ELSE r.activate_event_id END"""


@dataclass(frozen=True)
class Code:
    """A scanned code: where it was issued and what the codes area says of it."""

    raw: str
    batch: CodeBatch
    serial: int
    printed: str
    voided: bool
    activated: bool
    product_id: int | None  # the activation's product, else the batch's
    lot_id: int | None

    @property
    def level(self) -> str:
        return self.batch.level

    @property
    def key(self) -> tuple[int, int]:
        return self.batch.id, self.serial


class Codes:
    """Scanned codes for one call."""

    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.locator = Locator(ctx, keys)

    def printed(self, batch: CodeBatch, serial: int) -> str:
        """The code as printed (the serial part for GS1 items and cases)."""
        codec = self.keys.codec(self.ctx.session, self.ctx.tenant_id, Space.parse(batch.space))
        return codec.encode(batch.seq_start + serial - 1)

    def printed_many(self, batch: CodeBatch, serials: Sequence[int]) -> list[str]:
        return [self.printed(batch, s) for s in serials]

    def one(self, raw: str) -> Code:
        """The code behind scanned text; CODE_MALFORMED / CODE_UNKNOWN as the codes area says."""
        return self._states([self.locator.locate(raw)], [raw], check_scope=False)[0]

    def many(self, raws: Sequence[str]) -> list[Code]:
        """Many codes at once (digit codes decoded as arrays, states in one statement)."""
        if not raws:
            return []
        return self._states(self.locator.locate_many(list(raws)), list(raws), check_scope=True)

    def at(self, batch: CodeBatch, serials: Sequence[int]) -> list[Code]:
        """Codes given by batch and serial (a contiguous run, for fuzzy association)."""
        located = [Located(batch, s) for s in serials]
        printed = self.printed_many(batch, serials)
        return self._states(located, printed, check_scope=True)

    def at_keys(self, keys: Sequence[tuple[int, int]]) -> list[Code]:
        """Codes by (batch, serial) of nodes already packed or pending (seen when scanned)."""
        if not keys:
            return []
        ids = {k[0] for k in keys}
        batches = {b.id: b for b in self.ctx.session.execute(select(CodeBatch).where(
            CodeBatch.tenant_id == self.ctx.tenant_id, CodeBatch.id.in_(ids))).scalars()}
        located = [Located(batches[b], s) for b, s in keys]
        return self._states(located, [self.printed(x.batch, x.serial) for x in located],
                            check_scope=False)

    def _states(self, located: Sequence[Located], raws: Sequence[str], *,
                check_scope: bool) -> list[Code]:
        rows = self.ctx.session.execute(text(_STATES), {
            "t": self.ctx.tenant_id, "batches": ranges.int_array(x.batch.id for x in located),
            "serials": ranges.int_array(x.serial for x in located)}).all()
        by_ord = {int(r[0]): r for r in rows}
        subtree: set[int] | None = None
        out = []
        for i, (loc, raw) in enumerate(zip(located, raws, strict=True), start=1):
            _, org, voided, product, lot, activated = by_ord[i]
            if check_scope and not self.locator.owns(loc.batch):
                if subtree is None:
                    user = self.ctx.user
                    subtree = set(self.ctx.session.execute(
                        subtree_ids(user.tenant_id, user.org_path)).scalars())
                if org not in subtree:
                    raise DomainError(Reason.CODE_UNKNOWN, field="code", code=shown(raw))
            out.append(Code(raw=raw, batch=loc.batch, serial=loc.serial,
                            printed=self.printed(loc.batch, loc.serial), voided=bool(voided),
                            activated=bool(activated),
                            product_id=product if activated else loc.batch.product_id,
                            lot_id=lot if activated else None))
        return out

    def activate(self, codes: Sequence[Code], product_id: int | None, lot_id: int | None, *,
                 again: bool = False) -> int:
        """Activate the codes not activated yet (with `again`, every code not voided: a
        rebinding), bound to product and lot, as the codes area records a by-list activation
        (one event per batch, one statement per batch)."""
        todo: dict[int, list[Code]] = defaultdict(list)
        for code in codes:
            if (again or not code.activated) and not code.voided:
                todo[code.batch.id].append(code)
        user = self.ctx.user
        for batch_id in sorted(todo):
            serials = sorted({c.serial for c in todo[batch_id]})
            event = CodeEvent(tenant_id=self.ctx.tenant_id, batch_id=batch_id, kind="activate",
                              by_list=True, first_serial=serials[0], last_serial=serials[-1],
                              code_count=len(serials), org_id=user.org_id,
                              product_id=product_id, lot_id=lot_id, reason="装箱 packing",
                              created_by_id=user.user_id)
            self.ctx.session.add(event)
            self.ctx.session.flush()
            self.ctx.record("code_event", event.id, None, snapshot(event, EVENT_FIELDS),
                            action="activate")
            ranges.mark_units(self.ctx.session, self.ctx.tenant_id, batch_id, serials,
                              "activate_event_id", event.id)
        return sum(len(v) for v in todo.values())
