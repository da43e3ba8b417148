"""Holdings in set-based statements. A holding is a top node of the packing tree in someone's
hands; its contents (items and cases per product and lot) are kept beside it, so inventory,
shipping and recall read the tops, never the items under them.

- `create` puts new tops into stock (a receipt) with their contents counted from the tree.
- `relocate` changes the holder or state of many holdings and logs one move per holding: one
  UPDATE and one INSERT whatever a pallet holds.
- `split` and `merge` are the packing tree's hooks: when a container is opened under a holding,
  the children that became tops take the holder with them and the old top gives up what they
  hold; when holdings are packed into a container, they merge into its top's holding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from server.codes.ranges import int_array
from server.core.errors import DomainError, Reason


@dataclass(frozen=True)
class Content:
    product_id: int
    lot_id: int | None
    items: int
    cases: int


@dataclass(frozen=True)
class Holding:
    """A holding with the names an answer or an error needs."""

    node_id: int
    level: str
    state: str
    org_id: int
    warehouse_id: int | None
    location_id: int | None
    shipment_id: int | None
    condition: str
    out_reason: str
    recall_id: int | None
    since: datetime
    org_name: str
    org_path: str
    warehouse_name: str
    location_code: str
    shipment_no: str
    contents: list[Content] = field(default_factory=list)

    @property
    def items(self) -> int:
        return sum(c.items for c in self.contents)

    @property
    def cases(self) -> int:
        return sum(c.cases for c in self.contents)


# A holding's columns, its names and its contents (with product names and lot numbers).
HOLDING_COLUMNS = """
    h.node_id, h.level, h.state, h.org_id, h.warehouse_id, h.location_id, h.shipment_id,
    h.condition, h.out_reason, h.recall_id, h.since, o.name, o.path,
    coalesce(w.name, ''), coalesce(l.code, ''), coalesce(s.shipment_no, ''),
    (SELECT json_agg(json_build_array(c.product_id, c.lot_id, c.items, c.cases, p.name,
                                      lot.lot_no) ORDER BY c.product_id, c.lot_id)
     FROM stock_content c JOIN product p ON p.id = c.product_id
     LEFT JOIN production_lot lot ON lot.id = c.lot_id
     WHERE c.tenant_id = h.tenant_id AND c.node_id = h.node_id)"""
HOLDING_JOINS = """
    LEFT JOIN organisation o ON o.id = h.org_id
    LEFT JOIN warehouse w ON w.id = h.warehouse_id
    LEFT JOIN warehouse_location l ON l.id = h.location_id
    LEFT JOIN shipment s ON s.id = h.shipment_id"""
_READ = text(f"""SELECT {HOLDING_COLUMNS} FROM stock_holding h {HOLDING_JOINS}
    WHERE h.tenant_id = :t AND h.node_id = ANY(CAST(:ids AS bigint[]))""")

# What nodes hold, counted from the tree: an item itself; a case and its items; a pallet's
# cases and items (a pallet is always a top, so root_id reaches everything under it).
_COUNT = text("""
    SELECT x.id, n.product_id, n.lot_id,
           count(*) FILTER (WHERE n.level = 'item'), count(*) FILTER (WHERE n.level = 'case')
    FROM unnest(CAST(:ids AS bigint[])) AS x(id)
    JOIN pack_node n ON n.tenant_id = :t
         AND (n.id = x.id OR n.parent_id = x.id OR n.root_id = x.id)
    WHERE n.level <> 'pallet' AND n.product_id IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")

_CREATE = text("""
    WITH made AS (
        INSERT INTO stock_holding (tenant_id, node_id, level, state, org_id, warehouse_id,
                                   location_id, since)
        SELECT :t, n.id, n.level, 'in_stock', :org, :warehouse, :location, :at
        FROM pack_node n WHERE n.tenant_id = :t AND n.id = ANY(CAST(:ids AS bigint[]))
        ON CONFLICT (node_id) DO NOTHING
        RETURNING node_id)
    SELECT node_id FROM made""")

_LOG_IN = text("""
    INSERT INTO stock_move (tenant_id, node_id, kind, at, user_id, org_id, to_org_id,
                            to_warehouse_id, to_location_id, receipt_id, items)
    SELECT :t, h.node_id, :kind, :at, :user, :actor, h.org_id, h.warehouse_id, h.location_id,
           :receipt, (SELECT coalesce(sum(c.items), 0) FROM stock_content c
                      WHERE c.tenant_id = :t AND c.node_id = h.node_id)
    FROM stock_holding h WHERE h.tenant_id = :t AND h.node_id = ANY(CAST(:ids AS bigint[]))""")

