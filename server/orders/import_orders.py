"""Importing sales orders from an ERP export. Every row is checked and every problem reported
(row, column, reason in Chinese and English); only a file without problems is imported, whole,
in one transaction and a handful of statements however many rows it has."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from server.accounts.models import Organisation
from server.catalog.models import Product
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.repository import UNIQUE_VIOLATION
from server.core.validate import code, text
from server.orders import parties, resolve
from server.orders.import_file import COLUMNS, Table, read_table
from server.orders.lines import MAX_LINES, MAX_QUANTITY, check_quantity, items_for
from server.orders.models import SalesOrder, SalesOrderLine
from server.orders.operations import Operations, operation_id
from server.orders.sales_orders import SalesOrderService, now
from server.warehouse.models import Warehouse

MAX_REPORTED = 1000
CASE_UNITS = frozenset({"箱", "件", "case", "cases", "ctn", "carton", "cartons", "cs"})
ITEM_UNITS = frozenset({"", "瓶", "桶", "个", "支", "罐", "袋", "盒", "item", "items", "ea",
                        "each", "pc", "pcs", "piece", "pieces", "bottle", "bottles"})
DATE_RE = re.compile(r"^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$")


@dataclass(frozen=True)
class ImportInput:
    file_name: str
    data: bytes
    warehouse_id: int = 0
    operation_id: str = ""
    confirm: bool = False


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str
    message_zh: str
    message_en: str
    value: str = ""


@dataclass
class ImportResult:
    imported: bool
    order_nos: list[str] = field(default_factory=list)
    line_count: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    row_count: int = 0
    ignored: list[str] = field(default_factory=list)


@dataclass
class _Line:
    row: int
    product: str
    quantity: str
    unit: str


@dataclass
class _Order:
    order_no: str
    row: int  # the order's first row: header problems are reported there
    header: dict[str, str]
    lines: list[_Line] = field(default_factory=list)


HEADER_KEYS = ("customer_code", "warehouse_code", "requested_date", "note")


def parse_date(value: str) -> date | None:
    """YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD; None when not a date."""
    match = DATE_RE.match(value)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


class OrderImporter:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.orders = SalesOrderService(ctx)
        self.operations = Operations(ctx)
        self.errors: list[RowError] = []
        self.table = Table()
        self._traders: dict[int, Organisation] = {}

    # reporting --------------------------------------------------------------------------------

    def _column(self, key: str) -> str:
        shown = next(c.shown for c in COLUMNS if c.key == key)
        return self.table.headers.get(key, shown)

    def _fail(self, row: int, key: str, error: DomainError, value: str = "") -> None:
        self.errors.append(RowError(row, self._column(key) if key else "", error.reason.name,
                                    error.message_zh, error.message_en, value))

    # reading the rows -------------------------------------------------------------------------

    def _group(self) -> dict[str, _Order]:
        """Rows by order number in file order; header fields must agree within an order."""
        orders: dict[str, _Order] = {}
        for row, cells in self.table.rows:
            raw_no = cells.get("order_no", "")
            try:
                order_no = code(raw_no, "order_no")
            except DomainError as exc:
                self._fail(row, "order_no", exc, raw_no)
                continue
            order = orders.get(order_no)
            if order is None:
                order = orders[order_no] = _Order(order_no, row, {
                    k: cells.get(k, "") for k in HEADER_KEYS})
            else:
                for key in HEADER_KEYS:
                    value, first = cells.get(key, ""), order.header[key]
                    if value and first and value != first:
                        self._fail(row, key, DomainError(
                            Reason.IMPORT_ROW_CONFLICT, field=key, order_no=order_no,
                            column=self._column(key), first=first, value=value), value)
                    elif value and not first:
                        order.header[key] = value
            order.lines.append(_Line(row, cells.get("product_code", ""),
                                     cells.get("quantity", ""), cells.get("unit", "")))
        return orders

    # checking ---------------------------------------------------------------------------------

    def _trader(self, org_id: int) -> Organisation:
        if org_id not in self._traders:
            self._traders[org_id] = parties.trading_party(self.ctx, org_id)
        return self._traders[org_id]

    def _warehouse(self, order: _Order, default: Warehouse | None,
                   found: dict[str, list[Warehouse]]) -> Warehouse | None:
        value = order.header["warehouse_code"]
        if not value:
            if default is None:
                self._fail(order.row, "warehouse_code",
                           DomainError(Reason.REQUIRED, field="warehouse_code"))
            return default
        matches = found.get(value, [])
        if len(matches) != 1:
            self._fail(order.row, "warehouse_code", DomainError(
                Reason.NOT_FOUND, field="warehouse_code", entity="warehouse", id=value)
                if not matches else DomainError(
                Reason.INVALID_VALUE, field="warehouse_code",
                detail="several warehouses in your scope / 您的范围内有多个同名或同编码的仓库"),
                value)
            return None
        if not matches[0].active:
            self._fail(order.row, "warehouse_code", DomainError(
                Reason.INVALID_VALUE, field="warehouse_code",
                detail=f"{matches[0].name}: inactive / 仓库已停用"), value)
            return None
        return matches[0]

    def _customer(self, order: _Order, warehouse: Warehouse | None,
                  found: dict[str, list[Organisation]]) -> Organisation | None:
        value = order.header["customer_code"]
        if not value:
            self._fail(order.row, "customer_code",
                       DomainError(Reason.REQUIRED, field="customer_code"))
            return None
        matches = found.get(value, [])
        if len(matches) != 1:
            self._fail(order.row, "customer_code", DomainError(
                Reason.NOT_FOUND, field="customer_code", entity="customer", id=value)
                if not matches else DomainError(
                Reason.INVALID_VALUE, field="customer_code",
                detail="several organisations have this name: use the code / "
                       "多个组织同名，请使用客户编码"), value)
            return None
        if warehouse is not None:
            try:
                parties.check_customer(self._trader(warehouse.org_id), matches[0],
                                       "customer_code")
            except DomainError as exc:
                self._fail(order.row, "customer_code", exc, value)
                return None
        return matches[0]

    def _header(self, order: _Order) -> tuple[date | None, str]:
        raw_date, when = order.header["requested_date"], None
        if raw_date:
            when = parse_date(raw_date)
            if when is None:
                self._fail(order.row, "requested_date", DomainError(
                    Reason.IMPORT_DATE_INVALID, field="requested_date", value=raw_date),
                    raw_date)
        try:
            note = text(order.header["note"], "note", max_len=500)
        except DomainError as exc:
            self._fail(order.row, "note", exc)
            note = ""
        return when, note

    def _unit(self, line: _Line, product: Product | None) -> str | None:
        raw = line.unit.strip().lower()
        if raw in CASE_UNITS:
            return "case"
        if raw in ITEM_UNITS or (product is not None and raw == product.unit.lower()):
            return "item"
        self._fail(line.row, "unit", DomainError(Reason.IMPORT_UNIT_UNKNOWN, field="unit",
                                                 value=line.unit), line.unit)
        return None

    def _lines(self, order: _Order, products: dict[str, Product]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if len(order.lines) > MAX_LINES:
            self._fail(order.lines[MAX_LINES].row, "", DomainError(
                Reason.INVALID_VALUE, field="lines",
                detail=f"at most {MAX_LINES} lines per order / 每个订单最多 {MAX_LINES} 行"))
        seen: set[int] = set()
        for line in order.lines:
            product = products.get(line.product)
            if not line.product:
                self._fail(line.row, "product_code",
                           DomainError(Reason.REQUIRED, field="product_code"))
            elif product is None:
                self._fail(line.row, "product_code", DomainError(
                    Reason.NOT_FOUND, field="product_code", entity="product", id=line.product),
                    line.product)
            elif not product.active:
                self._fail(line.row, "product_code", DomainError(
                    Reason.INVALID_VALUE, field="product_code",
                    detail=f"{product.name}: inactive / 产品已停用"), line.product)
                product = None
            elif product.id in seen:
                self._fail(line.row, "product_code", DomainError(
                    Reason.LINE_PRODUCT_REPEATED, field="product_code", product=product.name,
                    entity="sales_order"), line.product)
                product = None
            else:
                seen.add(product.id)
            quantity, unit = self._quantity(line), self._unit(line, product)
            if product is not None and quantity is not None and unit is not None:
                out.append({"product_id": product.id, "unit": unit, "quantity": quantity,
                            "quantity_items": items_for(quantity, unit, product.items_per_case)})
        return out

    def _quantity(self, line: _Line) -> int | None:
        raw = line.quantity.strip()
        if not raw:
            self._fail(line.row, "quantity", DomainError(Reason.REQUIRED, field="quantity"))
            return None
        try:
            number: Decimal | None = Decimal(raw.replace(",", ""))
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or number != number.to_integral_value() \
                or check_quantity(int(number)):
            self._fail(line.row, "quantity", DomainError(
                Reason.IMPORT_QUANTITY_INVALID, field="quantity", max=f"{MAX_QUANTITY:,}",
                value=raw), raw)
            return None
        return int(number)  # type: ignore[arg-type]

    # the whole file ---------------------------------------------------------------------------

    def run(self, data: ImportInput) -> ImportResult:
        op = operation_id(data.operation_id)
        earlier = self.operations.earlier(op, "import_orders")
        if earlier is not None:
            s = earlier.summary
            return ImportResult(True, list(s["order_nos"]), s["lines"], row_count=s["rows"])
        name = text(data.file_name, "file_name", max_len=255, required=True)
        default = self.orders.warehouse(data.warehouse_id) if data.warehouse_id else None
        self.table = read_table(name, data.data)
        for column in self.table.missing:
            self._fail(self.table.header_row, "", DomainError(
                Reason.IMPORT_COLUMN_MISSING, column=column.names[0],
                names=", ".join(column.names)))
        if self.errors:
            return self._rejected(name)
        orders = self._group()
        products = resolve.products(self.ctx, {x.product for o in orders.values()
                                               for x in o.lines})
        warehouses = resolve.warehouses(self.ctx, {o.header["warehouse_code"]
                                                   for o in orders.values()})
        customers = resolve.organisations(self.ctx, {o.header["customer_code"]
                                                     for o in orders.values()})
        taken = self.orders.repo.numbers_taken(set(orders))
        rows: list[dict[str, Any]] = []
        lines: dict[str, list[dict[str, Any]]] = {}
        for order in orders.values():
            if order.order_no in taken:
                self._fail(order.row, "order_no", DomainError(
                    Reason.ORDER_NO_TAKEN, field="order_no", value=order.order_no),
                    order.order_no)
            warehouse = self._warehouse(order, default, warehouses)
            customer = self._customer(order, warehouse, customers)
            when, note = self._header(order)
            lines[order.order_no] = self._lines(order, products)
            if warehouse is not None and customer is not None:
                rows.append(self._order_row(order.order_no, warehouse, customer, when, note,
                                            data.confirm))
        if self.errors:
            return self._rejected(name)
        return self._insert(op, name, data.data, rows, lines)

    def _order_row(self, order_no: str, warehouse: Warehouse, customer: Organisation,
                   when: date | None, note: str, confirm: bool) -> dict[str, Any]:
        return {"tenant_id": self.ctx.tenant_id, "order_no": order_no, "source": "import",
                "org_id": warehouse.org_id, "warehouse_id": warehouse.id,
                "customer_org_id": customer.id, "requested_date": when, "note": note,
                "status": "confirmed" if confirm else "draft",
                "created_by_id": self.ctx.user.user_id,
                "confirmed_at": now() if confirm else None}

    def _rejected(self, name: str) -> ImportResult:
        self.errors.sort(key=lambda e: e.row)
        self.ctx.record("sales_order", "", None, {
            "file": name, "rows": len(self.table.rows), "errors": len(self.errors)},
            action="import_rejected")
        return ImportResult(False, errors=self.errors[:MAX_REPORTED],
                            error_count=len(self.errors), row_count=len(self.table.rows),
                            ignored=self.table.ignored)

    def _insert(self, op: str, name: str, data: bytes, rows: list[dict[str, Any]],
                lines: dict[str, list[dict[str, Any]]]) -> ImportResult:
        session = self.ctx.session
        try:
            made = session.execute(insert(SalesOrder).returning(
                SalesOrder.id, SalesOrder.order_no, sort_by_parameter_order=True), rows).all()
        except IntegrityError as exc:  # the same number saved meanwhile by another call
            if getattr(exc.orig, "pgcode", None) == UNIQUE_VIOLATION:
                raise DomainError(Reason.ORDER_NO_TAKEN, field="order_no",
                                  value="…") from exc
            raise
        ids = {order_no: order_id for order_id, order_no in made}
        line_rows = [{"tenant_id": self.ctx.tenant_id, "order_id": ids[order_no],
                      "line_no": n, **line}
                     for order_no, order_lines in lines.items()
                     for n, line in enumerate(order_lines, 1)]
        session.execute(insert(SalesOrderLine), line_rows)
        order_nos = [r["order_no"] for r in rows]
        self.operations.remember(op, "import_orders", summary={
            "order_nos": order_nos, "lines": len(line_rows), "rows": len(self.table.rows)})
        digest = hashlib.sha256(data).hexdigest()
        for row in rows:
            after = {k: v for k, v in row.items() if k not in ("tenant_id", "confirmed_at")}
            after["requested_date"] = row["requested_date"].isoformat() \
                if row["requested_date"] else None
            after["lines"] = [[x["product_id"], x["unit"], x["quantity"], x["quantity_items"]]
                              for x in lines[row["order_no"]]]
            after["file"], after["sha256"] = name, digest
            self.ctx.record("sales_order", ids[row["order_no"]], None, after, action="import")
        return ImportResult(True, order_nos, len(line_rows), row_count=len(self.table.rows),
                            ignored=self.table.ignored)
