"""The append-only event log and its per-tenant hash chain.

Each event's hash is SHA-256(previous hash ‖ canonical JSON of the event as stored), so changing,
removing or reordering any stored event breaks every hash after it; `verify` recomputes the chain.
Events get gap-free per-tenant sequence numbers under the lock of the tenant's chain head row,
taken as the last step of a command (just before commit) so that it is held for as short a time
as possible: commands of one tenant queue only for that final insert.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from server.core import rawsql
from server.core.rawsql import Statement
from server.packing.models import PackEvent

GENESIS = bytes(32)
_VERIFY_CHUNK = 5000


@dataclass
class NewEvent:
    """An aggregation change to append: what, when, where, why, who."""

    action: str  # add | delete
    biz_step: str  # packing | unpacking | replacing
    parent_id: int
    child_ids: list[int]
    event_time: datetime
    org_id: int
    user_id: int
    line_id: int | None = None
    station: str = ""
    run_id: int | None = None
    product_id: int | None = None
    lot_id: int | None = None
    reason: str = ""


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical(tenant_id: int, seq: int, row: dict[str, Any]) -> bytes:
    """The bytes an event's hash covers: every stored column but the hashes, in fixed order."""
    return json.dumps([
        tenant_id, seq, row["action"], row["biz_step"], row["parent_id"],
        [int(c) for c in row["child_ids"]], _iso(row["event_time"]), _iso(row["record_time"]),
        row["org_id"], row["line_id"], row["station"], row["run_id"], row["product_id"],
        row["lot_id"], row["user_id"], row["reason"],
    ], ensure_ascii=False, separators=(",", ":")).encode()


def link(prev: bytes, tenant_id: int, seq: int, row: dict[str, Any]) -> bytes:
    return hashlib.sha256(prev + canonical(tenant_id, seq, row)).digest()


_LOCK_HEAD = Statement("SELECT last_seq, last_hash FROM pack_chain WHERE tenant_id = :t FOR UPDATE")
_NEW_HEAD = Statement("""INSERT INTO pack_chain (tenant_id, last_seq, last_hash)
                    VALUES (:t, 0, :h) ON CONFLICT (tenant_id) DO NOTHING""")
_APPEND_ONE = Statement("""
    WITH e AS (
        INSERT INTO pack_event (tenant_id, seq, action, biz_step, parent_id, child_ids,
                                event_time, record_time, org_id, line_id, station, run_id,
                                product_id, lot_id, user_id, reason, prev_hash, hash)
        VALUES (:tenant_id, :seq, :action, :biz_step, :parent_id, :child_ids, :event_time,
                :record_time, :org_id, :line_id, :station, :run_id, :product_id, :lot_id,
                :user_id, :reason, :prev_hash, :hash))
    UPDATE pack_chain SET last_seq = :seq, last_hash = :hash WHERE tenant_id = :tenant_id""")
_MOVE_HEAD = Statement("UPDATE pack_chain SET last_seq = :s, last_hash = :h WHERE tenant_id = :t")


def _head(session: Session, tenant_id: int) -> tuple[int, bytes]:
    """Lock the tenant's chain head (created the first time): (last seq, last hash)."""
    row = rawsql.first(session, _LOCK_HEAD, {"t": tenant_id})
    if row is None:
        rawsql.run(session, _NEW_HEAD, {"t": tenant_id, "h": GENESIS})
        row = rawsql.first(session, _LOCK_HEAD, {"t": tenant_id})
        assert row is not None
    return int(row[0]), bytes(row[1])


def append(session: Session, tenant_id: int, events: Sequence[NewEvent]) -> list[int]:
    """Append events in order (one INSERT); returns their sequence numbers."""
    if not events:
        return []
    seq, prev = _head(session, tenant_id)
    now = datetime.now(UTC)
    rows, seqs = [], []
    for ev in events:
        seq += 1
        row = {"tenant_id": tenant_id, "seq": seq, "action": ev.action, "biz_step": ev.biz_step,
               "parent_id": ev.parent_id, "child_ids": list(ev.child_ids),
               "event_time": ev.event_time, "record_time": now, "org_id": ev.org_id,
               "line_id": ev.line_id, "station": ev.station, "run_id": ev.run_id,
               "product_id": ev.product_id, "lot_id": ev.lot_id, "user_id": ev.user_id,
               "reason": ev.reason}
        row["prev_hash"] = prev
        prev = row["hash"] = link(prev, tenant_id, seq, row)
        rows.append(row)
        seqs.append(seq)
    if len(rows) == 1:  # the usual case: one statement appends and moves the head
        rawsql.run(session, _APPEND_ONE, rows[0])
    else:
        session.execute(insert(PackEvent), rows)
        rawsql.run(session, _MOVE_HEAD, {"s": seq, "h": prev, "t": tenant_id})
    return seqs


@dataclass(frozen=True)
class Verification:
    ok: bool
    events: int
    first_bad_seq: int
    head_hash: bytes


def verify(session: Session, tenant_id: int) -> Verification:
    """Recompute the tenant's chain from the first event; the first mismatch is reported."""
    head = session.execute(select(text("last_seq"), text("last_hash")).select_from(
        text("pack_chain")).where(text("tenant_id = :t")), {"t": tenant_id}).first()
    last_seq, head_hash = (int(head[0]), bytes(head[1])) if head else (0, GENESIS)
    prev, expected, count = GENESIS, 1, 0
    columns = [c for c in PackEvent.__table__.columns if c.name not in ("id", "tenant_id")]
    after = 0
    while True:
        chunk = session.execute(
            select(*columns).where(PackEvent.tenant_id == tenant_id, PackEvent.seq > after)
            .order_by(PackEvent.seq).limit(_VERIFY_CHUNK)).mappings().all()
        for row in chunk:
            seq = int(row["seq"])
            if seq != expected or bytes(row["prev_hash"]) != prev \
                    or link(prev, tenant_id, seq, dict(row)) != bytes(row["hash"]):
                return Verification(False, count, expected, head_hash)
            prev, expected, count = bytes(row["hash"]), expected + 1, count + 1
        if len(chunk) < _VERIFY_CHUNK:
            break
        after = int(chunk[-1]["seq"])
    if count != last_seq or prev != head_hash:  # events removed from the end
        return Verification(False, count, count + 1, head_hash)
    return Verification(True, count, 0, head_hash)
