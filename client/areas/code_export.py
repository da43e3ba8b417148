"""The encrypted print file for print shops (.ypf): the columns the user picks, all or part of a
batch, AES-256 under a password (typed twice) or a key file handed over separately. The server
encrypts; the client streams the bytes to disk in the background with progress and cancel."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.connection import Connection
from client.session import Session
from client.tasks import Cancelled, Task
from client.widgets.errors import plain_message
from shared.pb import codes_pb2 as C

MIN_PASSWORD = 12
KEY_BYTES = 32
SUFFIX = ".ypf"


@dataclass(frozen=True)
class Exported:
    path: str
    size: int
    codes: int


def write_export(conn: Connection, request: C.ExportBatchRequest, path: str,
                 task: Task) -> Exported:
    """Background: stream the encrypted file into `path` (via a .part file, so a cancelled or
    failed export leaves nothing that looks finished), reporting codes done of codes total."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    size = done = 0
    stream = conn.stream(conn.codes.ExportBatch, request)
    try:
        with partial.open("wb") as out:
            for chunk in stream:
                task.check()
                out.write(chunk.data)
                size += len(chunk.data)
                done = int(chunk.codes_done)
                task.report(done, int(chunk.codes_total))
        os.replace(partial, target)
    except BaseException:
        stream.close()  # cancels the call
        partial.unlink(missing_ok=True)
        raise
    return Exported(str(target), size, done)


