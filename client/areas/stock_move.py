"""移库 — scan the codes to move (a pallet, a case, a bottle: one taken out of its container
comes out of it), choose the warehouse and location, move them in one command."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from client import stock_names
from client.areas.common import all_items
from client.session import Session
from client.widgets.errors import plain_message
from shared.pb import common_pb2, stock_pb2


class MoveDialog(QDialog):
    moved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move stock"))
        self.session = session
        self.op = uuid.uuid4().hex
        self.scan = QLineEdit()
        self.scan.setObjectName("scanInput")
        self.scan.setPlaceholderText(self.tr("Scan the codes to move, one by one"))
        self.scan.returnPressed.connect(self._add)
        self.codes = QListWidget()
        self.codes.setObjectName("codes")
        self.warehouse, self.location = QComboBox(), QComboBox()
        self.warehouse.setObjectName("warehouse")
        self.location.setObjectName("location")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        form = QFormLayout()
        form.addRow(self.tr("To warehouse"), self.warehouse)
        form.addRow(self.tr("To location"), self.location)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move"))
        self.ok.setObjectName("moveButton")
        for button in buttons.buttons():  # Enter ends a scan, never the dialog
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.codes, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, 420)
        conn = session.connection
        self.warehouse.currentIndexChanged.connect(lambda _i: self._locations())
        session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                    on_success=self._warehouses, owner=self)

    def _add(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if code and not self.codes.findItems(code, Qt.MatchFlag.MatchExactly):
            self.codes.addItem(code)

    def _warehouses(self, items: list[Any]) -> None:
        for w in items:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.id)

    def _locations(self) -> None:
        wh = int(self.warehouse.currentData() or 0)
        conn = self.session.connection
        self.location.clear()
        self.location.addItem(self.tr("(none)"), 0)
        query = common_pb2.ListQuery(filters=[common_pb2.Filter(field="warehouse_id",
                                                                value=str(wh))])
        self.session.run(lambda task: all_items(conn, conn.warehouse.ListLocations, query),
                         on_success=lambda items: [self.location.addItem(
                             " · ".join(x for x in (loc.code, loc.name) if x), loc.id)
                             for loc in items if loc.active], owner=self)

    def submit(self) -> None:
        codes = [self.codes.item(i).text() for i in range(self.codes.count())]
        if not codes:
            self.problem.setText(self.tr("Scan at least one code."))
            return
        conn = self.session.connection
        self.ok.setEnabled(False)
        self.session.call(conn.stock.MoveStock, stock_pb2.MoveStockRequest(
            codes=codes, warehouse_id=int(self.warehouse.currentData() or 0),
            location_id=int(self.location.currentData() or 0), operation_id=self.op),
            on_success=self._moved, on_failure=self._failed, owner=self)

    def _moved(self, response: stock_pb2.MoveStockResponse) -> None:
        t = response.totals
        self.moved.emit(response)
        parent = self.parent()
        if hasattr(parent, "show_message"):
            parent.show_message(self.tr("Moved %1.").replace(
                "%1", stock_names.quantity(t.pallets, t.cases, t.items)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.op = uuid.uuid4().hex
        self.problem.setText(plain_message(exc))
