"""Products: list with category and status filters, create and edit with custom fields."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client import names
from client.areas.common import all_items, confirm, lister
from client.areas.product_form import ProductForm
from client.models.columns import Column, flag, number
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import catalog_pb2, common_pb2


class ProductsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Code"), lambda p: p.code, "code"),
            Column(self.tr("Name"), lambda p: p.name, "name"),
            Column(self.tr("Category"), lambda p: p.category_name, "category_id"),
            Column(self.tr("Specification"), lambda p: p.spec, "spec"),
            Column(self.tr("GTIN"), lambda p: p.gtin, "gtin"),
            Column(self.tr("Unit"), lambda p: p.unit),
            number(self.tr("Items per case"), lambda p: p.items_per_case),
            number(self.tr("Cases per pallet"), lambda p: p.cases_per_pallet),
            flag(self.tr("Status"), lambda p: names.active_text(p.active), "active"),
            Column(self.tr("Updated"), lambda p: session.format_time(p.updated_at), "updated_at"),
        ]
        super().__init__(session, self.tr("Products"), lister(conn, conn.catalog.ListProducts),
                         columns, parent, self.tr("Code, name, spec, GTIN or barcode"))
        self.category_filter = self.add_filter(ChoiceFilter(self.tr("Category"), "category_id",
                                                            []))
        self.active_filter = self.add_filter(ChoiceFilter(
            self.tr("Status"), "active",
            [(self.tr("Active"), "true"), (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission="product.write",
                        name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="product.write", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="product.write", name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())
        if session.can("category.read"):
            session.run(lambda task: all_items(conn, conn.catalog.ListCategories),
                        on_success=self._categories, owner=self)

    def _categories(self, categories: list[catalog_pb2.Category]) -> None:
        self.category_filter.set_options([(c.name, str(c.id)) for c in categories])

    def new_record(self) -> ProductForm:
        dialog = ProductForm(self.session, parent=self)
        dialog.saved.connect(lambda _p: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> ProductForm | None:
        product = self.selected_record()
        if product is None or not self.session.can("product.write"):
            return None
        dialog = ProductForm(self.session, product, parent=self)
        dialog.saved.connect(lambda _p: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        product = self.selected_record()
        if product is None:
            return
        if ask and not confirm(self, self.tr("Delete the product “%1”?").replace(
                "%1", product.name)):
            return
        conn = self.session.connection
        self.session.call(conn.catalog.DeleteProduct, common_pb2.IdRequest(id=product.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
