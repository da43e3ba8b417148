"""The demo a newcomer starts: data loaded through the API, accounts that work, scopes that hold."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection, ServerError
from server.accounts.models import Tenant
from server.config import ServerConfig
from server.demo import data
from server.demo.seed import demo_exists, seed
from shared.pb import (
    catalog_pb2_grpc,
    codes_pb2,
    codes_pb2_grpc,
    common_pb2,
    labels_pb2_grpc,
    production_pb2_grpc,
    warehouse_pb2_grpc,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(sessions: sessionmaker[Session], address: str) -> str:
    """The demo tenant seeded into the session's database once for this module."""
    with sessions() as s, s.begin():
        s.execute(delete(Tenant).where(Tenant.code == data.TENANT_CODE))
    seed(sessions, address)
    return address


def _login(address: str, username: str) -> Connection:
    conn = Connection(address)
    conn.login(data.TENANT_CODE, username, data.PASSWORD)
    return conn


def test_every_demo_account_signs_in_without_a_password_change(demo: str) -> None:
    for user in ("admin", *(u.username for u in data.USERS)):
        conn = _login(demo, user)
        assert not conn.principal.must_change_password  # type: ignore[union-attr]
        conn.call(conn.system.Ping, common_pb2.Empty())
        conn.close()


def test_demo_master_data_is_complete(demo: str, sessions: sessionmaker[Session]) -> None:
    assert demo_exists(sessions)
    conn = _login(demo, "admin")
    catalog = conn.stub(catalog_pb2_grpc.CatalogServiceStub)
    products = conn.call(catalog.ListProducts, common_pb2.ListQuery(search="花生油 4L"))
    assert products.page.total == 1
    oil = products.items[0]
    assert (oil.items_per_case, oil.gtin) == (4, "06901234567892")
    assert oil.custom["process"] == "物理压榨"
    production = conn.stub(production_pb2_grpc.ProductionServiceStub)
    lines = conn.call(production.ListLines, common_pb2.ListQuery())
    assert "1号生产线" in {line.name for line in lines.items}
    lots = conn.call(production.ListLots, common_pb2.ListQuery())
    assert lots.page.total == len(data.LOTS)
    warehouses = conn.stub(warehouse_pb2_grpc.WarehouseServiceStub)
    assert conn.call(warehouses.ListWarehouses, common_pb2.ListQuery()).page.total == \
        len(data.WAREHOUSES)
    conn.close()


def test_dealer_sees_only_its_subtree(demo: str) -> None:
    conn = _login(demo, "dealer_sd")
    orgs = conn.call(conn.accounts.ListOrganisations, common_pb2.ListQuery(page_size=100))
    assert {o.code for o in orgs.items} == {"D-SD01", "D-SD02", "D-SD03", "S-SD01", "S-SD02"}
    levels = {o.code: o.dealer_level for o in orgs.items}
    assert (levels["D-SD01"], levels["D-SD02"], levels["D-SD03"]) == (1, 2, 3)
    warehouses = conn.stub(warehouse_pb2_grpc.WarehouseServiceStub)
    codes = {w.code for w in conn.call(warehouses.ListWarehouses, common_pb2.ListQuery()).items}
    assert codes == {"WH-SD01", "WH-SD02"}
    conn.close()


def test_demo_codes_are_issued_activated_allocated_and_voided(demo: str) -> None:
    conn = _login(demo, "admin")
    codes = conn.stub(codes_pb2_grpc.CodeServiceStub)
    batches = {b.note: b for b in conn.call(codes.ListBatches, common_pb2.ListQuery()).items}
    assert len(batches) == len(data.BATCHES)
    item = batches[data.BATCHES[0].note]
    info = conn.call(codes.LookupCode, codes_pb2.LookupCodeRequest(code=item.sample_code))
    assert info.state == codes_pb2.CODE_STATE_ACTIVATED
    assert (info.product_name, info.lot_no) == ("花生油 4L", "20261013/01")
    assert info.url == data.GATEWAY_BASE_URL + item.sample_code
    # Rolls 1–8 activated (8,000 codes), ten of them voided since; rolls 15–20 with the co-packer,
    # rolls 1–14 with the factory's own packing.
    assert (item.activated, item.voided, item.allocated) == (7990, 10, 20000)
    templates = conn.stub(labels_pb2_grpc.LabelServiceStub)
    listed = conn.call(templates.ListTemplates, common_pb2.ListQuery())
    assert {t.code for t in listed.items} == {t.code for t in data.LABEL_TEMPLATES}
    conn.close()
    copacker = _login(demo, "copacker")
    codes = copacker.stub(codes_pb2_grpc.CodeServiceStub)
    seen = copacker.call(codes.ListBatches, common_pb2.ListQuery())
    assert [b.note for b in seen.items] == [data.BATCHES[0].note]  # only its allocated rolls
    assert seen.items[0].allocated == 6000
    copacker.close()


