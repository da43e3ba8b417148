"""Production lines: the factory running each line, code, name, description, active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from client import names
from client.areas.common import lister
from client.areas.organisation_form import org_picker
from client.models.columns import Column, flag
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.filters import ChoiceFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import production_pb2


class LineForm(FormDialog):
    def __init__(self, session: Session, line: production_pb2.Line | None = None,
                 parent: QWidget | None = None) -> None:
        self.line = line or production_pb2.Line(active=True, org_id=session.principal.org_id,
                                                org_name=session.principal.org_name)
        super().__init__(session, self.tr("Edit production line") if self.line.id
                         else self.tr("New production line"), parent)
        self.org = org_picker(session)
        self.org.set_current(self.line.org_id, self.line.org_name)
        self.code = QLineEdit(self.line.code)
        self.name = QLineEdit(self.line.name)
        self.description = QLineEdit(self.line.description)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(self.line.active)
        self.add_field("org_id", self.tr("Factory"), self.org, required=True)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("active", self.tr("Status"), self.active)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.org.current_id():
            problems.append(("org_id", self.tr("Choose the factory.")))
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        return problems

    def build(self) -> production_pb2.Line:
        return production_pb2.Line(id=self.line.id, org_id=self.org.current_id(),
                                   code=self.code.text().strip(), name=self.name.text().strip(),
                                   description=self.description.text().strip(),
                                   active=self.active.isChecked())

    def send(self, request: production_pb2.Line) -> production_pb2.Line:
        conn = self.session.connection
        method = conn.production.UpdateLine if request.id else conn.production.CreateLine
        return conn.call(method, request)


class LinesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Code"), lambda x: x.code, "code"),
            Column(self.tr("Name"), lambda x: x.name, "name"),
            Column(self.tr("Factory"), lambda x: x.org_name, "org_id"),
            Column(self.tr("Description"), lambda x: x.description),
            flag(self.tr("Status"), lambda x: names.active_text(x.active), "active"),
        ]
        super().__init__(session, self.tr("Production lines"),
                         lister(conn, conn.production.ListLines), columns, parent,
                         self.tr("Code, name or description"))
        self.add_filter(ChoiceFilter(self.tr("Status"), "active",
                                     [(self.tr("Active"), "true"),
                                      (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission="line.write", name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="line.write", name="editButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> LineForm:
        dialog = LineForm(self.session, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> LineForm | None:
        line = self.selected_record()
        if line is None or not self.session.can("line.write"):
            return None
        dialog = LineForm(self.session, line, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog
