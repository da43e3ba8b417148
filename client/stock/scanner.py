"""The scanner of a receipt or a shipment (a keyboard-wedge handheld or a USB scanner): a big
scan field that keeps the keyboard, the packing station's colour block and sounds, the last
scans. Every scan is written to a durable queue in the client's data folder before it goes
out, then sent strictly in order with its operation id (client.packing's queue and link): a
branch's VPN dropping mid-shipment loses nothing and applies nothing twice; the badge says
"offline — N pending" meanwhile. "Take out" mode sends scans as removals."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.packing import feedback as looks
from client.packing.link import StationLink
from client.packing.queue import Command, ScanQueue
from client.packing.sounds import Sounds
from client.session import Session
from client.stock import feedback
from shared.pb import shipping_pb2, stock_pb2

HISTORY = 200
Route = Callable[[Command], tuple[Any, Any]]


def document_route(stub: Callable[[], Any], scan: str, unscan: str) -> Route:
    """Scans and removals of a receipt or shipment as StockScanRequests to the stub's RPCs."""

    def route(command: Command) -> tuple[Any, Any]:
        request = stock_pb2.StockScanRequest(document_id=command.run_id, code=command.code,
                                             operation_id=command.op)
        request.scanned_at.FromNanoseconds(int(command.at * 1e9))
        return getattr(stub(), scan if command.kind == "scan" else unscan), request

    return route


def data_folder(session: Session) -> Path:
    return Path(session.settings.store.fileName()).resolve().parent / "stock"


class DocumentScanner(QWidget):
    """Scans into one document at a time; `answered` gives each command its answer."""

    answered = Signal(object, object)  # Command, StockScanResult or the refusal

    def __init__(self, session: Session, route: Route, queue_name: str,
                 parent: QWidget | None = None, *, removable: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id = 0
        p = session.principal
        folder = data_folder(session)
        self.queue = ScanQueue(folder / f"{queue_name}-{p.tenant_code}-{p.username}.jsonl")
        self.sounds = Sounds(folder / "sounds", self)
        self.link = StationLink(session, self.queue, self, route=route)

        self.input = QLineEdit()
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText(self.tr("Scan a pallet, case or item code"))
        font = QFont(self.input.font())
        font.setPointSize(20)
        self.input.setFont(font)
        self.input.setMinimumHeight(50)
        self.input.returnPressed.connect(self._entered)
        self.remove_mode = QCheckBox(self.tr("Take out (scan to remove)"))
        self.remove_mode.setObjectName("removeMode")
        self.remove_mode.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_mode.toggled.connect(lambda _on: self.refocus())
        self.remove_mode.setVisible(removable)
        self.offline = QLabel()
        self.offline.setObjectName("offlineBadge")
        self.offline.setStyleSheet("background: #b86e00; color: white; font-weight: bold; "
                                   "padding: 4px 10px; border-radius: 4px;")
        self.offline.hide()
        self.panel = looks.FeedbackPanel()
        self.panel.setMinimumHeight(120)
        self.panel.setStyleSheet(self.panel.styleSheet().replace("40px", "30px")
                                 .replace("22px", "16px"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentScans")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setStyleSheet("font-size: 14px;")
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.remove_mode)
        row.addWidget(self.offline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        layout.addWidget(QLabel(self.tr("Last scans")))
        layout.addWidget(self.recent, 1)
        self.link.answered.connect(self._answered)
        self.link.queued.connect(self._queued)
        self.link.pending_changed.connect(self._pending_changed)
        self.link.pump()  # what a closed window left in the queue goes out now

    def set_document(self, document_id: int) -> None:
        self.document_id = document_id
        self.input.setEnabled(bool(document_id))
        self.panel.setVisible(bool(document_id))  # "scan please" on a closed document misleads
        self.refocus()

    def refocus(self) -> None:
        QTimer.singleShot(0, self._focus)

    def _focus(self) -> None:
        if shiboken6.isValid(self.input) and self.input.isEnabled():
            self.input.setFocus()

    def pending(self) -> int:
        """Scans of this document not answered yet."""
        return sum(1 for c in self.queue.pending() if c.run_id == self.document_id)

    def _entered(self) -> None:
        code = self.input.text().strip()
        self.input.clear()
        if code:
            self.scan(code)

    def scan(self, code: str) -> Command | None:
        if not self.document_id:
            return None
        kind = "unscan" if self.remove_mode.isChecked() else "scan"
        return self.link.submit(Command(kind, self.document_id, code))

    def _answered(self, command: Command, answer: object) -> None:
        lang = self.session.lang
        if isinstance(answer, (stock_pb2.StockScanResult, shipping_pb2.SaleResult)):
            look = feedback.accepted(answer, lang)
        else:
            look = feedback.refused(answer if isinstance(answer, BaseException)
                                    else RuntimeError(str(answer)), lang)
        self._show(look, command)
        self.answered.emit(command, answer)

    def _queued(self, command: Command) -> None:
        self._show(looks.queued(len(self.queue)), command)

    def _show(self, look: looks.Look, command: Command) -> None:
        self.panel.show_look(look)
        self.sounds.play(look.sound)
        stamp = time.strftime("%H:%M:%S", time.localtime(command.at))
        line = QListWidgetItem(f"{stamp}  {look.headline}  {command.code}")
        line.setForeground(QColor(look.colour))
        line.setToolTip(look.detail)
        self.recent.insertItem(0, line)
        while self.recent.count() > HISTORY:
            self.recent.takeItem(self.recent.count() - 1)

    def _pending_changed(self, pending: int) -> None:
        if not self.link.online:
            self.offline.setText(self.tr("Offline — %1 pending").replace("%1", str(pending)))
            self.offline.show()
        elif pending > 1:
            self.offline.setText(self.tr("Sending — %1 pending").replace("%1", str(pending)))
            self.offline.show()
        else:
            self.offline.hide()
