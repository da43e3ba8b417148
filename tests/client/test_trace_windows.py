"""跟踪查询 and 召回 windows driven like a quality manager does: scan a bottle, read its timeline
and lot; find a lot by its material, see who holds it, export, recall."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.areas.recalls import RecallsPage
from client.areas.trace import TracePage
from client.connection import Connection
from client.main_window import MainWindow
from server.codes.keys import KeyStore
from server.config import ServerConfig
from tests.stock.helpers import Channel, accept, make_channel, send
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="module")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def channel(tenant: TenantFixture, keys: KeyStore) -> Channel:
    return make_channel(tenant, keys)


def test_trace_and_recall_windows(qtbot: QtBot, channel: Channel, tmp_path: Path,
                                  open_window: Callable[[Connection], MainWindow]) -> None:
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    accept(channel.user("dealer1"), send(channel.user("keeper"), [packed[0].pallet],
                                         order_id=channel.order("L1", 3).id).id,
           channel.warehouses["WH-L1"])
    window = open_window(channel.admin)
    trace = window.open_area("trace")
    assert isinstance(trace, TracePage)
    qtbot.keyClicks(trace.code, packed[0].items[0][0])
    qtbot.keyClick(trace.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: trace.trace is not None, timeout=10_000)
    steps = [trace.timeline.item(r, 1).text() for r in range(trace.timeline.rowCount())]
    assert steps[-3:] == ["Receipt from production", "Shipped", "Received"]
    assert "济南鲁源" in trace.summary.text() and trace.lot_box.isVisible()
    assert trace.export_excel(str(tmp_path / "trace.xlsx")) == len(steps)

    recalls = window.open_area("recalls")
    assert isinstance(recalls, RecallsPage)
    recalls.search.setText("20261013")
    qtbot.mouseClick(recalls.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recalls.found.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(recalls.holders_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recalls.table.rowCount() == 1, timeout=10_000)
    assert recalls.table.item(0, 0).text() == "济南鲁源"
    path = tmp_path / "recall.xlsx"
    assert recalls.export_excel(str(path)) == 1
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.cell(2, 9).value == 12
    recalls.recall("酸价超标")
    qtbot.waitUntil(lambda: recalls.recalls.rowCount() == 1, timeout=10_000)
    assert recalls.table.item(0, 9).text() == "12"  # marked recalled
