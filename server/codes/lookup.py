"""From printed text to a code's batch and state: read the text (codes.printed), decode it in
each space it could belong to, find the batch holding the sequence number (one index probe), then
the serial's range and own row (two more). The cost never depends on how many codes exist.

A code the caller may not see — another tenant's (their key decodes it to nothing issued), or one
of a batch outside their organisation — is CODE_UNKNOWN, exactly like a code never issued.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import text

from server.codes import batches, ranges
from server.codes.checks import damm_valid_array, gs1_mod10
from server.codes.formats import DIGITS_LENGTHS, SSCC_LENGTH, Kind, Malformed, Space, payload
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.codes.printed import Reading, readings
from server.codes.repository import BatchRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason

SHOWN_INPUT = 64  # characters of the input repeated in an error


@dataclass(frozen=True)
class Located:
    batch: CodeBatch
    serial: int


@dataclass(frozen=True)
class Candidate:
    space: Space
    value: int  # the permuted value the text carries
    gtin: str


@dataclass(frozen=True)
class CodeState:
    """One code's state and what its events say."""

    code: str
    located: Located
    state: str  # issued / allocated / activated / voided
    roll: int
    url: str
    product_id: int
    product_name: str
    lot_id: int
    lot_no: str
    allocated_org_id: int
    allocated_org_name: str
    void_reason: str
    activated_at: datetime | None
    voided_at: datetime | None


def shown(raw: str) -> str:
    raw = raw.strip()
    return raw if len(raw) <= SHOWN_INPUT else raw[:SHOWN_INPUT] + "…"


