"""Shipping records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_name, enum_value, ts
from server.shipping.discrepancies import DiscrepancyView
from server.shipping.models import Discrepancy, Shipment
from server.shipping.shipments import HEADER, ShipmentInput, ShipmentView
from shared.pb import shipping_pb2, stock_pb2

H = shipping_pb2


def shipment_input(msg: shipping_pb2.CreateShipmentRequest) -> ShipmentInput:
    return ShipmentInput(
        kind=enum_name(H.ShipmentKind, "SHIPMENT_KIND_", msg.kind),
        warehouse_id=msg.warehouse_id, from_org_id=msg.from_org_id, order_id=msg.order_id,
        exceptional_id=msg.exceptional_id, customer_org_id=msg.customer_org_id,
        to_warehouse_id=msg.to_warehouse_id, header=header(msg))


def header(msg: Any) -> dict[str, str]:
    return {k: getattr(msg, k) for k in HEADER if hasattr(msg, k)}


def shipment_to_proto(view: ShipmentView) -> shipping_pb2.Shipment:
    s: Shipment = view.row[0]
    (sender, wh_name, receiver, region, to_wh, order_no, request_no, request_reason,
     creator, creator_login, shipper, shipper_login, open_issues, outgoing) = view.row[1:]
    out = H.Shipment(
        id=s.id, shipment_no=s.shipment_no,
        kind=enum_value(H.ShipmentKind, "SHIPMENT_KIND_", s.kind),  # type: ignore[arg-type]
        status=enum_value(H.ShipmentStatus, "SHIPMENT_STATUS_", s.status),  # type: ignore[arg-type]
        warehouse_id=s.warehouse_id or 0, warehouse_name=wh_name or "", org_id=s.org_id,
        org_name=sender, customer_org_id=s.customer_org_id or 0, customer_name=receiver or "",
        customer_region=region or "", to_warehouse_id=s.to_warehouse_id or 0,
        to_warehouse_name=to_wh or "", order_id=s.order_id or 0, order_no=order_no or "",
        exceptional_id=s.exceptional_id or 0, exceptional_no=request_no or "",
        exceptional_reason=request_reason or "", vehicle=s.vehicle, driver=s.driver,
        driver_phone=s.driver_phone, handler=s.handler, note=s.note,
        created_by=creator or creator_login, created_at=ts(s.created_at),
        shipped_by=shipper or shipper_login or "", shipped_at=ts(s.shipped_at),
        received_at=ts(s.received_at), cancel_reason=s.cancel_reason,
        open_discrepancies=open_issues or 0, outgoing=bool(outgoing),
        progress=view.progress, units=view.units)
    if view.draft_totals is not None:
        out.totals.CopyFrom(view.draft_totals)
    elif s.status == "draft":
        out.totals.CopyFrom(stock_pb2.DocumentTotals(
            units=len(view.units), pallets=sum(1 for u in view.units if u.level == 3),
            cases=sum(u.cases for u in view.units), items=sum(u.items for u in view.units)))
    else:
        out.totals.CopyFrom(stock_pb2.DocumentTotals(
            units=len(view.units), pallets=s.pallets, cases=s.cases, items=s.items))
    for line, product, lot_no in view.lines:
        out.lines.append(H.ShipmentLine(product_id=line.product_id, product_name=product,
                                        lot_id=line.lot_id or 0, lot_no=lot_no,
                                        items=line.items, cases=line.cases))
    return out


def discrepancy_to_proto(view: DiscrepancyView) -> shipping_pb2.Discrepancy:
    d: Discrepancy = view.row[0]
    shipment_no, sender, receiver, resolver, resolver_login = view.row[1:]
    return H.Discrepancy(
        id=d.id, shipment_id=d.shipment_id, shipment_no=shipment_no,
        receipt_id=d.receipt_id or 0, receipt_no=view.receipt_no,
        kind=enum_value(H.DiscrepancyKind, "DISCREPANCY_KIND_", d.kind),  # type: ignore[arg-type]
        code=view.code, unit=view.unit, resolved=d.status == "resolved",
        resolution=d.resolution, resolved_by=resolver or resolver_login or "",
        created_at=ts(d.created_at), resolved_at=ts(d.resolved_at), sender_name=sender,
        receiver_name=receiver or "", where=view.where)
