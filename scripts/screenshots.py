"""Screenshots of the client's windows on the demo data, in Chinese and English, to look at what
was built the way a factory clerk would. Starts its own embedded PostgreSQL and server in a
temporary folder, seeds the demo, signs in and grabs each area's page (offscreen) and the dialogs
named on the command line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [AREA_OR_DIALOG ...]

With no names, every area the user may open. Dialog names: see DIALOGS below. `--user` picks the
demo account (default admin).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from client import i18n
from client.connection import Connection
from client.main_window import MainWindow
from client.session import Session
from client.settings import ClientSettings
from client.tasks import TaskManager
from server.app import build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import make_engine, make_session_factory
from server.demo import data
from server.demo.seed import seed
from shared.pb import codes_pb2_grpc, common_pb2


def _settle(app: QApplication, tasks: TaskManager, seconds: float = 1.5) -> None:
    """Let debounce timers fire and background work finish, delivering its results."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or tasks.active:
        tasks.wait_idle(100)
        app.processEvents()
        time.sleep(0.02)


def _first_row(page: QWidget) -> None:
    view = getattr(page, "view", None) or getattr(page, "table", None)
    if view is not None and view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)


def _issue(window: MainWindow) -> QWidget:
    return window.open_area("code_batches").issue()  # type: ignore[attr-defined]


def _batch_action(name: str) -> Callable[[MainWindow], QWidget | None]:
    def open_it(window: MainWindow) -> QWidget | None:
        page = window.open_area("code_batches")
        _first_row(page)
        return getattr(page, name)()  # type: ignore[no-any-return]
    return open_it


def _lookup(window: MainWindow) -> QWidget:
    """The lookup dialog showing the first demo batch's first code."""
    dialog = window.open_area("code_batches").look_up()  # type: ignore[attr-defined]
    conn = window.session.connection
    codes = conn.stub(codes_pb2_grpc.CodeServiceStub)
    batch = conn.call(codes.ListBatches, common_pb2.ListQuery()).items[-1]
    dialog.code.setText(batch.sample_code)
    dialog.look_up()
    return dialog  # type: ignore[no-any-return]


def _designer(window: MainWindow) -> QWidget | None:
    page = window.open_area("label_templates")
    _first_row(page)
    template = page.selected_record()  # type: ignore[attr-defined]
    conn = window.session.connection
    full = conn.call(conn.labels.GetTemplate, common_pb2.IdRequest(id=template.id))
    return page.open_designer(full)  # type: ignore[attr-defined,no-any-return]


def _order(window: MainWindow) -> QWidget | None:
    """The first sales order, opened with its lines."""
    page = window.open_area("sales_orders")
    _first_row(page)
    conn = window.session.connection
    order = conn.call(conn.orders.GetSalesOrder, common_pb2.IdRequest(
        id=page.selected_record().id))  # type: ignore[attr-defined]
    return page.open_order(order)  # type: ignore[attr-defined,no-any-return]


def _import_report(window: MainWindow) -> QWidget:
    """The import dialog after a file with bad rows."""
    dialog = window.open_area("sales_orders").import_file()  # type: ignore[attr-defined]
    path = Path(tempfile.mkdtemp(prefix="yima-shots-")) / "销售订单-有错误.csv"
    path.write_text("订单号,客户编码,发货仓库,要货日期,产品编码,数量,单位\n"
                    "XS-9001,D-SD01,WH-F01,2026-12-06,10120091,60,箱\n"
                    "XS-9001,D-HN01,WH-F01,2026-12-06,10120093,20,箱\n"
                    "XS-9002,D-XX99,WH-F01,2026-13-01,10120091,30,箱\n"
                    "XS-9003,S-JS01,WH-F01,,99999999,十二,瓶\n", encoding="gb18030")
    dialog.path.setText(str(path))
    dialog.start()
    return dialog  # type: ignore[no-any-return]


def _decide(window: MainWindow) -> QWidget | None:
    page = window.open_area("exceptional_shipments")
    _first_row(page)
    conn = window.session.connection
    request = conn.call(conn.exceptional.GetExceptionalShipment, common_pb2.IdRequest(
        id=page.selected_record().id))  # type: ignore[attr-defined]
    return page.open_request(request)  # type: ignore[attr-defined,no-any-return]


def _page_action(area: str, name: str) -> Callable[[MainWindow], QWidget | None]:
    def open_it(window: MainWindow) -> QWidget | None:
        page = window.open_area(area)
        _first_row(page)
        return getattr(page, name)()  # type: ignore[no-any-return]
    return open_it


