"""Enter or change a sales order: shipping warehouse, a customer that warehouse may ship to,
order number (empty: generated), requested date, note and the lines. An order that can no
longer change opens read-only."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from client import names, order_names
from client.session import Session
from client.widgets.custom_fields import OptionalDate
from client.widgets.form import FormDialog
from client.widgets.order_lines import LinesEditor
from client.widgets.pickers import RecordPicker
from shared.pb import common_pb2, orders_pb2, warehouse_pb2

O = orders_pb2  # noqa: E741


def warehouse_picker(session: Session, empty_text: str | None = None) -> RecordPicker:
    """Active warehouses in the caller's scope."""
    conn = session.connection

    def fetch(query: common_pb2.ListQuery) -> Sequence[warehouse_pb2.Warehouse]:
        query.filters.append(common_pb2.Filter(field="active", value="true"))
        return list(conn.call(conn.warehouse.ListWarehouses, query).items)

    picker = RecordPicker(session, fetch, lambda w: f"{w.name} ({w.code})",
                          empty_text=empty_text)
    if empty_text is None:  # a user with one warehouse has nothing to choose
        picker.loaded.connect(lambda: picker.setCurrentIndex(0)
                              if picker.count() == 1 and not picker.current_id() else None)
    return picker


def customer_label(org: Any) -> str:
    return f"{org.name} ({org.code}) · {names.org_kind_name(org.kind, org.dealer_level)}"


class SalesOrderForm(FormDialog):
    def __init__(self, session: Session, order: orders_pb2.SalesOrder | None = None,
                 parent: QWidget | None = None) -> None:
        self.order = order or O.SalesOrder()
        o = self.order
        self.read_only = bool(o.id) and not o.editable
        title = self.tr("New sales order") if not o.id else \
            self.tr("Sales order %1").replace("%1", o.order_no)
        super().__init__(session, title, parent)
        self.setObjectName("salesOrderForm")
        self.operation_id = str(uuid.uuid4())  # a retried save creates one order
        # Read by the customer list in the background; a read-only order needs no choices.
        self._warehouse_id = 0 if self.read_only else o.warehouse_id
        self.warehouse = warehouse_picker(session)
        self.warehouse.setObjectName("warehouse")
        self.warehouse.set_current(o.warehouse_id, f"{o.warehouse_name} ({o.warehouse_code})")
        self.customer = RecordPicker(session, self._customers, customer_label)
        self.customer.setObjectName("customer")
        self.customer.set_current(o.customer_org_id, f"{o.customer_name} ({o.customer_code})")
        self.order_no = QLineEdit(o.order_no)
        self.order_no.setObjectName("orderNo")
        self.order_no.setPlaceholderText(self.tr("Empty: numbered automatically (SO…)"))
        self.requested = OptionalDate(o.requested_date)
        self.note = QLineEdit(o.note)
        self.lines = LinesEditor(session, O.QUANTITY_UNIT_CASE)  # orders come in cases
        self.lines.set_lines(o.lines)
        if not o.id:
            self.lines.add_line()
        if o.id:
            statuses, sources = order_names.order_statuses(), order_names.order_sources()
            state = QLabel(self.tr("%1 · source: %2 · entered by %3, %4").replace(
                "%1", statuses.get(o.status, "")).replace("%2", sources.get(o.source, ""))
                .replace("%3", o.created_by).replace("%4", session.format_time(o.created_at)))
            state.setObjectName("orderState")
            self.form.addRow(self.tr("Status"), state)
        self.add_field("warehouse_id", self.tr("Shipping warehouse"), self.warehouse,
                       required=True)
        self.add_field("customer_org_id", self.tr("Customer"), self.customer, required=True)
        self.add_field("order_no", self.tr("Order number"), self.order_no)
        self.add_field("requested_date", self.tr("Requested date"), self.requested)
        self.add_field("note", self.tr("Note"), self.note)
        self.add_field("lines", self.tr("Lines"), QLabel(self.tr("Products and quantities below; "
                                                                 "a case counts as the product's "
                                                                 "items per case.")))
        self.extra.addWidget(self.lines)
        self.fields["lines"] = self.lines
        self.warehouse.record_changed.connect(self._warehouse_changed)
        self.setMinimumWidth(760)
        self.resize(820, 620)
        if self.read_only:
            for widget in (self.warehouse, self.customer, self.order_no, self.requested,
                           self.note):
                widget.setEnabled(False)
            self.lines.set_read_only(True)
            self.save_button.hide()

    def _warehouse_changed(self, warehouse: warehouse_pb2.Warehouse | None) -> None:
        warehouse_id = warehouse.id if warehouse is not None else self.warehouse.current_id()
        if warehouse_id != self._warehouse_id and not self.read_only:
            self._warehouse_id = warehouse_id
            self.customer.reload()

    def _customers(self, query: common_pb2.ListQuery) -> Sequence[Any]:
        """Background: the dealers and stores the chosen warehouse may ship to."""
        warehouse_id = self._warehouse_id
        if not warehouse_id:
            return []
        conn = self.session.connection
        return list(conn.call(conn.orders.ListOrderCustomers, O.ListOrderCustomersRequest(
            warehouse_id=warehouse_id, query=query)).items)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.warehouse.current_id():
            problems.append(("warehouse_id", self.tr("Choose the shipping warehouse.")))
        if not self.customer.current_id():
            problems.append(("customer_org_id", self.tr("Choose the customer.")))
        problems.extend(("lines", p) for p in self.lines.problems())
        return problems

    def build(self) -> orders_pb2.SalesOrder:
        return O.SalesOrder(
            id=self.order.id, order_no=self.order_no.text().strip(),
            warehouse_id=self.warehouse.current_id(), customer_org_id=self.customer.current_id(),
            requested_date=self.requested.text_value(), note=self.note.text().strip(),
            lines=self.lines.lines())

    def send(self, request: orders_pb2.SalesOrder) -> orders_pb2.SalesOrder:
        conn = self.session.connection
        if request.id:
            return conn.call(conn.orders.UpdateSalesOrder, request)
        return conn.call(conn.orders.CreateSalesOrder, O.CreateSalesOrderRequest(
            order=request, operation_id=self.operation_id))

