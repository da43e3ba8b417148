"""Background work: results and failures arrive on the GUI thread; a gone owner drops them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from client.tasks import Cancelled, Task, TaskManager


def test_success_and_failure_arrive_on_the_gui_thread(qtbot: QtBot, tasks: TaskManager) -> None:
    seen: list[tuple[str, bool]] = []
    main = threading.current_thread()

    def work(task: Task) -> str:
        assert threading.current_thread() is not main
        return "done"

    with qtbot.waitSignal(tasks.run(work, on_success=lambda v: seen.append(
            (v, threading.current_thread() is main))).finished):
        pass

    def broken(task: Task) -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(tasks.run(broken, on_failure=lambda e: seen.append(
            (str(e), threading.current_thread() is main))).finished):
        pass
    assert seen == [("done", True), ("boom", True)]


def test_callbacks_are_dropped_when_the_owner_is_gone(qtbot: QtBot, tasks: TaskManager) -> None:
    owner = QWidget()
    called: list[object] = []
    gate = threading.Event()
    task = tasks.run(lambda t: gate.wait(5), on_success=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    with qtbot.waitSignal(task.finished):
        gate.set()
    assert called == []


def test_cancel_and_progress(qtbot: QtBot, tasks: TaskManager) -> None:
    progress: list[tuple[int, int]] = []
    started = threading.Event()

    def work(task: Task) -> None:
        task.report(1, 10)
        started.set()
        while True:
            task.check()

    task = tasks.run(work)
    task.progressed.connect(lambda d, t: progress.append((d, t)))
    started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled)
    qtbot.waitUntil(lambda: progress == [(1, 10)])


def _alive(obj: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


@pytest.mark.parametrize("n", [3000])
def test_many_signals_do_not_exhaust_true(qtbot: QtBot, n: int) -> None:
    """PySide6 6.12 on Python 3.11 leaks a reference to True per emit (see client.qtcompat)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal(object)

    emitter = Emitter()
    emitter.ping.connect(lambda _v: None)
    before = sys.getrefcount(True)
    for i in range(n):
        emitter.ping.emit(i)
    assert sys.getrefcount(True) >= before
