"""Warehouses: the organisation running each, code, name, address, region, active."""

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
from shared.pb import warehouse_pb2


class WarehouseForm(FormDialog):
    def __init__(self, session: Session, warehouse: warehouse_pb2.Warehouse | None = None,
                 parent: QWidget | None = None) -> None:
        self.warehouse = warehouse or warehouse_pb2.Warehouse(
            active=True, org_id=session.principal.org_id, org_name=session.principal.org_name)
        super().__init__(session, self.tr("Edit warehouse") if self.warehouse.id
                         else self.tr("New warehouse"), parent)
        w = self.warehouse
        self.org = org_picker(session)
        self.org.set_current(w.org_id, w.org_name)
        self.code = QLineEdit(w.code)
        self.name = QLineEdit(w.name)
        self.address = QLineEdit(w.address)
        self.region = QLineEdit(w.region_code)
        self.region.setMaxLength(6)
        self.region.setPlaceholderText(self.tr("6-digit division code, e.g. 370100"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(w.active)
        self.add_field("org_id", self.tr("Organisation"), self.org, required=True)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("address", self.tr("Address"), self.address)
        self.add_field("region_code", self.tr("Region code"), self.region)
        self.add_field("active", self.tr("Status"), self.active)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.org.current_id():
            problems.append(("org_id", self.tr("Choose the organisation.")))
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        region = self.region.text().strip()
        if region and (not region.isdigit() or len(region) != 6):
            problems.append(("region_code", self.tr("The region code has 6 digits.")))
        return problems

    def build(self) -> warehouse_pb2.Warehouse:
        return warehouse_pb2.Warehouse(
            id=self.warehouse.id, org_id=self.org.current_id(), code=self.code.text().strip(),
            name=self.name.text().strip(), address=self.address.text().strip(),
            region_code=self.region.text().strip(), active=self.active.isChecked())

    def send(self, request: warehouse_pb2.Warehouse) -> warehouse_pb2.Warehouse:
        conn = self.session.connection
        method = conn.warehouse.UpdateWarehouse if request.id else \
            conn.warehouse.CreateWarehouse
        return conn.call(method, request)


class WarehousesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Code"), lambda w: w.code, "code"),
            Column(self.tr("Name"), lambda w: w.name, "name"),
            Column(self.tr("Organisation"), lambda w: w.org_name, "org_id"),
            Column(self.tr("Region code"), lambda w: w.region_code, "region_code"),
            Column(self.tr("Address"), lambda w: w.address),
            flag(self.tr("Status"), lambda w: names.active_text(w.active), "active"),
        ]
        super().__init__(session, self.tr("Warehouses"),
                         lister(conn, conn.warehouse.ListWarehouses), columns, parent,
                         self.tr("Code, name, address or organisation"))
        self.add_filter(ChoiceFilter(self.tr("Status"), "active",
                                     [(self.tr("Active"), "true"),
                                      (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission="warehouse.write",
                        name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="warehouse.write", name="editButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> WarehouseForm:
        dialog = WarehouseForm(self.session, parent=self)
        dialog.saved.connect(lambda _w: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> WarehouseForm | None:
        warehouse = self.selected_record()
        if warehouse is None or not self.session.can("warehouse.write"):
            return None
        dialog = WarehouseForm(self.session, warehouse, parent=self)
        dialog.saved.connect(lambda _w: self.controller.reload())
        dialog.open()
        return dialog