def test_demo_packing_shows_records_a_pallet_and_the_chain(demo: str) -> None:
    from shared.pb import packing_pb2

    conn = _login(demo, "packer")
    runs = conn.call(conn.packing.ListRuns, common_pb2.ListQuery()).items
    assert sorted((r.station, r.cases, r.items) for r in runs) == [
        ("L1-包装1", 6, 24), ("L2-采集机", 5, 20)]
    station = next(r for r in runs if r.station == "L1-包装1")
    assert station.pallets == 1 and station.pallet_end == packing_pb2.PALLET_END_SUBMITTED
    events = conn.call(conn.packing.ListPackEvents, common_pb2.ListQuery(page_size=100)).items
    pallet = next(e.parent_code for e in events if e.child_count == 6)
    found = conn.call(conn.packing.GetContainer, packing_pb2.ContainerRequest(code=pallet))
    # 济南鲁源 took three of its cases off to ship them on (the demo's flow).
    assert (found.virtual, found.short, found.item_count) == (True, True, 12)
    # (The dealer's unpacking event is recorded at the dealer: not the factory's to see.)
    assert {e.biz_step for e in events} == {"packing", "replacing"}
    assert conn.call(conn.packing.VerifyEventChain, common_pb2.Empty()).ok
    conn.close()


def test_store_clerk_cannot_reach_accounts(demo: str) -> None:
    conn = _login(demo, "store_yh")
    with pytest.raises(ServerError) as err:
        conn.call(conn.accounts.ListUsers, common_pb2.ListQuery())
    assert err.value.reason == "PERMISSION_DENIED"
    conn.close()


