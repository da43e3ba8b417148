"""Small helpers for driving the client in tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from client.widgets.list_page import ListPage


def wait_loaded(qtbot: QtBot, page: ListPage, timeout: int = 10_000) -> None:
    """Wait until the page finished its current load (successfully)."""
    qtbot.waitUntil(lambda: page.started and not page.controller.busy, timeout=timeout)
    assert page.controller.last_error is None, page.controller.last_error


def reload(qtbot: QtBot, page: ListPage) -> None:
    with qtbot.waitSignal(page.controller.loaded, timeout=10_000):
        page.controller.reload()


def click_header(qtbot: QtBot, page: ListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(page.controller.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))


def column_texts(page: ListPage, column: int) -> list[str]:
    model = page.controller.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_row(page: ListPage, row: int) -> None:
    page.table.selectRow(row)


def find_message_box(name: str = "errorDialog") -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name \
                and widget.isVisible():
            return widget
    return None


def visible(widget: QWidget) -> bool:
    return widget.isVisible()