class Locator:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.repo = BatchRepository(ctx)
        self._spaces: set[str] | None = None
        self._owned: dict[int, bool] = {}

    def _tenant_spaces(self) -> set[str]:
        if self._spaces is None:
            self._spaces = set(self.repo.spaces("sscc/"))
        return self._spaces

    def _spaces_for(self, reading: Reading) -> list[Space]:
        if reading.kind is Kind.DIGITS:
            return [Space.digits(len(reading.text))]
        if reading.kind is Kind.SHORT:
            return [Space.short()]
        if reading.kind is Kind.GS1:
            return [Space.gs1(len(reading.text))] if len(reading.text) in DIGITS_LENGTHS else []
        # SSCCs: the company prefixes the tenant issued under (one small query, SSCCs only).
        return [Space.parse(key) for key in sorted(self._tenant_spaces())
                if key.startswith("sscc/") and reading.text.startswith(key[5] + key[7:])]

    def candidates(self, raw: str) -> list[Candidate]:
        """The (space, value) pairs the text may stand for; CODE_MALFORMED when none."""
        try:
            found = readings(raw)
        except Malformed as exc:
            raise DomainError(Reason.CODE_MALFORMED, field="code", code=shown(raw)) from exc
        out: list[Candidate] = []
        well_formed = False
        for reading in found:
            if reading.kind is Kind.SSCC:  # whatever the company prefix, GS1's check digit
                well_formed |= len(reading.text) == SSCC_LENGTH and reading.text.isdigit() \
                    and gs1_mod10(reading.text[:-1]) == reading.text[-1]
            for space in self._spaces_for(reading):
                try:
                    value = payload(space, reading.text)
                except Malformed:
                    continue
                well_formed = True
                out.append(Candidate(space, value, reading.gtin))
        if not well_formed:
            raise DomainError(Reason.CODE_MALFORMED, field="code", code=shown(raw))
        return out

    def _seq(self, candidate: Candidate) -> int | None:
        """The sequence number, or None when the space could never have issued it (beyond its
        capacity: most guesses end here, without a query)."""
        codec = self.keys.codec(self.ctx.session, self.ctx.tenant_id, candidate.space)
        seq = codec.permutation.decrypt_one(candidate.value)
        return seq if seq < candidate.space.capacity else None

    def owns(self, batch: CodeBatch) -> bool:
        if batch.id not in self._owned:
            self._owned[batch.id] = self.repo.owns(batch)
        return self._owned[batch.id]

    def _visible(self, batch: CodeBatch, serial: int) -> bool:
        """Owner side, or the serial lies in a range allocated to the caller's subtree."""
        if self.owns(batch):
            return True
        return ranges.outside_scope(self.ctx.session, self.ctx.tenant_id, batch.id, serial,
                                    serial, self.ctx.user.org_path) == 0

    def locate(self, raw: str) -> Located:
        """The batch and serial of a printed code the caller may see."""
        for candidate in self.candidates(raw):
            seq = self._seq(candidate)
            found = None if seq is None else self.repo.holding(candidate.space.key, seq)
            if found is None or seq is None or (candidate.gtin and found[0].gtin != candidate.gtin):
                continue
            batch, self._owned[found[0].id] = found
            serial = seq - batch.seq_start + 1
            if self._visible(batch, serial):
                return Located(batch, serial)
        raise DomainError(Reason.CODE_UNKNOWN, field="code", code=shown(raw))

    def locate_many(self, raws: list[str]) -> list[Located]:
        """Many codes at once: digit codes are decoded as numpy arrays, other forms one by one,
        and one statement finds every batch. Refuses with the first code that is malformed or
        unknown. Scope is the caller's to check."""
        found: list[list[tuple[str, int, str]]] = [[] for _ in raws]  # (space, seq, gtin)
        slow = self._decode_digits(raws, found)
        for i in slow:
            for candidate in self.candidates(raws[i]):
                seq = self._seq(candidate)
                if seq is not None:
                    found[i].append((candidate.space.key, seq, candidate.gtin))
        owners = [(i, c) for i, cands in enumerate(found) for c in cands]
        hits = self.repo.holding_many([c[0] for _, c in owners], [c[1] for _, c in owners]) \
            if owners else []
        batches = self.repo.by_ids({b for b in hits if b is not None})
        out: list[Located | None] = [None] * len(raws)
        for (i, (_, seq, gtin)), batch_id in zip(owners, hits, strict=True):
            if out[i] is not None or batch_id is None:
                continue
            batch = batches[batch_id]
            if gtin and batch.gtin != gtin:
                continue
            out[i] = Located(batch, seq - batch.seq_start + 1)
        for raw, located in zip(raws, out, strict=True):
            if located is None:
                raise DomainError(Reason.CODE_UNKNOWN, field="codes", code=shown(raw))
        return [x for x in out if x is not None]

    def _decode_digits(self, raws: list[str],
                       found: list[list[tuple[str, int, str]]]) -> list[int]:
        """Decode the plain 16–20 digit codes in bulk into `found`; the indexes of the other
        inputs (and of 18-digit ones when the tenant issues SSCCs) are returned."""
        spaces = set(self.repo.spaces(""))
        sscc = any(key.startswith("sscc/") for key in spaces)
        slow: list[int] = []
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, raw in enumerate(raws):
            text_ = raw.strip()
            if text_.isascii() and text_.isdigit() and len(text_) in DIGITS_LENGTHS \
                    and not (sscc and len(text_) == SSCC_LENGTH):
                by_length[len(text_)].append(i)
            else:
                slow.append(i)
        for length, idx in by_length.items():
            block = np.frombuffer("".join(raws[i].strip() for i in idx).encode(),
                                  dtype=np.uint8).reshape(len(idx), length)
            well = damm_valid_array(block)
            if not well.all():
                bad = raws[idx[int(np.argmin(well))]]
                raise DomainError(Reason.CODE_MALFORMED, field="codes", code=shown(bad))
            for space in (Space.digits(length), Space.gs1(length)):
                if space.key not in spaces:
                    continue  # nothing was ever issued there
                codec = self.keys.codec(self.ctx.session, self.ctx.tenant_id, space)
                seqs, _ = codec.decode_array(block)
                for j in np.nonzero(seqs < np.uint64(space.capacity))[0]:
                    found[idx[j]].append((space.key, int(seqs[j]), ""))
        return slow

    # --- state ----------------------------------------------------------------------------------

    def state(self, located: Located) -> CodeState:
        """The code's state with its events' details, in one statement."""
        batch, serial = located.batch, located.serial
        row = self.ctx.session.execute(text(f"""
            SELECT p.allocated_org_id, ao.name, p.allocate_event_id, p.activate_event_id,
                   p.void_event_id, ae.product_id, pr.name, ae.lot_id, lot.lot_no,
                   ae.created_at, ve.reason, ve.created_at
            FROM ({ranges.POINT}) p
            LEFT JOIN organisation ao ON ao.id = p.allocated_org_id
            LEFT JOIN code_event ae ON ae.id = p.activate_event_id
            LEFT JOIN code_event ve ON ve.id = p.void_event_id
            LEFT JOIN product pr ON pr.id = coalesce(ae.product_id, :product)
            LEFT JOIN production_lot lot ON lot.id = ae.lot_id"""),
            {"t": self.ctx.tenant_id, "b": batch.id, "s": serial,
             "product": batch.product_id}).one()
        (org_id, org_name, allocate_id, activate_id, void_id, product_id, product_name, lot_id,
         lot_no, activated_at, void_reason, voided_at) = row
        state = ("voided" if void_id else "activated" if activate_id else
                 "allocated" if allocate_id else "issued")
        printer = batches.printer(self.ctx, self.keys, batch)
        code = printer.code(serial)
        return CodeState(
            code=code, located=located, state=state, roll=printer.roll(serial),
            url=printer.url(code) if printer.url_base else "",
            product_id=product_id or batch.product_id or 0, product_name=product_name or "",
            lot_id=lot_id or 0, lot_no=lot_no or "", allocated_org_id=org_id or 0,
            allocated_org_name=org_name or "", void_reason=void_reason or "",
            activated_at=activated_at, voided_at=voided_at)
