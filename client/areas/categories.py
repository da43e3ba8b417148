"""Product categories with their custom field definitions."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from client import names
from client.areas.common import confirm, lister
from client.models.columns import Column, number
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.errors import show_error
from client.widgets.field_table import FieldTable
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import catalog_pb2, common_pb2


class CategoryForm(FormDialog):
    def __init__(self, session: Session, category: catalog_pb2.Category | None = None,
                 parent: QWidget | None = None) -> None:
        self.category = category or catalog_pb2.Category()
        super().__init__(session, self.tr("Edit category") if self.category.id
                         else self.tr("New category"), parent)
        self.code = QLineEdit(self.category.code)
        self.name = QLineEdit(self.category.name)
        self.description = QLineEdit(self.category.description)
        self.field_table = FieldTable()
        self.field_table.set_definitions(self.category.fields)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("description", self.tr("Description"), self.description)
        self.fields["fields"] = self.field_table
        self.extra.addWidget(self.field_table)
        self.resize(900, 520)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        problems.extend(("fields", message) for message in self.field_table.problems())
        return problems

    def build(self) -> catalog_pb2.Category:
        return catalog_pb2.Category(id=self.category.id, code=self.code.text().strip(),
                                    name=self.name.text().strip(),
                                    description=self.description.text().strip(),
                                    fields=self.field_table.definitions())

    def send(self, request: catalog_pb2.Category) -> catalog_pb2.Category:
        conn = self.session.connection
        method = conn.catalog.UpdateCategory if request.id else conn.catalog.CreateCategory
        return conn.call(method, request)


class CategoriesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        types = names.field_types()
        columns = [
            Column(self.tr("Code"), lambda c: c.code, "code"),
            Column(self.tr("Name"), lambda c: c.name, "name"),
            Column(self.tr("Description"), lambda c: c.description),
            Column(self.tr("Owner organisation"), lambda c: c.owner_org_name),
            number(self.tr("Products"), lambda c: c.product_count),
            Column(self.tr("Custom fields"), lambda c: "、".join(
                f"{f.label}({types.get(f.type, '')})" for f in c.fields)),
        ]
        super().__init__(session, self.tr("Product categories"),
                         lister(conn, conn.catalog.ListCategories), columns, parent,
                         self.tr("Code, name or description"))
        self.add_action(self.tr("New"), self.new_record, permission="category.write",
                        name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="category.write", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="category.write", name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> CategoryForm:
        dialog = CategoryForm(self.session, parent=self)
        dialog.saved.connect(lambda _c: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> CategoryForm | None:
        category = self.selected_record()
        if category is None or not self.session.can("category.write"):
            return None
        dialog = CategoryForm(self.session, category, parent=self)
        dialog.saved.connect(lambda _c: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        category = self.selected_record()
        if category is None:
            return
        if ask and not confirm(self, self.tr("Delete the category “%1”?").replace(
                "%1", category.name)):
            return
        conn = self.session.connection
        self.session.call(conn.catalog.DeleteCategory, common_pb2.IdRequest(id=category.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