_RECOUNT = text("""
    WITH gone AS (
        DELETE FROM stock_content WHERE tenant_id = :t AND node_id = ANY(CAST(:ids AS bigint[])))
    INSERT INTO stock_content (tenant_id, node_id, product_id, lot_id, items, cases)
    SELECT :t, x.id, n.product_id, n.lot_id,
           count(*) FILTER (WHERE n.level = 'item'), count(*) FILTER (WHERE n.level = 'case')
    FROM unnest(CAST(:ids AS bigint[])) AS x(id)
    JOIN pack_node n ON n.tenant_id = :t AND (n.id = x.id OR n.root_id = x.id)
    WHERE n.level <> 'pallet' AND n.product_id IS NOT NULL
    GROUP BY 1, 2, 3, 4""")

# Holdings of recalled lots are marked as they enter stock.
_MARK_RECALLED = text("""
    UPDATE stock_holding h SET recall_id = r.recall_id
    FROM (SELECT DISTINCT ON (c.node_id) c.node_id, rl.recall_id
          FROM stock_content c
          JOIN recall_lot rl ON rl.tenant_id = c.tenant_id AND rl.lot_id = c.lot_id
          JOIN recall r ON r.id = rl.recall_id AND r.status = 'active'
          WHERE c.tenant_id = :t AND c.node_id = ANY(CAST(:ids AS bigint[]))
          ORDER BY c.node_id, rl.recall_id) r
    WHERE h.tenant_id = :t AND h.node_id = r.node_id AND h.recall_id IS NULL""")

_RELOCATE = text("""
    WITH h AS (
        SELECT * FROM stock_holding
        WHERE tenant_id = :t AND node_id = ANY(CAST(:ids AS bigint[])) FOR UPDATE),
    moved AS (
        UPDATE stock_holding s
        SET state = :state, org_id = coalesce(:org, s.org_id),
            warehouse_id = CASE WHEN :keep_place THEN s.warehouse_id ELSE :warehouse END,
            location_id = CASE WHEN :keep_place THEN s.location_id ELSE :location END,
            shipment_id = :shipment_keep, condition = coalesce(:condition, s.condition),
            out_reason = :out_reason, since = :at
        FROM h WHERE s.tenant_id = :t AND s.node_id = h.node_id
        RETURNING s.node_id, s.org_id, s.warehouse_id, s.location_id)
    INSERT INTO stock_move (tenant_id, node_id, kind, at, user_id, org_id, from_org_id,
                            from_warehouse_id, from_location_id, to_org_id, to_warehouse_id,
                            to_location_id, shipment_id, receipt_id, items, reason, salesperson)
    SELECT :t, h.node_id, :kind, :at, :user, :actor, h.org_id, h.warehouse_id, h.location_id,
           coalesce(:to_org, m.org_id),
           CASE WHEN :to_org IS NULL THEN m.warehouse_id ELSE :to_warehouse END,
           CASE WHEN :to_org IS NULL THEN m.location_id END, :shipment, :receipt,
           (SELECT coalesce(sum(c.items), 0) FROM stock_content c
            WHERE c.tenant_id = :t AND c.node_id = h.node_id), :reason, :salesperson
    FROM h JOIN moved m ON m.node_id = h.node_id
    RETURNING node_id""")

_SPLIT = text("""
    WITH top AS (
        SELECT * FROM stock_holding WHERE tenant_id = :t AND node_id = :top FOR UPDATE),
    content AS (
        SELECT x.id AS node_id, n.product_id, n.lot_id,
               count(*) FILTER (WHERE n.level = 'item') AS items,
               count(*) FILTER (WHERE n.level = 'case') AS cases
        FROM top CROSS JOIN unnest(CAST(:ids AS bigint[])) AS x(id)
        JOIN pack_node n ON n.tenant_id = :t AND (n.id = x.id OR n.root_id = x.id)
        WHERE n.level <> 'pallet' AND n.product_id IS NOT NULL
        GROUP BY 1, 2, 3),
    kids AS (
        INSERT INTO stock_holding (tenant_id, node_id, level, state, org_id, warehouse_id,
                                   location_id, shipment_id, condition, out_reason, recall_id,
                                   since)
        SELECT :t, n.id, n.level, top.state, top.org_id, top.warehouse_id, top.location_id,
               top.shipment_id, top.condition, top.out_reason, top.recall_id, top.since
        FROM top JOIN pack_node n ON n.tenant_id = :t AND n.id = ANY(CAST(:ids AS bigint[]))
        RETURNING node_id),
    added AS (
        INSERT INTO stock_content (tenant_id, node_id, product_id, lot_id, items, cases)
        SELECT :t, node_id, product_id, lot_id, items, cases FROM content
        RETURNING 1),
    taken AS (
        UPDATE stock_content c SET items = c.items - d.items, cases = c.cases - d.cases
        FROM (SELECT product_id, lot_id, sum(items) AS items, sum(cases) AS cases
              FROM content GROUP BY 1, 2) d
        WHERE c.tenant_id = :t AND c.node_id = :top AND c.product_id = d.product_id
          AND c.lot_id IS NOT DISTINCT FROM d.lot_id
        RETURNING 1)
    SELECT (SELECT count(*) FROM top), (SELECT count(*) FROM kids), (SELECT count(*) FROM added),
           (SELECT count(*) FROM taken)""")
_PRUNE_CONTENT = text("""DELETE FROM stock_content
    WHERE tenant_id = :t AND node_id = :top AND items = 0 AND cases = 0""")
_PRUNE_HOLDING = text("""
    DELETE FROM stock_holding h WHERE h.tenant_id = :t AND h.node_id = :top
      AND NOT EXISTS (SELECT 1 FROM stock_content c
                      WHERE c.tenant_id = :t AND c.node_id = :top)""")
_KIDS = text("""SELECT node_id, state, org_id, warehouse_id, location_id, condition
    FROM stock_holding WHERE tenant_id = :t AND node_id = ANY(CAST(:ids AS bigint[]))
    ORDER BY node_id FOR UPDATE""")
_TOP = text("""SELECT state, org_id, warehouse_id, location_id, condition FROM stock_holding
    WHERE tenant_id = :t AND node_id = :top FOR UPDATE""")
_ADOPT = text("""
    INSERT INTO stock_holding (tenant_id, node_id, level, state, org_id, warehouse_id,
                               location_id, condition, since)
    SELECT :t, n.id, n.level, 'in_stock', :org, :warehouse, :location, :condition, now()
    FROM pack_node n WHERE n.tenant_id = :t AND n.id = :top""")
_DROP = text("""DELETE FROM stock_holding
    WHERE tenant_id = :t AND node_id = ANY(CAST(:ids AS bigint[]))""")


def from_row(row: Sequence[Any], names: dict[tuple[str, int], str] | None = None) -> Holding:
    """A holding from HOLDING_COLUMNS (its contents' names go to `names` when given)."""
    contents = []
    for p, lot, i, c, product, lot_no in row[16] or []:
        contents.append(Content(int(p), int(lot) if lot is not None else None, int(i), int(c)))
        if names is not None:
            names[("product", int(p))] = product
            if lot is not None:
                names[("lot", int(lot))] = lot_no
    return Holding(*row[:16], contents=contents)  # type: ignore[arg-type, misc]


def read(session: Session, tenant_id: int, node_ids: Sequence[int]) -> dict[int, Holding]:
    """Holdings of these nodes (those that have one), with contents and names."""
    if not node_ids:
        return {}
    return {int(row[0]): from_row(row) for row in session.execute(
        _READ, {"t": tenant_id, "ids": int_array(node_ids)}).all()}


def count(session: Session, tenant_id: int, node_ids: Sequence[int]) -> dict[int, list[Content]]:
    """What nodes hold, counted from the packing tree (for nodes that are not tops)."""
    out: dict[int, list[Content]] = {int(i): [] for i in node_ids}
    if not node_ids:
        return out
    for node_id, product, lot, items, cases in session.execute(
            _COUNT, {"t": tenant_id, "ids": int_array(node_ids)}).all():
        out[int(node_id)].append(Content(int(product), lot, int(items), int(cases)))
    return out


def create(session: Session, tenant_id: int, node_ids: Sequence[int], *, org_id: int,
           warehouse_id: int | None, location_id: int | None, at: datetime) -> list[int]:
    """New tops into stock; returns those that were not held already (a top can be received
    once: the primary key is where two receipts racing for it meet)."""
    if not node_ids:
        return []
    made = [int(i) for i in session.execute(_CREATE, {
        "t": tenant_id, "ids": int_array(node_ids), "org": org_id, "warehouse": warehouse_id,
        "location": location_id, "at": at}).scalars()]
    recount(session, tenant_id, made)
    return made


def log_in(session: Session, tenant_id: int, node_ids: Sequence[int], *, kind: str,
           at: datetime, user_id: int, actor_org_id: int, receipt_id: int | None) -> None:
    """Log the move of holdings that just came into stock (from production)."""
    session.execute(_LOG_IN, {"t": tenant_id, "ids": int_array(node_ids), "kind": kind,
                              "at": at, "user": user_id, "actor": actor_org_id,
                              "receipt": receipt_id})


def recount(session: Session, tenant_id: int, node_ids: Sequence[int]) -> None:
    """Count holdings' contents again from the tree (and mark those of recalled lots)."""
    if not node_ids:
        return
    params = {"t": tenant_id, "ids": int_array(node_ids)}
    session.execute(_RECOUNT, params)
    session.execute(_MARK_RECALLED, params)


def relocate(session: Session, tenant_id: int, node_ids: Sequence[int], *, kind: str,
             state: str, at: datetime, user_id: int, actor_org_id: int,
             org_id: int | None = None, warehouse_id: int | None = None,
             location_id: int | None = None, keep_place: bool = False,
             shipment_id: int | None = None, keep_shipment: bool = False,
             receipt_id: int | None = None, condition: str | None = None,
             out_reason: str = "", reason: str = "", salesperson: str = "",
             to_org_id: int | None = None, to_warehouse_id: int | None = None) -> int:
    """Change the state (and holder, warehouse, location) of holdings and log a move for each,
    in one statement whatever they hold. The move goes to the new place, or to `to_org_id`
    (and `to_warehouse_id`) when given: a shipment's receiver. Returns how many moved."""
    if not node_ids:
        return 0
    rows = session.execute(_RELOCATE, {
        "t": tenant_id, "ids": int_array(node_ids), "kind": kind, "state": state, "at": at,
        "user": user_id, "actor": actor_org_id, "org": org_id, "to_org": to_org_id,
        "to_warehouse": to_warehouse_id,
        "warehouse": warehouse_id, "location": location_id, "keep_place": keep_place,
        "shipment": shipment_id, "shipment_keep": shipment_id if keep_shipment else None,
        "receipt": receipt_id, "condition": condition, "out_reason": out_reason,
        "reason": reason[:200], "salesperson": salesperson[:64]}).all()
    return len(rows)


def split(session: Session, tenant_id: int, top_id: int, child_ids: Sequence[int]) -> None:
    """Hook of the packing tree's unlink: children just taken out of a container under `top_id`
    are tops now; when the old top is held, each becomes a holding at its holder (same state,
    place, shipment, condition and recall) and the old top gives up what they hold. A top left
    with nothing is no longer a holding."""
    if not child_ids:
        return
    params = {"t": tenant_id, "top": top_id, "ids": int_array(child_ids)}
    held = session.execute(_SPLIT, params).one()[0]
    if held:
        session.execute(_PRUNE_CONTENT, params)
        session.execute(_PRUNE_HOLDING, params)


def check_packable(session: Session, tenant_id: int, node_ids: Sequence[int]) -> None:
    """Codes taken again for packing may be in stock, never sold, in transit or gone."""
    if not node_ids:
        return
    for _node, state, *_ in session.execute(
            _KIDS, {"t": tenant_id, "ids": int_array(node_ids)}).all():
        if state != "in_stock":
            raise DomainError(Reason.STOCK_NOT_PACKABLE, field="code", state=state)


def merge(session: Session, tenant_id: int, top_id: int, child_ids: Sequence[int]) -> None:
    """Hook of the packing tree's link: held children packed into a container under `top_id`
    merge into its top's holding (made at their holder when the top has none yet). They must
    be in stock at one place."""
    params = {"t": tenant_id, "top": top_id, "ids": int_array(child_ids)}
    kids = session.execute(_KIDS, params).all()
    if not kids:
        return
    places = {tuple(k[2:6]) for k in kids}
    if any(k[1] != "in_stock" for k in kids):
        raise DomainError(Reason.STOCK_NOT_PACKABLE, field="code",
                          state=next(k[1] for k in kids if k[1] != "in_stock"))
    top = session.execute(_TOP, params).first()
    if top is not None:
        if top[0] != "in_stock":
            raise DomainError(Reason.STOCK_NOT_PACKABLE, field="code", state=top[0])
        places.add(tuple(top[1:5]))
    if len(places) > 1:
        raise DomainError(Reason.STOCK_HOLDER_MISMATCH, field="code")
    org_id, warehouse_id, location_id, condition = next(iter(places))
    session.execute(_DROP, params)
    if top is None:
        session.execute(_ADOPT, {**params, "org": org_id, "warehouse": warehouse_id,
                                 "location": location_id, "condition": condition})
    recount(session, tenant_id, [top_id])
