"""Production lots: product, lot number, production date, line, shift and the category's lot
fields."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from client.areas.common import confirm, items_of, lister
from client.areas.organisation_form import org_picker
from client.models.columns import Column
from client.session import Session
from client.validation import is_blank
from client.widgets.custom_fields import CustomFieldsBox
from client.widgets.errors import show_error
from client.widgets.filters import DateRangeFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from client.widgets.pickers import RecordPicker
from shared.pb import catalog_pb2, common_pb2, production_pb2


class LotForm(FormDialog):
    def __init__(self, session: Session, lot: production_pb2.Lot | None = None,
                 parent: QWidget | None = None) -> None:
        self.lot = lot or production_pb2.Lot(
            production_date=QDate.currentDate().toString("yyyy-MM-dd"))
        super().__init__(session, self.tr("Edit production lot") if self.lot.id
                         else self.tr("New production lot"), parent)
        conn = session.connection
        lot_ = self.lot
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda p: f"{p.name} ({p.code})")
        self.product.set_current(lot_.product_id, f"{lot_.product_name} ({lot_.product_code})")
        self.lot_no = QLineEdit(lot_.lot_no)
        self.date = QDateEdit(QDate.fromString(lot_.production_date, "yyyy-MM-dd"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.line = RecordPicker(session, items_of(conn, conn.production.ListLines),
                                 lambda x: f"{x.name} ({x.code})", empty_text=self.tr("(none)"))
        self.line.set_current(lot_.line_id, lot_.line_name)
        self.shift = QLineEdit(lot_.shift)
        self.shift.setPlaceholderText(self.tr("e.g. A, B, night"))
        self.org = org_picker(session, empty_text=self.tr("(the line's factory)"))
        self.org.set_current(lot_.org_id, lot_.org_name)
        self.custom = CustomFieldsBox(self.tr("Lot fields of the category"))
        self.add_field("product_id", self.tr("Product"), self.product, required=True)
        self.add_field("lot_no", self.tr("Lot number"), self.lot_no, required=True)
        self.add_field("production_date", self.tr("Production date"), self.date, required=True)
        self.add_field("line_id", self.tr("Production line"), self.line)
        self.add_field("shift", self.tr("Shift"), self.shift)
        self.add_field("org_id", self.tr("Factory"), self.org)
        self.extra.addWidget(self.custom)
        self.categories: dict[int, catalog_pb2.Category] = {}
        self.product.record_changed.connect(self._product_changed)
        self.setMinimumWidth(520)
        if lot_.product_id:
            self._load_fields(lot_.product_id)

    def _product_changed(self, product: catalog_pb2.Product | None) -> None:
        if product is not None:
            self._load_category(product.category_id)

    def _load_fields(self, product_id: int) -> None:
        conn = self.session.connection
        self.session.call(conn.catalog.GetProduct, common_pb2.IdRequest(id=product_id),
                          on_success=lambda p: self._load_category(p.category_id), owner=self)

    def _load_category(self, category_id: int) -> None:
        conn = self.session.connection
        self.session.call(conn.catalog.GetCategory, common_pb2.IdRequest(id=category_id),
                          on_success=self._show_fields, owner=self)

    def _show_fields(self, category: catalog_pb2.Category) -> None:
        values = dict(self.lot.custom)
        values.update(self.custom.values())
        self.custom.set_definitions([f for f in category.fields
                                     if f.scope == catalog_pb2.FIELD_SCOPE_LOT], values)
        self.use_custom_editors(self.custom.editors)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.product.current_id():
            problems.append(("product_id", self.tr("Choose the product.")))
        if is_blank(self.lot_no.text()):
            problems.append(("lot_no", self.tr("Enter the lot number.")))
        problems.extend(self.custom.problems())
        return problems

    def build(self) -> production_pb2.Lot:
        return production_pb2.Lot(
            id=self.lot.id, product_id=self.product.current_id(),
            lot_no=self.lot_no.text().strip(),
            production_date=self.date.date().toString("yyyy-MM-dd"),
            line_id=self.line.current_id(), shift=self.shift.text().strip(),
            org_id=self.org.current_id(), custom=self.custom.values())

    def send(self, request: production_pb2.Lot) -> production_pb2.Lot:
        conn = self.session.connection
        method = conn.production.UpdateLot if request.id else conn.production.CreateLot
        return conn.call(method, request)


class LotsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Lot number"), lambda x: x.lot_no, "lot_no"),
            Column(self.tr("Product code"), lambda x: x.product_code, "product_code"),
            Column(self.tr("Product"), lambda x: x.product_name, "product_name"),
            Column(self.tr("Production date"), lambda x: x.production_date, "production_date"),
            Column(self.tr("Production line"), lambda x: x.line_name, "line_id"),
            Column(self.tr("Shift"), lambda x: x.shift, "shift"),
            Column(self.tr("Factory"), lambda x: x.org_name, "org_id"),
            Column(self.tr("Created"), lambda x: session.format_time(x.created_at), "created_at"),
        ]
        super().__init__(session, self.tr("Production lots"),
                         lister(conn, conn.production.ListLots), columns, parent,
                         self.tr("Lot number, product or shift"))
        self.date_filter = DateRangeFilter(self.tr("Production date"), "production_date")
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.add_action(self.tr("New"), self.new_record, permission="lot.write", name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="lot.write", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="lot.write", name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())
        self.controller.sort = [common_pb2.Sort(field="production_date", descending=True)]

    def new_record(self) -> LotForm:
        dialog = LotForm(self.session, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> LotForm | None:
        lot = self.selected_record()
        if lot is None or not self.session.can("lot.write"):
            return None
        dialog = LotForm(self.session, lot, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        lot = self.selected_record()
        if lot is None:
            return
        if ask and not confirm(self, self.tr("Delete the lot “%1”?").replace("%1", lot.lot_no)):
            return
        conn = self.session.connection
        self.session.call(conn.production.DeleteLot, common_pb2.IdRequest(id=lot.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
