"""Import sales orders from a CSV or Excel file as an ERP exports it. The server checks every
row; a file with problems imports nothing and the dialog lists each one (row, column, what is
wrong) in the interface language."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client import i18n
from client.areas.sales_order_form import warehouse_picker
from client.session import Session
from client.tasks import Task
from client.widgets.errors import plain_message
from shared.pb import orders_pb2

O = orders_pb2  # noqa: E741
MAX_BYTES = 8 * 1024 * 1024
OK_STYLE = "QLabel { color: #1e5b2a; background: #e8f5e9; padding: 6px; border-radius: 3px; }"
BAD_STYLE = "QLabel { color: #a61b1b; background: #fdecea; padding: 6px; border-radius: 3px; }"


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportSalesOrdersResponse of a file that went in

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import sales orders"))
        self.pending: Task | None = None
        self.result: orders_pb2.ImportSalesOrdersResponse | None = None
        self.operation_id = str(uuid.uuid4())
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file exported from the ERP"))
        self.path.textChanged.connect(self._new_file)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.warehouse = warehouse_picker(session, empty_text=self.tr("(named in the file)"))
        self.confirm = QCheckBox(self.tr("Import the orders as confirmed"))
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Shipping warehouse"), self.warehouse)
        form.addRow("", self.confirm)
        help_text = QLabel(self.tr(
            "One row per order line; rows with the same order number make one order. "
            "Required columns: 订单号 / Order No, 客户编码 / Customer code, 产品编码 / Product "
            "code (or GTIN), 数量 / Quantity. Optional: 发货仓库 / Warehouse (else the one "
            "chosen above), 要货日期 / Requested date, 单位 / Unit (箱 or 件 = cases; empty, 瓶 "
            "or 桶 = items), 备注 / Note. Other columns are ignored. A file with any problem "
            "imports nothing."))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555;")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.report = QTableWidget(0, 4)
        self.report.setObjectName("importReport")
        self.report.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                               self.tr("Problem"), self.tr("Value")])
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().setVisible(False)
        self.report.setWordWrap(True)
        header = self.report.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report.setMinimumHeight(240)
        self.report.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)
        self.resize(860, 300)

    def _new_file(self, _text: str) -> None:
        self.operation_id = str(uuid.uuid4())  # the same file retried keeps its id

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file"), str(Path.home()),
            self.tr("Orders (*.csv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)

    def start(self) -> Task | None:
        """Send the file; the answer fills the report."""
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.is_file():
            self._show(self.tr("Choose a .csv or .xlsx file."), ok=False)
            return None
        warehouse_id, confirm = self.warehouse.current_id(), self.confirm.isChecked()
        op, conn = self.operation_id, self.session.connection
        too_big = self.tr("The file is larger than 8 MiB: split it.")

        def work(task: Task) -> orders_pb2.ImportSalesOrdersResponse:
            data = path.read_bytes()
            if len(data) > MAX_BYTES:
                raise ValueError(too_big)
            return conn.call(conn.orders.ImportSalesOrders, O.ImportSalesOrdersRequest(
                file_name=path.name, data=data, warehouse_id=warehouse_id, operation_id=op,
                confirm=confirm), timeout=120)

        self.import_button.setEnabled(False)
        self._show(self.tr("Importing…"), ok=True)
        self.report.hide()
        self.pending = self.session.run(work, on_success=self._done, on_failure=self._failed,
                                        owner=self)
        return self.pending

    def _show(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.status.show()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._show(plain_message(exc), ok=False)

    def _done(self, result: orders_pb2.ImportSalesOrdersResponse) -> None:
        self.import_button.setEnabled(True)
        self.result = result
        if result.imported:
            self._show(self.tr("Imported %n order(s) with %1 line(s): %2.", "",
                               result.order_count).replace("%1", str(result.line_count))
                       .replace("%2", ", ".join(result.order_nos[:10])
                                + (" …" if len(result.order_nos) > 10 else "")), ok=True)
            self.report.hide()
            self.operation_id = str(uuid.uuid4())
            self.imported.emit(result)
            return
        rows = len({e.row for e in result.errors})
        text = self.tr("Nothing was imported: %n problem(s) in %1 row(s). Correct the file "
                       "and import it again.", "", result.error_count).replace("%1", str(rows))
        if result.error_count > len(result.errors):
            text += " " + self.tr("The first %1 are listed.").replace("%1",
                                                                       str(len(result.errors)))
        self._show(text, ok=False)
        self._fill(result.errors)

    def _fill(self, errors: Sequence[orders_pb2.ImportRowError]) -> None:
        zh = i18n.current().startswith("zh")
        self.report.setRowCount(len(errors))
        for row, error in enumerate(errors):
            cells = [str(error.row), error.column, error.message_zh if zh else error.message_en,
                     error.value]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.report.setItem(row, column, item)
        self.report.resizeRowsToContents()
        self.report.show()
        if self.height() < 560:
            self.resize(self.width(), 560)
