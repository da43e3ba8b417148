"""Create/edit an organisation, and move one under another parent."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from client import names
from client.areas.common import items_of, org_label
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.form import FormDialog
from client.widgets.pickers import RecordPicker
from shared.pb import accounts_pb2


def org_picker(session: Session, empty_text: str | None = None) -> RecordPicker:
    conn = session.connection
    return RecordPicker(session, items_of(conn, conn.accounts.ListOrganisations), org_label,
                        empty_text=empty_text)


class OrganisationForm(FormDialog):
    def __init__(self, session: Session, org: accounts_pb2.Organisation | None = None,
                 parent_id: int = 0, parent_name: str = "",
                 parent: QWidget | None = None) -> None:
        self.org = org or accounts_pb2.Organisation(parent_id=parent_id, active=True)
        creating = not self.org.id
        super().__init__(session, self.tr("New organisation") if creating
                         else self.tr("Edit organisation"), parent)
        self.parent_picker = org_picker(session)
        self.parent_picker.set_current(self.org.parent_id,
                                       parent_name or self.org.parent_name)
        self.parent_picker.setEnabled(creating)
        self.kind = QComboBox()
        for value, name in names.org_kinds().items():
            self.kind.addItem(name, value)
        if self.org.kind:
            self.kind.setCurrentIndex(self.kind.findData(self.org.kind))
        else:
            self.kind.setCurrentIndex(self.kind.findData(accounts_pb2.ORG_KIND_DEALER))
        self.code = QLineEdit(self.org.code)
        self.name = QLineEdit(self.org.name)
        self.region = QLineEdit(self.org.region_code)
        self.region.setPlaceholderText(self.tr("6-digit division code, e.g. 370100"))
        self.region.setMaxLength(6)
        self.contact = QLineEdit(self.org.contact)
        self.phone = QLineEdit(self.org.phone)
        self.address = QLineEdit(self.org.address)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(self.org.active)
        if self.org.parent_id or creating:
            self.add_field("parent_id", self.tr("Parent organisation"), self.parent_picker,
                           required=True)
        self.add_field("kind", self.tr("Type"), self.kind, required=True)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("region_code", self.tr("Region code"), self.region)
        self.add_field("contact", self.tr("Contact person"), self.contact)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("address", self.tr("Address"), self.address)
        if not creating:
            self.add_field("active", self.tr("Status"), self.active)
        self.code.setFocus()

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.org.id and not self.parent_picker.current_id():
            problems.append(("parent_id", self.tr("Choose the parent organisation.")))
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        region = self.region.text().strip()
        if region and (not region.isdigit() or len(region) != 6):
            problems.append(("region_code", self.tr("The region code has 6 digits.")))
        return problems

    def build(self) -> accounts_pb2.Organisation:
        return accounts_pb2.Organisation(
            id=self.org.id, parent_id=self.parent_picker.current_id() or self.org.parent_id,
            kind=int(self.kind.currentData()), code=self.code.text().strip(),
            name=self.name.text().strip(), region_code=self.region.text().strip(),
            contact=self.contact.text().strip(), phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            active=self.active.isChecked() if self.org.id else True)

    def send(self, request: accounts_pb2.Organisation) -> accounts_pb2.Organisation:
        conn = self.session.connection
        method = conn.accounts.UpdateOrganisation if request.id else \
            conn.accounts.CreateOrganisation
        return conn.call(method, request)


class MoveOrganisationDialog(FormDialog):
    def __init__(self, session: Session, org: accounts_pb2.Organisation,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Move organisation"), parent)
        self.org = org
        self.target = org_picker(session)
        self.add_field("name", self.tr("Organisation"), QLineEdit(f"{org.name} ({org.code})"))
        self.fields["name"].setEnabled(False)
        self.add_field("new_parent_id", self.tr("New parent"), self.target, required=True)
        self.save_button.setText(self.tr("Move"))

    def validate(self) -> list[tuple[str, str]]:
        if not self.target.current_id():
            return [("new_parent_id", self.tr("Choose the new parent organisation."))]
        if self.target.current_id() == self.org.parent_id:
            return [("new_parent_id", self.tr("The organisation is already there."))]
        return []

    def build(self) -> accounts_pb2.MoveOrganisationRequest:
        return accounts_pb2.MoveOrganisationRequest(id=self.org.id,
                                                    new_parent_id=self.target.current_id())

    def send(self, request: accounts_pb2.MoveOrganisationRequest) -> accounts_pb2.Organisation:
        conn = self.session.connection
        return conn.call(conn.accounts.MoveOrganisation, request)
