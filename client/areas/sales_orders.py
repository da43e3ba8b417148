"""销售订单: orders the user's organisation sells or buys, with filters by state, source,
warehouse and requested date; the selected order's lines beside the list; enter, change,
confirm, cancel and import (CSV/Excel as an ERP exports them)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from client import order_names
from client.areas.common import all_items, lister
from client.areas.order_import import ImportDialog
from client.areas.sales_order_form import SalesOrderForm
from client.models.columns import Column, number
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.list_page import ListPage
from client.widgets.order_lines import LinesView
from shared.pb import common_pb2, orders_pb2, shipping_pb2, warehouse_pb2

O = orders_pb2  # noqa: E741
WRITE = "sales_order.write"


class SalesOrdersPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        statuses, sources = order_names.order_statuses(), order_names.order_sources()
        columns = [
            Column(self.tr("Order number"), lambda o: o.order_no, "order_no"),
            Column(self.tr("Status"), lambda o: statuses.get(o.status, ""), "status"),
            Column(self.tr("Customer"), lambda o: f"{o.customer_name} ({o.customer_code})",
                   "customer_org_id"),
            Column(self.tr("Shipping warehouse"), lambda o: o.warehouse_name, "warehouse_id"),
            Column(self.tr("Requested date"), lambda o: o.requested_date, "requested_date"),
            number(self.tr("Lines"), lambda o: o.line_count),
            number(self.tr("Items"), lambda o: f"{o.total_items:,}"),
            number(self.tr("Shipped"), lambda o: f"{o.shipped_items:,}"),
            Column(self.tr("Source"), lambda o: sources.get(o.source, ""), "source"),
            Column(self.tr("Seller"), lambda o: o.org_name, "org_id"),
            Column(self.tr("Entered by"), lambda o: o.created_by),
            Column(self.tr("Entered"), lambda o: session.format_time(o.created_at),
                   "created_at"),
            Column(self.tr("Note"), lambda o: o.note),
        ]
        super().__init__(session, self.tr("Sales orders"),
                         lister(conn, conn.orders.ListSalesOrders), columns, parent,
                         self.tr("Order number, customer, warehouse or note"))
        self.status_filter = self.add_filter(ChoiceFilter(
            self.tr("Status"), "status",
            [(name, order_names.field_value(O.OrderStatus, v, "ORDER_STATUS_"))
             for v, name in statuses.items()]))
        self.source_filter = self.add_filter(ChoiceFilter(
            self.tr("Source"), "source",
            [(name, order_names.field_value(O.OrderSource, v, "ORDER_SOURCE_"))
             for v, name in sources.items()]))
        self.warehouse_filter = self.add_filter(ChoiceFilter(
            self.tr("Warehouse"), "warehouse_id", []))
        self.date_filter = DateRangeFilter(self.tr("Requested date"), "requested_date")
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.add_action(self.tr("New"), self.new_record, permission=WRITE, name="newButton")
        self.add_action(self.tr("Open"), self.open_record, selection=True, name="openButton")
        self.confirm_button = self.add_action(self.tr("Confirm"), self.confirm_order,
                                              selection=True, permission=WRITE,
                                              name="confirmButton")
        self.cancel_button = self.add_action(self.tr("Cancel order…"), self.cancel_order,
                                             selection=True, permission=WRITE,
                                             name="cancelButton")
        self.add_action(self.tr("Import…"), self.import_file, permission=WRITE,
                        name="importButton")
        self.ship_button = self.add_action(self.tr("Ship…"), self.ship_order, selection=True,
                                           permission="stock.ship", name="shipButton")
        self.activated.connect(lambda _r: self.open_record())
        # The selected order's lines.
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select an order to see its lines."))
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.lines_view = LinesView()
        box.addWidget(self.detail_title)
        box.addWidget(self.lines_view, 1)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([760, 300])
        self.shown_order: orders_pb2.SalesOrder | None = None
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        if session.can("warehouse.read"):
            session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                        on_success=self._warehouses, owner=self)

    def _warehouses(self, items: list[warehouse_pb2.Warehouse]) -> None:
        self.warehouse_filter.set_options([(f"{w.name} ({w.code})", str(w.id)) for w in items])

    def _selection_changed(self, *args: object) -> None:
        super()._selection_changed(*args)
        order = self.selected_record()
        can_change = order is not None and order.editable
        self.confirm_button.setEnabled(can_change and order.status == O.ORDER_STATUS_DRAFT)
        self.cancel_button.setEnabled(can_change)
        self.ship_button.setEnabled(order is not None and order.status in (
            O.ORDER_STATUS_CONFIRMED, O.ORDER_STATUS_PARTLY_SHIPPED))

    def _show_selected(self, *_args: object) -> None:
        order = self.selected_record()
        if order is None:
            return
        conn = self.session.connection
        self.session.call(conn.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id),
                          on_success=self._show_lines, owner=self)

    def _show_lines(self, order: orders_pb2.SalesOrder) -> None:
        selected = self.selected_record()
        if selected is None or selected.id != order.id:
            return  # the user moved on meanwhile
        self.shown_order = order
        self.detail_title.setText(self.tr("%1 → %2").replace("%1", order.order_no)
                                  .replace("%2", order.customer_name))
        self.lines_view.show_lines(order.lines)

    # actions
    def _saved(self, order: orders_pb2.SalesOrder, text: str) -> None:
        self.show_message(text.replace("%1", order.order_no))
        self.controller.reload()

    def new_record(self) -> SalesOrderForm:
        dialog = SalesOrderForm(self.session, parent=self)
        dialog.saved.connect(lambda o: self._saved(o, self.tr("Sales order %1 saved.")))
        dialog.open()
        return dialog

    def open_record(self) -> None:
        """Open the selected order (to change it, or read-only), with its lines."""
        order = self.selected_record()
        if order is None:
            return
        conn = self.session.connection
        self.session.call(conn.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id),
                          on_success=self.open_order, owner=self,
                          on_failure=lambda exc: show_error(self, exc))

    def open_order(self, order: orders_pb2.SalesOrder) -> SalesOrderForm:
        dialog = SalesOrderForm(self.session, order, parent=self)
        dialog.saved.connect(lambda o: self._saved(o, self.tr("Sales order %1 saved.")))
        dialog.open()
        return dialog

    def confirm_order(self) -> None:
        order = self.selected_record()
        if order is None:
            return
        conn = self.session.connection
        self.session.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=order.id),
                          on_success=lambda o: self._saved(o, self.tr(
                              "Sales order %1 confirmed.")),
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def cancel_order(self, reason: str | None = None) -> None:
        """Cancel the selected order, asking for a reason unless one is given."""
        order = self.selected_record()
        if order is None:
            return
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Cancel order"),
                self.tr("Cancel sales order %1? Reason (optional):").replace("%1",
                                                                             order.order_no))
            if not ok:
                return
            reason = text
        conn = self.session.connection
        self.session.call(conn.orders.CancelSalesOrder,
                          O.CancelSalesOrderRequest(id=order.id, reason=reason.strip()),
                          on_success=lambda o: self._saved(o, self.tr(
                              "Sales order %1 cancelled.")),
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def ship_order(self) -> None:
        """A shipment against the selected order, opened to scan."""
        order = self.selected_record()
        if order is None:
            return
        conn = self.session.connection
        self.session.call(conn.shipping.CreateShipment, shipping_pb2.CreateShipmentRequest(
            kind=shipping_pb2.SHIPMENT_KIND_ORDER, order_id=order.id,
            operation_id=uuid.uuid4().hex),
            on_success=self._ship, on_failure=lambda exc: show_error(self, exc), owner=self)

    def _ship(self, shipment: shipping_pb2.Shipment) -> QWidget:
        from client.areas.shipping_station import ShippingStation

        station = ShippingStation(self.session, shipment, parent=self)
        station.finished_document.connect(lambda _s: self.controller.reload())
        station.show()
        return station

    def import_file(self) -> ImportDialog:
        dialog = ImportDialog(self.session, parent=self)
        dialog.imported.connect(lambda _r: self.controller.reload())
        dialog.open()
        return dialog
