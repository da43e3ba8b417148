"""A lot's upstream (product, line, factory, date, shift, the fields recorded on it such as raw
material batches, the stations that packed it) and downstream (every shipment that carried it,
who holds how much of it now: recall's question). Holdings keep their contents per lot, so "who
holds this lot" reads the few holdings that hold it, not the million items of the lot."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text

from server.core import prepared
from server.core.context import CallContext
from server.core.convert import ts
from server.core.errors import DomainError, Reason
from server.flow import trace_sql
from server.production.models import ProductionLot
from server.scans.regions import Place, divisions
from server.stock.convert import state
from shared.pb import flow_pb2

F = flow_pb2
MAX_FOUND = 200
_HOLDERS = text("""
    SELECT h.org_id, o.name, o.kind, o.region_code, h.warehouse_id, coalesce(w.name, ''),
           h.state, c.lot_id, coalesce(lot.lot_no, ''),
           count(*) FILTER (WHERE h.level = 'pallet'), CAST(sum(c.cases) AS bigint),
           CAST(sum(c.items) AS bigint),
           CAST(coalesce(sum(c.items) FILTER (WHERE h.recall_id IS NOT NULL), 0) AS bigint),
           coalesce(ro.name, ''), o.path LIKE :path AS visible
    FROM stock_content c
    JOIN stock_holding h ON h.tenant_id = c.tenant_id AND h.node_id = c.node_id
    JOIN organisation o ON o.id = h.org_id
    LEFT JOIN warehouse w ON w.id = h.warehouse_id
    LEFT JOIN production_lot lot ON lot.id = c.lot_id
    LEFT JOIN shipment s ON s.id = h.shipment_id AND h.state = 'in_transit'
    LEFT JOIN organisation ro ON ro.id = s.customer_org_id
    WHERE c.tenant_id = :t AND c.lot_id = ANY(CAST(:lots AS bigint[]))
    GROUP BY h.org_id, o.name, o.kind, o.region_code, o.path, h.warehouse_id, w.name, h.state,
             c.lot_id, lot.lot_no, ro.name
    ORDER BY o.path, h.warehouse_id NULLS FIRST, h.state, lot.lot_no""")
_PACKED = text("""SELECT count(*) FROM pack_node
    WHERE tenant_id = :t AND lot_id = ANY(CAST(:lots AS bigint[])) AND level = 'item'""")
_SHIPMENTS = text("""
    SELECT s.id, s.shipment_no, s.kind, so.name, coalesce(ro.name, ''),
           coalesce(ro.region_code, ''), s.shipped_at, sum(l.items),
           so.path LIKE :path OR coalesce(ro.path LIKE :path, false)
    FROM shipment_line l JOIN shipment s ON s.id = l.shipment_id
    JOIN organisation so ON so.id = s.org_id
    LEFT JOIN organisation ro ON ro.id = s.customer_org_id
    WHERE l.tenant_id = :t AND l.lot_id = :lot
    GROUP BY s.id, so.name, so.path, ro.name, ro.region_code, ro.path
    ORDER BY s.shipped_at, s.id""")


def region_name(code: str) -> str:
    """A GB/T 2260 code in words (山东省青岛市), '' when unknown."""
    if not code or len(code) != 6:
        return ""
    return divisions().name(Place(code[:2] + "0000", code[:4] + "00" if code[2:4] != "00"
                                  else "", code if code[4:] != "00" else ""), "zh")


def _array(ids: Sequence[int]) -> str:
    return "{" + ",".join(str(int(i)) for i in ids) + "}"


def lot_from_row(row: Sequence[Any]) -> flow_pb2.LotInfo:
    """LotInfo from trace_sql.LOT's row."""
    (lot_id, lot_no, product_id, code, name, produced, shift, line, factory, fields, custom,
     stations) = row
    labels = {f["key"]: f["label"] for f in fields or [] if f.get("scope") == "lot"}
    return F.LotInfo(
        id=lot_id, lot_no=lot_no, product_id=product_id, product_code=code, product_name=name,
        production_date=produced.isoformat(), shift=shift, line_name=line,
        factory_name=factory, stations=list(stations or []),
        fields=[F.LotField(key=k, label=labels.get(k, k), value=str(v))
                for k, v in (custom or {}).items() if v not in (None, "")])


