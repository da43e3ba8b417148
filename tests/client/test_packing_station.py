"""The packing station driven like a line operator drives it: scanner bursts typed into the scan
field (characters then Enter, faster than a scanner sends them), each scan answered in order;
the server going away in the middle of a case and coming back, every scan applied once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from client.areas.packing_station import PackingStationPage
from client.connection import Connection
from client.main_window import MainWindow
from server.app import build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared.pb import codes_pb2, packing_pb2
from tests.packing.helpers import OPERATOR, Plant, container, make_plant, scan
from tests.support.tenants import USER_PASSWORD, TenantFixture

P = packing_pb2


@pytest.fixture(scope="module")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def plant(tenant: TenantFixture, keys: KeyStore) -> Plant:
    return make_plant(tenant, keys)


def station(qtbot: QtBot, window: MainWindow, plant: Plant) -> PackingStationPage:
    """Open the station and start a run through its setup, as the operator does."""
    page = window.open_area("packing_station")
    assert isinstance(page, PackingStationPage)
    setup = page.setup
    qtbot.waitUntil(lambda: setup.line.count() > 0 and setup.product.count() > 0,
                    timeout=10_000)
    setup.line.set_current(plant.line_id)
    setup.product.set_current(plant.product_id)
    qtbot.waitUntil(lambda: setup.lot.findData(plant.lot_id) >= 0, timeout=10_000)
    setup.lot.set_current(plant.lot_id)
    assert (setup.items_per_case.value(), setup.cases_per_pallet.value()) == (4, 3)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run is not None, timeout=10_000)
    return page


def type_scans(qtbot: QtBot, page: PackingStationPage, codes: list[str]) -> None:
    """A keyboard wedge: every character, then Enter, with no pause between scans."""
    for code in codes:
        qtbot.keyClicks(page.input, code)
        qtbot.keyClick(page.input, Qt.Key.Key_Return)


def settled(page: PackingStationPage) -> bool:
    return not len(page.queue) and page.link.in_flight is None and not page.by_op


def outcome(entry: object) -> object:
    if entry.result is not None:  # type: ignore[attr-defined]
        return entry.result.outcome  # type: ignore[attr-defined]
    if entry.error is not None:  # type: ignore[attr-defined]
        return entry.error.reason  # type: ignore[attr-defined]
    return entry.look.kind  # type: ignore[attr-defined]


def test_a_scanner_burst_gets_every_answer_in_order(
        qtbot: QtBot, open_window: Callable[[Connection], MainWindow], plant: Plant) -> None:
    conn = plant.operator("packer")
    window = open_window(conn)
    page = station(qtbot, window, plant)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.input, timeout=5000)
    items, cases = plant.codes("item", 1, 10), plant.codes("case", 1, 2)
    plant.admin.call(plant.admin.codes.Void, codes_pb2.VoidRequest(
        selection=codes_pb2.CodeSelection(batch_id=plant.batches["item"].id, first_serial=150,
                                          last_serial=150), reason="破损"))
    burst = [*items[:4], cases[0], *items[4:8], cases[1], items[5], "12345",
             plant.code("item", 150), items[8], items[8], plant.code("pallet", 1)]
    type_scans(qtbot, page, burst)
    qtbot.waitUntil(lambda: settled(page) and len(page.history) == len(burst), timeout=20_000)
    assert [e.command.code for e in page.history] == burst
    assert [outcome(e) for e in page.history] == [
        *[P.SCAN_OUTCOME_ITEM_ADDED] * 4, P.SCAN_OUTCOME_CASE_CLOSED,
        *[P.SCAN_OUTCOME_ITEM_ADDED] * 4, P.SCAN_OUTCOME_CASE_CLOSED,
        "PACK_ALREADY_PACKED", "CODE_MALFORMED", "CODE_VOIDED", P.SCAN_OUTCOME_ITEM_ADDED,
        "PACK_DUPLICATE", "PACK_CASE_OPEN"]
    # What the operator sees and hears: the last answer, big and red; the counters.
    assert page.panel.look.kind == "refused" and page.panel.look.colour == "#b3261e"
    assert page.sounds.played.count("closed") == 2 and "duplicate" in page.sounds.played
    assert page.case_count.text() == "Case 1 / 4"
    assert page.pallet_count.text() == "Pallet 2 / 3"
    assert "2 cases · 8 items" in page.shift_count.text()
    assert QApplication.focusWidget() is page.input  # the scan field never lost the keyboard
    assert [c.code for c in container(plant.admin, cases[1]).children] == items[4:8]
    # Undo (F4) takes the last item back out of the open case.
    qtbot.mouseClick(page.actions.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and page.history[-1].result is not None,
                    timeout=10_000)
    assert page.history[-1].result.undone == P.SCAN_OUTCOME_ITEM_ADDED
    assert page.case_count.text() == "Case 0 / 4"
    assert QApplication.focusWidget() is page.input


def test_a_short_case_closes_only_with_a_reason(
        qtbot: QtBot, open_window: Callable[[Connection], MainWindow], plant: Plant) -> None:
    window = open_window(plant.operator("packer2"))
    page = station(qtbot, window, plant)
    type_scans(qtbot, page, [*plant.codes("item", 21, 23), plant.code("case", 9)])
    qtbot.waitUntil(lambda: settled(page) and page.short_bar.isVisible(), timeout=10_000)
    assert outcome(page.history[-1]) == "PACK_SHORT"
    qtbot.mouseClick(page.short_confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page) and page.history[-1].result is not None,
                    timeout=10_000)
    assert page.history[-1].result.short
    assert container(plant.admin, plant.code("case", 9)).short


def test_the_server_stops_in_the_middle_of_a_case(
        qtbot: QtBot, open_window: Callable[[Connection], MainWindow], plant: Plant,
        sessions: sessionmaker[Session], keys: KeyStore, engine: Engine) -> None:
    role = plant.tenant.add_role("r_offline", OPERATOR)
    plant.tenant.add_user("offline", plant.factory_id, [role])
    first = build_server(ServerConfig(listen="127.0.0.1:0", workers=4, migrate=False),
                         sessions, keys)
    port, second = first.port, None
    conn = Connection(f"127.0.0.1:{port}", timeout=10)
    conn.login(plant.tenant.code, "offline", USER_PASSWORD)
    try:
        window = open_window(conn)
        page = station(qtbot, window, plant)
        items, case = plant.codes("item", 31, 34), plant.code("case", 20)
        type_scans(qtbot, page, items[:2])
        qtbot.waitUntil(lambda: settled(page), timeout=10_000)
        tenant_id = plant.tenant.ids.tenant_id
        with engine.connect() as locker:  # the third scan is inside the server when it stops
            tx = locker.begin()
            locker.execute(text("SELECT id FROM pack_run WHERE tenant_id = :t FOR UPDATE"),
                           {"t": tenant_id})
            type_scans(qtbot, page, items[2:3])
            qtbot.waitUntil(lambda: _waiting_on_lock(engine), timeout=10_000)
            first.stop(0)
            qtbot.waitUntil(lambda: not page.link.online, timeout=15_000)
            type_scans(qtbot, page, [items[3], case])
            qtbot.waitUntil(lambda: page.offline.isVisible() and
                            page.offline.text() == "Offline — 3 pending", timeout=5000)
            assert page.panel.look.kind == "queued"
            tx.rollback()  # the third scan commits; its answer never reached the station
        qtbot.waitUntil(lambda: _pending(engine, tenant_id) == 3, timeout=10_000)
        second = build_server(ServerConfig(listen=f"127.0.0.1:{port}", workers=4,
                                           migrate=False), sessions, keys)
        qtbot.waitUntil(lambda: settled(page) and page.link.online, timeout=30_000)
    finally:
        for running in (first, second):
            if running is not None:
                running.stop(0)
    assert [outcome(e) for e in page.history] == [
        *[P.SCAN_OUTCOME_ITEM_ADDED] * 4, P.SCAN_OUTCOME_CASE_CLOSED]
    assert page.history[2].result.replayed  # applied before the outage, answered after it
    assert sorted(c.code for c in container(plant.admin, case).children) == sorted(items)
    with engine.connect() as c:
        ops = c.execute(text("SELECT kind, count(*) FROM pack_op WHERE tenant_id = :t "
                             "GROUP BY kind"), {"t": tenant_id}).all()
    assert dict(ops)["item"] == 4 and dict(ops)["close_case"] == 1
    assert not page.offline.isVisible() and page.conflicts == []


def _waiting_on_lock(engine: Engine) -> bool:
    with engine.connect() as c:
        return bool(c.execute(text("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE wait_event_type = 'Lock'")).scalar_one())


def _pending(engine: Engine, tenant_id: int) -> int:
    with engine.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM pack_node WHERE tenant_id = :t "
                                  "AND pending_run_id IS NOT NULL"), {"t": tenant_id})
                   .scalar_one())


def test_a_scan_refused_on_replay_is_listed(
        qtbot: QtBot, open_window: Callable[[Connection], MainWindow], plant: Plant,
        sessions: sessionmaker[Session], keys: KeyStore) -> None:
    role = plant.tenant.add_role("r_replay", OPERATOR)
    plant.tenant.add_user("replayer", plant.factory_id, [role])
    first = build_server(ServerConfig(listen="127.0.0.1:0", workers=4, migrate=False),
                         sessions, keys)
    port, second = first.port, None
    conn = Connection(f"127.0.0.1:{port}", timeout=10)
    conn.login(plant.tenant.code, "replayer", USER_PASSWORD)
    try:
        page = station(qtbot, open_window(conn), plant)
        first.stop(0)
        contested, fine = plant.code("item", 41), plant.code("item", 42)
        type_scans(qtbot, page, [contested, fine])
        qtbot.waitUntil(lambda: not page.link.online and len(page.queue) == 2, timeout=15_000)
        # Meanwhile another station (still online) takes the first bottle.
        other = plant.start(plant.operator("other"), "B")
        scan(plant.admin, other.id, contested)
        second = build_server(ServerConfig(listen=f"127.0.0.1:{port}", workers=4,
                                           migrate=False), sessions, keys)
        qtbot.waitUntil(lambda: settled(page) and page.link.online, timeout=30_000)
    finally:
        for running in (first, second):
            if running is not None:
                running.stop(0)
    assert [outcome(e) for e in page.history] == ["PACK_PENDING_ELSEWHERE",
                                                  P.SCAN_OUTCOME_ITEM_ADDED]
    assert [e.command.code for e in page.conflicts] == [contested]
    assert page.conflict_list.isVisible() and '"B"' in page.conflict_list.item(0).text()
    assert page.open_case == [fine]
