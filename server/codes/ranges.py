"""The state of a batch's codes as ranges (table code_range) plus per-code rows (code_unit).

A batch's ranges partition its serials 1..count. A change over serials first..last `isolate`s
them (splitting at most the two ranges that straddle the ends), then updates the ranges inside
with one statement. A serial's state is its range's combined with its code_unit row, if any:
voided when either says so (the first void wins), activated by the newer of the two activations.
Every query here probes an index by (tenant, batch, first_serial): its cost depends on the ranges
touched, never on how many codes exist. Callers hold the batch row's lock while changing ranges.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from server.codes.models import CodeRange

_RANGE_COLUMNS = "allocated_org_id, allocate_event_id, activate_event_id, void_event_id"
# The range holding serial :s of batch :b (the last one starting at or before it).
_CONTAINING = """
    SELECT * FROM code_range
    WHERE tenant_id = :t AND batch_id = :b AND first_serial <= :s
    ORDER BY first_serial DESC LIMIT 1"""
# The first serial of the range holding :f: ranges overlapping :f..:l start from there.
_START = """(SELECT max(first_serial) FROM code_range
             WHERE tenant_id = :t AND batch_id = :b AND first_serial <= :f)"""
_SUBTREE = "SELECT id FROM organisation WHERE tenant_id = :t AND path LIKE :path || '%'"


def int_array(values: Iterable[int]) -> str:
    """A PostgreSQL array literal ('{1,2,3}'): parsed by array_in far faster than the
    ARRAY[...] expression psycopg2 renders for a long Python list."""
    return "{" + ",".join(map(str, values)) + "}"


@dataclass(frozen=True)
class PointState:
    """What the ranges and the code's own row say about one serial (event ids)."""

    allocated_org_id: int | None
    allocate_event_id: int | None
    activate_event_id: int | None
    void_event_id: int | None


@dataclass(frozen=True)
class Counts:
    allocated: int = 0
    activated: int = 0
    voided: int = 0


def create(session: Session, tenant_id: int, batch_id: int, count: int) -> None:
    """The new batch's single range: every serial issued, nothing else."""
    session.add(CodeRange(tenant_id=tenant_id, batch_id=batch_id, first_serial=1,
                          last_serial=count))
    session.flush()


def _split(session: Session, tenant_id: int, batch_id: int, at: int) -> None:
    """Make a range start exactly at serial `at` (when a range straddles it)."""
    row = session.execute(text(_CONTAINING + " FOR UPDATE"),
                          {"t": tenant_id, "b": batch_id, "s": at}).mappings().one_or_none()
    if row is None or row["first_serial"] == at or row["last_serial"] < at:
        return
    session.execute(text(f"""
        INSERT INTO code_range (tenant_id, batch_id, first_serial, last_serial, {_RANGE_COLUMNS})
        SELECT tenant_id, batch_id, :at, last_serial, {_RANGE_COLUMNS}
        FROM code_range WHERE id = :id"""), {"at": at, "id": row["id"]})
    session.execute(text("UPDATE code_range SET last_serial = :end WHERE id = :id"),
                    {"end": at - 1, "id": row["id"]})


def isolate(session: Session, tenant_id: int, batch_id: int, first: int, last: int) -> None:
    """Split so that serials first..last are exactly a run of whole ranges."""
    _split(session, tenant_id, batch_id, first)
    _split(session, tenant_id, batch_id, last + 1)


def _params(tenant_id: int, batch_id: int, first: int, last: int) -> dict[str, int]:
    return {"t": tenant_id, "b": batch_id, "f": first, "l": last}


def outside_scope(session: Session, tenant_id: int, batch_id: int, first: int, last: int,
                  org_path: str) -> int:
    """How many serials of first..last are not allocated to the organisation subtree."""
    return int(session.execute(text(f"""
        SELECT coalesce(sum(least(last_serial, :l) - greatest(first_serial, :f) + 1), 0)
        FROM code_range
        WHERE tenant_id = :t AND batch_id = :b AND first_serial BETWEEN {_START} AND :l
          AND last_serial >= :f
          AND (allocated_org_id IS NULL OR allocated_org_id NOT IN ({_SUBTREE}))"""),
        {**_params(tenant_id, batch_id, first, last), "path": org_path}).scalar_one())


def allocated_within(session: Session, tenant_id: int, batch_id: int, first: int,
                     last: int) -> tuple[int, int, int] | None:
    """The first range of first..last already allocated: (first, last, org id), or None."""
    row = session.execute(text(f"""
        SELECT greatest(first_serial, :f), least(last_serial, :l), allocated_org_id
        FROM code_range
        WHERE tenant_id = :t AND batch_id = :b AND first_serial BETWEEN {_START} AND :l
          AND last_serial >= :f AND allocated_org_id IS NOT NULL
        ORDER BY first_serial LIMIT 1"""), _params(tenant_id, batch_id, first, last)).first()
    return (int(row[0]), int(row[1]), int(row[2])) if row else None


def voided_within(session: Session, tenant_id: int, batch_id: int, first: int,
                  last: int) -> int:
    """Voided codes among serials first..last (isolated): in voided ranges or voided alone."""
    params = _params(tenant_id, batch_id, first, last)
    in_ranges = session.execute(text("""
        SELECT coalesce(sum(last_serial - first_serial + 1), 0) FROM code_range
        WHERE tenant_id = :t AND batch_id = :b AND first_serial BETWEEN :f AND :l
          AND void_event_id IS NOT NULL"""), params).scalar_one()
    alone = session.execute(text(f"""
        SELECT count(*) FROM code_unit u CROSS JOIN LATERAL (
            {_CONTAINING.replace(':s', 'u.serial')}) r
        WHERE u.tenant_id = :t AND u.batch_id = :b AND u.serial BETWEEN :f AND :l
          AND u.void_event_id IS NOT NULL AND r.void_event_id IS NULL"""), params).scalar_one()
    return int(in_ranges) + int(alone)


def set_event(session: Session, tenant_id: int, batch_id: int, first: int, last: int,
              column: str, event_id: int, *, org_id: int | None = None) -> None:
    """Record an event on the isolated ranges of first..last: an allocation on all of them
    (with the receiving organisation), an activation or void on those not voided."""
    if column == "allocate_event_id":
        change, where = "allocate_event_id = :e, allocated_org_id = :org", ""
    elif column in ("activate_event_id", "void_event_id"):
        change, where = f"{column} = :e", "AND void_event_id IS NULL"
    else:
        raise ValueError(column)
    session.execute(text(f"""
        UPDATE code_range SET {change}
        WHERE tenant_id = :t AND batch_id = :b AND first_serial BETWEEN :f AND :l {where}"""),
        {**_params(tenant_id, batch_id, first, last), "e": event_id, "org": org_id})


# One serial's state (:t, :b, :s): one probe of its range, one of its own row.
POINT = f"""
    SELECT r.allocated_org_id, r.allocate_event_id,
           CASE WHEN u.activate_event_id > r.activate_event_id OR r.activate_event_id IS NULL
                THEN u.activate_event_id ELSE r.activate_event_id END AS activate_event_id,
           CASE WHEN u.void_event_id < r.void_event_id OR r.void_event_id IS NULL
                THEN u.void_event_id ELSE r.void_event_id END AS void_event_id
    FROM ({_CONTAINING}) r
    LEFT JOIN code_unit u ON u.tenant_id = :t AND u.batch_id = :b AND u.serial = :s"""


def point(session: Session, tenant_id: int, batch_id: int, serial: int) -> PointState:
    """One serial's state (event ids)."""
    row = session.execute(text(POINT), {"t": tenant_id, "b": batch_id, "s": serial}).one()
    return PointState(*row)


