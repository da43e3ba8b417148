"""标签模板: label templates per level; the designer edits them with a live preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client import code_names, names
from client.areas.common import confirm, lister
from client.areas.label_designer import DesignerDialog
from client.models.columns import Column, flag, number
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, labels_pb2


class TemplatesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        levels = code_names.levels()
        columns = [
            Column(self.tr("Code"), lambda t: t.code, "code"),
            Column(self.tr("Name"), lambda t: t.name, "name"),
            Column(self.tr("Level"), lambda t: levels.get(t.level, ""), "level"),
            Column(self.tr("Size (mm)"), lambda t: f"{t.width_mm:g} × {t.height_mm:g}"),
            number(self.tr("Elements"), lambda t: len(t.elements)),
            flag(self.tr("Status"), lambda t: names.active_text(t.active), "active"),
            Column(self.tr("Updated"), lambda t: session.format_time(t.updated_at)),
        ]
        super().__init__(session, self.tr("Label templates"),
                         lister(conn, conn.labels.ListTemplates), columns, parent,
                         self.tr("Code or name"))
        self.add_filter(ChoiceFilter(self.tr("Level"), "level", [
            (name, code_names.level_field(v)) for v, name in levels.items()]))
        self.add_action(self.tr("New"), self.new_record, permission="label.write",
                        name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="label.write", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="label.write", name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> DesignerDialog:
        dialog = DesignerDialog(self.session, parent=self)
        dialog.saved.connect(lambda _t: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> None:
        """Fetch the whole template (with its logo) first, then open the designer."""
        template = self.selected_record()
        if template is None or not self.session.can("label.write"):
            return
        conn = self.session.connection
        self.session.call(conn.labels.GetTemplate, common_pb2.IdRequest(id=template.id),
                          on_success=self.open_designer,
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def open_designer(self, template: labels_pb2.LabelTemplate) -> DesignerDialog:
        dialog = DesignerDialog(self.session, template, parent=self)
        dialog.saved.connect(lambda _t: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        template = self.selected_record()
        if template is None:
            return
        if ask and not confirm(self, self.tr("Delete the label template “%1”?").replace(
                "%1", template.name)):
            return
        conn = self.session.connection
        self.session.call(conn.labels.DeleteTemplate, common_pb2.IdRequest(id=template.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
