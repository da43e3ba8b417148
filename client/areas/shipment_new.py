"""新建发货单: against a confirmed sales order, to a dealer or store below (onward flow), to
another warehouse (transfer), back up the chain (return), or an approved exceptional
shipment; from a warehouse of the user's side or (a store) its own stock."""

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
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from client import stock_names
from client.areas.common import all_items
from client.session import Session
from client.widgets.errors import plain_message
from shared.pb import common_pb2, orders_pb2, shipping_pb2

H, O = shipping_pb2, orders_pb2  # noqa: E741
OWN_STOCK = -1  # the user's organisation's own stock (a store keeps no warehouse)


class NewShipmentDialog(QDialog):
    created = Signal(object)  # the shipment

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newShipmentDialog")
        self.setWindowTitle(self.tr("New shipment"))
        self.setMinimumWidth(480)
        self.session = session
        self.op = uuid.uuid4().hex
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for value, name in stock_names.shipment_kinds().items():
            self.kind.addItem(name, value)
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.document = QComboBox()
        self.document.setObjectName("document")
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.vehicle, self.driver = QLineEdit(), QLineEdit()
        self.note = QLineEdit()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #a61b1b;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        self.source_label = QLabel(self.tr("Ship from"))
        form.addRow(self.source_label, self.source)
        self.document_label = QLabel(self.tr("Order"))
        form.addRow(self.document_label, self.document)
        self.target_label = QLabel(self.tr("Ship to"))
        form.addRow(self.target_label, self.target)
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Driver"), self.driver)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create and scan"))
        self.ok.setObjectName("createButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.source.currentIndexChanged.connect(lambda _i: self._load_targets())
        conn = session.connection
        session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                    on_success=self._warehouses, owner=self)
        self._kind_changed()

    def current_kind(self) -> int:
        return int(self.kind.currentData() or 0)

    def _warehouses(self, items: list[Any]) -> None:
        self.source.blockSignals(True)
        self.source.clear()
        for w in items:
            self.source.addItem(f"{w.name} ({w.org_name})", w.id)
        self.source.addItem(self.tr("Our own stock (no warehouse)"), OWN_STOCK)
        self.source.blockSignals(False)
        self._load_targets()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        with_document = kind in (H.SHIPMENT_KIND_ORDER, H.SHIPMENT_KIND_EXCEPTIONAL)
        for widget in (self.document, self.document_label):
            widget.setVisible(with_document)
        for widget in (self.source, self.source_label, self.target, self.target_label):
            widget.setVisible(not with_document)
        self.document_label.setText(self.tr("Order") if kind == H.SHIPMENT_KIND_ORDER
                                    else self.tr("Approved request"))
        self.document.clear()
        conn = self.session.connection
        if kind == H.SHIPMENT_KIND_ORDER:
            query = common_pb2.ListQuery(filters=[common_pb2.Filter(
                field="status", op=common_pb2.FILTER_OP_IN,
                values=["confirmed", "partly_shipped"])])
            self.session.run(lambda task: all_items(conn, conn.orders.ListSalesOrders, query),
                             on_success=self._orders, owner=self)
        elif kind == H.SHIPMENT_KIND_EXCEPTIONAL:
            query = common_pb2.ListQuery(filters=[common_pb2.Filter(field="status",
                                                                    value="approved")])
            self.session.run(lambda task: all_items(conn, conn.exceptional
                                                    .ListExceptionalShipments, query),
                             on_success=self._requests, owner=self)
        else:
            self._load_targets()

    def _orders(self, items: list[Any]) -> None:
        for o in items:
            left = o.total_items - o.shipped_items
            self.document.addItem(self.tr("%1 → %2 (%3 items left)").replace(
                "%1", o.order_no).replace("%2", o.customer_name).replace("%3", f"{left:,}"),
                o.id)

    def _requests(self, items: list[Any]) -> None:
        for r in items:
            self.document.addItem(f"{r.request_no} · {r.reason_text}", r.id)

    def _load_targets(self) -> None:
        kind = self.current_kind()
        if kind not in (H.SHIPMENT_KIND_DIRECT, H.SHIPMENT_KIND_TRANSFER,
                        H.SHIPMENT_KIND_RETURN):
            return
        source = int(self.source.currentData() or 0)
        request = H.ListShipmentTargetsRequest(kind=kind, warehouse_id=max(source, 0))  # type: ignore[arg-type]
        conn = self.session.connection
        self.target.clear()
        self.session.call(conn.shipping.ListShipmentTargets, request,
                          on_success=self._targets, owner=self)

    def _targets(self, response: shipping_pb2.ListShipmentTargetsResponse) -> None:
        self.target.clear()
        kinds = stock_names.org_kinds()
        for t in response.items:
            if t.warehouse_id:
                self.target.addItem(f"{t.warehouse_name} ({t.org_name})", t.warehouse_id)
            else:
                self.target.addItem(f"{t.org_name} · {kinds.get(t.org_kind, t.org_kind)}",
                                    t.org_id)

    def request(self) -> shipping_pb2.CreateShipmentRequest:
        kind = self.current_kind()
        out = H.CreateShipmentRequest(kind=kind, operation_id=self.op,  # type: ignore[arg-type]
                                      vehicle=self.vehicle.text().strip(),
                                      driver=self.driver.text().strip(),
                                      note=self.note.text().strip())
        if kind == H.SHIPMENT_KIND_ORDER:
            out.order_id = int(self.document.currentData() or 0)
        elif kind == H.SHIPMENT_KIND_EXCEPTIONAL:
            out.exceptional_id = int(self.document.currentData() or 0)
        else:
            source = int(self.source.currentData() or 0)
            if source == OWN_STOCK:
                out.from_org_id = self.session.principal.org_id
            else:
                out.warehouse_id = source
            target = int(self.target.currentData() or 0)
            if kind == H.SHIPMENT_KIND_TRANSFER:
                out.to_warehouse_id = target
            else:
                out.customer_org_id = target
        return out

    def submit(self) -> None:
        conn = self.session.connection
        self.ok.setEnabled(False)
        self.session.call(conn.shipping.CreateShipment, self.request(),
                          on_success=self._created, on_failure=self._failed, owner=self)

    def _created(self, shipment: shipping_pb2.Shipment) -> None:
        self.created.emit(shipment)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.problem.setText(plain_message(exc))