def points(session: Session, tenant_id: int, batch_ids: Sequence[int],
           serials: Sequence[int]) -> list[tuple[int | None, bool]]:
    """(allocated org, voided) of many codes at once, in order (one set-based statement)."""
    rows = session.execute(text("""
        SELECT x.ord, r.allocated_org_id,
               (r.void_event_id IS NOT NULL OR u.void_event_id IS NOT NULL)
        FROM unnest(CAST(:batches AS bigint[]), CAST(:serials AS bigint[]))
             WITH ORDINALITY AS x(batch_id, serial, ord)
        CROSS JOIN LATERAL (
            SELECT allocated_org_id, void_event_id FROM code_range
            WHERE tenant_id = :t AND batch_id = x.batch_id AND first_serial <= x.serial
            ORDER BY first_serial DESC LIMIT 1) r
        LEFT JOIN code_unit u
               ON u.tenant_id = :t AND u.batch_id = x.batch_id AND u.serial = x.serial"""),
        {"t": tenant_id, "batches": int_array(batch_ids), "serials": int_array(serials)}).all()
    out: list[tuple[int | None, bool]] = [(None, False)] * len(serials)
    for ord_, org, voided in rows:
        out[int(ord_) - 1] = (org, bool(voided))
    return out


def mark_units(session: Session, tenant_id: int, batch_id: int, serials: Sequence[int],
               column: str, event_id: int) -> None:
    """Per-code rows for listed codes: one INSERT … ON CONFLICT for all of them."""
    assert column in ("activate_event_id", "void_event_id")
    session.execute(text(f"""
        INSERT INTO code_unit (tenant_id, batch_id, serial, {column})
        SELECT :t, :b, s, :e FROM unnest(CAST(:serials AS bigint[])) AS s
        ON CONFLICT (tenant_id, batch_id, serial) DO UPDATE SET {column} = excluded.{column}"""),
        {"t": tenant_id, "b": batch_id, "e": event_id, "serials": int_array(serials)})


def counts(session: Session, tenant_id: int, batch_ids: Sequence[int],
           org_path: str | None = None) -> dict[int, Counts]:
    """Allocated, activated (and not voided) and voided codes per batch; with org_path, only
    over codes allocated to that subtree (what a licensed factory may see)."""
    if not batch_ids:
        return {}
    scope = f"AND allocated_org_id IN ({_SUBTREE})" if org_path is not None else ""
    params = {"t": tenant_id, "ids": int_array(batch_ids), "path": org_path or ""}
    out = {b: [0, 0, 0] for b in batch_ids}
    for batch_id, allocated, activated, voided in session.execute(text(f"""
        SELECT batch_id,
               coalesce(sum(last_serial - first_serial + 1)
                        FILTER (WHERE allocated_org_id IS NOT NULL), 0),
               coalesce(sum(last_serial - first_serial + 1)
                        FILTER (WHERE activate_event_id IS NOT NULL
                                  AND void_event_id IS NULL), 0),
               coalesce(sum(last_serial - first_serial + 1)
                        FILTER (WHERE void_event_id IS NOT NULL), 0)
        FROM code_range
        WHERE tenant_id = :t AND batch_id = ANY(CAST(:ids AS bigint[])) {scope}
        GROUP BY batch_id"""), params):
        out[batch_id] = [int(allocated), int(activated), int(voided)]
    for batch_id, more_void, void_from_active, more_active in session.execute(text(f"""
        SELECT u.batch_id,
               count(*) FILTER (WHERE u.void_event_id IS NOT NULL AND r.void_event_id IS NULL),
               count(*) FILTER (WHERE u.void_event_id IS NOT NULL AND r.void_event_id IS NULL
                                  AND r.activate_event_id IS NOT NULL),
               count(*) FILTER (WHERE u.void_event_id IS NULL AND r.void_event_id IS NULL
                                  AND u.activate_event_id IS NOT NULL
                                  AND r.activate_event_id IS NULL)
        FROM code_unit u CROSS JOIN LATERAL (
            SELECT allocated_org_id, activate_event_id, void_event_id FROM code_range
            WHERE tenant_id = :t AND batch_id = u.batch_id AND first_serial <= u.serial
            ORDER BY first_serial DESC LIMIT 1) r
        WHERE u.tenant_id = :t AND u.batch_id = ANY(CAST(:ids AS bigint[])) {scope}
        GROUP BY u.batch_id"""), params):
        c = out[batch_id]
        c[1] += int(more_active) - int(void_from_active)
        c[2] += int(more_void)
    return {b: Counts(*c) for b, c in out.items()}
