"""Stock records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_value, ts
from server.stock.models import GoodsReceipt, StockHolding, StockMove
from server.stock.reading import Reader
from server.stock.receipts import ReceiptView
from server.stock.units import LEVEL
from server.warehouse.models import StockAlert
from shared.pb import stock_pb2

S = stock_pb2


def state(value: str) -> Any:
    return enum_value(S.HoldingState, "HOLDING_STATE_", value)


def receipt_to_proto(view: ReceiptView) -> stock_pb2.Receipt:
    r: GoodsReceipt = view.row[0]
    org, wh, loc, shipment_no, sender, display, username = view.row[1:]
    out = S.Receipt(
        id=r.id, receipt_no=r.receipt_no,
        kind=enum_value(S.ReceiptKind, "RECEIPT_KIND_", r.kind),  # type: ignore[arg-type]
        status=enum_value(S.ReceiptStatus, "RECEIPT_STATUS_", r.status),  # type: ignore[arg-type]
        org_id=r.org_id, org_name=org, warehouse_id=r.warehouse_id or 0,
        warehouse_name=wh or "", location_id=r.location_id or 0, location_code=loc or "",
        shipment_id=r.shipment_id or 0, shipment_no=shipment_no or "",
        sender_name=sender or "", run_id=r.run_id or 0, note=r.note, units=view.units,
        created_by=display or username, created_at=ts(r.created_at),
        confirmed_at=ts(r.confirmed_at), missing_units=view.missing, extra_units=view.extra)
    if r.status == "confirmed":
        out.totals.CopyFrom(S.DocumentTotals(units=len(view.units), pallets=r.pallets,
                                             cases=r.cases, items=r.items))
    else:
        out.totals.CopyFrom(S.DocumentTotals(
            units=len(view.units), pallets=sum(1 for u in view.units if u.level == 3),
            cases=sum(u.cases for u in view.units), items=sum(u.items for u in view.units)))
    if view.expected is not None:
        out.expected.CopyFrom(view.expected)
    return out


def inventory_row(row: Any) -> stock_pb2.InventoryRow:
    (org_id, warehouse_id, location_id, product_id, lot_id, st, condition, recalled, pallets,
     cases, loose, items, org, kind, region, wh, loc, code, name, spec, per_case, lot) = row
    return S.InventoryRow(
        org_id=org_id, org_name=org, org_kind=kind, region_code=region,
        warehouse_id=warehouse_id or 0, warehouse_name=wh or "", location_id=location_id or 0,
        location_code=loc or "", product_id=product_id, product_code=code, product_name=name,
        product_spec=spec, items_per_case=per_case, lot_id=lot_id or 0, lot_no=lot or "",
        state=state(st), damaged=condition == "damaged", recalled=bool(recalled),
        pallets=pallets or 0, cases=cases or 0, loose_items=loose or 0, items=items or 0)


def holding_to_proto(reader: Reader, row: Any) -> stock_pb2.Holding:
    h: StockHolding = row[0]
    items, cases, product, lot, org, wh, loc, shipment_no, batch_id, serial = row[1:]
    code = reader.codes.printed(reader.batch(batch_id), serial)
    return S.Holding(
        code=code, level=LEVEL[h.level], state=state(h.state),  # type: ignore[arg-type]
        org_id=h.org_id, org_name=org, warehouse_id=h.warehouse_id or 0,
        warehouse_name=wh or "", location_id=h.location_id or 0, location_code=loc or "",
        shipment_id=h.shipment_id or 0, shipment_no=shipment_no or "", items=items or 0,
        cases=cases or 0, product_name=product or "", lot_no=lot or "",
        damaged=h.condition == "damaged", recalled=h.recall_id is not None,
        out_reason=h.out_reason, since=ts(h.since), node_id=h.node_id)


def move_to_proto(reader: Reader, row: Any) -> stock_pb2.StockMove:
    m: StockMove = row[0]
    (level, batch_id, serial, product, lot, display, username, from_org, from_wh, from_loc,
     to_org, to_region, to_wh, to_loc, shipment_no, receipt_no) = row[1:]
    return S.StockMove(
        id=m.id, kind=enum_value(S.StockMoveKind, "STOCK_MOVE_KIND_", m.kind),  # type: ignore[arg-type]
        code=reader.codes.printed(reader.batch(batch_id), serial),
        level=LEVEL[level],  # type: ignore[arg-type]
        items=m.items, at=ts(m.at), user_name=display or username or "",
        from_org_name=from_org or "", from_warehouse_name=from_wh or "",
        from_location_code=from_loc or "", to_org_name=to_org or "",
        to_warehouse_name=to_wh or "", to_location_code=to_loc or "",
        to_region_code=to_region or "", shipment_id=m.shipment_id or 0,
        shipment_no=shipment_no or "", receipt_id=m.receipt_id or 0,
        receipt_no=receipt_no or "", reason=m.reason, salesperson=m.salesperson,
        product_name=product or "", lot_no=lot or "")


def warning_to_proto(row: Any) -> stock_pb2.StockWarning:
    a: StockAlert = row[0]
    org_code, org_name, code, name, per_case, items = row[1:]
    return S.StockWarning(org_id=a.org_id, org_code=org_code, org_name=org_name,
                          product_id=a.product_id, product_code=code, product_name=name,
                          items_per_case=per_case, min_items=a.min_items, items=items,
                          note=a.note)
