"""Live progress of a shipment per product line: what the order (or exceptional request) asks
for, what earlier shipments sent, what this one has scanned, what other drafts against the same
order hold, and what is left. Without an order, the lines are what was scanned."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from server.core.context import CallContext
from server.shipping.models import Shipment
from shared.pb import stock_pb2

# One statement per shipment: the lines with this shipment's and the other drafts' scans.
_ORDER_LINES = """
    SELECT l.id, l.product_id, p.code, p.name, p.items_per_case, l.quantity_items,
           l.shipped_items,
           coalesce((SELECT sum(u.items) FROM shipment_unit u
                     WHERE u.shipment_id = :s AND u.product_id = l.product_id), 0),
           coalesce((SELECT sum(u.items) FROM shipment_unit u
                     JOIN shipment x ON x.id = u.shipment_id
                     WHERE x.{key} = :doc AND x.status = 'draft' AND x.id <> :s
                       AND u.reserved AND u.product_id = l.product_id), 0)
    FROM {table} l JOIN product p ON p.id = l.product_id
    WHERE l.{parent} = :doc ORDER BY l.line_no"""
_BY_ORDER = text(_ORDER_LINES.format(table="sales_order_line", parent="order_id",
                                     key="order_id"))
_BY_REQUEST = text(_ORDER_LINES.format(table="exceptional_shipment_line", parent="request_id",
                                       key="exceptional_id"))
_SCANNED = text("""
    SELECT u.product_id, coalesce(p.code, ''), coalesce(p.name, ''),
           coalesce(p.items_per_case, 0), sum(u.items)
    FROM shipment_unit u LEFT JOIN product p ON p.id = u.product_id
    WHERE u.shipment_id = :s GROUP BY 1, 2, 3, 4 ORDER BY 2""")


@dataclass(frozen=True)
class Line:
    line_id: int
    product_id: int
    code: str
    name: str
    items_per_case: int
    ordered: int
    shipped: int  # by earlier shipments
    scanned: int  # this shipment
    reserved: int  # other drafts of the same document

    @property
    def remaining(self) -> int:
        return max(self.ordered - self.shipped - self.scanned - self.reserved, 0)

    def proto(self) -> stock_pb2.ProgressLine:
        return stock_pb2.ProgressLine(
            product_id=self.product_id, product_code=self.code, product_name=self.name,
            items_per_case=self.items_per_case, ordered_items=self.ordered,
            shipped_items=self.shipped, scanned_items=self.scanned,
            reserved_items=self.reserved, remaining_items=self.remaining)


def lines(ctx: CallContext, shipment: Shipment) -> list[Line]:
    """The shipment's lines now (a confirmed shipment's own items are not 'earlier')."""
    if shipment.order_id or shipment.exceptional_id:
        stmt = _BY_ORDER if shipment.order_id else _BY_REQUEST
        doc = shipment.order_id or shipment.exceptional_id
        out = []
        for row in ctx.session.execute(stmt, {"s": shipment.id, "doc": doc}).all():
            line_id, product, code, name, per_case, ordered, shipped, scanned, reserved = row
            if shipment.status != "draft":
                shipped -= scanned
            out.append(Line(int(line_id), int(product), code, name, int(per_case),
                            int(ordered), int(shipped), int(scanned), int(reserved)))
        return out
    return [Line(0, int(p or 0), code, name, int(per_case), 0, 0, int(items), 0)
            for p, code, name, per_case, items in ctx.session.execute(
                _SCANNED, {"s": shipment.id}).all()]