def _station(window: MainWindow) -> QWidget:
    """The packing station in the middle of a demo run: two cases packed, a third one open."""
    from server.demo.seed_packing import printed

    page = window.open_area("packing_station")
    conn = window.session.connection
    batches = {b.note: b.id for b in conn.call(conn.codes.ListBatches,
                                               common_pb2.ListQuery()).items}
    item_batch = batches[data.BATCHES[0].note]
    case_batch = batches[data.BATCHES[2].note]
    lots = {x.lot_no: x for x in conn.call(conn.production.ListLots,
                                           common_pb2.ListQuery()).items}
    lot = lots["20261013/01"]
    lines = {x.code: x.id for x in conn.call(conn.production.ListLines,
                                             common_pb2.ListQuery()).items}
    from shared.pb import packing_pb2

    run = conn.call(conn.packing.StartRun, packing_pb2.StartRunRequest(
        line_id=lines["L1"], product_id=lot.product_id, lot_id=lot.id, station="L1-包装2"))
    page.show_run(run)  # type: ignore[attr-defined]
    items, cases = printed(conn, item_batch, 101, 110), printed(conn, case_batch, 51, 52)
    for code in [*items[:4], cases[0], *items[4:8], cases[1], *items[8:10], items[9]]:
        page.scan(code)  # type: ignore[attr-defined]
        _settle(QApplication.instance(), window.session.tasks, 0.2)  # type: ignore[arg-type]
    return page


def _container(window: MainWindow) -> QWidget:
    """The case and pallet window on the demo's virtual pallet."""
    from client.areas.pack_tree import ContainerDialog

    conn = window.session.connection
    events = conn.call(conn.packing.ListPackEvents, common_pb2.ListQuery(page_size=100)).items
    case = next(e.parent_code for e in events if e.biz_step == "replacing")
    dialog = ContainerDialog(window.session, case, window)
    dialog.show()
    return dialog


def _demo_codes(window: MainWindow, key: str, first: int, last: int) -> list[str]:
    """Printed codes as on the labels (exported by the admin: a clerk scans, never exports)."""
    from server.demo.seed_packing import printed

    conn = Connection(window.session.connection.address)
    conn.login(data.TENANT_CODE, data.ADMIN_USER, data.PASSWORD)
    notes = {b.note: b.id for b in conn.call(conn.codes.ListBatches,
                                             common_pb2.ListQuery()).items}
    note = next(b.note for b in data.BATCHES if b.key == key)
    try:
        return printed(conn, notes[note], first, last)
    finally:
        conn.close()


def _shipping_station(window: MainWindow) -> QWidget | None:
    """A second shipment against the demo's order to 济南鲁源 (keeper): two cases scanned, one
    refusal shown."""
    page = window.open_area("sales_orders")
    conn = window.session.connection
    order = next(o for o in conn.call(conn.orders.ListSalesOrders, common_pb2.ListQuery(
        page_size=100)).items if o.customer_code == "D-SD01" and o.note == "元旦备货")
    from client.areas.shipping_station import ShippingStation
    from shared.pb import shipping_pb2

    shipment = conn.call(conn.shipping.CreateShipment, shipping_pb2.CreateShipmentRequest(
        kind=shipping_pb2.SHIPMENT_KIND_ORDER, order_id=order.id, operation_id=uuid.uuid4().hex))
    station = ShippingStation(window.session, shipment, page)
    station.show()
    cases = _demo_codes(window, "case", 1003, 1005)
    for code in (cases[1], cases[2], cases[1]):
        station.scanner.scan(code)
        _settle(QApplication.instance(), window.session.tasks, 0.3)  # type: ignore[arg-type]
    station.vehicle.setText("鲁B·D2817")
    return station


def _new_shipment(window: MainWindow) -> QWidget | None:
    return window.open_area("shipments").new_shipment()  # type: ignore[attr-defined]


def _move(window: MainWindow) -> QWidget | None:
    dialog = window.open_area("inventory").move()  # type: ignore[attr-defined]
    for code in _demo_codes(window, "case", 1004, 1005):
        dialog.codes.addItem(code)
    return dialog  # type: ignore[no-any-return]


def _receipt(window: MainWindow) -> QWidget | None:
    """The first receipt, opened (read-only once confirmed)."""
    page = window.open_area("receipts")
    _first_row(page)
    conn = window.session.connection
    receipt = conn.call(conn.stock.GetReceipt, common_pb2.IdRequest(
        id=page.selected_record().id))  # type: ignore[attr-defined]
    return page.open_receipt(receipt)  # type: ignore[attr-defined,no-any-return]


def _trace(window: MainWindow) -> QWidget | None:
    """The flow query of the demo's first bottle (sold at 永辉超市青岛店)."""
    page = window.open_area("trace")
    page.code.setText(_demo_codes(window, "item", 1, 1)[0])  # type: ignore[attr-defined]
    page.search()  # type: ignore[attr-defined]
    return None


def _recall(window: MainWindow) -> QWidget | None:
    """Lots with raw material batch HS-2609 and who holds them."""
    page = window.open_area("recalls")
    page.find("HS-2609")  # type: ignore[attr-defined]
    _settle(QApplication.instance(), window.session.tasks, 0.5)  # type: ignore[arg-type]
    page.show_holders()  # type: ignore[attr-defined]
    return None


