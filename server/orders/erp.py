"""The ERP's door: UpsertSalesOrder creates or replaces an order by the ERP's own order number.
The operation id is required; a repeat (a retry after a timeout, even one that arrives after a
later change) returns the order as it is now without applying anything again."""

from __future__ import annotations

from dataclasses import dataclass

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.validate import code
from server.orders import resolve
from server.orders.lines import LineInput
from server.orders.models import SalesOrder
from server.orders.operations import Operations, operation_id
from server.orders.sales_orders import OrderInput, SalesOrderService
from server.warehouse.models import Warehouse


@dataclass(frozen=True)
class ErpLine:
    product_code: str
    quantity: int
    unit: str


@dataclass(frozen=True)
class UpsertInput:
    operation_id: str
    order_no: str
    customer_code: str
    warehouse_code: str
    lines: tuple[ErpLine, ...]
    requested_date: str = ""
    note: str = ""
    confirm: bool = False
    cancel: bool = False
    cancel_reason: str = ""


class ErpOrders:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.orders = SalesOrderService(ctx)
        self.operations = Operations(ctx)

    def upsert(self, data: UpsertInput) -> SalesOrder:
        op = operation_id(data.operation_id, required=True)
        order_no = code(data.order_no, "order_no")
        earlier = self.operations.earlier(op, "upsert_order", order_no)
        if earlier is not None:
            return self.orders.repo.get(earlier.entity_id or 0)
        self.operations.lock(f"order/{order_no}")  # two operations on one order take turns
        existing = self.orders.repo.by_number(order_no)
        if existing is not None:
            self.orders.seller_side(existing)
        if data.cancel:
            if existing is None:
                raise DomainError(Reason.NOT_FOUND, field="order_no", entity="sales_order",
                                  id=order_no)
            order = self.orders.cancel_order(existing, data.cancel_reason)
        else:
            values = self._input(data, order_no)
            if existing is None:
                order = self.orders.create(values, source="erp", confirm=data.confirm)
            else:
                order = self.orders.update(existing.id, values, confirm=data.confirm)
        self.operations.remember(op, "upsert_order", key=order_no, entity_id=order.id)
        return order

    def _warehouse(self, warehouse_code: str) -> Warehouse:
        value = code(warehouse_code, "warehouse_code")
        found = [w for w in resolve.warehouses(self.ctx, [value]).get(value, [])
                 if w.code == value]
        if not found:
            raise DomainError(Reason.NOT_FOUND, field="warehouse_code", entity="warehouse",
                              id=value)
        if len(found) > 1:
            raise DomainError(Reason.INVALID_VALUE, field="warehouse_code",
                              detail=f"{value}: several warehouses in your scope / "
                                     "您的范围内有多个仓库使用此编码")
        return found[0]

    def _input(self, data: UpsertInput, order_no: str) -> OrderInput:
        warehouse = self._warehouse(data.warehouse_code)
        customer_code = code(data.customer_code, "customer_code")
        found = [o for o in resolve.organisations(self.ctx, [customer_code]).get(
            customer_code, []) if o.code == customer_code]
        if not found:
            raise DomainError(Reason.NOT_FOUND, field="customer_code", entity="customer",
                              id=customer_code)
        customer = found[0]
        products = resolve.products(self.ctx, [x.product_code.strip() for x in data.lines])
        lines: list[LineInput] = []
        for n, x in enumerate(data.lines, 1):
            product = products.get(x.product_code.strip())
            if product is None:
                raise DomainError(Reason.INVALID_VALUE, field="lines",
                                  detail=f"line {n} / 第 {n} 行: {x.product_code}: "
                                         "no such product / 产品不存在")
            lines.append(LineInput(product.id, x.quantity, x.unit))
        return OrderInput(warehouse_id=warehouse.id, customer_org_id=customer.id,
                          lines=lines, order_no=order_no, requested_date=data.requested_date,
                          note=data.note)

