"""异常出库: requests to ship goods outside any order (staff welfare, gifts, samples not
returned) and the approver's queue. Requesters file and withdraw requests; holders of the
approver permission approve or reject others' requests with a comment."""

from __future__ import annotations

import uuid

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

from client import order_names
from client.areas.common import lister
from client.areas.sales_order_form import warehouse_picker
from client.models.columns import Column, number
from client.session import Session
from client.tasks import Task
from client.validation import is_blank
from client.widgets.errors import plain_message, show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from client.widgets.order_lines import LinesEditor, LinesView
from shared.pb import common_pb2, orders_pb2

O = orders_pb2  # noqa: E741
REQUEST, APPROVE = "exceptional.request", "exceptional.approve"


class ExceptionalForm(FormDialog):
    """A new request: warehouse, reason, why, and the goods."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("New exceptional shipment request"), parent)
        self.setObjectName("exceptionalForm")
        self.operation_id = str(uuid.uuid4())
        self.warehouse = warehouse_picker(session)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for value, name in order_names.exceptional_reasons().items():
            self.reason.addItem(name, value)
        self.reason_text = QLineEdit()
        self.reason_text.setObjectName("reasonText")
        self.reason_text.setPlaceholderText(self.tr("e.g. Mid-Autumn gifts for 120 staff"))
        self.lines = LinesEditor(session)
        self.lines.add_line()
        self.add_field("warehouse_id", self.tr("Warehouse"), self.warehouse, required=True)
        self.add_field("reason", self.tr("Reason"), self.reason, required=True)
        self.add_field("reason_text", self.tr("Explanation"), self.reason_text, required=True)
        self.extra.addWidget(self.lines)
        self.fields["lines"] = self.lines
        self.setMinimumWidth(720)
        self.resize(760, 520)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.warehouse.current_id():
            problems.append(("warehouse_id", self.tr("Choose the warehouse.")))
        if is_blank(self.reason_text.text()):
            problems.append(("reason_text", self.tr("Say what the goods are for.")))
        problems.extend(("lines", p) for p in self.lines.problems())
        return problems

    def build(self) -> orders_pb2.CreateExceptionalShipmentRequest:
        return O.CreateExceptionalShipmentRequest(
            operation_id=self.operation_id, shipment=O.ExceptionalShipment(
                warehouse_id=self.warehouse.current_id(), reason=self.reason.currentData(),
                reason_text=self.reason_text.text().strip(), lines=self.lines.lines()))

    def send(self, request: orders_pb2.CreateExceptionalShipmentRequest
             ) -> orders_pb2.ExceptionalShipment:
        conn = self.session.connection
        return conn.call(conn.exceptional.CreateExceptionalShipment, request)


class DecideDialog(QDialog):
    """One request in full, with the approver's comment and Approve / Reject."""

    decided = Signal(object)  # the ExceptionalShipment after the decision

    def __init__(self, session: Session, request: orders_pb2.ExceptionalShipment,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request = request
        self.pending: Task | None = None
        self.setObjectName("decideDialog")
        self.setWindowTitle(self.tr("Exceptional shipment %1").replace("%1", request.request_no))
        reasons, statuses = order_names.exceptional_reasons(), order_names.exceptional_statuses()
        info = QFormLayout()
        info.addRow(self.tr("Status"), QLabel(statuses.get(request.status, "")))
        info.addRow(self.tr("Warehouse"), QLabel(f"{request.warehouse_name} "
                                                 f"({request.org_name})"))
        info.addRow(self.tr("Reason"), QLabel(reasons.get(request.reason, "")))
        explanation = QLabel(request.reason_text)
        explanation.setWordWrap(True)
        info.addRow(self.tr("Explanation"), explanation)
        info.addRow(self.tr("Requested by"), QLabel(
            f"{request.requested_by} · {session.format_time(request.created_at)}"))
        if request.decided_by:
            info.addRow(self.tr("Decided by"), QLabel(
                f"{request.decided_by} · {session.format_time(request.decided_at)} "
                f"{request.decision_comment}"))
        self.lines = LinesView()
        self.lines.show_lines(request.lines)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Comment (required to reject)"))
        self.banner = QLabel()
        self.banner.setObjectName("decideError")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: #a61b1b; background: #fdecea; padding: 6px;"
                                  " border-radius: 3px; }")
        self.banner.hide()
        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton(self.tr("Approve"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveButton")
        self.reject_button = self.buttons.addButton(self.tr("Reject"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.reject_button.setObjectName("rejectButton")
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.comment)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        can_decide = session.can(APPROVE) and request.status == O.EXCEPTIONAL_STATUS_REQUESTED
        if request.requested_by_id == session.principal.user_id and can_decide:
            self.show_error(self.tr("You requested this: another approver decides on it."))
            can_decide = False
        for widget in (self.approve_button, self.reject_button, self.comment):
            widget.setVisible(can_decide)
        self.setMinimumWidth(640)

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def decide(self, approve: bool) -> Task | None:
        comment = self.comment.text().strip()
        if not approve and not comment:
            self.show_error(self.tr("Say why the request is rejected."))
            self.comment.setFocus()
            return None
        conn = self.session.connection
        method = conn.exceptional.ApproveExceptionalShipment if approve else \
            conn.exceptional.RejectExceptionalShipment
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.pending = self.session.call(
            method, O.DecideExceptionalShipmentRequest(id=self.request.id, comment=comment),
            on_success=self._done, on_failure=self._failed, owner=self)
        return self.pending

    def _done(self, request: orders_pb2.ExceptionalShipment) -> None:
        self.decided.emit(request)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.approve_button.setEnabled(True)
        self.reject_button.setEnabled(True)
        self.show_error(plain_message(exc))


class ExceptionalPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        reasons, statuses = order_names.exceptional_reasons(), order_names.exceptional_statuses()
        columns = [
            Column(self.tr("Request number"), lambda x: x.request_no, "request_no"),
            Column(self.tr("Status"), lambda x: statuses.get(x.status, ""), "status"),
            Column(self.tr("Reason"), lambda x: reasons.get(x.reason, ""), "reason"),
            Column(self.tr("Explanation"), lambda x: x.reason_text, width=220),
            Column(self.tr("Warehouse"), lambda x: x.warehouse_name, "warehouse_id"),
            number(self.tr("Items"), lambda x: f"{x.total_items:,}"),
            Column(self.tr("Requested by"), lambda x: x.requested_by, "requested_by_id"),
            Column(self.tr("Requested"), lambda x: session.format_time(x.created_at),
                   "created_at"),
            Column(self.tr("Decided by"), lambda x: x.decided_by),
            Column(self.tr("Comment"), lambda x: x.decision_comment),
        ]
        super().__init__(session, self.tr("Exceptional shipments"),
                         lister(conn, conn.exceptional.ListExceptionalShipments), columns,
                         parent, self.tr("Request number, explanation, warehouse or requester"))
        self.status_filter = self.add_filter(ChoiceFilter(
            self.tr("Status"), "status",
            [(name, order_names.field_value(O.ExceptionalStatus, v, "EXCEPTIONAL_STATUS_"))
             for v, name in statuses.items()]))
        self.reason_filter = self.add_filter(ChoiceFilter(
            self.tr("Reason"), "reason",
            [(name, order_names.field_value(O.ExceptionalReason, v, "EXCEPTIONAL_REASON_"))
             for v, name in reasons.items()]))
        self.add_action(self.tr("New request"), self.new_record, permission=REQUEST,
                        name="newButton")
        self.add_action(self.tr("Open"), self.open_record, selection=True, name="openButton")
        self.add_action(self.tr("Approve or reject…"), self.open_record, selection=True,
                        permission=APPROVE, name="decideButton")
        self.withdraw_button = self.add_action(self.tr("Withdraw"), self.withdraw,
                                               selection=True, permission=REQUEST,
                                               name="withdrawButton")
        self.activated.connect(lambda _r: self.open_record())
        if session.can(APPROVE):  # the approver's queue first
            self.status_filter.select("requested")
            self.status_filter.apply(self.controller)

    def _selection_changed(self, *args: object) -> None:
        super()._selection_changed(*args)
        x = self.selected_record()
        self.withdraw_button.setEnabled(
            x is not None and x.status == O.EXCEPTIONAL_STATUS_REQUESTED
            and x.requested_by_id == self.session.principal.user_id)

    def new_record(self) -> ExceptionalForm:
        dialog = ExceptionalForm(self.session, parent=self)
        dialog.saved.connect(lambda x: self._changed(x, self.tr("Request %1 filed.")))
        dialog.open()
        return dialog

    def _changed(self, request: orders_pb2.ExceptionalShipment, text: str) -> None:
        self.show_message(text.replace("%1", request.request_no))
        self.controller.reload()

    def open_record(self) -> None:
        x = self.selected_record()
        if x is None:
            return
        conn = self.session.connection
        self.session.call(conn.exceptional.GetExceptionalShipment, common_pb2.IdRequest(id=x.id),
                          on_success=self.open_request, owner=self,
                          on_failure=lambda exc: show_error(self, exc))

    def open_request(self, request: orders_pb2.ExceptionalShipment) -> DecideDialog:
        dialog = DecideDialog(self.session, request, parent=self)
        statuses = order_names.exceptional_statuses()
        dialog.decided.connect(lambda r: self._changed(r, self.tr("Request %1: %2.").replace(
            "%2", statuses.get(r.status, ""))))
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        x = self.selected_record()
        if x is None:
            return
        conn = self.session.connection
        self.session.call(conn.exceptional.WithdrawExceptionalShipment,
                          common_pb2.IdRequest(id=x.id),
                          on_success=lambda r: self._changed(r, self.tr("Request %1 withdrawn.")),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
