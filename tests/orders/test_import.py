"""Importing sales orders from files as ERPs export them: Chinese or English headers, GB18030 or
UTF-8 CSV and .xlsx; a file with bad rows imports nothing and reports every bad row (row, column
as written, reason in both languages); a good one imports whole in a handful of statements."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, event

from client.connection import Connection
from shared.pb import common_pb2, orders_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.orders.helpers import CASE, ITEM, ORDER_PERMS, O, World, build_world
from tests.support.tenants import TenantFixture

HEADER_ZH = ["订单号", "客户编码", "客户名称", "发货仓库", "要货日期", "产品编码", "数量", "单位",
             "单价", "备注"]


@pytest.fixture
def world(tenant: TenantFixture) -> World:
    return build_world(tenant)


def csv_bytes(rows: list[list[Any]], encoding: str = "gb18030") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run_import(conn: Connection, name: str, data: bytes, warehouse_id: int = 0,
               operation_id: str = "", confirm: bool = False
               ) -> orders_pb2.ImportSalesOrdersResponse:
    return conn.call(conn.orders.ImportSalesOrders, O.ImportSalesOrdersRequest(
        file_name=name, data=data, warehouse_id=warehouse_id, operation_id=operation_id,
        confirm=confirm))


def orders_of(conn: Connection) -> dict[str, orders_pb2.SalesOrder]:
    listed = conn.call(conn.orders.ListSalesOrders, query(page_size=500))
    return {o.order_no: conn.call(conn.orders.GetSalesOrder, common_pb2.IdRequest(id=o.id))
            for o in listed.items}


def good_rows() -> list[list[Any]]:
    return [
        ["销售订单导出", "", "", "", "", "", "", "", "", ""],  # a title above the header
        HEADER_ZH,
        ["XS-0001", "D1", "鲁源商贸", "WH-F01", "2026/12/01", "10120091", "10", "箱", "180",
         "春节"],
        ["XS-0001", "", "", "", "", "10120092", "1,200", "瓶", "50", ""],
        ["XS-0002", "D2", "中原商贸", "一厂成品仓库", "20261205", "6901234567892", "3", "件",
         "", ""],
        ["", "", "", "", "", "", "", "", "", ""],  # blank rows are skipped
        ["XS-0003", "S1", "永辉超市", "WH-F01", "", "10120091", "8", "", "", ""],
    ]


def test_a_good_gb18030_csv_imports_whole(world: World) -> None:
    result = run_import(world.conn, "销售订单.csv", csv_bytes(good_rows()))
    assert result.imported and not result.errors, result.errors
    assert (result.order_count, result.line_count, result.row_count) == (3, 4, 4)
    assert list(result.order_nos) == ["XS-0001", "XS-0002", "XS-0003"]
    assert set(result.ignored_columns) == {"客户名称", "单价"}
    orders = orders_of(world.conn)
    first = orders["XS-0001"]
    assert (first.source, first.status, first.customer_code, first.warehouse_code,
            first.requested_date, first.note) == (
        O.ORDER_SOURCE_IMPORT, O.ORDER_STATUS_DRAFT, "D1", "WH-F01", "2026-12-01", "春节")
    assert [(x.product_code, x.quantity, x.unit, x.quantity_items) for x in first.lines] == [
        ("10120091", 10, CASE, 40), ("10120092", 1200, ITEM, 1200)]
    # Warehouse by name, product by GTIN-13, 件 = cases.
    second = orders["XS-0002"]
    assert (second.warehouse_code, second.requested_date, second.lines[0].product_code,
            second.lines[0].quantity_items) == ("WH-F01", "2026-12-05", "10120091", 12)
    assert orders["XS-0003"].lines[0].unit == ITEM
    rows = audit_rows(world.conn, "sales_order", first.id)
    assert [(r["action"], r["after"]["file"]) for r in rows] == [("import", "销售订单.csv")]


def test_csv_with_bad_rows_imports_nothing_and_reports_every_row(world: World) -> None:
    rows = [HEADER_ZH,
            ["XS-1", "D1", "", "WH-F01", "2026-12-01", "10120091", "10", "箱", "", ""],  # fine
            ["XS-1", "D2", "", "", "", "10120092", "2", "", "", ""],  # another customer
            ["XS-2", "NOPE", "", "WH-F01", "2026-13-01", "10120091", "1", "", "", ""],
            ["XS-3", "D1", "", "WH-F01", "", "99999", "-3", "吨", "", ""],
            ["XS-4", "D1", "", "WH-F01", "", "10120091", "2.5", "", "", ""],
            ["XS-4", "", "", "", "", "10120091", "1", "", "", ""],  # product twice
            ["", "D1", "", "WH-F01", "", "10120091", "1", "", "", ""]]
    result = run_import(world.conn, "bad.csv", csv_bytes(rows, "utf-8-sig"))
    assert not result.imported and result.order_count == 0
    found = {(e.row, e.column, e.reason) for e in result.errors}
    assert found == {
        (3, "客户编码", "IMPORT_ROW_CONFLICT"),
        (4, "客户编码", "NOT_FOUND"),
        (4, "要货日期", "IMPORT_DATE_INVALID"),
        (5, "产品编码", "NOT_FOUND"),
        (5, "数量", "IMPORT_QUANTITY_INVALID"),
        (5, "单位", "IMPORT_UNIT_UNKNOWN"),
        (6, "数量", "IMPORT_QUANTITY_INVALID"),
        (7, "产品编码", "LINE_PRODUCT_REPEATED"),
        (8, "订单号", "REQUIRED"),
    }
    assert result.error_count == len(result.errors) == 9
    by_row = {(e.row, e.column): e for e in result.errors}
    assert "D2" in by_row[3, "客户编码"].message_zh and "D1" in by_row[3, "客户编码"].message_en
    assert "NOPE" in by_row[4, "客户编码"].message_en
    assert by_row[5, "数量"].value == "-3" and "“-3”" in by_row[5, "数量"].message_zh
    assert "整数" in by_row[6, "数量"].message_zh and "2.5" in by_row[6, "数量"].message_en
    assert "吨" in by_row[5, "单位"].message_zh and "2026-13-01" in by_row[4, "要货日期"].message_en
    assert all(e.message_zh and e.message_en for e in result.errors)
    # The good order XS-1 did not go in either: the file imports whole or not at all.
    assert orders_of(world.conn) == {}
    assert world.conn.call(world.conn.orders.ListSalesOrders, query()).page.total == 0


def test_xlsx_with_bad_rows_is_rejected_with_a_report(world: World) -> None:
    rows = [["Order No", "Customer code", "Warehouse", "Requested date", "Product code",
             "Quantity", "Unit"],
            ["E-1", "D1", "WH-F01", None, 10120091, 4, "case"],
            ["E-2", "S1", "WH-NONE", None, 10120092, 4, "item"],
            ["E-3", "D1", "WH-F01", None, 10120092, 0, "item"]]
    result = run_import(world.conn, "orders.xlsx", xlsx_bytes(rows))
    assert not result.imported
    assert {(e.row, e.column, e.reason) for e in result.errors} == {
        (3, "Warehouse", "NOT_FOUND"), (4, "Quantity", "IMPORT_QUANTITY_INVALID")}
    assert orders_of(world.conn) == {}


def test_a_good_xlsx_with_english_headers_and_typed_cells(world: World) -> None:
    from datetime import datetime

    rows = [["order_no", "Customer", "Delivery date", "SKU", "Qty", "UOM", "Remark"],
            ["E-10", "鲁源商贸", datetime(2026, 12, 24), 10120091, 12.0, "cases", "by name"],
            ["E-10", "鲁源商贸", datetime(2026, 12, 24), 10120092, 6, "", ""]]
    result = run_import(world.conn, "ORDERS.XLSX", xlsx_bytes(rows), world.factory_wh,
                        confirm=True)
    assert result.imported, result.errors
    order = orders_of(world.conn)["E-10"]
    assert (order.status, order.customer_code, order.requested_date, order.total_items,
            order.note) == (O.ORDER_STATUS_CONFIRMED, "D1", "2026-12-24", 54, "by name")


def test_a_missing_column_is_reported_on_the_header_row(world: World) -> None:
    result = run_import(world.conn, "x.csv", csv_bytes([
        ["单据", "订单号", "产品编码", "数量"], ["", "A1", "10120091", "1"]]))
    assert not result.imported
    assert [(e.row, e.reason) for e in result.errors] == [(1, "IMPORT_COLUMN_MISSING")]
    assert "客户编码" in result.errors[0].message_zh
    assert "Customer code" in result.errors[0].message_en


def test_rows_without_a_warehouse_need_the_default(world: World) -> None:
    rows = [["订单号", "客户编码", "产品编码", "数量"], ["A1", "D1", "10120091", "1"]]
    result = run_import(world.conn, "x.csv", csv_bytes(rows))
    assert [(e.row, e.reason) for e in result.errors] == [(2, "REQUIRED")]
    assert run_import(world.conn, "x.csv", csv_bytes(rows), world.factory_wh).imported


def test_numbers_already_used_and_customers_out_of_reach_are_row_errors(world: World) -> None:
    rows = [["订单号", "客户编码", "仓库编码", "产品编码", "数量"],
            ["A1", "D1", "WH-F01", "10120091", "1"]]
    assert run_import(world.conn, "a.csv", csv_bytes(rows)).imported
    again = run_import(world.conn, "a.csv", csv_bytes(
        [*rows, ["A2", "D2", "WH-D1", "10120091", "1"]]))
    assert [(e.row, e.column, e.reason) for e in again.errors] == [
        (2, "订单号", "ORDER_NO_TAKEN"), (3, "客户编码", "CUSTOMER_NOT_ALLOWED")]


def test_the_same_import_repeated_applies_once(world: World) -> None:
    data = csv_bytes(good_rows())
    first = run_import(world.conn, "o.csv", data, operation_id="imp-1")
    again = run_import(world.conn, "o.csv", data, operation_id="imp-1")
    assert again.imported and list(again.order_nos) == list(first.order_nos)
    assert len(orders_of(world.conn)) == 3


@pytest.mark.parametrize(("name", "data", "detail"), [
    ("orders.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
    ("orders.xlsx", b"not a zip", "xlsx"),
    ("orders.csv", b"", "empty"),
    ("orders.csv", "名称,规格\n花生油,4L\n".encode(), "header"),
    ("orders.csv", "订单号,客户编码,产品编码,数量\n".encode(), "no data rows"),
])
def test_unreadable_files_are_refused(world: World, name: str, data: bytes,
                                      detail: str) -> None:
    err = refused(run_import, world.conn, name, data)
    assert (err.reason, err.field) == ("IMPORT_FILE_UNREADABLE", "file_name")
    assert detail in err.message_en


def test_importing_needs_the_write_permission(world: World, tenant: TenantFixture) -> None:
    reader = tenant.user_with("reader", ["sales_order.read"])
    err = refused(run_import, reader, "o.csv", csv_bytes(good_rows()))
    assert err.reason == "PERMISSION_DENIED"
    dealer = tenant.user_with("dealer", ORDER_PERMS, world.dealer)
    result = run_import(dealer, "o.csv", csv_bytes(good_rows()))  # the factory's warehouse
    assert {(e.column, e.reason) for e in result.errors} == {("发货仓库", "NOT_FOUND")}


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_five_thousand_lines_import_in_a_handful_of_statements(world: World,
                                                               engine: Engine) -> None:
    rows: list[list[Any]] = [["订单号", "客户编码", "仓库编码", "产品编码", "数量", "单位"]]
    customers = ["D1", "D2", "S1", "D11"]
    for n in range(2500):
        for product, unit in (("10120091", "箱"), ("10120092", "瓶")):
            rows.append([f"BIG-{n:05d}", customers[n % 4], "WH-F01", product, n % 50 + 1, unit])
    with statements(engine) as seen:
        result = run_import(world.conn, "big.csv", csv_bytes(rows))
    assert result.imported and (result.order_count, result.line_count) == (2500, 5000)
    # Each statement carries many rows (the audit rows included): far from one per line.
    assert len(seen) < 40, len(seen)
    assert world.conn.call(world.conn.orders.ListSalesOrders, query()).page.total == 2500
