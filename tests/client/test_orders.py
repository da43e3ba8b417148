"""The order windows against the real server: an order walked from entry to confirmation, an
import with bad rows showing its report (and importing nothing), an exceptional shipment
requested by one user and approved by another, locations and low-stock settings."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from client.areas.exceptional import ExceptionalPage
from client.areas.locations import LocationsPage
from client.areas.sales_orders import SalesOrdersPage
from client.areas.stock_alerts import StockAlertsPage
from client.widgets.order_lines import PRODUCT, QUANTITY, UNIT
from shared.pb import common_pb2
from shared.pb import orders_pb2 as O
from tests.catalog.helpers import query
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, select_row, wait_loaded
from tests.orders.helpers import ORDER_PERMS, build_world
from tests.support.tenants import TenantFixture


def _orders_page(qtbot: QtBot, page: object) -> SalesOrdersPage:
    assert isinstance(page, SalesOrdersPage)
    wait_loaded(qtbot, page)
    return page


def test_an_order_from_entry_to_confirmation(qtbot: QtBot, tenant: TenantFixture,
                                             open_window: WindowFactory) -> None:
    world = build_world(tenant)
    clerk = tenant.user_with("clerk", ORDER_PERMS, world.factory_wh_org)
    page = _orders_page(qtbot, open_window(clerk).open_area("sales_orders"))
    form = page.new_record()
    qtbot.waitUntil(lambda: form.warehouse.count() == 1, timeout=10_000)
    assert form.warehouse.current_id() == world.factory_wh  # the clerk's one warehouse
    qtbot.waitUntil(lambda: form.customer.findData(world.dealer) >= 0, timeout=10_000)
    assert form.customer.findData(world.sibling) >= 0  # a factory ships to any dealer
    form.customer.setCurrentIndex(form.customer.findData(world.dealer))
    form.submit()  # the first line has no product yet: stopped before sending
    assert form.pending is None and "Choose the product of every line." in form.banner.text()
    qtbot.waitUntil(lambda: bool(form.lines.products), timeout=10_000)
    row = 0
    product, quantity, unit = (form.lines.table.cellWidget(row, c)
                               for c in (PRODUCT, QUANTITY, UNIT))
    assert isinstance(product, QComboBox) and isinstance(quantity, QSpinBox)
    assert isinstance(unit, QComboBox)
    product.setCurrentIndex(product.findData(world.oil))
    quantity.setValue(10)
    unit.setCurrentIndex(unit.findData(O.QUANTITY_UNIT_CASE))
    assert form.lines.table.item(row, 3).text() == "40"  # 10 cases of 4
    assert "40 items" in form.lines.total.text()
    form.note.setText("元旦备货")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.submit()
    order = saved.args[0]
    assert (order.total_items, order.status) == (40, O.ORDER_STATUS_DRAFT)
    qtbot.waitUntil(lambda: column_texts(page, 0) == [order.order_no], timeout=10_000)
    select_row(page, 0)
    qtbot.waitUntil(lambda: page.lines_view.rowCount() == 1, timeout=10_000)
    assert page.lines_view.item(0, 1).text() == "10 cases (40)"
    assert page.confirm_button.isEnabled()
    with qtbot.waitSignal(page.controller.loaded, timeout=10_000):
        page.confirm_button.click()
    qtbot.waitUntil(lambda: column_texts(page, 1) == ["Confirmed"], timeout=10_000)
    select_row(page, 0)
    assert not page.confirm_button.isEnabled() and page.cancel_button.isEnabled()
    # Opened again it can still change; the dealer sees it read-only.
    dealer = tenant.user_with("dealer", ORDER_PERMS, world.dealer)
    seen = dealer.call(dealer.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id))
    view = page.open_order(seen)
    assert view.read_only and not view.save_button.isVisible()


def test_an_import_with_bad_rows_shows_the_report(qtbot: QtBot, tenant: TenantFixture,
                                                  open_window: WindowFactory,
                                                  tmp_path: Path) -> None:
    world = build_world(tenant)
    page = _orders_page(qtbot, open_window(world.conn).open_area("sales_orders"))
    bad = tmp_path / "orders.csv"
    with bad.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows([
            ["订单号", "客户编码", "发货仓库", "产品编码", "数量", "单位"],
            ["XS-1", "D1", "WH-F01", "10120091", "10", "箱"],
            ["XS-2", "NOPE", "WH-F01", "10120091", "x", "箱"],
            ["XS-3", "D2", "WH-F01", "99999", "1", ""]])
    dialog = page.import_file()
    dialog.path.setText(str(bad))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report.isVisible(), timeout=10_000)
    assert "Nothing was imported: 3 problem(s) in 2 row(s)." in dialog.status.text()
    report = [[dialog.report.item(r, c).text() for c in range(4)]
              for r in range(dialog.report.rowCount())]
    assert [r[:2] for r in report] == [["3", "客户编码"], ["3", "数量"], ["4", "产品编码"]]
    assert "NOPE" in report[0][2] and report[1][3] == "x"
    assert world.conn.call(world.conn.orders.ListSalesOrders, query()).page.total == 0
    with bad.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows([["订单号", "客户编码", "发货仓库", "产品编码", "数量", "单位"],
                                 ["XS-1", "D1", "WH-F01", "10120091", "10", "箱"]])
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start()
    assert not dialog.report.isVisible() and "XS-1" in dialog.status.text()
    qtbot.waitUntil(lambda: column_texts(page, 0) == ["XS-1"], timeout=10_000)


def test_an_exceptional_shipment_requested_and_approved(qtbot: QtBot, tenant: TenantFixture,
                                                        open_window: WindowFactory) -> None:
    world = build_world(tenant)
    keeper = tenant.user_with("keeper", ["exceptional.read", "exceptional.request",
                                         "exceptional.approve", "warehouse.read",
                                         "product.read"], world.factory_wh_org)
    page = open_window(keeper).open_area("exceptional_shipments")
    assert isinstance(page, ExceptionalPage)
    wait_loaded(qtbot, page)
    form = page.new_record()
    qtbot.waitUntil(lambda: form.warehouse.count() == 1 and bool(form.lines.products),
                    timeout=10_000)
    form.reason.setCurrentIndex(form.reason.findData(O.EXCEPTIONAL_REASON_GIFT))
    form.reason_text.setText("送客户品尝")
    combo = form.lines.table.cellWidget(0, PRODUCT)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(world.small))
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.submit()
    request = saved.args[0]
    # The queue shows requests awaiting approval; the requester cannot decide on its own.
    qtbot.waitUntil(lambda: column_texts(page, 0) == [request.request_no], timeout=10_000)
    mine = page.open_request(request)
    assert not mine.approve_button.isVisible() and "another approver" in mine.banner.text()
    mine.reject()
    boss = tenant.user_with("boss", ["exceptional.read", "exceptional.approve"], world.factory)
    boss_page = open_window(boss).open_area("exceptional_shipments")
    assert isinstance(boss_page, ExceptionalPage)
    wait_loaded(qtbot, boss_page)
    assert column_texts(boss_page, 0) == [request.request_no]
    dialog = boss_page.open_request(request)
    assert dialog.decide(False) is None and "Say why" in dialog.banner.text()
    dialog.comment.setText("同意")
    with qtbot.waitSignal(dialog.decided, timeout=10_000) as decided:
        dialog.approve_button.click()
    assert decided.args[0].status == O.EXCEPTIONAL_STATUS_APPROVED
    qtbot.waitUntil(lambda: column_texts(boss_page, 0) == [], timeout=10_000)  # queue empty


def test_locations_and_low_stock_warnings(qtbot: QtBot, tenant: TenantFixture,
                                          open_window: WindowFactory) -> None:
    world = build_world(tenant)
    window = open_window(world.conn)
    locations = window.open_area("locations")
    assert isinstance(locations, LocationsPage)
    wait_loaded(qtbot, locations)
    form = locations.new_record()
    qtbot.waitUntil(lambda: form.warehouse.findData(world.factory_wh) >= 0, timeout=10_000)
    form.warehouse.setCurrentIndex(form.warehouse.findData(world.factory_wh))
    form.code.setText("A-01-01")
    form.zone.setText("A")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    qtbot.waitUntil(lambda: column_texts(locations, 1) == ["A-01-01"], timeout=10_000)
    alerts = window.open_area("stock_alerts")
    assert isinstance(alerts, StockAlertsPage)
    wait_loaded(qtbot, alerts)
    alert_form = alerts.new_record()
    qtbot.waitUntil(lambda: alert_form.org.findData(world.store) >= 0
                    and alert_form.product.findData(world.oil) >= 0, timeout=10_000)
    assert alert_form.org.findData(world.factory) < 0  # dealers and stores only
    alert_form.org.setCurrentIndex(alert_form.org.findData(world.store))
    alert_form.product.setCurrentIndex(alert_form.product.findData(world.oil))
    alert_form.minimum.setValue(24)
    assert alert_form.in_cases.text() == "= 6 cases of 4"
    with qtbot.waitSignal(alert_form.saved, timeout=10_000):
        alert_form.submit()
    qtbot.waitUntil(lambda: column_texts(alerts, 2) == ["24"], timeout=10_000)
