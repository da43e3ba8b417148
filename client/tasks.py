"""Run blocking work (RPCs, exports) on a thread pool and deliver the outcome on the GUI thread.

Background functions never touch widgets: they return a value or raise, and the callbacks run
on the GUI thread through a queued signal (the pattern of Anki's taskman and dangerzone's
background tasks). A callback whose owner widget was deleted meanwhile is dropped.
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from client import qtcompat  # noqa: F401  (PySide6 signal refcount fix, see there)

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a background function when the user cancelled the task."""


class Task(QObject):
    """One piece of background work; its signals fire on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(int, int)  # done, total
    finished = Signal()

    def __init__(self, manager: TaskManager) -> None:
        super().__init__(manager)
        self._manager = manager
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Called from the background function: stop here when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Called from the background function: progress for a progress bar."""
        self._manager.deliver(lambda: self.progressed.emit(done, total))


class _Dispatcher(QObject):
    """Carries closures from pool threads to the GUI thread. One per process and never
    deleted, so a worker finishing after its TaskManager is gone still has a live target."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, closure: Callable[[], None]) -> None:
        closure()


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()  # first use is on the GUI thread (a TaskManager is built)
    return _dispatcher


class TaskManager(QObject):
    """Owns the pool; one per application."""

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._dispatcher = _get_dispatcher()
        self.active = 0
        self._jobs: dict[int, tuple[Any, ...]] = {}
        self._ids = itertools.count(1)

    def deliver(self, closure: Callable[[], None]) -> None:
        """Thread-safe: run `closure` on the GUI thread."""
        self._dispatcher.deliver.emit(closure)

    def run(self, fn: Callable[[Task], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Run `fn(task)` in the pool; callbacks run on the GUI thread unless `owner` is gone."""
        task = Task(self)
        self.active += 1
        # The GUI thread keeps the job (and so whatever its closures hold, often widgets) and
        # drops it itself: a Qt object must never lose its last reference on a worker thread.
        job_id = next(self._ids)
        self._jobs[job_id] = (fn, task, on_success, on_failure, owner)
        self.pool.start(_Worker(weakref.ref(self), job_id, self._dispatcher.deliver.emit).run)
        return task

    def _finish(self, job_id: int, ok: bool, value: Any) -> None:
        """GUI thread: hand the outcome to the callbacks, then let the job go."""
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        _fn, task, on_success, on_failure, owner = job
        self.active -= 1
        task.done = True
        alive = owner is None or shiboken6.isValid(owner)
        try:
            if ok:
                if on_success is not None and alive:
                    on_success(value)
                task.succeeded.emit(value)
            else:
                if on_failure is not None and alive:
                    on_failure(value)
                elif on_failure is None:
                    log.info("background task failed: %s", value)
                task.failed.emit(value)
        finally:
            task.finished.emit()
            task.deleteLater()

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


class _Worker:
    """The part that runs on a pool thread. It holds no widgets and only a weak reference to
    its manager: it looks the job up, runs it, drops its own references, and posts the outcome
    (without traceback frames) back to the GUI thread, where the job is let go."""

    def __init__(self, manager: weakref.ref[TaskManager], job_id: int,
                 deliver: Callable[[Callable[[], None]], None]) -> None:
        self.manager, self.job_id, self.deliver = manager, job_id, deliver

    def run(self) -> None:
        manager = self.manager()
        job = manager._jobs.get(self.job_id) if manager is not None else None
        del manager
        if job is None:
            return
        fn, task = job[0], job[1]
        del job
        ok, value = True, None
        try:
            value = fn(task)
        except BaseException as exc:
            ok, value = False, _detached(exc)
        del fn, task
        ref, job_id = self.manager, self.job_id

        def finish() -> None:
            manager = ref()
            if manager is not None and shiboken6.isValid(manager):
                manager._finish(job_id, ok, value)

        self.deliver(finish)


def _detached(exc: BaseException) -> BaseException:
    """The exception without frames (they may hold widgets); unexpected ones are logged."""
    from client.connection import ServerError

    if not isinstance(exc, (ServerError, Cancelled)):
        log.error("background task raised", exc_info=exc)
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = None
    return exc