class ExportPanel(QWidget):
    """Columns, range, protection and file; Start runs the export, Cancel stops it."""

    exported = Signal(object)  # Exported
    failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(self, session: Session, batch: C.CodeBatch | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.batch = batch or C.CodeBatch()
        self.task: Task | None = None
        self.columns: dict[int, QCheckBox] = {}
        column_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(column_box)
        for i, (value, name) in enumerate(code_names.export_columns().items()):
            box = QCheckBox(name)
            box.setObjectName(f"column_{value}")
            self.columns[value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.whole = QRadioButton(self.tr("Whole batch"))
        self.part = QRadioButton(self.tr("Serial numbers"))
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setGroupSeparatorShown(True)
            spin.setRange(1, 100_000_000)
            spin.setMinimumWidth(110)
        self.to_label = QLabel(self.tr("to"))
        range_row = QHBoxLayout()
        for w in (self.whole, self.part, self.first, self.to_label, self.last):
            range_row.addWidget(w)
        range_row.addStretch(1)
        self.use_password = QRadioButton(self.tr("Password"))
        self.use_key = QRadioButton(self.tr("Key file"))
        group = QButtonGroup(self)
        group.addButton(self.use_password)
        group.addButton(self.use_key)
        self.password, self.password2 = QLineEdit(), QLineEdit()
        for edit, hint in ((self.password, self.tr("at least 12 characters")),
                           (self.password2, self.tr("repeat the password"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
        self.password.setObjectName("exportPassword")
        self.password2.setObjectName("exportPassword2")
        self.key_path = QLineEdit()
        self.key_path.setObjectName("keyFile")
        self.key_path.setPlaceholderText(self.tr("a 32-byte key file"))
        self.key_browse = QPushButton(self.tr("Choose…"))
        self.key_new = QPushButton(self.tr("Create key file…"))
        self.key_new.setToolTip(self.tr("Writes 32 random bytes. Hand the key file to the print "
                                        "shop separately from the print file."))
        protect = QGridLayout()
        protect.addWidget(self.use_password, 0, 0)
        protect.addWidget(self.password, 0, 1)
        protect.addWidget(self.password2, 0, 2)
        protect.addWidget(self.use_key, 1, 0)
        protect.addWidget(self.key_path, 1, 1)
        keys = QHBoxLayout()
        keys.addWidget(self.key_browse)
        keys.addWidget(self.key_new)
        protect.addLayout(keys, 1, 2)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.browse = QPushButton(self.tr("Browse…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Export"))
        self.start_button.setObjectName("startExport")
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Codes"), range_row)
        form.addRow(self.tr("Protection"), protect)
        form.addRow(self.tr("File"), file_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column_box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.whole.setChecked(True)
        self.use_password.setChecked(True)
        self.whole.toggled.connect(self._sync)
        self.use_password.toggled.connect(self._sync)
        self.browse.clicked.connect(self._choose_path)
        self.key_browse.clicked.connect(self._choose_key)
        self.key_new.clicked.connect(self._create_key)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.set_batch(self.batch)

    def set_batch(self, batch: C.CodeBatch) -> None:
        """Defaults for this batch: its columns, its whole range, a file named after it."""
        self.batch = batch
        gs1 = batch.format == C.CODE_FORMAT_GS1
        defaults = {C.EXPORT_COLUMN_SERIAL, C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_URL,
                    C.EXPORT_COLUMN_ROLL}
        if batch.verification_digits:
            defaults.add(C.EXPORT_COLUMN_VERIFICATION_CODE)
        if gs1:
            defaults.add(C.EXPORT_COLUMN_ELEMENT_STRING)
        for value, box in self.columns.items():
            box.setChecked(value in defaults)
        self.columns[C.EXPORT_COLUMN_VERIFICATION_CODE].setEnabled(
            bool(batch.verification_digits))
        self.columns[C.EXPORT_COLUMN_ELEMENT_STRING].setEnabled(gs1)
        count = max(1, int(batch.count))
        self.first.setMaximum(count)
        self.last.setMaximum(count)
        self.last.setValue(count)
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        if batch.batch_no and not self.path.text():
            self.path.setText(str(Path.home() / f"{batch.batch_no}{SUFFIX}"))
        self._sync()

    def _sync(self) -> None:
        running = self.task is not None
        part = self.part.isChecked()
        for w in (self.first, self.last, self.to_label):
            w.setEnabled(part and not running)
        password = self.use_password.isChecked()
        self.password.setEnabled(password and not running)
        self.password2.setEnabled(password and not running)
        for w in (self.key_path, self.key_browse, self.key_new):
            w.setEnabled(not password and not running)
        self.start_button.setEnabled(not running and bool(self.batch.id))
        self.cancel_button.setEnabled(running)

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the print file"),
                                              self.path.text(),
                                              self.tr("Yima print file (*.ypf)"))
        if path:
            self.path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), self.key_path.text())
        if path:
            self.key_path.setText(path)

    def _create_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create key file"),
            str(Path.home() / f"{self.batch.batch_no or 'yima'}.key"))
        if path:
            self.create_key(path)

    def create_key(self, path: str) -> None:
        Path(path).write_bytes(os.urandom(KEY_BYTES))
        self.key_path.setText(path)
        self.status.setText(self.tr("Key file written. Hand it over separately from the print "
                                    "file; without it the file cannot be opened."))

    def problems(self) -> list[str]:
        out = []
        if not any(box.isChecked() and box.isEnabled() for box in self.columns.values()):
            out.append(self.tr("Choose at least one column."))
        if self.part.isChecked() and self.first.value() > self.last.value():
            out.append(self.tr("The first serial number is after the last."))
        if self.use_password.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                out.append(self.tr("The password needs at least 12 characters."))
            elif self.password.text() != self.password2.text():
                out.append(self.tr("The two passwords differ."))
        else:
            key = Path(self.key_path.text().strip())
            if not key.is_file() or key.stat().st_size != KEY_BYTES:
                out.append(self.tr("Choose a key file of exactly 32 bytes."))
        if not self.path.text().strip():
            out.append(self.tr("Choose where to save the print file."))
        return out

    def request(self) -> C.ExportBatchRequest:
        columns = [v for v, box in self.columns.items() if box.isChecked() and box.isEnabled()]
        request = C.ExportBatchRequest(batch_id=self.batch.id, columns=columns)
        if self.part.isChecked():
            request.first_serial, request.last_serial = self.first.value(), self.last.value()
        if self.use_password.isChecked():
            request.password = self.password.text()
        else:
            request.key = Path(self.key_path.text().strip()).read_bytes()
        return request

    def start(self) -> Task | None:
        problems = self.problems()
        if problems:
            self._show("\n".join(problems), error=True)
            return None
        request, path = self.request(), self.path.text().strip()
        if not path.endswith(SUFFIX):
            path += SUFFIX
        conn = self.session.connection
        total = (request.last_serial - request.first_serial + 1 if request.first_serial
                 else int(self.batch.count))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self._show(self.tr("Exporting…"))
        self.task = self.session.run(lambda task: write_export(conn, request, path, task),
                                     on_success=self._done, on_failure=self._failed, owner=self)
        self.task.progressed.connect(self._progress)
        self._sync()
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 codes").replace("%1", f"{done:,}")
                                .replace("%2", f"{total:,}"))
        self.progressed.emit(done, total)

    def _done(self, result: Exported) -> None:
        self.task = None
        self.progress.setValue(self.progress.maximum())
        self._show(self.tr("Exported %Ln code(s) to %1 (%2 KB).", "", result.codes)
                   .replace("%1", result.path).replace("%2", f"{result.size / 1024:,.0f}"))
        self._sync()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._sync()
        if isinstance(exc, Cancelled):
            self.progress.setValue(0)
            self._show(self.tr("Export cancelled; no file was written."))
            self.failed.emit("")
        else:
            self._show(plain_message(exc), error=True)
            self.failed.emit(plain_message(exc))

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a61b1b;" if error else "")

    @property
    def running(self) -> bool:
        return self.task is not None


class ExportDialog(QDialog):
    """Export a batch's print file on its own (from the batch list)."""

    def __init__(self, session: Session, batch: C.CodeBatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export print file — %1").replace("%1", batch.batch_no))
        self.panel = ExportPanel(session, batch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The file is encrypted (AES-256). Give the password or key file "
                              "to the print shop by another way than the file itself."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.panel)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(640)

    def reject(self) -> None:
        self.panel.cancel()
        super().reject()
