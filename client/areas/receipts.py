"""入库单 — receipts from production (scanned, or a collection record received in one step) and
of shipments received; open one to go on scanning."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from client import stock_names
from client.areas.common import all_items, lister
from client.areas.receipt_station import ReceiptStation
from client.models.columns import Column, number
from client.order_names import field_value
from client.session import Session
from client.widgets.errors import plain_message, show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, stock_pb2

S = stock_pb2
RECEIVE = "stock.receive"


class ReceiptsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        kinds, statuses = stock_names.receipt_kinds(), stock_names.receipt_statuses()
        columns = [
            Column(self.tr("Receipt"), lambda r: r.receipt_no, "receipt_no"),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, ""), "kind"),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, ""), "status"),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name or r.org_name,
                   "warehouse_id"),
            Column(self.tr("Location"), lambda r: r.location_code),
            Column(self.tr("Shipment"), lambda r: r.shipment_no, "shipment_id"),
            Column(self.tr("From"), lambda r: r.sender_name),
            number(self.tr("Pallets"), lambda r: r.totals.pallets),
            number(self.tr("Cases"), lambda r: r.totals.cases),
            number(self.tr("Items"), lambda r: f"{r.totals.items:,}"),
            number(self.tr("Missing"), lambda r: r.missing_units or ""),
            number(self.tr("Extra"), lambda r: r.extra_units or ""),
            Column(self.tr("By"), lambda r: r.created_by),
            Column(self.tr("Confirmed"), lambda r: session.format_time(r.confirmed_at)),
            Column(self.tr("Created"), lambda r: session.format_time(r.created_at),
                   "created_at"),
        ]
        super().__init__(session, self.tr("Receipts"),
                         lister(conn, conn.stock.ListReceipts), columns, parent,
                         self.tr("Receipt, warehouse or note"))
        self.add_filter(ChoiceFilter(self.tr("Kind"), "kind", [
            (name, field_value(S.ReceiptKind, v, "RECEIPT_KIND_")) for v, name in kinds.items()]))
        self.add_filter(ChoiceFilter(self.tr("Status"), "status", [
            (name, field_value(S.ReceiptStatus, v, "RECEIPT_STATUS_"))
            for v, name in statuses.items()]))
        self.add_action(self.tr("Receive from production…"), self.new_receipt,
                        permission=RECEIVE, name="newButton")
        self.add_action(self.tr("Receive a collection record…"), self.receive_run,
                        permission=RECEIVE, name="receiveRunButton")
        self.add_action(self.tr("Open"), self.open_selected, selection=True, name="openButton")
        self.activated.connect(lambda _r: self.open_selected())

    def new_receipt(self) -> PutAwayDialog:
        dialog = PutAwayDialog(self.session, runs=False, parent=self)
        dialog.done_receipt.connect(self.open_receipt)
        dialog.open()
        return dialog

    def receive_run(self) -> PutAwayDialog:
        dialog = PutAwayDialog(self.session, runs=True, parent=self)
        dialog.done_receipt.connect(lambda r: (self.show_message(self.tr(
            "Receipt %1: %2 into %3.").replace("%1", r.receipt_no).replace(
            "%2", stock_names.quantity(r.totals.pallets, r.totals.cases, r.totals.items))
            .replace("%3", " ".join(x for x in (r.warehouse_name, r.location_code) if x))),
            self.controller.reload()))
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        r = self.selected_record()
        if r is None:
            return
        conn = self.session.connection
        self.session.call(conn.stock.GetReceipt, common_pb2.IdRequest(id=r.id),
                          on_success=self.open_receipt,
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def open_receipt(self, receipt: stock_pb2.Receipt) -> ReceiptStation:
        station = ReceiptStation(self.session, receipt, parent=self)
        station.finished_document.connect(lambda _r: self.controller.reload())
        station.show()
        self.controller.reload()
        return station


class PutAwayDialog(QDialog):
    """Where goods from production go (warehouse and location) and, for a collection record,
    which one."""

    done_receipt = Signal(object)

    def __init__(self, session: Session, *, runs: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("putAwayDialog")
        self.setWindowTitle(self.tr("Receive a collection record") if runs
                            else self.tr("Receive from production"))
        self.session = session
        self.runs = runs
        self.op = uuid.uuid4().hex
        self.warehouse, self.location, self.run = QComboBox(), QComboBox(), QComboBox()
        for box, name in ((self.warehouse, "warehouse"), (self.location, "location"),
                          (self.run, "run")):
            box.setObjectName(name)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a61b1b;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Warehouse"), self.warehouse)
        form.addRow(self.tr("Location"), self.location)
        if runs:
            form.addRow(self.tr("Collection record"), self.run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("okButton")
        self.ok.setText(self.tr("Receive") if runs else self.tr("Start scanning"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        conn = session.connection
        self.warehouse.currentIndexChanged.connect(lambda _i: self._warehouse_changed())
        session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                    on_success=self._warehouses, owner=self)

    def _warehouses(self, items: list[Any]) -> None:
        for w in items:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.id)

    def _warehouse_changed(self) -> None:
        wh = int(self.warehouse.currentData() or 0)
        conn = self.session.connection
        self.location.clear()
        self.location.addItem(self.tr("(none)"), 0)
        query = common_pb2.ListQuery(filters=[common_pb2.Filter(field="warehouse_id",
                                                                value=str(wh))])
        self.session.run(lambda task: all_items(conn, conn.warehouse.ListLocations, query),
                         on_success=self._locations, owner=self)
        if self.runs:
            self.run.clear()
            self.session.call(conn.stock.ListReceivableRuns, S.ListReceivableRunsRequest(
                warehouse_id=wh), on_success=self._runs, owner=self)

    def _locations(self, items: list[Any]) -> None:
        for loc in items:
            if loc.active:
                self.location.addItem(" · ".join(x for x in (loc.code, loc.name) if x), loc.id)

    def _runs(self, response: stock_pb2.ListReceivableRunsResponse) -> None:
        for r in response.items:
            self.run.addItem(self.tr("%1 · %2 · %3 lot %4 · %5 pallets/cases to receive")
                             .replace("%1", r.line_name).replace("%2", r.station)
                             .replace("%3", r.product_name).replace("%4", r.lot_no)
                             .replace("%5", str(r.units)), r.run_id)

    def submit(self) -> None:
        conn = self.session.connection
        wh, loc = int(self.warehouse.currentData() or 0), int(self.location.currentData() or 0)
        if self.runs:
            method, request = conn.stock.ReceiveRun, S.ReceiveRunRequest(
                run_id=int(self.run.currentData() or 0), warehouse_id=wh, location_id=loc,
                operation_id=self.op)
        else:
            method, request = conn.stock.OpenReceipt, S.OpenReceiptRequest(
                warehouse_id=wh, location_id=loc, operation_id=self.op)
        self.ok.setEnabled(False)
        self.session.call(method, request, on_success=self._done, on_failure=self._failed,
                          owner=self)

    def _done(self, receipt: stock_pb2.Receipt) -> None:
        self.done_receipt.emit(receipt)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.problem.setText(plain_message(exc))
