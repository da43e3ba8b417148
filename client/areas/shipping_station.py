"""发货扫描 — one shipment at the dock: scan pallets, cases or bottles; each line shows what was
ordered, what earlier shipments sent, what is scanned here and what is left, live with every
answer; refusals say why (over the order, another product, not in this warehouse). Vehicle,
driver and handler are filled in before confirming (the 发货单)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from client import stock_names
from client.session import Session
from client.stock.scanner import document_route
from client.stock.station import DocumentStation
from shared.pb import shipping_pb2, stock_pb2

H, S = shipping_pb2, stock_pb2


def table(columns: list[str], name: str) -> QTableWidget:
    out = QTableWidget(0, len(columns))
    out.setObjectName(name)
    out.setHorizontalHeaderLabels(columns)
    out.verticalHeader().setVisible(False)
    out.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    out.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    out.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    out.horizontalHeader().setStretchLastSection(True)
    return out


class Counted(str):
    """A count already in words ("40 cases"): right-aligned like a number."""


def put(grid: QTableWidget, row: int, values: list[Any], colour: str = "") -> None:
    for col, value in enumerate(values):
        item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value))
        if isinstance(value, (int, Counted)):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if colour:
            item.setForeground(QColor(colour))
        grid.setItem(row, col, item)


class ShippingStation(DocumentStation):
    def __init__(self, session: Session, shipment: shipping_pb2.Shipment,
                 parent: QWidget | None = None) -> None:
        conn = session.connection
        super().__init__(session, "", document_route(lambda: conn.shipping, "ScanShipment",
                                                     "UnscanShipment"), "shipping", parent)
        self.setWindowTitle(self.tr("Shipment"))
        self.shipment = shipment
        self.with_order = bool(shipment.order_id or shipment.exceptional_id)
        self.progress = table([self.tr("Product"), self.tr("Ordered"),
                               self.tr("Shipped before"), self.tr("Scanned"),
                               self.tr("Other drafts"), self.tr("Left")]
                              if self.with_order else [self.tr("Product"), self.tr("Scanned")],
                              "progressTable")
        self.units = table([self.tr("Code"), self.tr("Level"), self.tr("Product"),
                            self.tr("Cases"), self.tr("Items")], "unitsTable")
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.vehicle, self.driver = QLineEdit(), QLineEdit()
        self.driver_phone, self.handler = QLineEdit(), QLineEdit()
        form = QFormLayout()
        for label, field, name in ((self.tr("Vehicle"), self.vehicle, "vehicle"),
                                   (self.tr("Driver"), self.driver, "driver"),
                                   (self.tr("Driver's phone"), self.driver_phone, "driverPhone"),
                                   (self.tr("Handler"), self.handler, "handler")):
            field.setObjectName(name)
            form.addRow(label, field)
        self.side_layout.addWidget(QLabel(self.tr("Progress per product")))
        self.side_layout.addWidget(self.progress, 2)
        self.side_layout.addWidget(self.totals)
        self.side_layout.addWidget(QLabel(self.tr("Scanned codes")))
        self.side_layout.addWidget(self.units, 3)
        self.side_layout.addLayout(form)
        self.confirm_button.setText(self.tr("Confirm shipment"))
        self.cancel_button.setText(self.tr("Cancel shipment…"))
        self.show_document(shipment)
        self.vehicle.setText(shipment.vehicle)
        self.driver.setText(shipment.driver)
        self.driver_phone.setText(shipment.driver_phone)
        self.handler.setText(shipment.handler or session.principal.display_name)

    def document_id(self) -> int:
        return self.shipment.id

    def confirm_call(self, op: str) -> tuple[Any, Any]:
        conn = self.session.connection
        return conn.shipping.ConfirmShipment, H.ConfirmShipmentRequest(
            id=self.shipment.id, operation_id=op, vehicle=self.vehicle.text().strip(),
            driver=self.driver.text().strip(), driver_phone=self.driver_phone.text().strip(),
            handler=self.handler.text().strip())

    def cancel_call(self, op: str, reason: str) -> tuple[Any, Any]:
        conn = self.session.connection
        return conn.shipping.CancelShipment, S.DocumentCommand(id=self.shipment.id,
                                                               operation_id=op, reason=reason)

    def show_document(self, shipment: shipping_pb2.Shipment) -> None:
        self.shipment = shipment
        kinds, statuses = stock_names.shipment_kinds(), stock_names.shipment_statuses()
        source = shipment.warehouse_name or shipment.org_name
        target = shipment.to_warehouse_name or shipment.customer_name or \
            stock_names.exceptional_reason(shipment.exceptional_reason)
        document = shipment.order_no or shipment.exceptional_no
        self.heading.setText(" · ".join(x for x in (
            shipment.shipment_no, kinds.get(shipment.kind, ""), f"{source} → {target}",
            document) if x))
        self.state.setText(statuses.get(shipment.status, ""))
        self._progress(list(shipment.progress))
        self.units.setRowCount(0)
        for unit in shipment.units:
            self._add_unit(unit)
        self._totals(shipment.totals)
        is_draft = shipment.status == H.SHIPMENT_STATUS_DRAFT
        self.set_open(is_draft)
        for field in (self.vehicle, self.driver, self.driver_phone, self.handler):
            field.setReadOnly(not is_draft)
        if shipment.status == H.SHIPMENT_STATUS_SHIPPED:
            self.show_message(self.tr("Shipped: %1").replace("%1", stock_names.quantity(
                shipment.totals.pallets, shipment.totals.cases, shipment.totals.items)))

    def _progress(self, lines: list[stock_pb2.ProgressLine]) -> None:
        self.progress.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = line.product_name or self.tr("Several products")
            if self.with_order:
                colour = "#1b7f3b" if line.remaining_items == 0 else ""
                per_case = line.items_per_case
                put(self.progress, row, [name] + [Counted(stock_names.in_cases(n, per_case))
                                                  for n in (line.ordered_items,
                                                            line.shipped_items,
                                                            line.scanned_items,
                                                            line.reserved_items,
                                                            line.remaining_items)], colour)
            else:
                put(self.progress, row, [name, line.scanned_items])

    def _totals(self, totals: stock_pb2.DocumentTotals) -> None:
        self.totals.setText(self.tr("This shipment: %1").replace("%1", stock_names.quantity(
            totals.pallets, totals.cases, totals.items)))

    def _add_unit(self, unit: stock_pb2.ScannedUnit) -> None:
        row = self.units.rowCount()
        self.units.insertRow(row)
        put(self.units, row, [unit.code, stock_names.levels().get(unit.level, ""),
                              unit.product_name, unit.cases, unit.items])

    def _answered(self, command: object, answer: object) -> None:
        if not isinstance(answer, S.StockScanResult):
            return
        self._progress(list(answer.lines))
        self._totals(answer.totals)
        if answer.outcome == S.STOCK_SCAN_OUTCOME_REMOVED:
            for row in range(self.units.rowCount()):
                item = self.units.item(row, 0)
                if item is not None and item.text() == answer.unit.code:
                    self.units.removeRow(row)
                    break
        elif not answer.replayed:
            self._add_unit(answer.unit)
