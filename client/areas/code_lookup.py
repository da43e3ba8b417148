"""Look up one code as printed (code, URL, Digital Link or GS1 element string), pasted or scanned:
its state, batch, serial, roll, product, lot, factory and void reason. Stays open for the next
scan: a scanner types the code and Enter, the text is selected so the next scan replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.session import Session
from client.tasks import Task
from client.widgets.errors import plain_message
from shared.pb import codes_pb2

_STATE_COLOURS = {codes_pb2.CODE_STATE_ACTIVATED: "#2e7d32", codes_pb2.CODE_STATE_VOIDED: "#c62828",
                  codes_pb2.CODE_STATE_ALLOCATED: "#1565c0", codes_pb2.CODE_STATE_ISSUED: "#555"}


class LookupDialog(QDialog):
    found = Signal(object)  # CodeInfo

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lookupDialog")
        self.setWindowTitle(self.tr("Look up a code"))
        self.code = QLineEdit()
        self.code.setObjectName("lookupCode")
        self.code.setPlaceholderText(self.tr("Scan or paste a code, URL or GS1 element string"))
        self.code.setClearButtonEnabled(True)
        self.button = QPushButton(self.tr("Look up"))
        self.button.setObjectName("lookupButton")
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.button)
        self.message = QLabel()
        self.message.setObjectName("lookupMessage")
        self.message.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, title in (("state", self.tr("State")), ("code", self.tr("Code")),
                           ("level", self.tr("Level")), ("batch", self.tr("Batch")),
                           ("serial", self.tr("Serial number")), ("roll", self.tr("Roll")),
                           ("product", self.tr("Product")), ("lot", self.tr("Production lot")),
                           ("factory", self.tr("Licensed factory")),
                           ("activated", self.tr("Activated")), ("voided", self.tr("Voided")),
                           ("void_reason", self.tr("Void reason")), ("url", self.tr("URL"))):
            value = QLabel()
            value.setObjectName(f"info_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(title, value)
            self.values[key] = value
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.code.returnPressed.connect(self.look_up)
        self.button.clicked.connect(self.look_up)
        self.setMinimumWidth(520)

    def look_up(self) -> Task | None:
        text = self.code.text().strip()
        if not text:
            return None
        conn = self.session.connection
        self.message.setText(self.tr("Looking up…"))
        self.message.setStyleSheet("")
        self.code.selectAll()
        return self.session.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=text),
                                 on_success=self.show_info, on_failure=self._failed, owner=self)

    def show_info(self, info: codes_pb2.CodeInfo) -> None:
        state = code_names.states().get(info.state, "")
        colour = _STATE_COLOURS.get(info.state, "#555")
        self.message.setText("")
        v = self.values
        v["state"].setText(f"<b style='color:{colour}'>{state}</b>")
        v["code"].setText(info.code)
        v["level"].setText(code_names.levels().get(info.level, ""))
        v["batch"].setText(info.batch_no)
        v["serial"].setText(f"{info.serial:,}" if info.serial else "")
        v["roll"].setText(f"{info.roll:,}" if info.roll else "")
        v["product"].setText(info.product_name)
        v["lot"].setText(info.lot_no)
        v["factory"].setText(info.allocated_org_name)
        v["activated"].setText(self.session.format_time(info.activated_at))
        v["voided"].setText(self.session.format_time(info.voided_at))
        v["void_reason"].setText(info.void_reason)
        v["url"].setText(info.url)
        self.found.emit(info)

    def _failed(self, exc: BaseException) -> None:
        for value in self.values.values():
            value.clear()
        self.message.setText(plain_message(exc))
        self.message.setStyleSheet("color: #a61b1b;")
