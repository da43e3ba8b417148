"""What packing asks of the codes area: read a scanned code (any printed form), check it may be
seen (codes.lookup's rules: unknown, another tenant's or outside a licensed factory's rolls all
read as CODE_UNKNOWN / OUT_OF_SCOPE), its level and state (voided, activated for which product
and lot) — one code, or many in a few set-based statements — and activate codes not yet
activated, as the codes area records it (a by-list activation event per batch, per-code rows)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from server.codes import ranges
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.lookup import Located, Locator, shown
from server.codes.models import CodeBatch
from server.codes.repository import BatchRepository
from server.core import rawsql
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.rawsql import Statement
from server.core.repository import subtree_ids

_STATES = Statement("""
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
        THEN u.activate_event_id ELSE r.activate_event_id END""")


# One statement for every batch of a command: the codes area's by-list activation event per batch
# and its codes' own rows (code_unit), as codes.lifecycle records a listed activation.
_ACTIVATE = Statement("""
    WITH x AS (
        SELECT b.batch_id, min(b.serial) AS first, max(b.serial) AS last, count(*) AS n
        FROM unnest(CAST(:batches AS bigint[]), CAST(:serials AS bigint[])) AS b(batch_id, serial)
        GROUP BY b.batch_id),
    e AS (
        INSERT INTO code_event (tenant_id, batch_id, kind, by_list, first_serial, last_serial,
                                code_count, skipped, org_id, product_id, lot_id, reason,
                                operation_id, created_by_id)
        SELECT :t, x.batch_id, 'activate', true, x.first, x.last, x.n, 0, :org, :product,
               :lot, :reason, '', :user
        FROM x ORDER BY x.batch_id
        RETURNING id, batch_id)
    INSERT INTO code_unit (tenant_id, batch_id, serial, activate_event_id)
    SELECT :t, b.batch_id, b.serial, e.id
    FROM unnest(CAST(:batches AS bigint[]), CAST(:serials AS bigint[])) AS b(batch_id, serial)
    JOIN e ON e.batch_id = b.batch_id
    ON CONFLICT (tenant_id, batch_id, serial)
    DO UPDATE SET activate_event_id = excluded.activate_event_id""")


@dataclass(frozen=True)
class Code:
    """A scanned code: where it was issued and what the codes area says of it."""

    raw: str
    batch: CodeBatch
    serial: int
    voided: bool
    activated: bool
    product_id: int | None  # the activation's product, else the batch's
    lot_id: int | None
    owner: Codes = field(repr=False, compare=False)

    @property
    def printed(self) -> str:
        """The code as printed (computed when asked: most codes of a record never are)."""
        return self.owner.printed(self.batch, self.serial)

    @property
    def shown(self) -> str:
        """How an error names it: as scanned, else as printed."""
        return shown(self.raw) if self.raw else self.printed

    @property
    def level(self) -> str:
        return self.batch.level

    @property
    def key(self) -> tuple[int, int]:
        return self.batch.id, self.serial


class _StreamBatches(BatchRepository):
    """The tenant's code spaces and the batches seen, read once per `Codes` (a collection
    stream decodes many records, mostly from the same few batches). A batch is never changed
    after issuance, so what was read stays true; a code no known space or batch holds is looked
    up again (a batch issued since), and a code no space holds makes the caller re-read them."""

    def __init__(self, ctx: CallContext) -> None:
        super().__init__(ctx)
        self.known: list[str] | None = None
        self.batches: dict[int, CodeBatch] = {}
        self._ranges: dict[str, list[tuple[int, int, int]]] = defaultdict(list)

    def spaces(self, prefix: str) -> list[str]:
        if self.known is None:
            self.known = super().spaces("")
        return [s for s in self.known if s.startswith(prefix)]

    def by_ids(self, ids: set[int]) -> dict[int, CodeBatch]:
        new = super().by_ids(ids - self.batches.keys())
        for batch in new.values():
            # Detached with every column loaded: a refused record's rollback must not expire
            # it (that would cost a reload per record).
            self.session.expunge(batch)
            self.batches[batch.id] = batch
            self._ranges[batch.space].append((batch.seq_start, batch.seq_start + batch.count,
                                              batch.id))
        return {i: self.batches[i] for i in ids if i in self.batches}

    def holding_many(self, spaces: list[str], seqs: list[int]) -> list[int | None]:
        out = [self._held(space, seq) for space, seq in zip(spaces, seqs, strict=True)]
        misses = [i for i, hit in enumerate(out) if hit is None]
        if misses:
            found = super().holding_many([spaces[i] for i in misses], [seqs[i] for i in misses])
            for i, batch_id in zip(misses, found, strict=True):
                out[i] = batch_id
        return out

    def _held(self, space: str, seq: int) -> int | None:
        for start, end, batch_id in self._ranges.get(space, ()):
            if start <= seq < end:
                return batch_id
        return None


class Codes:
    """Scanned codes for one call (or one collection stream)."""

    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.locator = Locator(ctx, keys)
        self._repo = _StreamBatches(ctx)
        self.locator.repo = self._repo

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
        try:
            located = self.locator.locate_many(list(raws))
        except DomainError as exc:
            if exc.reason is not Reason.CODE_UNKNOWN or self._repo.known is None:
                raise
            self._repo.known = None  # a space issued since we looked: look again
            self.locator._spaces = None
            located = self.locator.locate_many(list(raws))
        return self._states(located, list(raws), check_scope=True)

    def at(self, batch: CodeBatch, serials: Sequence[int]) -> list[Code]:
        """Codes given by batch and serial (a contiguous run, for fuzzy association)."""
        located = [Located(batch, s) for s in serials]
        return self._states(located, [""] * len(located), check_scope=True)

    def at_keys(self, keys: Sequence[tuple[int, int]]) -> list[Code]:
        """Codes by (batch, serial) of nodes already packed or pending (seen when scanned)."""
        if not keys:
            return []
        ids = {k[0] for k in keys}
        batches = {b.id: b for b in self.ctx.session.execute(select(CodeBatch).where(
            CodeBatch.tenant_id == self.ctx.tenant_id, CodeBatch.id.in_(ids))).scalars()}
        located = [Located(batches[b], s) for b, s in keys]
        return self._states(located, [""] * len(located), check_scope=False)

    def _states(self, located: Sequence[Located], raws: Sequence[str], *,
                check_scope: bool) -> list[Code]:
        rows = rawsql.rows(self.ctx.session, _STATES, {
            "t": self.ctx.tenant_id, "batches": ranges.int_array(x.batch.id for x in located),
            "serials": ranges.int_array(x.serial for x in located)})
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
                    raise DomainError(Reason.CODE_UNKNOWN, field="code",
                                      code=shown(raw or self.printed(loc.batch, loc.serial)))
            out.append(Code(raw=raw, batch=loc.batch, serial=loc.serial, voided=bool(voided),
                            activated=bool(activated),
                            product_id=product if activated else loc.batch.product_id,
                            lot_id=lot if activated else None, owner=self))
        return out

    def activate(self, codes: Sequence[Code], product_id: int | None, lot_id: int | None, *,
                 again: bool = False) -> int:
        """Activate the codes not activated yet (with `again`, every code not voided: a
        rebinding), bound to product and lot, as the codes area records a by-list activation
        (one event per batch, one statement in all)."""
        todo: dict[int, list[Code]] = defaultdict(list)
        for code in codes:
            if (again or not code.activated) and not code.voided:
                todo[code.batch.id].append(code)
        if not todo:
            return 0
        keys = sorted({(b, c.serial) for b, codes_ in todo.items() for c in codes_})
        user = self.ctx.user
        # No audit row of its own: the packing call that causes it is audited, and the
        # code_event rows and the pack_event chain record it.
        rawsql.run(self.ctx.session, _ACTIVATE, {
            "t": self.ctx.tenant_id, "batches": ranges.int_array(k[0] for k in keys),
            "serials": ranges.int_array(k[1] for k in keys), "org": user.org_id,
            "product": product_id, "lot": lot_id, "reason": "装箱 packing",
            "user": user.user_id})
        return sum(len(v) for v in todo.values())
