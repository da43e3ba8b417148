"""Order records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_name, enum_value, ts
from server.orders.erp import ErpLine, UpsertInput
from server.orders.exceptional import ExceptionalInput, ExceptionalView
from server.orders.import_orders import ImportInput, ImportResult
from server.orders.lines import LineInput
from server.orders.models import ExceptionalShipment, SalesOrder
from server.orders.sales_orders import OrderInput, OrderView
from shared.pb import orders_pb2

O = orders_pb2  # noqa: E741


def unit_from_proto(value: int) -> str:
    return enum_name(O.QuantityUnit, "QUANTITY_UNIT_", value) or "item"


def line_inputs(lines: Any) -> list[LineInput]:
    return [LineInput(x.product_id, x.quantity, unit_from_proto(x.unit)) for x in lines]


def order_input(msg: orders_pb2.SalesOrder) -> OrderInput:
    return OrderInput(warehouse_id=msg.warehouse_id, customer_org_id=msg.customer_org_id,
                      lines=line_inputs(msg.lines), order_no=msg.order_no,
                      requested_date=msg.requested_date, note=msg.note)


def line_to_proto(row: Any) -> orders_pb2.OrderLine:
    """A line from (line, product code, name, spec, unit, items per case)."""
    line, code, name, spec, unit, per_case = row
    return O.OrderLine(
        id=line.id, product_id=line.product_id, quantity=line.quantity,
        unit=O.QuantityUnit.ValueType(enum_value(O.QuantityUnit, "QUANTITY_UNIT_", line.unit)),
        line_no=line.line_no, quantity_items=line.quantity_items,
        shipped_items=line.shipped_items, product_code=code, product_name=name,
        product_spec=spec, product_unit=unit, items_per_case=per_case)


def order_to_proto(view: OrderView) -> orders_pb2.SalesOrder:
    order: SalesOrder = view.row[0]
    (seller, _path, wh_code, wh_name, cust_code, cust_name, display, username, n, items,
     shipped) = view.row[1:]
    return O.SalesOrder(
        id=order.id, order_no=order.order_no, warehouse_id=order.warehouse_id,
        customer_org_id=order.customer_org_id,
        requested_date=order.requested_date.isoformat() if order.requested_date else "",
        note=order.note, lines=[line_to_proto(r) for r in view.lines],
        status=O.OrderStatus.ValueType(enum_value(O.OrderStatus, "ORDER_STATUS_", order.status)),
        source=O.OrderSource.ValueType(enum_value(O.OrderSource, "ORDER_SOURCE_",
                                                  order.source)),
        org_id=order.org_id, org_name=seller, warehouse_code=wh_code, warehouse_name=wh_name,
        customer_code=cust_code, customer_name=cust_name, line_count=n, total_items=items,
        shipped_items=shipped, created_by=display or username, created_at=ts(order.created_at),
        confirmed_at=ts(order.confirmed_at), cancelled_at=ts(order.cancelled_at),
        cancel_reason=order.cancel_reason, editable=view.editable)


def import_input(msg: orders_pb2.ImportSalesOrdersRequest) -> ImportInput:
    return ImportInput(file_name=msg.file_name, data=msg.data, warehouse_id=msg.warehouse_id,
                       operation_id=msg.operation_id, confirm=msg.confirm)


def import_to_proto(result: ImportResult) -> orders_pb2.ImportSalesOrdersResponse:
    return O.ImportSalesOrdersResponse(
        imported=result.imported, order_count=len(result.order_nos),
        line_count=result.line_count, order_nos=result.order_nos,
        errors=[O.ImportRowError(row=e.row, column=e.column, reason=e.reason,
                                 message_zh=e.message_zh, message_en=e.message_en,
                                 value=e.value) for e in result.errors],
        error_count=result.error_count, row_count=result.row_count,
        ignored_columns=result.ignored)


def upsert_input(msg: orders_pb2.UpsertSalesOrderRequest) -> UpsertInput:
    return UpsertInput(
        operation_id=msg.operation_id, order_no=msg.order_no, customer_code=msg.customer_code,
        warehouse_code=msg.warehouse_code,
        lines=tuple(ErpLine(x.product_code, x.quantity, unit_from_proto(x.unit))
                    for x in msg.lines),
        requested_date=msg.requested_date, note=msg.note, confirm=msg.confirm,
        cancel=msg.cancel, cancel_reason=msg.cancel_reason)


def exceptional_input(msg: orders_pb2.ExceptionalShipment) -> ExceptionalInput:
    return ExceptionalInput(
        warehouse_id=msg.warehouse_id,
        reason=enum_name(O.ExceptionalReason, "EXCEPTIONAL_REASON_", msg.reason),
        reason_text=msg.reason_text, lines=line_inputs(msg.lines))


def exceptional_to_proto(view: ExceptionalView) -> orders_pb2.ExceptionalShipment:
    x: ExceptionalShipment = view.row[0]
    (org_name, wh_code, wh_name, req_display, req_username, dec_display, dec_username, n,
     items) = view.row[1:]
    return O.ExceptionalShipment(
        id=x.id, warehouse_id=x.warehouse_id,
        reason=O.ExceptionalReason.ValueType(
            enum_value(O.ExceptionalReason, "EXCEPTIONAL_REASON_", x.reason)),
        reason_text=x.reason_text, lines=[line_to_proto(r) for r in view.lines],
        request_no=x.request_no,
        status=O.ExceptionalStatus.ValueType(
            enum_value(O.ExceptionalStatus, "EXCEPTIONAL_STATUS_", x.status)),
        org_id=x.org_id, org_name=org_name, warehouse_code=wh_code, warehouse_name=wh_name,
        requested_by_id=x.requested_by_id, requested_by=req_display or req_username,
        decided_by=dec_display or dec_username or "", decided_at=ts(x.decided_at),
        decision_comment=x.decision_comment, created_at=ts(x.created_at), line_count=n,
        total_items=items)
