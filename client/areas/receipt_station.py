"""入库扫描 — a receipt: pallets and cases from production into a warehouse location, or a
shipment's goods scanned in at a branch, dealer or store (what the shipment carries is shown
beside what has been scanned; units not on it are marked extra, and confirming reports
missing and extra units to the sender)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from client import stock_names
from client.areas.shipping_station import put, table
from client.session import Session
from client.stock.scanner import document_route
from client.stock.station import DocumentStation
from shared.pb import stock_pb2

S = stock_pb2


class ReceiptStation(DocumentStation):
    def __init__(self, session: Session, receipt: stock_pb2.Receipt,
                 parent: QWidget | None = None) -> None:
        conn = session.connection
        super().__init__(session, "", document_route(lambda: conn.stock, "ScanReceipt",
                                                     "UnscanReceipt"), "receipts", parent)
        self.setWindowTitle(self.tr("Receipt"))
        self.receipt = receipt
        self.units = table([self.tr("Code"), self.tr("Level"), self.tr("Product"),
                            self.tr("Lot"), self.tr("Cases"), self.tr("Items"),
                            self.tr("On the shipment")], "unitsTable")
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.expected = QLabel()
        self.expected.setObjectName("expected")
        self.side_layout.addWidget(self.expected)
        self.side_layout.addWidget(self.totals)
        self.side_layout.addWidget(QLabel(self.tr("Scanned codes")))
        self.side_layout.addWidget(self.units, 1)
        self.confirm_button.setText(self.tr("Confirm receipt"))
        self.cancel_button.setText(self.tr("Cancel receipt…"))
        self.show_document(receipt)

    def document_id(self) -> int:
        return self.receipt.id

    def confirm_call(self, op: str) -> tuple[Any, Any]:
        return self.session.connection.stock.ConfirmReceipt, S.DocumentCommand(
            id=self.receipt.id, operation_id=op)

    def cancel_call(self, op: str, reason: str) -> tuple[Any, Any]:
        return self.session.connection.stock.CancelReceipt, S.DocumentCommand(
            id=self.receipt.id, operation_id=op, reason=reason)

    def show_document(self, receipt: stock_pb2.Receipt) -> None:
        self.receipt = receipt
        kinds, statuses = stock_names.receipt_kinds(), stock_names.receipt_statuses()
        place = " · ".join(x for x in (receipt.warehouse_name or receipt.org_name,
                                       receipt.location_code) if x)
        source = self.tr("shipment %1 from %2").replace("%1", receipt.shipment_no).replace(
            "%2", receipt.sender_name) if receipt.shipment_id else ""
        self.heading.setText(" · ".join(x for x in (
            receipt.receipt_no, kinds.get(receipt.kind, ""), place, source) if x))
        self.state.setText(statuses.get(receipt.status, ""))
        self.units.setRowCount(0)
        for unit in receipt.units:
            self._add_unit(unit)
        self._totals(receipt.totals)
        shipment = receipt.kind == S.RECEIPT_KIND_SHIPMENT
        self.expected.setVisible(shipment)
        self.units.setColumnHidden(6, not shipment)
        if shipment:
            e = receipt.expected
            self.expected.setText(self.tr("The shipment carries: %1").replace(
                "%1", stock_names.quantity(e.pallets, e.cases, e.items)))
        self.set_open(receipt.status == S.RECEIPT_STATUS_OPEN)
        if receipt.status == S.RECEIPT_STATUS_CONFIRMED:
            text = self.tr("Received: %1").replace("%1", stock_names.quantity(
                receipt.totals.pallets, receipt.totals.cases, receipt.totals.items))
            if receipt.missing_units or receipt.extra_units:
                text += " · " + self.tr("reported to the sender: %1 missing, %2 extra").replace(
                    "%1", str(receipt.missing_units)).replace("%2", str(receipt.extra_units))
            self.show_message(text, error=bool(receipt.missing_units or receipt.extra_units))

    def _totals(self, totals: stock_pb2.DocumentTotals) -> None:
        self.totals.setText(self.tr("Scanned: %1").replace("%1", stock_names.quantity(
            totals.pallets, totals.cases, totals.items)))

    def _add_unit(self, unit: stock_pb2.ScannedUnit) -> None:
        row = self.units.rowCount()
        self.units.insertRow(row)
        put(self.units, row, [unit.code, stock_names.levels().get(unit.level, ""),
                              unit.product_name, unit.lot_no, unit.cases, unit.items,
                              self.tr("Yes") if unit.expected else self.tr("No — extra")],
            "" if unit.expected else "#b86e00")

    def _answered(self, command: object, answer: object) -> None:
        if not isinstance(answer, S.StockScanResult):
            return
        self._totals(answer.totals)
        if answer.outcome == S.STOCK_SCAN_OUTCOME_REMOVED:
            for row in range(self.units.rowCount()):
                item = self.units.item(row, 0)
                if item is not None and item.text() == answer.unit.code:
                    self.units.removeRow(row)
                    break
        elif not answer.replayed:
            self._add_unit(answer.unit)