def _counter(window: MainWindow) -> QWidget | None:
    """The store's counter after a sale (store_yh)."""
    page = window.open_area("store_sales")
    page.salesperson.setText("小周")  # type: ignore[attr-defined]
    page.sell(_demo_codes(window, "item", 5, 5)[0])  # type: ignore[attr-defined]
    return None


def _exchange(window: MainWindow) -> QWidget | None:
    dialog = window.open_area("store_sales").exchange()  # type: ignore[attr-defined]
    dialog.damaged.setText(_demo_codes(window, "item", 1, 1)[0])
    dialog.check()
    return dialog  # type: ignore[no-any-return]


DIALOGS: dict[str, Callable[[MainWindow], QWidget | None]] = {
    "shipping_station": _shipping_station,
    "new_shipment": _new_shipment,
    "move": _move,
    "receipt": _receipt,
    "trace_code": _trace,
    "recall_holders": _recall,
    "counter": _counter,
    "exchange": _exchange,
    "issue": _issue,
    "export": _batch_action("export"),
    "allocate": _batch_action("allocate"),
    "activate": _batch_action("activate"),
    "void": _batch_action("void"),
    "print": _batch_action("print_labels"),
    "lookup": _lookup,
    "designer": _designer,
    "order": _order,
    "order_new": _page_action("sales_orders", "new_record"),
    "order_import": _import_report,
    "exceptional_new": _page_action("exceptional_shipments", "new_record"),
    "exceptional_decide": _decide,
    "location": _page_action("locations", "edit_record"),
    "stock_alert": _page_action("stock_alerts", "edit_record"),
    "station": _station,
    "container": _container,
}
# The area a dialog's page belongs to (opened and settled first); code batches otherwise.
DIALOG_AREAS = {"designer": "label_templates", "order": "sales_orders",
                "order_new": "sales_orders", "order_import": "sales_orders",
                "exceptional_new": "exceptional_shipments",
                "exceptional_decide": "exceptional_shipments", "location": "locations",
                "stock_alert": "stock_alerts", "shipping_station": "sales_orders",
                "new_shipment": "shipments", "move": "inventory", "receipt": "receipts",
                "trace_code": "trace", "recall_holders": "recalls", "counter": "store_sales",
                "exchange": "store_sales"}


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--user", default=data.ADMIN_USER)
    parser.add_argument("--lang", action="append", help="zh_CN and/or en (default both)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="yima-shots-"))
    url = start_embedded(tmp / "pg")
    migrate.upgrade(url)
    sessions = make_session_factory(make_engine(url, pool_size=4))
    config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=4, migrate=False)
    running = build_server(config, sessions, KeyStore(tmp))
    address = f"127.0.0.1:{running.port}"
    seed(sessions, address)
    _consumer_queries(config, sessions, address)

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    tasks = TaskManager()
    conn = Connection(address)
    conn.login(data.TENANT_CODE, args.user, data.PASSWORD)
    for lang in args.lang or ["zh_CN", "en"]:
        i18n.install(lang)
        window = MainWindow(Session(conn, tasks, ClientSettings()))
        window.resize(1280, 800)
        window.show()
        _settle(app, tasks)
        names = args.names or window.visible_area_keys()
        for name in names:
            if name in DIALOGS:
                window.open_area(DIALOG_AREAS.get(name, "code_batches"))
                _settle(app, tasks)
                widget = DIALOGS[name](window) or window
                _settle(app, tasks)
                if widget is not None:
                    grab(widget, args.out / f"{name}-{lang}.png")
                    if widget.isWindow() and widget is not window:  # pages stay in the window
                        widget.close()
            else:
                window.open_area(name)
                _settle(app, tasks)
                grab(window, args.out / f"{name}-{lang}.png")
        window.close()
        window.deleteLater()
        _settle(app, tasks, 0.3)
    conn.close()
    running.stop(1.0)
    return 0


def _consumer_queries(config: ServerConfig, sessions: object, address: str) -> None:
    """The demo's earlier consumers (as `yima demo` makes them): the scan log has content."""
    import grpc

    from server.codes.keys import default
    from server.core.interceptors import GATEWAY_HEADER
    from server.demo.seed_scans import demo_links, sample_scans
    from server.scans.wiring import ensure_gateway_token
    from shared.pb import scans_pb2_grpc

    links = demo_links(sessions, default())  # type: ignore[arg-type]
    with grpc.insecure_channel(address) as channel:
        sample_scans(scans_pb2_grpc.GatewayServiceStub(channel),
                     ((GATEWAY_HEADER, ensure_gateway_token(config)[0]),), links)


if __name__ == "__main__":
    sys.exit(main())
