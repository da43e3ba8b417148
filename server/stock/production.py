"""What production hands to the warehouse: collection records (采集记录) with packed goods not
in stock yet, and loose activated items that never met a packing station (they get a node of
their own when received, so they are located like everything else)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.repository import subtree_ids
from server.orders import parties
from server.packing import tree
from server.packing.codestate import Code
from server.packing.models import PackRun
from server.packing.tree import Node
from server.stock.places import Place
from server.warehouse.models import Warehouse

RECENT_DAYS = 30
_NEW_NODE = text("""
    INSERT INTO pack_node (tenant_id, batch_id, serial, level, product_id, lot_id, packed_at)
    VALUES (:t, :b, :s, 'item', :p, :lot, now())
    ON CONFLICT (tenant_id, batch_id, serial) DO NOTHING""")
_RUNS = text("""
    SELECT r.id, coalesce(l.name, ''), r.station, coalesce(p.name, ''), coalesce(lot.lot_no, ''),
           r.started_at, r.ended_at, count(*) AS tops
    FROM pack_run r
    JOIN production_line l ON l.id = r.line_id
    JOIN product p ON p.id = r.product_id
    LEFT JOIN production_lot lot ON lot.id = r.lot_id
    CROSS JOIN LATERAL (SELECT DISTINCT coalesce(n.root_id, n.id) AS top FROM pack_node n
                        WHERE n.tenant_id = :t AND n.run_id = r.id) tp
    WHERE r.tenant_id = :t AND r.status <> 'deleted' AND r.started_at > :since
      AND r.org_id IN (SELECT o.id FROM organisation o
                       WHERE o.tenant_id = :t AND o.path LIKE :path)
      AND NOT EXISTS (SELECT 1 FROM stock_holding h
                      WHERE h.tenant_id = :t AND h.node_id = tp.top)
      AND NOT EXISTS (SELECT 1 FROM pack_node x
                      WHERE x.tenant_id = :t AND x.id = tp.top AND x.pending_run_id IS NOT NULL)
    GROUP BY r.id, l.name, p.name, lot.lot_no ORDER BY r.id DESC LIMIT 100""")


def ensure_node(ctx: CallContext, code: Code) -> Node:
    """The node of an activated item that was never packed (made now)."""
    params = {"t": ctx.tenant_id, "b": code.batch.id, "s": code.serial,
              "p": code.product_id, "lot": code.lot_id}
    ctx.session.execute(_NEW_NODE, params)
    return tree.by_keys(ctx.session, ctx.tenant_id, [code.key], lock=True)[code.key]


def _trader_path(ctx: CallContext, wh: Warehouse) -> str:
    """A warehouse receives what its factory (its trading party's subtree) packed."""
    return parties.trading_party(ctx, wh.org_id).path


def receivable_run(ctx: CallContext, place: Place, run_id: int) -> PackRun:
    """A collection record the warehouse may receive (its trading party packed it)."""
    assert place.warehouse is not None
    run = ctx.session.execute(select(PackRun).where(
        PackRun.tenant_id == ctx.tenant_id, PackRun.id == run_id,
        PackRun.org_id.in_(subtree_ids(ctx.tenant_id, _trader_path(ctx, place.warehouse))))
    ).scalar_one_or_none()
    if run is None:
        raise DomainError(Reason.NOT_FOUND, field="run_id", entity="pack_run", id=run_id)
    return run


def receivable_runs(ctx: CallContext, wh: Warehouse) -> list[tuple[Any, ...]]:
    """Recent collection records of the warehouse's side with goods not in stock yet:
    (run id, line, station, product, lot, started, ended, tops to receive)."""
    since = datetime.now(UTC) - timedelta(days=RECENT_DAYS)
    return [tuple(r) for r in ctx.session.execute(_RUNS, {
        "t": ctx.tenant_id, "since": since, "path": _trader_path(ctx, wh) + "%"}).all()]
