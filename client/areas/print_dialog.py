"""打印: print a range of a batch with a template on this PC's printer, into a PDF file or as
ZPL to a network label printer. The server records the job and hands out the data; printing a
serial again needs a reason (asked for, then retried as a reprint); the outcome is reported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from client.areas.common import items_of
from client.connection import ServerError
from client.labels import protos, zpl
from client.printing import PDF, PRINTER, ZPL, Outcome, Target, parse_host, run_print
from client.session import Session
from client.tasks import Cancelled, Task
from client.widgets.errors import plain_message
from client.widgets.form import INVALID_STYLE
from client.widgets.pickers import RecordPicker
from shared.pb import codes_pb2, common_pb2, labels_pb2

L = labels_pb2
MAX_LABELS = 10_000
_TARGETS = {PRINTER: L.PRINT_TARGET_PRINTER, PDF: L.PRINT_TARGET_PDF, ZPL: L.PRINT_TARGET_ZPL}


class ReasonDialog(QDialog):
    """Why these labels are printed again (audited)."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Reprint"))
        text = QLabel(message + "\n\n" + self.tr("To print them again, give the reason:"))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reprintReason")
        self.reason.setPlaceholderText(self.tr("e.g. labels jammed in the printer"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reprint"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class PrintDialog(QDialog):
    printed = Signal(object)  # the finished PrintJob

    def __init__(self, session: Session, batch: codes_pb2.CodeBatch | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print labels"))
        conn = session.connection
        self.task: Task | None = None
        self.job: L.PrintJob | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.outcome = Outcome()
        self.stopping = False
        self.printer_chosen = False  # until then: the default printer, label-sized pages
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.batch = RecordPicker(session, items_of(conn, conn.codes.ListBatches),
                                  self._batch_label)
        self.batch.setObjectName("batch")
        if batch is not None:
            self.batch.set_current(batch.id, self._batch_label(batch))
            self.batch.records[batch.id] = batch
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, 100_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(110)
        self.first.setObjectName("firstSerial")
        self.last.setObjectName("lastSerial")
        self.range_note = QLabel()
        range_row = QHBoxLayout()
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        range_row.addWidget(self.range_note, 1)
        self.template = RecordPicker(session, self._templates,
                                     lambda t: f"{t.name} ({t.code}, {t.width_mm:g}×"
                                               f"{t.height_mm:g} mm)")
        self.template.setObjectName("template")
        self.template.loaded.connect(self._template_default)
        self.lot = RecordPicker(session, self._lots,
                                lambda x: f"{x.lot_no} ({x.production_date})",
                                empty_text=self.tr("(none)"))
        self.targets: dict[str, QRadioButton] = {}
        names = code_names.print_targets()
        group = QButtonGroup(self)
        for kind, value in _TARGETS.items():
            button = QRadioButton(names[value])
            button.setObjectName(f"target_{kind}")
            group.addButton(button)
            self.targets[kind] = button
            button.toggled.connect(self._sync)
        self.printer_name = QLabel()
        self.choose_printer = QPushButton(self.tr("Choose printer…"))
        self.pdf_path = QLineEdit()
        self.pdf_path.setObjectName("pdfPath")
        self.pdf_browse = QPushButton(self.tr("Browse…"))
        store = session.settings.store
        self.zpl_host = QLineEdit(str(store.value("print/zpl_host", "")))
        self.zpl_host.setObjectName("zplHost")
        self.zpl_host.setPlaceholderText(self.tr("e.g. 192.168.1.50:9100"))
        self.zpl_dpi = QComboBox()
        for dpi in zpl.DPIS:
            self.zpl_dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.zpl_dpi.setCurrentIndex(max(0, self.zpl_dpi.findData(
            int(store.value("print/zpl_dpi", 203) or 203))))
        grid = QGridLayout()
        grid.addWidget(self.targets[PRINTER], 0, 0)
        grid.addWidget(self.printer_name, 0, 1)
        grid.addWidget(self.choose_printer, 0, 2)
        grid.addWidget(self.targets[PDF], 1, 0)
        grid.addWidget(self.pdf_path, 1, 1)
        grid.addWidget(self.pdf_browse, 1, 2)
        grid.addWidget(self.targets[ZPL], 2, 0)
        grid.addWidget(self.zpl_host, 2, 1)
        grid.addWidget(self.zpl_dpi, 2, 2)
        grid.setColumnStretch(1, 1)
        form = QFormLayout()
        form.addRow(self.tr("Code batch *"), self.batch)
        form.addRow(self.tr("Serial numbers *"), range_row)
        form.addRow(self.tr("Label template *"), self.template)
        form.addRow(self.tr("Production lot"), self.lot)
        form.addRow(self.tr("Print to"), grid)
        self.progress = QProgressBar()
        self.progress.setObjectName("printProgress")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Stop printing"))
        self.cancel_button.setObjectName("stopButton")
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.batch.record_changed.connect(self._batch_changed)
        self.first.valueChanged.connect(self._sync)
        self.last.valueChanged.connect(self._sync)
        self.choose_printer.clicked.connect(self.pick_printer)
        self.pdf_browse.clicked.connect(self._choose_pdf)
        self.print_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self.targets[PRINTER].setChecked(True)
        self._show_printer()
        if batch is not None:
            self._batch_changed(batch)
        self._sync()
        self.setMinimumWidth(720)

    # choices
    def _batch_label(self, b: codes_pb2.CodeBatch) -> str:
        level = code_names.levels().get(b.level, "")
        return f"{b.batch_no}  {level}  {b.product_name}  ({b.count:,})"

    def _templates(self, query: common_pb2.ListQuery) -> list[object]:
        """Active templates for the chosen batch's level (a case label for case codes)."""
        query.filters.append(common_pb2.Filter(field="active", op=common_pb2.FILTER_OP_EQ,
                                               value="true"))
        batch = self.batch.current_record()
        if batch is not None:
            query.filters.append(common_pb2.Filter(field="level", op=common_pb2.FILTER_OP_EQ,
                                                   value=code_names.level_field(batch.level)))
        conn = self.session.connection
        return list(conn.call(conn.labels.ListTemplates, query).items)

    def _template_default(self) -> None:
        """Most factories keep one template per level: choose the first that suits the batch."""
        if self.template.current_id() == 0 and self.template.count() > 0:
            self.template.setCurrentIndex(0)

    def _lots(self, query: common_pb2.ListQuery) -> list[object]:
        batch = self.batch.current_record()
        if batch is not None and batch.product_id:
            query.filters.append(common_pb2.Filter(field="product_id", op=common_pb2.FILTER_OP_EQ,
                                                   value=str(batch.product_id)))
        conn = self.session.connection
        return list(conn.call(conn.production.ListLots, query).items)

    def _batch_changed(self, batch: codes_pb2.CodeBatch | None) -> None:
        if batch is None:
            return
        count = max(1, int(batch.count))
        self.first.setMaximum(count)
        self.last.setMaximum(count)
        self.first.setValue(1)
        self.last.setValue(min(count, 100))
        self.range_note.setText(self.tr("of %1").replace("%1", f"{count:,}"))
        if not self.pdf_path.text():
            self.pdf_path.setText(str(Path.home() / f"{batch.batch_no}.pdf"))
        self.lot.reload()
        self.template.reload()
        self._sync()

    def _sync(self, *_args: object) -> None:
        running = self.task is not None
        kind = self.target_kind()
        self.choose_printer.setEnabled(kind == PRINTER and not running)
        self.pdf_path.setEnabled(kind == PDF and not running)
        self.pdf_browse.setEnabled(kind == PDF and not running)
        self.zpl_host.setEnabled(kind == ZPL and not running)
        self.zpl_dpi.setEnabled(kind == ZPL and not running)
        self.print_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def target_kind(self) -> str:
        return next((k for k, b in self.targets.items() if b.isChecked()), PRINTER)

    def _show_printer(self) -> None:
        name = self.printer.printerName()
        self.printer_name.setText(name or self.tr("(the default printer)"))

    def _label_page(self, width_mm: float, height_mm: float) -> None:
        """The label's size as the page, no margins: what a label printer's driver expects."""
        self.printer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        self.printer.setFullPage(True)

    def pick_printer(self) -> QPrintDialog:
        """Qt's print dialog (non-blocking); the label size is the suggested page."""
        record = self.template.current_record()
        if record is not None:
            self._label_page(record.width_mm, record.height_mm)
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(self._printer_chosen)
        dialog.open()
        return dialog

    def _printer_chosen(self) -> None:
        self.printer_chosen = True
        self._show_printer()

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"),
                                              self.pdf_path.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.pdf_path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def target(self) -> Target:
        kind = self.target_kind()
        if kind == ZPL:
            host, port = parse_host(self.zpl_host.text())
            return Target(ZPL, host=host, port=port, dpi=int(self.zpl_dpi.currentData()))
        if kind == PDF:
            return Target(PDF, path=self.pdf_path.text().strip())
        return Target(PRINTER, printer=self.printer)

    def problems(self) -> list[str]:
        out = []
        if not self.batch.current_id():
            out.append(self.tr("Choose the code batch."))
        if not self.template.current_id():
            out.append(self.tr("Choose the label template."))
        count = self.last.value() - self.first.value() + 1
        if count < 1:
            out.append(self.tr("The range ends before it starts."))
        elif count > MAX_LABELS:
            out.append(self.tr("At most 10,000 labels per print job; print in several jobs."))
        try:
            target = self.target()
        except ValueError:
            out.append(self.tr("Enter the label printer's address, e.g. 192.168.1.50:9100."))
        else:
            if target.kind == PDF and not target.path:
                out.append(self.tr("Choose where to save the PDF."))
        return out

    # the job
    def start(self, reprint: bool = False, reason: str = "") -> Task | None:
        problems = self.problems()
        if problems:
            self._show("\n".join(problems), error=True)
            return None
        target = self.target()
        if target.kind == ZPL:
            store = self.session.settings.store
            store.setValue("print/zpl_host", self.zpl_host.text().strip())
            store.setValue("print/zpl_dpi", target.dpi)
        request = L.StartPrintJobRequest(
            batch_id=self.batch.current_id(), first_serial=self.first.value(),
            last_serial=self.last.value(), template_id=self.template.current_id(),
            target=_TARGETS[target.kind], printer=target.describe(), reprint=reprint,
            reprint_reason=reason, lot_id=self.lot.current_id())
        conn = self.session.connection
        self.stopping = False
        for widget in (self.batch, self.template, self.lot, self.first, self.last):
            widget.setStyleSheet("")
        self._show(self.tr("Preparing the print job…"))
        self.task = self.session.call(conn.labels.StartPrintJob, request,
                                      on_success=lambda data: self._print(data, target),
                                      on_failure=self._refused, owner=self)
        self._sync()
        return self.task

    def _refused(self, exc: BaseException) -> None:
        self.task = None
        self._sync()
        if isinstance(exc, ServerError) and exc.reason == "REPRINT_REASON_REQUIRED":
            self.ask_reason(plain_message(exc))
            return
        self._show(plain_message(exc), error=True)
        fields = {"batch_id": self.batch, "template_id": self.template, "lot_id": self.lot,
                  "first_serial": self.first, "last_serial": self.last}
        widget = fields.get(exc.field) if isinstance(exc, ServerError) else None
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()

    def ask_reason(self, message: str) -> ReasonDialog:
        dialog = ReasonDialog(message, self)
        dialog.accepted.connect(lambda: self.start(True, dialog.reason.text().strip()))
        dialog.rejected.connect(lambda: self._show(self.tr("Nothing printed.")))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _print(self, data: L.PrintJobData, target: Target) -> None:
        self.job = data.job
        template, job = protos.template(data.template), protos.job(data)
        if target.kind == PRINTER and not self.printer_chosen:
            self._label_page(template.width_mm, template.height_mm)
        outcome = self.outcome = Outcome(total=len(job.labels))
        if self.stopping:  # stopped while the server prepared the job
            self._finish(L.PRINT_STATUS_CANCELLED)
            return
        self.progress.setRange(0, max(1, len(job.labels)))
        self.progress.setValue(0)
        self._show(self.tr("Printing %Ln label(s)…", "", len(job.labels)))
        self.task = self.session.run(lambda task: run_print(template, job, target, task, outcome),
                                     on_success=lambda o: self._finish(L.PRINT_STATUS_PRINTED),
                                     on_failure=self._print_failed, owner=self)
        self.task.progressed.connect(self._progress)
        self._sync()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _print_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._finish(L.PRINT_STATUS_CANCELLED)
        else:
            self._finish(L.PRINT_STATUS_FAILED, plain_message(exc) if isinstance(
                exc, ServerError) else str(exc) or type(exc).__name__)

    def _finish(self, status: int, error: str = "") -> None:
        assert self.job is not None
        request = L.FinishPrintJobRequest(job_id=self.job.id, status=status,
                                          printed_count=self.outcome.printed, error=error[:500])
        conn = self.session.connection
        self.task = self.session.call(conn.labels.FinishPrintJob, request,
                                      on_success=lambda job: self._finished(job, error),
                                      on_failure=self._finish_failed, owner=self)

    def _finished(self, job: L.PrintJob, error: str) -> None:
        self.task = None
        self._sync()
        status = code_names.print_statuses().get(job.status, "")
        text = self.tr("Print job %1: %2, %Ln label(s) printed.", "", int(job.printed_count)) \
            .replace("%1", str(job.id)).replace("%2", status)
        if error:
            text += "\n" + error
        self._show(text, error=job.status == L.PRINT_STATUS_FAILED)
        self.printed.emit(job)

    def _finish_failed(self, exc: BaseException) -> None:
        self.task = None
        self._sync()
        self._show(plain_message(exc), error=True)

    def stop(self) -> None:
        self.stopping = True
        if self.task is not None:
            self.task.cancel()

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a61b1b;" if error else "")

    def reject(self) -> None:
        self.stop()
        super().reject()
