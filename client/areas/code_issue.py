"""Issue a code batch (生码): level, format, count up to 100 million, product, verification code
digits, labels per roll; the server answers at once whatever the count. Then the dialog offers
the encrypted print file, with progress and cancel."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.areas.code_export import ExportPanel
from client.areas.common import items_of
from client.session import Session
from client.tasks import Task
from client.widgets.errors import plain_message
from client.widgets.form import INVALID_STYLE
from client.widgets.pickers import RecordPicker
from shared.pb import codes_pb2 as C

MAX_COUNT = 100_000_000


class IssueDialog(QDialog):
    issued = Signal(object)  # the CodeBatch

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("issueDialog")
        self.setWindowTitle(self.tr("Issue a code batch"))
        self.operation_id = str(uuid.uuid4())  # a repeated click after a lost answer is safe
        self.batch: C.CodeBatch | None = None
        self.pending: Task | None = None
        conn = session.connection
        self.level = QComboBox()
        self.level.setObjectName("level")
        for value, name in code_names.levels().items():
            self.level.addItem(name, value)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for value, name in code_names.formats().items():
            self.format.addItem(name, value)
        self.length = QSpinBox()
        self.length.setRange(16, 20)
        self.length.setValue(20)
        self.length.setSuffix(self.tr(" digits"))
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(10_000)
        self.count.setGroupSeparatorShown(True)
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda p: f"{p.name} ({p.code})" + (
                                        f" GTIN {p.gtin}" if p.gtin else ""),
                                    empty_text=self.tr("(bind later)"))
        self.product.setObjectName("product")
        self.verification = QComboBox()
        self.verification.addItem(self.tr("None"), 0)
        for digits in range(4, 9):
            self.verification.addItem(self.tr("%1 digits").replace("%1", str(digits)), digits)
        self.per_roll = QSpinBox()
        self.per_roll.setRange(1, 1_000_000)
        self.per_roll.setValue(1000)
        self.per_roll.setGroupSeparatorShown(True)
        self.unit = QComboBox()
        for value, name in code_names.roll_units().items():
            self.unit.addItem(name, value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. print order, customer"))
        self.hint = QLabel()
        self.hint.setObjectName("formatHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 2 + 4)  # wraps
        form = QFormLayout()
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("Number of codes *"), self.count)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Verification code"), self.verification)
        form.addRow(self.tr("Label stock comes in"), self.unit)
        form.addRow(self.tr("Labels per roll / pack / sheet"), self.per_roll)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.hint)
        self.form_box = QGroupBox(self.tr("New batch"))
        self.form_box.setLayout(form)
        self.banner = QLabel()
        self.banner.setObjectName("issueMessage")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.issue_button = QPushButton(self.tr("Issue"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setDefault(True)
        self.export_box = QGroupBox(self.tr("Print file for the print shop"))
        self.export = ExportPanel(session)
        box_layout = QVBoxLayout(self.export_box)
        box_layout.addWidget(self.export)
        self.export_box.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.export_box)
        layout.addWidget(self.buttons)
        self.level.currentIndexChanged.connect(self._sync)
        self.format.currentIndexChanged.connect(self._sync)
        self.count.valueChanged.connect(self._sync)
        self.per_roll.valueChanged.connect(self._sync)
        self.issue_button.clicked.connect(self.submit)
        self._sync()
        self.setMinimumWidth(680)

    def _sync(self) -> None:
        fmt = int(self.format.currentData())
        level = int(self.level.currentData())
        self.length.setEnabled(fmt == C.CODE_FORMAT_DIGITS)
        gs1_needs_product = fmt == C.CODE_FORMAT_GS1 and level != C.CODE_LEVEL_PALLET
        rolls = -(-self.count.value() // self.per_roll.value())
        hints = {
            C.CODE_FORMAT_DIGITS: self.tr("Digits only, the last one a check digit, like "
                                          "100165247012980283."),
            C.CODE_FORMAT_SHORT: self.tr("13 letters and digits (the last a check character): "
                                         "short consumer URLs make small QR codes."),
            C.CODE_FORMAT_GS1: self.tr("Pallets get SSCCs; items and cases GTIN (01) + serial "
                                       "(21), so the product (with its GTIN) is required.")
            if gs1_needs_product or level == C.CODE_LEVEL_PALLET else "",
        }
        self.hint.setText(hints.get(fmt, "") + " " + self.tr(
            "That makes %1 rolls / packs / sheets.").replace("%1", f"{rolls:,}"))

    def problems(self) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        fmt, level = int(self.format.currentData()), int(self.level.currentData())
        if fmt == C.CODE_FORMAT_GS1 and level != C.CODE_LEVEL_PALLET \
                and not self.product.current_id():
            out.append((self.product, self.tr("GS1 codes for items and cases need a product "
                                              "with a GTIN.")))
        return out

    def build(self) -> C.IssueBatchRequest:
        fmt = int(self.format.currentData())
        return C.IssueBatchRequest(
            level=int(self.level.currentData()), format=fmt,
            length=self.length.value() if fmt == C.CODE_FORMAT_DIGITS else 0,
            count=self.count.value(), product_id=self.product.current_id(),
            verification_digits=int(self.verification.currentData()),
            labels_per_roll=self.per_roll.value(), roll_unit=int(self.unit.currentData()),
            note=self.note.text().strip(), operation_id=self.operation_id)

    def submit(self) -> Task | None:
        self.product.setStyleSheet("")
        problems = self.problems()
        if problems:
            problems[0][0].setStyleSheet(INVALID_STYLE)
            self._message("\n".join(text for _w, text in problems), error=True)
            return None
        request = self.build()
        conn = self.session.connection
        self.issue_button.setEnabled(False)
        self._message(self.tr("Issuing…"))
        self.pending = self.session.call(conn.codes.IssueBatch, request,
                                         on_success=self._issued, on_failure=self._failed,
                                         owner=self)
        return self.pending

    def _issued(self, batch: C.CodeBatch) -> None:
        self.batch = batch
        self.form_box.setEnabled(False)
        self.issue_button.hide()
        self._message(self.tr("Batch %1 issued: %Ln code(s), first code %2. Export the print "
                              "file now, or later from the batch list.", "", int(batch.count))
                      .replace("%1", batch.batch_no).replace("%2", batch.sample_code))
        self.export.set_batch(batch)
        self.export_box.setEnabled(True)
        self.issued.emit(batch)

    def _failed(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(True)
        self._message(plain_message(exc), error=True)

    def _message(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            "QLabel { color: #a61b1b; background: #fdecea; padding: 6px; }" if error else
            "QLabel { color: #1e5b2a; background: #e8f5e9; padding: 6px; }")
        self.banner.setVisible(bool(text))

    def reject(self) -> None:
        self.export.cancel()
        super().reject()
