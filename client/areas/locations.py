"""库位: the storage places inside each warehouse (code, name, zone), filtered by warehouse."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from client import names
from client.areas.common import all_items, confirm, lister
from client.areas.sales_order_form import warehouse_picker
from client.models.columns import Column, flag
from client.session import Session
from client.validation import code_ok
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, warehouse_pb2

W = warehouse_pb2
WRITE = "warehouse.write"


class LocationForm(FormDialog):
    def __init__(self, session: Session, location: warehouse_pb2.Location | None = None,
                 warehouse_id: int = 0, parent: QWidget | None = None) -> None:
        self.location = location or W.Location(active=True, warehouse_id=warehouse_id)
        x = self.location
        super().__init__(session, self.tr("Edit location") if x.id else self.tr("New location"),
                         parent)
        self.warehouse = warehouse_picker(session)
        self.warehouse.set_current(x.warehouse_id, f"{x.warehouse_name} ({x.warehouse_code})"
                                   if x.warehouse_code else "")
        self.warehouse.setEnabled(not x.id)  # a location stays in its warehouse
        self.code = QLineEdit(x.code)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("e.g. A-01-03 (zone, rack, level)"))
        self.name = QLineEdit(x.name)
        self.zone = QLineEdit(x.zone)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(x.active)
        self.add_field("warehouse_id", self.tr("Warehouse"), self.warehouse, required=True)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("zone", self.tr("Zone"), self.zone)
        self.add_field("active", self.tr("Status"), self.active)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.warehouse.current_id():
            problems.append(("warehouse_id", self.tr("Choose the warehouse.")))
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        return problems

    def build(self) -> warehouse_pb2.Location:
        return W.Location(id=self.location.id, warehouse_id=self.warehouse.current_id(),
                          code=self.code.text().strip(), name=self.name.text().strip(),
                          zone=self.zone.text().strip(), active=self.active.isChecked())

    def send(self, request: warehouse_pb2.Location) -> warehouse_pb2.Location:
        conn = self.session.connection
        method = conn.warehouse.UpdateLocation if request.id else conn.warehouse.CreateLocation
        return conn.call(method, request)


class LocationsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Warehouse"), lambda x: f"{x.warehouse_name} ({x.warehouse_code})",
                   "warehouse_id"),
            Column(self.tr("Code"), lambda x: x.code, "code"),
            Column(self.tr("Name"), lambda x: x.name, "name"),
            Column(self.tr("Zone"), lambda x: x.zone, "zone"),
            flag(self.tr("Status"), lambda x: names.active_text(x.active), "active"),
            Column(self.tr("Organisation"), lambda x: x.org_name, "org_id"),
        ]
        super().__init__(session, self.tr("Warehouse locations"),
                         lister(conn, conn.warehouse.ListLocations), columns, parent,
                         self.tr("Code, name, zone or warehouse"))
        self.warehouse_filter = self.add_filter(ChoiceFilter(self.tr("Warehouse"),
                                                             "warehouse_id", []))
        self.add_filter(ChoiceFilter(self.tr("Status"), "active",
                                     [(self.tr("Active"), "true"),
                                      (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission=WRITE, name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True, permission=WRITE,
                        name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True, permission=WRITE,
                        name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())
        session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                    on_success=self._warehouses, owner=self)

    def _warehouses(self, items: list[warehouse_pb2.Warehouse]) -> None:
        self.warehouse_filter.set_options([(f"{w.name} ({w.code})", str(w.id)) for w in items])

    def new_record(self) -> LocationForm:
        chosen = self.warehouse_filter.combo.currentData()
        dialog = LocationForm(self.session, warehouse_id=int(chosen or 0), parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> LocationForm | None:
        location = self.selected_record()
        if location is None or not self.session.can(WRITE):
            return None
        dialog = LocationForm(self.session, location, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        location = self.selected_record()
        if location is None:
            return
        if ask and not confirm(self, self.tr("Delete the location “%1”?").replace(
                "%1", location.code)):
            return
        conn = self.session.connection
        self.session.call(conn.warehouse.DeleteLocation, common_pb2.IdRequest(id=location.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
