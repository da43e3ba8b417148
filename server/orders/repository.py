"""Order repositories. A sales order is seen by the seller's subtree and by the customer's (a
dealer sees what it ordered); only the seller's side changes it. Exceptional shipments are seen
within the subtree of their warehouse's organisation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Select, cast, func, or_, select, true
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.catalog.models import Product
from server.core.listing import ListSpec
from server.core.repository import Repository, subtree_ids
from server.orders.models import (
    ExceptionalShipment,
    ExceptionalShipmentLine,
    SalesOrder,
    SalesOrderLine,
)
from server.warehouse.models import Warehouse

Seller = aliased(Organisation, name="seller")
Customer = aliased(Organisation, name="customer")
Requester = aliased(User, name="requester")
Decider = aliased(User, name="decider")


def _totals(line: Any, parent: Any, key: Any) -> Any:
    """Per parent: line count, items ordered, items shipped (a lateral subquery, so that a page
    of orders reads only its own lines)."""
    return (select(func.count().label("n_lines"),
                   cast(func.coalesce(func.sum(line.quantity_items), 0), BigInteger)
                   .label("n_items"),
                   cast(func.coalesce(func.sum(line.shipped_items), 0), BigInteger)
                   .label("n_shipped"))
            .where(key == parent.id).lateral())


def _lines(line: Any, key: Any, parent_id: int) -> Select[Any]:
    return (select(line, Product.code, Product.name, Product.spec, Product.unit,
                   Product.items_per_case)
            .join(Product, Product.id == line.product_id)
            .where(key == parent_id).order_by(line.line_no))


class SalesOrderRepository(Repository[SalesOrder]):
    model = SalesOrder
    entity = "sales_order"

    def base(self) -> Select[Any]:
        """Orders the caller's subtree sells or buys."""
        p = self.ctx.user
        mine = subtree_ids(p.tenant_id, p.org_path)
        return select(SalesOrder).where(
            SalesOrder.tenant_id == p.tenant_id,
            or_(SalesOrder.org_id.in_(mine), SalesOrder.customer_org_id.in_(mine)))

    def list_spec(self) -> ListSpec:
        o = SalesOrder
        return ListSpec(
            fields={"id": o.id, "order_no": o.order_no, "status": o.status, "source": o.source,
                    "org_id": o.org_id, "warehouse_id": o.warehouse_id,
                    "customer_org_id": o.customer_org_id, "requested_date": o.requested_date,
                    "created_at": o.created_at},
            search=(o.order_no, o.note, Customer.code, Customer.name, Warehouse.name),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Orders with seller, warehouse, customer, creator and line totals."""
        totals = _totals(SalesOrderLine, SalesOrder, SalesOrderLine.order_id)
        return (self.base()
                .join(Warehouse, Warehouse.id == SalesOrder.warehouse_id)
                .join(Seller, Seller.id == SalesOrder.org_id)
                .join(Customer, Customer.id == SalesOrder.customer_org_id)
                .join(User, User.id == SalesOrder.created_by_id)
                .join(totals, true())
                .add_columns(Seller.name, Seller.path, Warehouse.code, Warehouse.name,
                             Customer.code, Customer.name, User.display_name, User.username,
                             totals.c.n_lines, totals.c.n_items, totals.c.n_shipped))

    def lines(self, order_id: int) -> list[Any]:
        """(line, product code, name, spec, unit, items per case) in line order."""
        return list(self.session.execute(
            _lines(SalesOrderLine, SalesOrderLine.order_id, order_id)).all())

    def shipped(self, order_id: int) -> int:
        return int(self.session.execute(
            select(func.coalesce(func.sum(SalesOrderLine.shipped_items), 0))
            .where(SalesOrderLine.order_id == order_id)).scalar_one())

    def numbers_taken(self, numbers: set[str]) -> set[str]:
        """Which of these order numbers the tenant already has (in any organisation)."""
        if not numbers:
            return set()
        return set(self.session.execute(select(SalesOrder.order_no).where(
            SalesOrder.tenant_id == self.ctx.tenant_id,
            SalesOrder.order_no.in_(numbers))).scalars())

    def by_number(self, order_no: str) -> SalesOrder | None:
        """The tenant's order with this number, whoever's it is, locked."""
        return self.session.execute(select(SalesOrder).where(
            SalesOrder.tenant_id == self.ctx.tenant_id, SalesOrder.order_no == order_no)
            .with_for_update()).scalar_one_or_none()


class ExceptionalRepository(Repository[ExceptionalShipment]):
    model = ExceptionalShipment
    entity = "exceptional_shipment"

    def list_spec(self) -> ListSpec:
        x = ExceptionalShipment
        return ListSpec(
            fields={"id": x.id, "request_no": x.request_no, "status": x.status,
                    "reason": x.reason, "org_id": x.org_id, "warehouse_id": x.warehouse_id,
                    "requested_by_id": x.requested_by_id, "created_at": x.created_at},
            search=(x.request_no, x.reason_text, Warehouse.name, Requester.display_name,
                    Requester.username),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Requests with warehouse, organisation, requester, decider and line totals."""
        totals = _totals(ExceptionalShipmentLine, ExceptionalShipment,
                         ExceptionalShipmentLine.request_id)
        return (self.base()
                .join(Warehouse, Warehouse.id == ExceptionalShipment.warehouse_id)
                .join(Organisation, Organisation.id == ExceptionalShipment.org_id)
                .join(Requester, Requester.id == ExceptionalShipment.requested_by_id)
                .outerjoin(Decider, Decider.id == ExceptionalShipment.decided_by_id)
                .join(totals, true())
                .add_columns(Organisation.name, Warehouse.code, Warehouse.name,
                             Requester.display_name, Requester.username, Decider.display_name,
                             Decider.username, totals.c.n_lines, totals.c.n_items))

    def lines(self, request_id: int) -> list[Any]:
        return list(self.session.execute(_lines(
            ExceptionalShipmentLine, ExceptionalShipmentLine.request_id, request_id)).all())
