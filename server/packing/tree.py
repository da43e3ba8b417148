"""The packing tree in set-based statements: take codes for packing, link children to a parent,
unlink them, and keep every node's `root_id` (its top-most container) right as links change.

Depth is at most three (item → case → pallet), so re-rooting touches a container's children and
grandchildren only, in one UPDATE each. Callers hold the run's row lock; two stations racing for
one code meet at the (tenant, batch, serial) unique key: the second insert waits for the first
transaction and then finds the code taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from server.codes.ranges import int_array
from server.core.rawsql import Statement, first, rows, run
from server.packing.codestate import Code
from server.stock import holdings


@dataclass(frozen=True)
class Node:
    id: int
    batch_id: int
    serial: int
    level: str
    parent_id: int | None
    root_id: int | None
    pending_run_id: int | None
    run_id: int | None
    product_id: int | None
    lot_id: int | None
    child_count: int
    fuzzy: bool
    short: bool
    virtual: bool
    packed_at: datetime | None

    @property
    def loose(self) -> bool:
        """In nothing and holding nothing: free to be packed."""
        return self.parent_id is None and self.pending_run_id is None and not self.child_count


_COLUMNS = ("id, batch_id, serial, level, parent_id, root_id, pending_run_id, run_id, "
            "product_id, lot_id, child_count, fuzzy, short, virtual, packed_at")


def _nodes(session: Session, sql: Statement, params: dict[str, object]) -> list[Node]:
    return [Node(*row) for row in rows(session, sql, params)]


# Every packing command runs several of these: straight on the cursor (server/core/rawsql).
_BY_KEYS = {lock: Statement(f"""
    SELECT {_COLUMNS} FROM pack_node
    WHERE tenant_id = :t AND (batch_id, serial) IN (
        SELECT * FROM unnest(CAST(:b AS bigint[]), CAST(:s AS bigint[])))
    ORDER BY id {'FOR UPDATE' if lock else ''}""") for lock in (False, True)}
_BY_IDS = {lock: Statement(f"""SELECT {_COLUMNS} FROM pack_node
    WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[])) ORDER BY id
    {'FOR UPDATE' if lock else ''}""") for lock in (False, True)}
_CHILDREN = Statement(f"""SELECT {_COLUMNS} FROM pack_node
    WHERE tenant_id = :t AND parent_id = :p ORDER BY packed_at, id""")
_PENDING = Statement(f"""SELECT {_COLUMNS} FROM pack_node
    WHERE tenant_id = :t AND pending_run_id = :r AND level = :l ORDER BY packed_at, id""")
_INSERT = Statement("""
    INSERT INTO pack_node (tenant_id, batch_id, serial, level, pending_run_id, product_id,
                           lot_id, packed_at)
    SELECT :t, x.b, x.s, x.l, :r, :p, :lot, :w
    FROM unnest(CAST(:b AS bigint[]), CAST(:s AS bigint[]), CAST(:levels AS text[]))
         AS x(b, s, l)
    ORDER BY x.b, x.s
    ON CONFLICT (tenant_id, batch_id, serial) DO NOTHING
    RETURNING batch_id, serial, id""")
_RETAKE = Statement("""
    UPDATE pack_node SET pending_run_id = :r, product_id = :p, lot_id = :lot, packed_at = :w
    WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[]))""")
_RELEASE = Statement("""UPDATE pack_node SET pending_run_id = NULL
    WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[]))""")
_HOLD = Statement("""UPDATE pack_node SET pending_run_id = :r, packed_at = :w
    WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[]))""")
_LINK = Statement("""
    WITH kids AS (
        UPDATE pack_node SET parent_id = :p, root_id = :top, pending_run_id = NULL,
                             run_id = :r, packed_at = :w, fuzzy = :f
        WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[])))
    UPDATE pack_node SET child_count = child_count + :n, short = :short,
                         packed_at = coalesce(packed_at, :w) WHERE id = :p
    RETURNING EXISTS (SELECT 1 FROM stock_holding h
                      WHERE h.tenant_id = :t AND h.node_id = ANY(CAST(:ids AS bigint[])))""")
_REROOT = Statement("""UPDATE pack_node SET root_id = :top
    WHERE tenant_id = :t AND parent_id = ANY(CAST(:ids AS bigint[]))""")
_UNLINK = Statement("""
    UPDATE pack_node SET parent_id = NULL, root_id = NULL, run_id = NULL, fuzzy = false
    WHERE tenant_id = :t AND parent_id = :p AND id = ANY(CAST(:ids AS bigint[]))""")
_UNROOT = Statement("""UPDATE pack_node SET root_id = parent_id
    WHERE tenant_id = :t AND parent_id = ANY(CAST(:ids AS bigint[]))""")
_SHRINK = Statement("UPDATE pack_node SET child_count = child_count - :n WHERE id = :p")
_ITEMS_BELOW = Statement("""SELECT coalesce(sum(child_count), 0) FROM pack_node
    WHERE tenant_id = :t AND parent_id = :p""")


def by_keys(session: Session, tenant_id: int, keys: Sequence[tuple[int, int]], *,
            lock: bool = False) -> dict[tuple[int, int], Node]:
    """Nodes of (batch, serial) pairs that have one, locked when asked (in id order)."""
    if not keys:
        return {}
    rows = _nodes(session, _BY_KEYS[lock],
        {"t": tenant_id, "b": int_array(k[0] for k in keys), "s": int_array(k[1] for k in keys)})
    return {(n.batch_id, n.serial): n for n in rows}


def by_ids(session: Session, tenant_id: int, ids: Sequence[int], *,
           lock: bool = False) -> list[Node]:
    if not ids:
        return []
    return _nodes(session, _BY_IDS[lock], {"t": tenant_id, "ids": int_array(ids)})


def children(session: Session, tenant_id: int, parent_id: int) -> list[Node]:
    return _nodes(session, _CHILDREN, {"t": tenant_id, "p": parent_id})


def pending(session: Session, tenant_id: int, run_id: int, level: str) -> list[Node]:
    """A run's open case (level item) or open pallet (level case), in scan order."""
    return _nodes(session, _PENDING, {"t": tenant_id, "r": run_id, "l": level})


