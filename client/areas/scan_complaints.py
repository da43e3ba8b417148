"""投诉与建议: what consumers sent from the product page, with the code, product and place of
their query; handled with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from client import scan_names
from client.areas.common import lister
from client.areas.scan_log import SUSPECT, stub
from client.models.columns import Column
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import scans_pb2


class HandleDialog(FormDialog):
    def __init__(self, session: Session, complaint: scans_pb2.Complaint,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Handle complaint"), parent)
        self.complaint = complaint
        text = QLabel(complaint.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit(complaint.note)
        self.note.setPlaceholderText(self.tr("What was done, e.g. called back, replaced"))
        self.form.addRow(self.tr("Message"), text)
        self.form.addRow(self.tr("Contact"), QLabel(complaint.contact or "—"))
        self.add_field("note", self.tr("Note"), self.note)

    def build(self) -> scans_pb2.HandleComplaintRequest:
        return scans_pb2.HandleComplaintRequest(id=self.complaint.id,
                                                note=self.note.text().strip())

    def send(self, request: scans_pb2.HandleComplaintRequest) -> scans_pb2.Complaint:
        return self.session.connection.call(stub(self.session).HandleComplaint, request)


class ComplaintsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        kinds, statuses = scan_names.complaint_kinds(), scan_names.complaint_statuses()
        columns = [
            Column(self.tr("Time"), lambda c: session.format_time(c.at), "at", width=140),
            Column(self.tr("Kind"), lambda c: kinds.get(c.kind, c.kind), "kind"),
            Column(self.tr("Status"), lambda c: statuses.get(c.status, c.status), "status"),
            Column(self.tr("Message"), lambda c: c.text, width=320),
            Column(self.tr("Contact"), lambda c: c.contact),
            Column(self.tr("Code"), lambda c: c.code),
            Column(self.tr("Product"), lambda c: c.product_name, "product_id"),
            Column(self.tr("Lot"), lambda c: c.lot_no),
            Column(self.tr("Place"), lambda c: c.place),
            Column(self.tr("Note"), lambda c: c.note),
            Column(self.tr("Handled by"), lambda c: c.handled_by),
        ]
        super().__init__(session, self.tr("Complaints and suggestions"),
                         lister(session.connection, stub(session).ListComplaints), columns,
                         parent, self.tr("Message, code, contact or product"))
        self.controller.model.row_background = \
            lambda c: SUSPECT if c.kind == "counterfeit" and c.status == "new" else None
        self.add_filter(ChoiceFilter(self.tr("Status"), "status",
                                     [(v, k) for k, v in statuses.items()]))
        self.add_filter(ChoiceFilter(self.tr("Kind"), "kind",
                                     [(v, k) for k, v in kinds.items()]))
        self.date_filter = DateRangeFilter(self.tr("Time"), "at", session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.add_action(self.tr("Handle…"), self.handle, selection=True,
                        permission="scan.handle", name="handleButton")
        self.activated.connect(lambda _r: self.handle())

    def handle(self) -> HandleDialog | None:
        complaint = self.selected_record()
        if complaint is None or not self.session.can("scan.handle"):
            return None
        dialog = HandleDialog(self.session, complaint, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog
