"""Confirming a shipment (确认发货): the goods leave. Codes scanned out of a container are taken
out of it (a dealer ships two cases of a pallet: the pallet is broken, every count stays right);
then every holding scanned is in transit to the receiver — or gone, marked with the request's
reason, for an exceptional shipment — in one UPDATE and one INSERT of moves, whatever the
pallets hold. The order's shipped quantities and state follow; the shipment keeps what it
carried per product and lot. A confirm repeated with its operation id (a timeout on a VPN
link) returns the shipment as the first call left it."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import select, update

from server.codes.keys import KeyStore
from server.core import prepared
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.orders.exceptional import ExceptionalShipmentService
from server.orders.models import ExceptionalShipment, SalesOrder, SalesOrderLine
from server.orders.repository import SalesOrderRepository
from server.packing import tree
from server.shipping import progress
from server.shipping.models import Shipment, ShipmentLine, ShipmentUnit
from server.shipping.scanning import at_source, source_name
from server.shipping.shipments import ShipmentService, check_order
from server.stock import holdings, ops
from server.stock.detach import Breaker
from server.stock.holdings import Holding
from server.stock.reading import NODE_COLUMNS, Reader

# The draft's codes with their nodes (locked: packing cannot change them meanwhile) and their
# tops' holdings, in one statement.
_UNITS = prepared.Prepared("yima_shipment_units", f"""
    SELECT {", ".join("n." + c.strip() for c in NODE_COLUMNS.split(","))},
           {holdings.HOLDING_COLUMNS}
    FROM shipment_unit u JOIN pack_node n ON n.id = u.node_id
    LEFT JOIN stock_holding h ON h.tenant_id = :t AND h.node_id = coalesce(n.root_id, n.id)
    {holdings.HOLDING_JOINS}
    WHERE u.tenant_id = :t AND u.shipment_id = :s AND u.reserved
    ORDER BY u.id FOR UPDATE OF n""", {"t": "bigint", "s": "bigint"})


class ConfirmService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.shipments = ShipmentService(ctx, keys)
        self.reader = Reader(ctx, keys)

    def confirm(self, shipment_id: int, op: str, header: dict[str, str]) -> Shipment:
        done = ops.replay(self.ctx, op, "shipment_confirm")
        if done is not None:
            return self.shipments.repo.get(int(done))
        shipment = self.shipments.draft(shipment_id)
        self.shipments._header(shipment, {k: v for k, v in header.items() if v})
        t = self.ctx.tenant_id
        rows = prepared.run(self.session, _UNITS, {"t": t, "s": shipment.id})
        if not rows:
            raise DomainError(Reason.DOCUMENT_EMPTY, document="shipment",
                              number=shipment.shipment_no)
        order, request = self._document(shipment)
        when = datetime.now(UTC)
        nodes = [tree.Node(*row[:15]) for row in rows]
        tops = {int(row[15]): holdings.from_row(row[15:]) for row in rows
                if row[15] is not None}
        self._still_here(shipment, nodes, tops)
        breaker = Breaker(self.ctx)
        ids = [n.id for n in nodes]
        if breaker.detach(nodes, when=when, reason="发货拆分 split to ship"):
            carried = holdings.read(self.session, t, ids)
        else:  # whole pallets and cases: what was read is what leaves
            carried = tops
        per_product = self._lines(shipment, carried)
        if request is not None:
            holdings.relocate(self.session, t, ids, kind="exceptional", state="out", at=when,
                              user_id=self.ctx.user.user_id, actor_org_id=self.ctx.user.org_id,
                              keep_place=True, shipment_id=shipment.id, keep_shipment=True,
                              out_reason=request.reason, reason=request.reason_text)
            by_line = {x.product_id: x.line_id for x in progress.lines(self.ctx, shipment)}
            ExceptionalShipmentService(self.ctx).mark_shipped(
                request, {by_line[p]: n for p, n in per_product.items()})
        else:
            holdings.relocate(self.session, t, ids, kind="ship", state="in_transit", at=when,
                              user_id=self.ctx.user.user_id, actor_org_id=self.ctx.user.org_id,
                              keep_place=True, shipment_id=shipment.id, keep_shipment=True,
                              to_org_id=shipment.customer_org_id,
                              to_warehouse_id=shipment.to_warehouse_id)
        if order is not None:
            self._ship_order(order, per_product)
        self._close(shipment, len(nodes), carried, when)
        breaker.finish()
        ops.record(self.ctx, op, str(shipment.id).encode())
        return shipment

    def _document(self, shipment: Shipment
                  ) -> tuple[SalesOrder | None, ExceptionalShipment | None]:
        """The order (locked, still shippable) or the request (locked, still approved)."""
        if shipment.order_id:
            order = SalesOrderRepository(self.ctx).get(shipment.order_id, for_update=True)
            check_order(order)
            return order, None
        if shipment.exceptional_id:
            return None, ExceptionalShipmentService(self.ctx).for_shipping(
                shipment.exceptional_id)
        return None, None

    def _still_here(self, shipment: Shipment, nodes: list[tree.Node],
                    tops: dict[int, Holding]) -> None:
        """Every scanned code is still in stock where the shipment ships from."""
        for node in nodes:
            held = tops.get(node.root_id or node.id)
            if held is None or held.state != "in_stock" or not at_source(shipment, held):
                raise DomainError(Reason.STOCK_NOT_HERE, code=self.reader.printed(node),
                                  here=source_name(self.ctx, shipment),
                                  where=both("已不在发货仓库的库存中",
                                             "no longer in the shipping warehouse's stock"))

    def _lines(self, shipment: Shipment, carried: dict[int, Holding]) -> dict[int, int]:
        """What the shipment carries per product and lot (kept on it); items per product,
        checked against what the order or request still wants."""
        per_lot: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
        for held in carried.values():
            for c in held.contents:
                per_lot[(c.product_id, c.lot_id)][0] += c.items
                per_lot[(c.product_id, c.lot_id)][1] += c.cases
        for (product, lot), (items, cases) in sorted(per_lot.items(),
                                                     key=lambda x: (x[0][0], x[0][1] or 0)):
            self.session.add(ShipmentLine(tenant_id=self.ctx.tenant_id, shipment_id=shipment.id,
                                          product_id=product, lot_id=lot, items=items,
                                          cases=cases))
        per_product: dict[int, int] = defaultdict(int)
        for (product, _lot), (items, _cases) in per_lot.items():
            per_product[product] += items
        if shipment.order_id or shipment.exceptional_id:
            lines = {x.product_id: x for x in progress.lines(self.ctx, shipment)}
            for product, items in per_product.items():
                line = lines.get(product)
                name = self.reader.product_name(product)
                document = "sales_order" if shipment.order_id else "exceptional_shipment"
                if line is None:
                    raise DomainError(Reason.SHIP_WRONG_PRODUCT, code=shipment.shipment_no,
                                      product=name, document=document, number="")
                left = line.ordered - line.shipped
                if items > left:
                    raise DomainError(Reason.SHIP_OVER_SCAN, code=shipment.shipment_no,
                                      product=name, items=items, remaining=left,
                                      document=document, number="", hint="")
        return dict(per_product)

    def _ship_order(self, order: SalesOrder, per_product: dict[int, int]) -> None:
        for product, items in per_product.items():
            self.session.execute(update(SalesOrderLine).where(
                SalesOrderLine.order_id == order.id, SalesOrderLine.product_id == product)
                .values(shipped_items=SalesOrderLine.shipped_items + items))
        lines = self.session.execute(select(SalesOrderLine.quantity_items,
                                            SalesOrderLine.shipped_items).where(
            SalesOrderLine.order_id == order.id)).all()
        before = order.status
        order.status = "shipped" if all(s >= q for q, s in lines) else "partly_shipped"
        self.session.flush()
        self.ctx.record("sales_order", order.id, {"status": before},
                        {"status": order.status, "shipped": dict(per_product)}, action="ship")

    def _close(self, shipment: Shipment, units: int, carried: dict[int, Holding],
               when: datetime) -> None:
        shipment.status, shipment.shipped_at = "shipped", when
        shipment.shipped_by_id = self.ctx.user.user_id
        shipment.items = sum(h.items for h in carried.values())
        shipment.cases = sum(h.cases for h in carried.values())
        shipment.pallets = sum(1 for h in carried.values() if h.level == "pallet")
        self.session.flush()
        self.session.execute(update(ShipmentUnit).where(
            ShipmentUnit.shipment_id == shipment.id).values(reserved=False))
        self.ctx.record("shipment", shipment.id, {"status": "draft"}, {
            "status": "shipped", "units": units, "items": shipment.items,
            "cases": shipment.cases, "pallets": shipment.pallets, "vehicle": shipment.vehicle,
            "driver": shipment.driver, "handler": shipment.handler}, action="confirm")