def take(session: Session, tenant_id: int, codes: Sequence[Code], *, product_id: int | None,
         lot_id: int | None, pending_run_id: int | None, when: datetime
         ) -> tuple[list[int], list[tuple[Code, Node]]]:
    """Make nodes of codes free to be packed: new ones are inserted, loose ones taken. Returns
    their ids in order, and the codes already held (with their node) — nothing is taken then."""
    if not codes:
        return [], []
    keys = [c.key for c in codes]
    params = {"t": tenant_id, "b": int_array(k[0] for k in keys),
              "s": int_array(k[1] for k in keys), "p": product_id, "lot": lot_id,
              "r": pending_run_id, "w": when,
              "levels": "{" + ",".join(c.level for c in codes) + "}"}
    inserted = {(int(b), int(s)): int(i) for b, s, i in rows(session, _INSERT, params)}
    nodes = by_keys(session, tenant_id, [k for k in keys if k not in inserted], lock=True)
    held = [(c, nodes[c.key]) for c in codes if c.key in nodes and not nodes[c.key].loose]
    if held:
        return [], held
    if nodes:  # loose nodes taken again (a returned unit may be repacked, a sold one not)
        holdings.check_packable(session, tenant_id, [n.id for n in nodes.values()])
        run(session, _RETAKE, {**params, "ids": int_array(n.id for n in nodes.values())})
    return [inserted[c.key] if c.key in inserted else nodes[c.key].id for c in codes], []


def fresh(node_id: int, code: Code) -> Node:
    """The node of a code just taken for packing: loose, so nothing above or below it."""
    return Node(node_id, code.batch.id, code.serial, code.level, None, None, None, None, None,
                None, 0, False, False, False, None)


def release(session: Session, tenant_id: int, ids: Sequence[int]) -> None:
    """Take codes out of a station's open case or pallet."""
    run(session, _RELEASE, {"t": tenant_id, "ids": int_array(ids)})


def hold(session: Session, tenant_id: int, ids: Sequence[int], run_id: int,
         when: datetime) -> None:
    """Put codes into a station's open case or pallet."""
    run(session, _HOLD, {"t": tenant_id, "ids": int_array(ids), "r": run_id, "w": when})


def link(session: Session, tenant_id: int, parent: Node, child_ids: Sequence[int], *,
         run_id: int | None, when: datetime, fuzzy: bool = False,
         short: bool | None = None) -> None:
    """Put children into parent: parent pointers, roots of the children and of everything
    below them (a pallet's cases hold items; a case's items hold nothing), the child count
    (and whether the parent closed short of its spec). Children in stock merge into the
    holding of the parent's top (the statement says whether any is)."""
    params = {"t": tenant_id, "p": parent.id, "top": parent.root_id or parent.id, "r": run_id,
              "w": when, "f": fuzzy, "ids": int_array(child_ids), "n": len(child_ids),
              "short": parent.short if short is None else short}
    held = (first(session, _LINK, params) or (False,))[0]  # children and count at once
    if parent.level != "case":
        run(session, _REROOT, params)
    if held:
        holdings.merge(session, tenant_id, parent.root_id or parent.id, child_ids)


def unlink(session: Session, tenant_id: int, parent: Node, child_ids: Sequence[int]) -> None:
    """Take children out of parent: each becomes the top of what it holds. This is the one
    place where children become tops, so it hands the holder of the old top (if it is in
    stock or on its way) to them (stock.holdings.split)."""
    params = {"t": tenant_id, "p": parent.id, "ids": int_array(child_ids), "n": len(child_ids)}
    run(session, _UNLINK, params)
    if parent.level != "case":
        run(session, _UNROOT, params)
    run(session, _SHRINK, params)
    holdings.split(session, tenant_id, parent.root_id or parent.id, child_ids)


def item_count(session: Session, tenant_id: int, node: Node) -> int:
    """Items below a container (through its cases for a pallet)."""
    if node.level == "case":
        return node.child_count
    if node.level != "pallet":
        return 0
    return int(rows(session, _ITEMS_BELOW, {"t": tenant_id, "p": node.id})[0][0])
