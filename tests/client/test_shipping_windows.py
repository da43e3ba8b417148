"""The warehouse keeper walks a shipment from the sales order to its confirm by scanning (keyboard
wedge into the scan field), seeing each line's progress and a refusal's reason; the dealer
receives it whole and sees it in the inventory; the store sells at its counter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from client.areas.inventory import InventoryPage
from client.areas.sales_orders import SalesOrdersPage
from client.areas.shipments import ShipmentsPage
from client.areas.shipping_station import ShippingStation
from client.areas.store_sales import StoreSalesPage
from client.connection import Connection
from client.main_window import MainWindow
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared.pb import common_pb2, orders_pb2, shipping_pb2
from tests.client.helpers import wait_loaded
from tests.stock.helpers import Channel, accept, make_channel, send
from tests.support.tenants import TenantFixture

H, O = shipping_pb2, orders_pb2  # noqa: E741


@pytest.fixture(scope="module")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def channel(tenant: TenantFixture, keys: KeyStore) -> Channel:
    return make_channel(tenant, keys)


def _station() -> ShippingStation:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, ShippingStation) and w.isVisible()]
    assert found
    return found[-1]


def _type(qtbot: QtBot, field: QWidget, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _cell(station: ShippingStation, row: int, column: int) -> str:
    item = station.progress.item(row, column)
    return item.text() if item is not None else ""


def test_a_shipment_walked_from_the_order_to_its_confirm(
        qtbot: QtBot, channel: Channel, open_window: Callable[[Connection], MainWindow]) -> None:
    packed = channel.pack(pallets=2)
    channel.receive([p.pallet for p in packed])
    order = channel.order("L1", 4)  # 16 items: one pallet (12) and one case
    window = open_window(channel.user("keeper"))
    orders = window.open_area("sales_orders")
    assert isinstance(orders, SalesOrdersPage)
    wait_loaded(qtbot, orders)
    row = next(r for r in range(orders.controller.model.rowCount())
               if orders.controller.model.record(r).id == order.id)
    orders.table.selectRow(row)
    assert orders.ship_button.isEnabled()
    qtbot.mouseClick(orders.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ShippingStation) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    station = _station()
    assert order.order_no in station.heading.text()
    assert (_cell(station, 0, 1), _cell(station, 0, 5)) == ("4 case(s)", "4 case(s)")
    field = station.scanner.input
    _type(qtbot, field, packed[0].pallet)
    qtbot.waitUntil(lambda: _cell(station, 0, 3) == "3 case(s)", timeout=10_000)
    assert _cell(station, 0, 5) == "1 case(s)" and station.units.rowCount() == 1
    # The second pallet is more than the order still wants: refused, with the reason.
    _type(qtbot, field, packed[1].pallet)
    qtbot.waitUntil(lambda: "More than ordered" in station.scanner.panel.headline.text(),
                    timeout=10_000)
    assert "4" in station.scanner.panel.detail.text()
    _type(qtbot, field, packed[1].cases[0])
    qtbot.waitUntil(lambda: _cell(station, 0, 5) == "0", timeout=10_000)
    station.vehicle.setText("鲁A·88888")
    station.driver.setText("王师傅")
    qtbot.waitUntil(lambda: station.scanner.pending() == 0, timeout=10_000)
    qtbot.mouseClick(station.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.shipment.status == H.SHIPMENT_STATUS_SHIPPED,
                    timeout=10_000)
    assert not station.scanner.input.isEnabled()
    assert "16" in station.message.text()
    got = channel.admin.call(channel.admin.shipping.GetShipment,
                             common_pb2.IdRequest(id=station.shipment.id))
    assert (got.vehicle, got.driver, got.totals.items) == ("鲁A·88888", "王师傅", 16)
    got_order = channel.admin.call(channel.admin.orders.GetSalesOrder,
                                   common_pb2.IdRequest(id=order.id))
    assert got_order.status == O.ORDER_STATUS_SHIPPED


def test_the_dealer_receives_and_the_store_sells(
        qtbot: QtBot, channel: Channel, open_window: Callable[[Connection], MainWindow]) -> None:
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    send(channel.user("keeper"), [packed[0].pallet], order_id=channel.order("L1", 3).id)
    window = open_window(channel.user("dealer1"))
    shipments = window.open_area("shipments")
    assert isinstance(shipments, ShipmentsPage)
    wait_loaded(qtbot, shipments)
    shipments.table.selectRow(0)
    assert shipments.accept_button.isEnabled()
    shipments.receive_all(channel.warehouses["WH-L1"])
    qtbot.waitUntil(lambda: "Received" in shipments.banner.text(), timeout=10_000)
    inventory = window.open_area("inventory")
    assert isinstance(inventory, InventoryPage)
    wait_loaded(qtbot, inventory)
    assert "1 pallet(s) · 3 case(s) · 12 item(s)" in inventory.banner.text()
    # On to the store (through the API), which sells a bottle at its counter.
    d2 = send(channel.user("dealer1"), [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
              warehouse_id=channel.warehouses["WH-L1"], customer_org_id=channel.orgs["S1"])
    accept(channel.user("store"), d2.id)
    store = open_window(channel.user("store"))
    page = store.open_area("store_sales")
    assert isinstance(page, StoreSalesPage)
    page.salesperson.setText("小王")
    _type(qtbot, page.scanner.input, packed[0].items[0][0])
    qtbot.waitUntil(lambda: "1" in page.sold.text(), timeout=10_000)
    moves = channel.admin.call(channel.admin.stock.ListStockMoves, common_pb2.ListQuery(
        filters=[common_pb2.Filter(field="kind", value="sell")])).items
    assert [(m.code, m.salesperson) for m in moves] == [(packed[0].items[0][0], "小王")]
