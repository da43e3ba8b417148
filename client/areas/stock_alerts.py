"""库存预警设置: the minimum stock of a product a dealer or store should hold, set by the
dealer above it (or the organisation itself). Warnings are raised once inventory exists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from client import names
from client.areas.common import all_items, confirm, items_of, lister
from client.models.columns import Column, number
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from client.widgets.pickers import RecordPicker
from shared.pb import accounts_pb2, common_pb2, warehouse_pb2

W = warehouse_pb2
WRITE = "stock_alert.write"
WATCHED = ("dealer", "store")


def watched_orgs_query(query: common_pb2.ListQuery) -> common_pb2.ListQuery:
    query.filters.append(common_pb2.Filter(field="kind", op=common_pb2.FILTER_OP_IN,
                                           values=list(WATCHED)))
    return query


def cases_text(items: int, per_case: int) -> str:
    """Items as cases: "6" or "6.5"."""
    if per_case <= 1:
        return ""
    return f"{items // per_case:,}" if items % per_case == 0 else f"{items / per_case:,.1f}"


def org_text(org: accounts_pb2.Organisation) -> str:
    return f"{org.name} ({org.code}) · {names.org_kind_name(org.kind, org.dealer_level)}"


class StockAlertForm(FormDialog):
    def __init__(self, session: Session, alert: warehouse_pb2.StockAlert | None = None,
                 parent: QWidget | None = None) -> None:
        self.alert = alert or W.StockAlert(min_items=12)
        a = self.alert
        super().__init__(session, self.tr("Edit low-stock warning") if a.id
                         else self.tr("New low-stock warning"), parent)
        conn = session.connection

        def orgs(query: common_pb2.ListQuery) -> Sequence[accounts_pb2.Organisation]:
            return list(conn.call(conn.accounts.ListOrganisations,
                                  watched_orgs_query(query)).items)

        self.org = RecordPicker(session, orgs, org_text)
        self.org.setObjectName("org")
        self.org.set_current(a.org_id, f"{a.org_name} ({a.org_code})")
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda p: f"{p.name} ({p.code})")
        self.product.setObjectName("product")
        self.product.set_current(a.product_id, f"{a.product_name} ({a.product_code})")
        for picker in (self.org, self.product):
            picker.setEnabled(not a.id)  # changing them makes another setting
        self.minimum = QSpinBox()
        self.minimum.setObjectName("minimum")
        self.minimum.setRange(1, 1_000_000_000)
        self.minimum.setGroupSeparatorShown(True)
        self.minimum.setValue(max(1, a.min_items))
        self.in_cases = QLabel()
        self.note = QLineEdit(a.note)
        self.add_field("org_id", self.tr("Dealer or store"), self.org, required=True)
        self.add_field("product_id", self.tr("Product"), self.product, required=True)
        self.add_field("min_items", self.tr("Warn below (items)"), self.minimum, required=True)
        self.form.addRow("", self.in_cases)
        self.add_field("note", self.tr("Note"), self.note)
        self.minimum.valueChanged.connect(lambda _v: self._cases())
        self.product.record_changed.connect(lambda _p: self._cases())
        self._cases()

    def _cases(self) -> None:
        product = self.product.current_record()
        per_case = product.items_per_case if product is not None else self.alert.items_per_case
        if per_case > 1:
            self.in_cases.setText(self.tr("= %1 cases of %2").replace(
                "%1", cases_text(self.minimum.value(), per_case)).replace("%2", str(per_case)))
        else:
            self.in_cases.setText("")

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.org.current_id():
            problems.append(("org_id", self.tr("Choose the dealer or store.")))
        if not self.product.current_id():
            problems.append(("product_id", self.tr("Choose the product.")))
        return problems

    def build(self) -> warehouse_pb2.StockAlert:
        return W.StockAlert(org_id=self.org.current_id(), product_id=self.product.current_id(),
                            min_items=self.minimum.value(), note=self.note.text().strip())

    def send(self, request: warehouse_pb2.StockAlert) -> warehouse_pb2.StockAlert:
        conn = self.session.connection
        return conn.call(conn.warehouse.SetStockAlert, request)


class StockAlertsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Dealer or store"), lambda a: f"{a.org_name} ({a.org_code})",
                   "org_id"),
            Column(self.tr("Product"), lambda a: f"{a.product_name} ({a.product_code})",
                   "product_id"),
            number(self.tr("Warn below (items)"), lambda a: f"{a.min_items:,}", "min_items"),
            number(self.tr("In cases"), lambda a: cases_text(a.min_items, a.items_per_case)),
            Column(self.tr("Note"), lambda a: a.note),
            Column(self.tr("Set by"), lambda a: a.updated_by),
            Column(self.tr("Updated"), lambda a: session.format_time(a.updated_at),
                   "updated_at"),
        ]
        super().__init__(session, self.tr("Low-stock warnings"),
                         lister(conn, conn.warehouse.ListStockAlerts), columns, parent,
                         self.tr("Dealer, store or product"))
        self.org_filter = self.add_filter(ChoiceFilter(self.tr("Dealer or store"), "org_id",
                                                       []))
        self.add_action(self.tr("New"), self.new_record, permission=WRITE, name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True, permission=WRITE,
                        name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True, permission=WRITE,
                        name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())
        if session.can("org.read"):
            session.run(lambda task: all_items(conn, conn.accounts.ListOrganisations,
                                               watched_orgs_query(common_pb2.ListQuery())),
                        on_success=self._orgs, owner=self)

    def _orgs(self, items: list[accounts_pb2.Organisation]) -> None:
        self.org_filter.set_options([(f"{o.name} ({o.code})", str(o.id)) for o in items])

    def new_record(self) -> StockAlertForm:
        dialog = StockAlertForm(self.session, parent=self)
        dialog.saved.connect(lambda _a: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> StockAlertForm | None:
        alert = self.selected_record()
        if alert is None or not self.session.can(WRITE):
            return None
        dialog = StockAlertForm(self.session, alert, parent=self)
        dialog.saved.connect(lambda _a: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        alert = self.selected_record()
        if alert is None:
            return
        if ask and not confirm(self, self.tr("Delete the warning for %1 at %2?").replace(
                "%1", alert.product_name).replace("%2", alert.org_name)):
            return
        conn = self.session.connection
        self.session.call(conn.warehouse.DeleteStockAlert, common_pb2.IdRequest(id=alert.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
