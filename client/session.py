"""The signed-in session every window and page shares: the connection, the task pool, the
connection monitor, the settings and who is signed in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from PySide6.QtCore import QDateTime, QObject, QTimeZone, Signal

from client import i18n
from client.connection import Connection, ServerError
from client.monitor import ConnectionMonitor
from client.settings import ClientSettings
from client.tasks import Task, TaskManager
from shared.pb import auth_pb2

_SESSION_REASONS = {"SESSION_EXPIRED", "UNAUTHENTICATED"}


class Session(QObject):
    """Shared by the main window and every page; routes connection problems to the monitor."""

    expired = Signal()  # the server no longer accepts the token

    def __init__(self, connection: Connection, tasks: TaskManager, settings: ClientSettings,
                 monitor: ConnectionMonitor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.tasks = tasks
        self.settings = settings
        self.monitor = monitor or ConnectionMonitor(connection, tasks, parent=self)

    @property
    def principal(self) -> auth_pb2.Principal:
        return self.connection.principal or auth_pb2.Principal()

    def can(self, permission: str) -> bool:
        return self.connection.can(permission)

    @property
    def lang(self) -> str:
        return i18n.current()

    def message(self, exc: BaseException) -> str:
        """A failure in plain words in the interface language."""
        if isinstance(exc, ServerError):
            return exc.message(self.lang)
        return str(exc) or exc.__class__.__name__

    def run(self, fn: Callable[[Task], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Run blocking work in the background; connection problems also go to the monitor."""

        def succeeded(value: Any) -> None:
            self.monitor.alive()
            if on_success is not None:
                on_success(value)

        def failed(exc: BaseException) -> None:
            self._observe(exc)
            if on_failure is not None:
                on_failure(exc)

        return self.tasks.run(fn, on_success=succeeded, on_failure=failed, owner=owner)

    def call(self, method: Callable[..., Any], request: Any, *,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None,
             owner: QObject | None = None) -> Task:
        """One RPC in the background."""
        conn = self.connection
        return self.run(lambda task: conn.call(method, request), on_success=on_success,
                        on_failure=on_failure, owner=owner)

    def _observe(self, exc: BaseException) -> None:
        if isinstance(exc, ServerError):
            if exc.is_connection_problem:
                self.monitor.lost()
                return
            self.monitor.alive()
            if exc.code == grpc.StatusCode.UNAUTHENTICATED and exc.reason in _SESSION_REASONS:
                self.expired.emit()

    def format_time(self, stamp: Timestamp) -> str:
        """A server timestamp in the tenant's time zone, or "" when unset."""
        if not stamp.seconds and not stamp.nanos:
            return ""
        moment = QDateTime.fromMSecsSinceEpoch(stamp.seconds * 1000 + stamp.nanos // 1_000_000,
                                               QTimeZone.utc())
        zone = QTimeZone(self.principal.timezone.encode()) if self.principal.timezone else None
        if zone is not None and zone.isValid():
            moment = moment.toTimeZone(zone)
        else:
            moment = moment.toLocalTime()
        return moment.toString("yyyy-MM-dd HH:mm:ss")
