"""发货单 — shipments the user's side sends and receives: new (against an order, onward, a
transfer, a return, an exceptional shipment) and scan; open a draft to go on scanning; cancel
a draft; receive an incoming shipment whole from the sender's list, or scan it in."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from client import stock_names
from client.areas.common import all_items, lister
from client.areas.receipt_station import ReceiptStation
from client.areas.shipment_new import NewShipmentDialog
from client.areas.shipping_station import ShippingStation
from client.models.columns import Column, number
from client.order_names import field_value
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, shipping_pb2, stock_pb2

H, S = shipping_pb2, stock_pb2
SHIP, RECEIVE = "stock.ship", "stock.receive"


class ShipmentsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        kinds, statuses = stock_names.shipment_kinds(), stock_names.shipment_statuses()
        columns = [
            Column(self.tr("Shipment"), lambda s: s.shipment_no, "shipment_no"),
            Column(self.tr("Direction"), lambda s: self.tr("Outgoing") if s.outgoing
                   else self.tr("Incoming")),
            Column(self.tr("Kind"), lambda s: kinds.get(s.kind, ""), "kind"),
            Column(self.tr("Status"), lambda s: statuses.get(s.status, ""), "status"),
            Column(self.tr("From"), lambda s: s.warehouse_name or s.org_name, "warehouse_id"),
            Column(self.tr("To"), lambda s: s.to_warehouse_name or s.customer_name or
                   stock_names.exceptional_reason(s.exceptional_reason), "customer_org_id"),
            Column(self.tr("Order / request"), lambda s: s.order_no or s.exceptional_no),
            number(self.tr("Pallets"), lambda s: s.totals.pallets),
            number(self.tr("Cases"), lambda s: s.totals.cases),
            number(self.tr("Items"), lambda s: f"{s.totals.items:,}"),
            Column(self.tr("Shipped"), lambda s: session.format_time(s.shipped_at),
                   "shipped_at"),
            Column(self.tr("Vehicle"), lambda s: s.vehicle),
            Column(self.tr("Driver"), lambda s: s.driver),
            Column(self.tr("Handler"), lambda s: s.handler),
            number(self.tr("Open discrepancies"), lambda s: s.open_discrepancies or ""),
            Column(self.tr("Received"), lambda s: session.format_time(s.received_at)),
        ]
        super().__init__(session, self.tr("Shipments"),
                         lister(conn, conn.shipping.ListShipments), columns, parent,
                         self.tr("Shipment, order, customer, vehicle or driver"))
        self.add_filter(ChoiceFilter(self.tr("Direction"), "direction",
                                     [(self.tr("Outgoing"), "out"),
                                      (self.tr("Incoming"), "in")]))
        self.add_filter(ChoiceFilter(self.tr("Status"), "status", [
            (name, field_value(H.ShipmentStatus, v, "SHIPMENT_STATUS_"))
            for v, name in statuses.items()]))
        self.add_filter(ChoiceFilter(self.tr("Kind"), "kind", [
            (name, field_value(H.ShipmentKind, v, "SHIPMENT_KIND_"))
            for v, name in kinds.items()]))
        self.add_action(self.tr("New shipment…"), self.new_shipment, permission=SHIP,
                        name="newButton")
        self.open_button = self.add_action(self.tr("Open"), self.open_selected, selection=True,
                                           name="openButton")
        self.accept_button = self.add_action(self.tr("Receive all…"), self.receive_all,
                                             selection=True, permission=RECEIVE,
                                             name="receiveAllButton")
        self.scan_in_button = self.add_action(self.tr("Scan in…"), self.scan_in,
                                              selection=True, permission=RECEIVE,
                                              name="scanInButton")
        self.activated.connect(lambda _r: self.open_selected())
        self.warehouses: list[Any] = []
        if session.can("warehouse.read"):
            session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                        on_success=lambda items: setattr(self, "warehouses", items), owner=self)

    def _selection_changed(self, *args: object) -> None:
        super()._selection_changed(*args)
        s = self.selected_record()
        incoming = s is not None and not s.outgoing and s.status in (
            H.SHIPMENT_STATUS_SHIPPED, H.SHIPMENT_STATUS_RECEIVED_SHORT)
        self.accept_button.setEnabled(incoming)
        self.scan_in_button.setEnabled(incoming)

    def new_shipment(self) -> NewShipmentDialog:
        dialog = NewShipmentDialog(self.session, parent=self)
        dialog.created.connect(self.open_shipment)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        s = self.selected_record()
        if s is None:
            return
        conn = self.session.connection
        self.session.call(conn.shipping.GetShipment, common_pb2.IdRequest(id=s.id),
                          on_success=self.open_shipment,
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def open_shipment(self, shipment: shipping_pb2.Shipment) -> ShippingStation:
        station = ShippingStation(self.session, shipment, parent=self)
        station.finished_document.connect(lambda _s: self.controller.reload())
        station.show()
        self.controller.reload()
        return station

    def _receiver_warehouse(self, shipment: shipping_pb2.Shipment) -> int | None:
        """The receiving warehouse: the transfer's, the only one, or the user's choice (0: own
        stock); None when the user cancels."""
        if shipment.to_warehouse_id:
            return int(shipment.to_warehouse_id)
        mine = [w for w in self.warehouses if w.org_id == shipment.customer_org_id]
        if not mine:
            return 0
        if len(mine) == 1:
            return int(mine[0].id)
        names = [w.name for w in mine]
        name, ok = QInputDialog.getItem(self, self.tr("Receive"), self.tr("Into warehouse:"),
                                        names, 0, False)
        return int(mine[names.index(name)].id) if ok else None

    def _receiving(self, warehouse_id: int | None) -> tuple[Any, int] | None:
        """The selected shipment and the warehouse it goes into (asked when not given)."""
        s = self.selected_record()
        if s is None:
            return None
        warehouse_id = self._receiver_warehouse(s) if warehouse_id is None else warehouse_id
        return None if warehouse_id is None else (s, warehouse_id)

    def receive_all(self, warehouse_id: int | None = None) -> None:
        chosen = self._receiving(warehouse_id)
        if chosen is None:
            return
        s, warehouse_id = chosen
        conn = self.session.connection
        self.session.call(conn.stock.ReceiveShipment, S.ReceiveShipmentRequest(
            shipment_id=s.id, warehouse_id=warehouse_id, operation_id=uuid.uuid4().hex),
            on_success=self._received, on_failure=lambda exc: show_error(self, exc),
            owner=self)

    def _received(self, receipt: stock_pb2.Receipt) -> None:
        self.show_message(self.tr("Received %1 into %2 (receipt %3).").replace(
            "%1", stock_names.quantity(receipt.totals.pallets, receipt.totals.cases,
                                       receipt.totals.items)).replace(
            "%2", receipt.warehouse_name or receipt.org_name).replace("%3", receipt.receipt_no))
        self.controller.reload()

    def scan_in(self, warehouse_id: int | None = None) -> None:
        chosen = self._receiving(warehouse_id)
        if chosen is None:
            return
        s, warehouse_id = chosen
        conn = self.session.connection
        self.session.call(conn.stock.OpenReceipt, S.OpenReceiptRequest(
            shipment_id=s.id, warehouse_id=warehouse_id, operation_id=uuid.uuid4().hex),
            on_success=self._scan_receipt, on_failure=lambda exc: show_error(self, exc),
            owner=self)

    def _scan_receipt(self, receipt: stock_pb2.Receipt) -> ReceiptStation:
        station = ReceiptStation(self.session, receipt, parent=self)
        station.finished_document.connect(lambda _r: self.controller.reload())
        station.show()
        return station
