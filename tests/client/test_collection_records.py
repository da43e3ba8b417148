"""The collection records (采集记录) page: the records a station made, changing a record's product
and lot, deleting it — each asking why — and the codes coming out of their cases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.areas.collection_records import CollectionRecordsPage
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared.pb import codes_pb2, common_pb2
from tests.catalog.helpers import new_lot
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, wait_loaded
from tests.packing.helpers import P, Plant, container, make_plant, scan
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="module")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def plant(tenant: TenantFixture, keys: KeyStore) -> Plant:
    return make_plant(tenant, keys)


def test_change_product_then_delete_a_record(qtbot: QtBot, open_window: WindowFactory,
                                             plant: Plant) -> None:
    conn = plant.admin
    run = plant.start(cases_per_pallet=-1)
    items = plant.codes("item", 1, 4)
    for code in items:
        scan(conn, run.id, code)
    scan(conn, run.id, plant.code("case", 1))
    lot2 = new_lot(conn, plant.product_id, "20261020/01", line_id=plant.line_id, custom={})
    window = open_window(conn)
    page = window.open_area("collection_records")
    assert isinstance(page, CollectionRecordsPage)
    wait_loaded(qtbot, page)
    assert column_texts(page, 5) == ["1"] and column_texts(page, 3) == ["20261013/01"]
    page.table.selectRow(0)
    dialog = page.change_product()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.lot.findData(lot2.id) >= 0, timeout=10_000)
    dialog.lot.set_current(lot2.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pending is None and dialog.isVisible()  # no reason: not sent
    assert "reason" in {f for f, _ in dialog.validate()}
    dialog.reason.setText("批号录错")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    info = conn.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=items[0]))
    assert info.lot_no == "20261020/01"
    wait_loaded(qtbot, page)
    page.table.selectRow(0)
    delete = page.delete_record()
    assert delete is not None
    delete.reason.setText("重复采集")
    with qtbot.waitSignal(delete.saved, timeout=10_000):
        qtbot.mouseClick(delete.save_button, Qt.MouseButton.LeftButton)
    assert container(conn, plant.code("case", 1)).children == []
    record = conn.call(conn.packing.GetRun, common_pb2.IdRequest(id=run.id))
    assert record.status == P.RUN_STATUS_DELETED and record.note == "重复采集"


def test_packing_settings_allow_mixed_pallets(qtbot: QtBot, open_window: WindowFactory,
                                             tenant: TenantFixture) -> None:
    conn = tenant.connect()
    page = open_window(conn).open_area("collection_records")
    assert isinstance(page, CollectionRecordsPage)
    dialog = page.settings()
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    dialog.mixed_products.setChecked(True)
    assert dialog.mixed_lots.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = conn.call(conn.packing.GetPackingSettings, common_pb2.Empty())
    assert saved.allow_mixed_lots and saved.allow_mixed_products
