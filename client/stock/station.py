"""A document's scanning window (a receipt or a shipment): what it is at the top, the scanner
on the left, what the document holds on the right, confirm and cancel at the bottom. The
confirm keeps its operation id until the server answers, so pressing it again after a timeout
(a VPN link gone for a moment) applies it once."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client.connection import ServerError
from client.session import Session
from client.stock.scanner import DocumentScanner, Route
from client.widgets.errors import plain_message

LOST = ("UNAVAILABLE", "DEADLINE_EXCEEDED")


class DocumentStation(QDialog):
    """Subclasses fill `side`, implement `confirm_call()` and `cancel_call()` and refresh."""

    finished_document = Signal(object)  # the document as the server left it

    def __init__(self, session: Session, title: str, route: Route, queue_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("documentStation")
        self.session = session
        self.confirm_op = ""
        self.heading = QLabel()
        self.heading.setObjectName("documentHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("documentState")
        self.state.setWordWrap(True)
        self.scanner = DocumentScanner(session, route, queue_name, self)
        self.scanner.answered.connect(self._answered)
        self.side = QWidget()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("stationMessage")
        self.message.setWordWrap(True)
        self.confirm_button = self._button(self.tr("Confirm"), "confirmButton")
        self.confirm_button.setStyleSheet("font-weight: bold;")
        self.cancel_button = self._button(self.tr("Cancel document…"), "cancelDocumentButton")
        self.close_button = self._button(self.tr("Close"), "closeButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel_document)
        self.close_button.clicked.connect(self.close)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.scanner)
        split.addWidget(self.side)
        split.setSizes([520, 560])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1120, 700)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setMinimumHeight(34)
        return button

    def set_open(self, is_open: bool) -> None:
        """Scanning, confirming and cancelling only while the document is open."""
        self.scanner.set_document(self.document_id() if is_open else 0)
        self.scanner.remove_mode.setEnabled(is_open)
        for button in (self.confirm_button, self.cancel_button):
            button.setEnabled(is_open)

    # --- subclasses -----------------------------------------------------------------------------

    def document_id(self) -> int:
        raise NotImplementedError

    def confirm_call(self, op: str) -> tuple[Any, Any]:
        raise NotImplementedError

    def cancel_call(self, op: str, reason: str) -> tuple[Any, Any]:
        raise NotImplementedError

    def show_document(self, document: Any) -> None:
        raise NotImplementedError

    def _answered(self, command: object, answer: object) -> None:
        """A scan's answer (subclasses update their tables)."""

    # --- commands -------------------------------------------------------------------------------

    def confirm(self) -> None:
        if self.scanner.pending():
            self.show_message(self.tr("Wait until every scan has been sent."), error=True)
            return
        self.confirm_op = self.confirm_op or uuid.uuid4().hex
        method, request = self.confirm_call(self.confirm_op)
        self.confirm_button.setEnabled(False)
        self.session.call(method, request, on_success=self._confirmed,
                          on_failure=self._confirm_failed, owner=self)

    def _confirmed(self, document: Any) -> None:
        self.confirm_op = ""
        self.show_document(document)
        self.finished_document.emit(document)

    def _confirm_failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        if not (isinstance(exc, ServerError) and exc.code.name in LOST):
            self.confirm_op = ""  # refused: the next attempt is a new command
        self.show_message(plain_message(exc), error=True)

    def cancel_document(self, reason: str | None = None) -> None:
        if reason is None:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(self, self.tr("Cancel"),
                                            self.tr("Reason (optional):"))
            if not ok:
                return
            reason = text
        method, request = self.cancel_call(uuid.uuid4().hex, reason.strip())
        self.session.call(method, request, on_success=self._confirmed,
                          on_failure=lambda exc: self.show_message(plain_message(exc), True),
                          owner=self)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a61b1b;" if error else "color: #1e5b2a;")