def lot_info(ctx: CallContext, lot_id: int, *, packed: bool = False) -> flow_pb2.LotInfo:
    """The lot's upstream record; NOT_FOUND when the tenant has no such lot."""
    rows = prepared.run(ctx.session, trace_sql.LOT, {"t": ctx.tenant_id, "lot": lot_id})
    if not rows:
        raise DomainError(Reason.NOT_FOUND, field="lot_id", entity="lot", id=lot_id)
    out = lot_from_row(rows[0])
    if packed:
        out.packed_items = int(ctx.session.execute(
            _PACKED, {"t": ctx.tenant_id, "lots": _array([lot_id])}).scalar_one())
    return out


def holders(ctx: CallContext, lot_ids: Sequence[int]) -> flow_pb2.RecallHolders:
    """Who holds how much of the lots now, grouped by holder, warehouse, state and lot; what
    was packed but never received; what is held outside the caller's subtree (counted)."""
    t, lots = ctx.tenant_id, _array(lot_ids)
    out = F.RecallHolders()
    held = hidden = 0
    for row in ctx.session.execute(_HOLDERS, {"t": t, "lots": lots,
                                              "path": ctx.user.org_path + "%"}).all():
        (org_id, org, kind, region, wh_id, wh, st, lot_id, lot_no, pallets, cases, items,
         recalled, to_name, visible) = row
        held += int(items)
        if not visible:
            hidden += int(items)
            continue
        out.holders.append(F.HolderRow(
            org_id=org_id, org_name=org, org_kind=kind, region_code=region,
            warehouse_id=wh_id or 0, warehouse_name=wh, state=state(st), lot_id=lot_id or 0,
            lot_no=lot_no, pallets=pallets, cases=cases, items=items, recalled_items=recalled,
            to_name=to_name, region_name=region_name(region)))
    out.total_items = int(ctx.session.execute(_PACKED, {"t": t, "lots": lots}).scalar_one())
    out.unreceived_items = max(out.total_items - held, 0)
    out.hidden_items = hidden
    return out


def shipments(ctx: CallContext, lot_id: int) -> list[flow_pb2.LotShipment]:
    """Every shipment that carried the lot (those touching the caller's subtree)."""
    out = []
    for sid, number, kind, sender, receiver, region, at, items, visible in ctx.session.execute(
            _SHIPMENTS, {"t": ctx.tenant_id, "lot": lot_id,
                         "path": ctx.user.org_path + "%"}).all():
        if visible:
            out.append(F.LotShipment(shipment_id=sid, shipment_no=number, kind=kind,
                                     from_name=sender, to_name=receiver, to_region=region,
                                     shipped_at=ts(at), items=int(items)))
    return out


def find(ctx: CallContext, needle: str, product_id: int) -> list[Any]:
    """Lots whose recorded fields contain the text (a raw material batch, a supplier)."""
    needle = needle.strip()
    if not needle:
        raise DomainError(Reason.REQUIRED, field="text")
    stmt = select(ProductionLot.id).where(
        ProductionLot.tenant_id == ctx.tenant_id,
        text("(EXISTS (SELECT 1 FROM jsonb_each_text(production_lot.custom) kv "
             "WHERE kv.value ILIKE :like) OR production_lot.lot_no ILIKE :like)"))
    if product_id:
        stmt = stmt.where(ProductionLot.product_id == product_id)
    like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = ctx.session.execute(stmt.order_by(ProductionLot.production_date.desc())
                              .limit(MAX_FOUND), {"like": like}).scalars().all()
    return [lot_info(ctx, int(i)) for i in ids]

