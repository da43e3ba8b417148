"""The packing station's setup: line, product, lot, this station's name and the pack spec (from
the product, changeable). Remembers the last choices on this PC."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSysInfo, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from client.areas.common import items_of
from client.session import Session
from client.widgets.pickers import RecordPicker
from shared.pb import common_pb2, packing_pb2


class SetupPanel(QGroupBox):
    start_requested = Signal(object)  # StartRunRequest

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Station setup"))
        self.session = session
        conn = session.connection
        store = session.settings.store
        self.line = RecordPicker(session, items_of(conn, conn.production.ListLines),
                                 lambda x: f"{x.name} ({x.code}) · {x.org_name}")
        self.line.setObjectName("linePicker")
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda x: f"{x.name} ({x.code})")
        self.product.setObjectName("productPicker")
        self.lot = RecordPicker(session, self._lots, lambda x: f"{x.lot_no} ({x.production_date})",
                                empty_text=self.tr("(no lot)"))
        self.lot.setObjectName("lotPicker")
        self.station = QLineEdit(str(store.value("packing/station", "") or
                                     QSysInfo.machineHostName() or "station-1"))
        self.station.setObjectName("stationName")
        self.station.setMaxLength(64)
        self.items_per_case = QSpinBox()
        self.items_per_case.setObjectName("itemsPerCase")
        self.cases_per_pallet = QSpinBox()
        self.cases_per_pallet.setObjectName("casesPerPallet")
        self.cases_per_pallet.setRange(0, 10_000)
        self.cases_per_pallet.setSpecialValueText(self.tr("no pallets"))
        self.start_button = QPushButton(self.tr("Start packing"))
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a61b1b;")
        spec = QHBoxLayout()
        spec.addWidget(QLabel(self.tr("Items per case")))
        spec.addWidget(self.items_per_case)
        spec.addSpacing(16)
        spec.addWidget(QLabel(self.tr("Cases per pallet")))
        spec.addWidget(self.cases_per_pallet)
        spec.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Production line"), self.line)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Production lot"), self.lot)
        form.addRow(self.tr("Station name"), self.station)
        form.addRow(self.tr("Pack spec"), spec)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.start_button)
        form.addRow(buttons)
        self.product.record_changed.connect(self._product_changed)
        self.start_button.clicked.connect(self._start)
        self.line.lineEdit().setPlaceholderText(self.tr("Choose the line"))
        self.product.lineEdit().setPlaceholderText(self.tr("Choose the product"))
        self.items_per_case.setSpecialValueText("—")
        self.items_per_case.setRange(0, 10_000)
        self.line.set_current(int(store.value("packing/line_id", 0) or 0))
        self.product.set_current(int(store.value("packing/product_id", 0) or 0))

    def _lots(self, query: common_pb2.ListQuery) -> Sequence[Any]:
        product_id = self.product.current_id() if hasattr(self, "product") else 0
        if not product_id:
            return []
        query.filters.append(common_pb2.Filter(field="product_id", value=str(product_id)))
        conn = self.session.connection
        return list(conn.call(conn.production.ListLots, query).items)

    def _product_changed(self, product: Any) -> None:
        if product is not None:
            self.items_per_case.setValue(product.items_per_case)
            self.cases_per_pallet.setValue(product.cases_per_pallet)
        self.lot.reload()

    def request(self) -> packing_pb2.StartRunRequest | None:
        """The run to start, or None (with the reason shown) when something is missing."""
        missing = [name for name, picker in ((self.tr("production line"), self.line),
                                             (self.tr("product"), self.product))
                   if not picker.current_id()]
        if not self.station.text().strip():
            missing.append(self.tr("station name"))
        if missing:
            self.problem.setText(self.tr("Choose the %1.").replace("%1", ", ".join(missing)))
            return None
        self.problem.clear()
        return packing_pb2.StartRunRequest(
            line_id=self.line.current_id(), product_id=self.product.current_id(),
            lot_id=self.lot.current_id(), station=self.station.text().strip(),
            items_per_case=self.items_per_case.value(),
            cases_per_pallet=self.cases_per_pallet.value() or -1)

    def _start(self) -> None:
        request = self.request()
        if request is None:
            return
        store = self.session.settings.store
        store.setValue("packing/station", request.station)
        store.setValue("packing/line_id", request.line_id)
        store.setValue("packing/product_id", request.product_id)
        self.start_requested.emit(request)
