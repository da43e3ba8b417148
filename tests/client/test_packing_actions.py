"""The packing station's buttons as an operator uses them: end of lot (keep the pallet open for
the next run, or 尾数提交 under a virtual pallet code), fuzzy association with its limitation
stated, and the case window taking a bottle out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from client.areas.pack_tree import ContainerDialog
from client.areas.packing_station import PackingStationPage
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared.pb import common_pb2
from tests.client.conftest import WindowFactory
from tests.client.test_packing_station import settled, station, type_scans
from tests.packing.helpers import P, Plant, container, make_plant
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="module")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def plant(tenant: TenantFixture, keys: KeyStore) -> Plant:
    return make_plant(tenant, keys)


def _one_case(qtbot: QtBot, page: PackingStationPage, plant: Plant, first: int) -> None:
    type_scans(qtbot, page, [*plant.codes("item", first, first + 3), plant.code("case", first)])
    qtbot.waitUntil(lambda: settled(page) and page.open_pallet == 1, timeout=10_000)


def _choose(qtbot: QtBot, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_end_of_lot_submits_a_partial_pallet(qtbot: QtBot, open_window: WindowFactory,
                                             plant: Plant) -> None:
    page = station(qtbot, open_window(plant.operator("p1")), plant)
    run_id = page.run.id  # type: ignore[union-attr]
    _one_case(qtbot, page, plant, 1)
    _choose(qtbot, page.actions.end_run(), "Submit partial pallet")
    qtbot.waitUntil(lambda: page.run is None and page.setup.isVisible(), timeout=10_000)
    closed = page.history[-1].result
    assert closed is not None and closed.virtual and closed.short
    assert page.panel.look.headline == "▦ Pallet closed · virtual code · partial"
    run = plant.admin.call(plant.admin.packing.GetRun, common_pb2.IdRequest(id=run_id))
    assert (run.status, run.pallet_end, run.pallets) == (
        P.RUN_STATUS_CLOSED, P.PALLET_END_SUBMITTED, 1)
    assert container(plant.admin, closed.container_code).item_count == 4


def test_a_pallet_kept_open_continues_after_a_restart(qtbot: QtBot,
                                                      open_window: WindowFactory,
                                                      plant: Plant) -> None:
    page = station(qtbot, open_window(plant.operator("p2")), plant)
    _one_case(qtbot, page, plant, 5)
    _choose(qtbot, page.actions.end_run(), "Keep pallet open")
    qtbot.waitUntil(lambda: page.run is None, timeout=10_000)
    again = station(qtbot, open_window(plant.operator("p3")), plant)
    assert again.run is not None and again.run.open_pallet_cases == 1
    assert again.pallet_count.text() == "Pallet 1 / 3"


def test_fuzzy_association_states_its_limitation(qtbot: QtBot, open_window: WindowFactory,
                                                 plant: Plant) -> None:
    page = station(qtbot, open_window(plant.operator("p4")), plant)
    dialog = page.actions.fuzzy()
    assert dialog is not None
    limitation = dialog.findChild(object, "fuzzyLimitation")
    assert "whole groups" in limitation.text()  # type: ignore[union-attr]
    dialog.case_code.setText(plant.code("case", 12))
    dialog.first_item.setText(plant.code("item", 61))
    dialog.accept()
    qtbot.waitUntil(lambda: settled(page) and bool(page.history) and
                    page.history[-1].result is not None, timeout=10_000)
    case = container(plant.admin, plant.code("case", 12))
    assert [c.code for c in case.children] == plant.codes("item", 61, 64)
    assert all(c.fuzzy for c in case.children)


def test_the_case_window_takes_a_bottle_out(qtbot: QtBot, open_window: WindowFactory,
                                            plant: Plant) -> None:
    page = station(qtbot, open_window(plant.operator("p5")), plant)
    _one_case(qtbot, page, plant, 9)
    dialog = page.actions.open_container(plant.code("case", 9))
    assert isinstance(dialog, ContainerDialog)
    qtbot.waitUntil(lambda: dialog.children_list.count() == 4, timeout=10_000)
    dialog.children_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Give the reason first."
    dialog.reason.setText("质检抽检")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.", timeout=10_000)
    assert dialog.children_list.count() == 3
    assert [c.code for c in container(plant.admin, plant.code("case", 9)).children] == \
        [plant.code("item", n) for n in (9, 11, 12)]