def test_yima_demo_headless_prints_accounts_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "YIMA_DATA_DIR": str(tmp_path / "data")}
    env.pop("DISPLAY", None)
    proc = subprocess.Popen([sys.executable, "-m", "shared.cli", "demo", "--headless",
                             "--listen", "127.0.0.1:0", "--gateway-listen", "127.0.0.1:0"],
                            cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out: list[str] = []
    ready = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            out.append(line)
            if "Stop with Ctrl+C" in line:
                ready.set()
        ready.set()

    threading.Thread(target=pump, daemon=True).start()
    try:
        assert ready.wait(120), "".join(out)
        text = "".join(out)
        port = re.search(r"listening on 127\.0\.0\.1:(\d+)", text)
        assert port, text
        assert f"Company code (企业代码): {data.TENANT_CODE}" in text
        for user in data.USERS:
            assert user.username in text
        conn = _login(f"127.0.0.1:{port.group(1)}", "clerk")
        assert "lot.write" in conn.principal.permissions  # type: ignore[union-attr]
        conn.close()
        # The consumer pages of the printed links open through the demo's gateway.
        genuine = re.search(r"正品 genuine\s+(http://\S+)", text)
        assert genuine, text
        with urllib.request.urlopen(genuine.group(1), timeout=30) as page:
            assert "正品" in page.read().decode()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_demo_orders_exceptional_shipments_locations_and_warnings(demo: str) -> None:
    from shared.pb import orders_pb2 as O

    conn = _login(demo, "keeper")
    orders = conn.call(conn.orders.ListSalesOrders, common_pb2.ListQuery(page_size=100)).items
    sources = {o.order_no: o.source for o in orders}
    assert sources["XS20261120001"] == O.ORDER_SOURCE_IMPORT
    assert sources["7378281"] == O.ORDER_SOURCE_ERP
    assert sum(s == O.ORDER_SOURCE_CLIENT for s in sources.values()) == 2  # the factory's two
    assert len(sources) == 2 + 3 + 1
    requests = conn.call(conn.exceptional.ListExceptionalShipments, common_pb2.ListQuery()).items
    assert sorted(r.status for r in requests) == [O.EXCEPTIONAL_STATUS_REQUESTED,
                                                  O.EXCEPTIONAL_STATUS_APPROVED]
    assert {r.decided_by for r in requests} == {"", "赵主管"}
    locations = conn.call(conn.warehouse.ListLocations, common_pb2.ListQuery()).items
    assert {x.code for x in locations} >= {"A-01-01", "B-01-01"}
    conn.close()
    dealer = _login(demo, "dealer_qd")  # its own order to its store, and none of the factory's
    seen = dealer.call(dealer.orders.ListSalesOrders, common_pb2.ListQuery()).items
    # Partly shipped to its store by the demo's flow: no longer editable.
    assert [(o.customer_code, o.editable, o.status) for o in seen] == [
        ("S-SD01", False, O.ORDER_STATUS_PARTLY_SHIPPED)]
    alerts = dealer.call(dealer.warehouse.ListStockAlerts, common_pb2.ListQuery()).items
    # Its stores and those of its sub-dealer D-SD03.
    assert {(a.org_code, a.min_items) for a in alerts} == {("S-SD01", 24), ("S-SD01", 36),
                                                           ("S-SD02", 12)}
    dealer.close()


def test_demo_goods_flow_down_the_dealer_tree(demo: str, sessions: sessionmaker[Session],
                                              server_config: ServerConfig) -> None:
    from server.codes.keys import KeyStore
    from server.demo.seed_scans import demo_links
    from shared.pb import flow_pb2, shipping_pb2, stock_pb2

    def stock(username: str, **filters: str) -> dict[str, int]:
        conn = _login(demo, username)
        rows = conn.call(conn.stock.ListInventory, common_pb2.ListQuery(page_size=500, filters=[
            common_pb2.Filter(field=k, value=v) for k, v in filters.items()])).items
        conn.close()
        out: dict[str, int] = {}
        for r in rows:
            out[r.org_name] = out.get(r.org_name, 0) + r.items
        return out

    # The factory received 11 cases (44 bottles; one replaced bottle lies loose, not received)
    # and shipped the virtual pallet (6 cases) and 2 cases to 济南鲁源; 3 cases left.
    assert stock("keeper") == {"一厂成品仓": 12}
    assert stock("dealer_sd") == {"济南鲁源商贸有限公司": 20, "青岛海润副食批发部": 5,
                                  "永辉超市青岛店": 5}
    assert stock("dealer_qd") == {"青岛海润副食批发部": 5, "永辉超市青岛店": 5}
    assert stock("store_yh") == {"永辉超市青岛店": 5}
    assert stock("store_yh", state="sold") == {"永辉超市青岛店": 2}
    conn = _login(demo, "dealer_qd")
    damaged = conn.call(conn.stock.ListInventory, common_pb2.ListQuery(filters=[
        common_pb2.Filter(field="condition", value="damaged")])).items
    assert [(r.org_name, r.items) for r in damaged] == [("青岛海润副食批发部", 1)]
    shipments = conn.call(conn.shipping.ListShipments, common_pb2.ListQuery()).items
    assert sorted((s.kind, s.status) for s in shipments) == [
        (shipping_pb2.SHIPMENT_KIND_ORDER, shipping_pb2.SHIPMENT_STATUS_RECEIVED),
        (shipping_pb2.SHIPMENT_KIND_DIRECT, shipping_pb2.SHIPMENT_STATUS_RECEIVED),
        (shipping_pb2.SHIPMENT_KIND_RETURN, shipping_pb2.SHIPMENT_STATUS_RECEIVED)]
    conn.close()
    manager = _login(demo, "auditor")  # headquarters: the whole story
    links = {x.label: x.url for x in demo_links(sessions, KeyStore(server_config.data_dir))}
    trace = manager.call(manager.flow.TraceCode, flow_pb2.TraceCodeRequest(
        code=links["正品 genuine"]))
    kinds = [e.kind for e in trace.timeline if e.kind >= flow_pb2.TRACE_KIND_RECEIPT]
    assert kinds[0] == flow_pb2.TRACE_KIND_RECEIPT and kinds[-1] == flow_pb2.TRACE_KIND_SELL
    assert trace.holder.state == stock_pb2.HOLDING_STATE_SOLD
    manager.close()

