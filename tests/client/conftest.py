"""Client test fixtures: settings in tmp_path, a task pool drained after each test, the
interface language, and a signed-in main window against the session's real server."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client import i18n
from client.connection import Connection
from client.main_window import MainWindow
from client.session import Session
from client.settings import ClientSettings
from client.tasks import TaskManager


@pytest.fixture(autouse=True)
def settings_in_tmp(tmp_path: object, qapp: QApplication) -> Iterator[None]:
    """Every client test writes its QSettings into its own temporary folder, and leaves no
    window behind: they are deleted and collected here, on the GUI thread."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()


@pytest.fixture
def settings() -> ClientSettings:
    return ClientSettings()


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    for _ in range(50):  # callbacks may start more work: drain until nothing runs
        manager.wait_idle(10_000)
        qapp.processEvents()
        if not manager.active:
            break


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Tests run in English unless they switch; the language is restored afterwards."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def chinese(english: None) -> None:
    assert i18n.install("zh_CN"), "the Chinese translation must load"


WindowFactory = Callable[[Connection], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, tasks: TaskManager, settings: ClientSettings) -> WindowFactory:
    """Open the main window for a signed-in connection."""

    def factory(conn: Connection) -> MainWindow:
        session = Session(conn, tasks, settings)
        session.monitor.backoff = (0.05, 0.1, 0.2)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        return window

    return factory
