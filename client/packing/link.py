"""The station's line to the server: commands go out strictly one at a time, in the order they
were scanned (an item before the case code that closes its case), from the durable queue. A
command the server answers (accepted or refused) leaves the queue; one that cannot reach the
server stays at its head and is sent again, with the same operation id, when the link returns —
so a scan whose answer was lost on the way applies once. Nothing here touches widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from client.connection import ServerError
from client.packing.queue import Command, ScanQueue
from client.session import Session
from shared.pb import packing_pb2

RETRY_MS = 1000
CALL_TIMEOUT = 10.0
_LOST = ("UNAVAILABLE", "DEADLINE_EXCEEDED", "CANCELLED", "UNKNOWN")


def is_lost(exc: BaseException) -> bool:
    """The answer did not come back: the command must be sent again."""
    return isinstance(exc, ServerError) and (exc.is_connection_problem or
                                             exc.code.name in _LOST)


def request_of(command: Command) -> tuple[str, Any]:
    """The RPC name and request of a queued command."""
    stamp = packing_pb2.ScanRequest().scanned_at
    stamp.FromNanoseconds(int(command.at * 1e9))
    if command.kind == "scan":
        return "Scan", packing_pb2.ScanRequest(
            run_id=command.run_id, code=command.code, operation_id=command.op,
            short_reason=command.short_reason, scanned_at=stamp)
    if command.kind == "undo":
        return "Undo", packing_pb2.UndoRequest(run_id=command.run_id, operation_id=command.op)
    if command.kind == "virtual_pallet":
        return "CloseVirtualPallet", packing_pb2.VirtualPalletRequest(
            run_id=command.run_id, short_reason=command.short_reason, operation_id=command.op,
            batch_id=int(command.extra.get("batch_id", 0)))
    if command.kind == "link_range":
        return "LinkRange", packing_pb2.LinkRangeRequest(
            run_id=command.run_id, case_code=command.code, operation_id=command.op,
            first_item_code=str(command.extra["first_item_code"]),
            count=int(command.extra.get("count", 0)))
    raise ValueError(command.kind)


Route = Callable[[Command], tuple[Any, Any]]  # a command → (stub method, request)


class StationLink(QObject):
    answered = Signal(object, object)  # Command, PackScanResult or the refusal (ServerError)
    queued = Signal(object)            # Command kept while the server is unreachable
    pending_changed = Signal(int)
    online_changed = Signal(bool)

    def __init__(self, session: Session, queue: ScanQueue, parent: QObject | None = None,
                 route: Route | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.queue = queue
        self.route = route or self._packing
        self.online = True
        self.in_flight: Command | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.pump)
        session.monitor.restored.connect(self.pump)

    def submit(self, command: Command) -> Command:
        """Queue a command (on disk first) and send it when its turn comes."""
        if not self.online:
            command.extra["offline"] = True
        self.queue.put(command)
        if not self.online:
            self.queued.emit(command)
        self.pending_changed.emit(len(self.queue))
        self.pump()
        return command

    def pump(self) -> None:
        """Send the queue's head unless a command is on its way."""
        if self.in_flight is not None:
            return
        command = self.queue.head()
        if command is None:
            return
        self.in_flight = command
        conn = self.session.connection
        method, request = self.route(command)
        self.session.run(lambda task: conn.call(method, request, timeout=CALL_TIMEOUT),
                         on_success=lambda result: self._answered(command, result),
                         on_failure=lambda exc: self._failed(command, exc), owner=self)

    def _packing(self, command: Command) -> tuple[Any, Any]:
        name, request = request_of(command)
        return getattr(self.session.connection.packing, name), request

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _answered(self, command: Command, answer: object) -> None:
        self.in_flight = None
        self.queue.done(command.op)
        self._set_online(True)
        self.pending_changed.emit(len(self.queue))
        self.answered.emit(command, answer)
        self.pump()

    def _failed(self, command: Command, exc: BaseException) -> None:
        self.in_flight = None
        if is_lost(exc):
            was_online = self.online
            self._set_online(False)
            if was_online:  # everything waiting now was scanned before the link went
                for waiting in self.queue.pending():
                    waiting.extra["offline"] = True
                self.queued.emit(command)
            self._retry.start(RETRY_MS)
            return
        self._answered(command, exc)
