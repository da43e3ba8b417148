"""Sales orders: entered against a shipping warehouse in the caller's scope for a dealer or
store that warehouse may sell to; draft → confirmed → (partly) shipped → closed, or cancelled
before anything ships. Changed only by the seller's side, and only while nothing has shipped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from server.accounts.models import Organisation
from server.accounts.orgs import OrganisationService
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec, Page, paginate
from server.core.validate import code, iso_date, snapshot, text
from server.orders import parties
from server.orders.lines import CheckedLine, LineInput, check_lines, lines_snapshot, replace_lines
from server.orders.models import SalesOrder, SalesOrderLine
from server.orders.numbers import next_number
from server.orders.operations import Operations, operation_id
from server.orders.repository import SalesOrderRepository
from server.warehouse.models import Warehouse
from server.warehouse.repository import WarehouseRepository
from shared.pb import common_pb2

FIELDS = ("id", "order_no", "source", "org_id", "warehouse_id", "customer_org_id",
          "requested_date", "note", "status", "cancel_reason")
EDITABLE = ("draft", "confirmed")
WRITE = "sales_order.write"


@dataclass(frozen=True)
class OrderInput:
    """What a client or the ERP sets on an order (create and update replace all of it)."""

    warehouse_id: int
    customer_org_id: int
    lines: Sequence[LineInput]
    order_no: str = ""
    requested_date: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrderView:
    """An order as a listing row plus its lines (empty in lists) and what the caller may do."""

    row: Any
    lines: list[Any] = field(default_factory=list)
    editable: bool = False


def now() -> datetime:
    return datetime.now(UTC)


class SalesOrderService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = SalesOrderRepository(ctx)
        self.warehouses = WarehouseRepository(ctx)
        self.operations = Operations(ctx)

    # reading -------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())
        return Page(rows=[OrderView(r, editable=self._editable(r)) for r in page.rows],
                    info=page.info)

    def view(self, order_id: int) -> OrderView:
        self.repo.get(order_id)
        row = self.ctx.session.execute(
            self.repo.listing().where(SalesOrder.id == order_id)).one()
        return OrderView(row, self.repo.lines(order_id), self._editable(row))

    def _editable(self, row: Any) -> bool:
        order, seller_path, shipped = row[0], row[2], row[-1]
        p = self.ctx.user
        return (p.can(WRITE) and seller_path.startswith(p.org_path)
                and order.status in EDITABLE and not shipped)

    def customers_page(self, warehouse_id: int, query: common_pb2.ListQuery
                       ) -> tuple[list[Organisation], dict[int, Organisation], Page]:
        """Dealers and stores the warehouse may ship to, with their ancestors for names."""
        trader = parties.trading_party(self.ctx, self.warehouse(warehouse_id).org_id)
        spec = ListSpec(fields={"id": Organisation.id, "code": Organisation.code,
                                "name": Organisation.name, "kind": Organisation.kind,
                                "path": Organisation.path},
                        search=(Organisation.code, Organisation.name), default_sort=("path",))
        page = paginate(self.ctx.session, parties.customers(self.ctx, trader), query, spec)
        orgs = [r[0] for r in page.rows]
        return orgs, OrganisationService(self.ctx).ancestors_of(orgs), page

    # checks ----------------------------------------------------------------------------------

    def warehouse(self, warehouse_id: int, field: str = "warehouse_id") -> Warehouse:
        """An active warehouse in the caller's scope."""
        if not warehouse_id:
            raise DomainError(Reason.REQUIRED, field=field)
        try:
            warehouse = self.warehouses.get(warehouse_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field=field, entity="warehouse",
                              id=warehouse_id) from exc
        if not warehouse.active:
            raise DomainError(Reason.INVALID_VALUE, field=field,
                              detail=f"{warehouse.name}: inactive / 仓库已停用")
        return warehouse

    def customer(self, warehouse: Warehouse, customer_org_id: int) -> Organisation:
        if not customer_org_id:
            raise DomainError(Reason.REQUIRED, field="customer_org_id")
        customer = self.ctx.session.execute(select(Organisation).where(
            Organisation.tenant_id == self.ctx.tenant_id,
            Organisation.id == customer_org_id)).scalar_one_or_none()
        if customer is None:
            raise DomainError(Reason.NOT_FOUND, field="customer_org_id", entity="customer",
                              id=customer_org_id)
        parties.check_customer(parties.trading_party(self.ctx, warehouse.org_id), customer,
                               "customer_org_id")
        return customer

    def _number(self, value: str, current: SalesOrder | None = None) -> str:
        """The order number given (unused by any other order) or, when empty, a new one."""
        value = (value or "").strip()
        if not value:
            if current is not None:
                return current.order_no
            while True:  # an ERP may have used the generated form already
                candidate = next_number(self.ctx, "sales_order", "SO")
                if not self.repo.numbers_taken({candidate}):
                    return candidate
        value = code(value, "order_no")
        if (current is None or value != current.order_no) and self.repo.numbers_taken({value}):
            raise DomainError(Reason.ORDER_NO_TAKEN, field="order_no", value=value)
        return value

    def seller_side(self, order: SalesOrder) -> None:
        """OUT_OF_SCOPE unless the caller's subtree holds the seller (a customer only reads)."""
        self.repo.org_in_scope(order.org_id)

    def check_editable(self, order: SalesOrder) -> None:
        if order.status not in EDITABLE or self.repo.shipped(order.id):
            raise DomainError(Reason.ORDER_NOT_EDITABLE, order_no=order.order_no,
                              status=order.status)

    def _snapshot(self, order: SalesOrder, lines: Sequence[CheckedLine] | None) -> dict[str, Any]:
        out = snapshot(order, FIELDS)
        if lines is not None:
            out["lines"] = lines_snapshot(lines)
        return out

    def _apply(self, order: SalesOrder, data: OrderInput) -> list[CheckedLine]:
        warehouse = self.warehouse(data.warehouse_id)
        customer = self.customer(warehouse, data.customer_org_id)
        order.warehouse_id, order.org_id = warehouse.id, warehouse.org_id
        order.customer_org_id = customer.id
        order.requested_date = iso_date(data.requested_date, "requested_date")
        order.note = text(data.note, "note", max_len=500)
        return check_lines(self.ctx, data.lines, "sales_order")

    # changing ---------------------------------------------------------------------------------

    def create(self, data: OrderInput, op: str = "", *, source: str = "client",
               confirm: bool = False) -> SalesOrder:
        """A new order, or the one an earlier call with the same operation id made."""
        op = operation_id(op)
        earlier = self.operations.earlier(op, "create_order")
        if earlier is not None:
            return self.repo.get(earlier.entity_id or 0)
        order = SalesOrder(source=source, status="confirmed" if confirm else "draft",
                           created_by_id=self.ctx.user.user_id, confirmed_at=now() if confirm
                           else None)
        lines = self._apply(order, data)
        order.order_no = self._number(data.order_no)
        self.repo.add(order, code=order.order_no, field="order_no")
        replace_lines(self.ctx, SalesOrderLine, "order_id", order.id, lines)
        self.operations.remember(op, "create_order", entity_id=order.id)
        self.ctx.record("sales_order", order.id, None, self._snapshot(order, lines),
                        action="create")
        return order

    def update(self, order_id: int, data: OrderInput, *, confirm: bool = False) -> SalesOrder:
        """Replace header and lines of an order that has not started shipping."""
        order = self.repo.get(order_id, for_update=True)
        self.seller_side(order)
        self.check_editable(order)
        before = self._snapshot(order, None)
        before["lines"] = [[x[0].product_id, x[0].unit, x[0].quantity, x[0].quantity_items]
                           for x in self.repo.lines(order.id)]
        lines = self._apply(order, data)
        order.order_no = self._number(data.order_no, order)
        if confirm and order.status == "draft":
            order.status, order.confirmed_at = "confirmed", now()
        self.repo.flush(code=order.order_no, field="order_no")
        replace_lines(self.ctx, SalesOrderLine, "order_id", order.id, lines)
        self.ctx.record("sales_order", order.id, before, self._snapshot(order, lines),
                        action="update")
        return order

    def confirm(self, order_id: int) -> SalesOrder:
        """Draft → confirmed; confirming a confirmed order again changes nothing."""
        order = self.repo.get(order_id, for_update=True)
        self.seller_side(order)
        if order.status == "confirmed":
            return order
        if order.status != "draft":
            raise DomainError(Reason.ORDER_NOT_DRAFT, order_no=order.order_no,
                              status=order.status)
        before = snapshot(order, FIELDS)
        order.status, order.confirmed_at = "confirmed", now()
        self.repo.flush()
        self.ctx.record("sales_order", order.id, before, snapshot(order, FIELDS),
                        action="confirm")
        return order

    def cancel(self, order_id: int, reason: str) -> SalesOrder:
        """Cancel an order nothing of which has shipped; cancelling again changes nothing."""
        order = self.repo.get(order_id, for_update=True)
        self.seller_side(order)
        return self.cancel_order(order, reason)

    def cancel_order(self, order: SalesOrder, reason: str) -> SalesOrder:
        if order.status == "cancelled":
            return order
        self.check_editable(order)
        before = snapshot(order, FIELDS)
        order.status, order.cancelled_at = "cancelled", now()
        order.cancel_reason = text(reason, "cancel_reason", max_len=500)
        self.repo.flush()
        self.ctx.record("sales_order", order.id, before, snapshot(order, FIELDS),
                        action="cancel")
        return order
