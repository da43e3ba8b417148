"""Connection state for the status bar: connected, reconnecting (probing with back-off), offline.

A call that fails with UNAVAILABLE/DEADLINE_EXCEEDED reports `lost()`; the monitor then probes
the server (a public GetServerInfo) on the pool, waiting longer after each failure, and returns
to CONNECTED as soon as one probe (or any other call) succeeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from client.connection import Connection, ServerError
from client.tasks import TaskManager

BACKOFF_SECONDS: tuple[float, ...] = (1, 2, 4, 8, 15, 30)
OFFLINE_AFTER = 4  # failed probes before the state says "offline" (probing goes on)


class State(Enum):
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


class ConnectionMonitor(QObject):
    state_changed = Signal(object)  # State
    restored = Signal()

    def __init__(self, connection: Connection, tasks: TaskManager,
                 backoff: Sequence[float] = BACKOFF_SECONDS, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.connection = connection
        self.tasks = tasks
        self.backoff = tuple(backoff)
        self.state = State.CONNECTED
        self.failures = 0
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)

    def _set(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def lost(self) -> None:
        """A call could not reach the server: start probing unless already doing so."""
        if self.state == State.CONNECTED:
            self.failures = 0
            self._set(State.RECONNECTING)
            self._schedule()

    def alive(self) -> None:
        """A call reached the server."""
        if self.state != State.CONNECTED:
            self._timer.stop()
            self.failures = 0
            self._set(State.CONNECTED)
            self.restored.emit()

    def _schedule(self) -> None:
        delay = self.backoff[min(self.failures, len(self.backoff) - 1)]
        self._timer.start(int(delay * 1000))

    def probe_now(self) -> None:
        if self._probing or self.state == State.CONNECTED:
            return
        self._probing = True
        self.tasks.run(lambda task: self.connection.probe(), on_success=self._probe_ok,
                       on_failure=self._probe_failed, owner=self)

    def _probe_ok(self, _result: object) -> None:
        self._probing = False
        self.alive()

    def _probe_failed(self, exc: BaseException) -> None:
        self._probing = False
        if isinstance(exc, ServerError) and not exc.is_connection_problem:
            self.alive()  # the server answered, even if with a refusal
            return
        self.failures += 1
        if self.failures >= OFFLINE_AFTER:
            self._set(State.OFFLINE)
        self._schedule()

    def stop(self) -> None:
        self._timer.stop()
