"""库存 — inventory of the user's side (and every dealer and store below it) by holder,
warehouse, location, product and lot, in pallets, cases, loose items and items; in transit,
sold and gone through exceptional shipments on request; damaged and recalled goods marked;
export to Excel; move goods to another location (移库)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from client import stock_names
from client.areas.common import all_items
from client.areas.stock_move import MoveDialog
from client.models.columns import Column, flag, number
from client.order_names import field_value
from client.session import Session
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, stock_pb2

S = stock_pb2


class InventoryPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        states, kinds = stock_names.holding_states(), stock_names.org_kinds()
        columns = [
            Column(self.tr("Holder"), lambda r: r.org_name, "org_id"),
            Column(self.tr("Type"), lambda r: kinds.get(r.org_kind, r.org_kind)),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name, "warehouse_id"),
            Column(self.tr("Location"), lambda r: r.location_code, "location_id"),
            Column(self.tr("Product"), lambda r: f"{r.product_name} ({r.product_code})",
                   "product_id"),
            Column(self.tr("Spec"), lambda r: r.product_spec),
            Column(self.tr("Lot"), lambda r: r.lot_no, "lot_id"),
            Column(self.tr("State"), lambda r: states.get(r.state, ""), "state"),
            number(self.tr("Pallets"), lambda r: r.pallets, "pallets"),
            number(self.tr("Cases"), lambda r: r.cases, "cases"),
            number(self.tr("Loose items"), lambda r: r.loose_items),
            number(self.tr("Items"), lambda r: f"{r.items:,}", "items"),
            flag(self.tr("Damaged"), lambda r: r.damaged),
            flag(self.tr("Recalled"), lambda r: r.recalled),
        ]
        self.totals = S.DocumentTotals()

        def fetch(query: common_pb2.ListQuery) -> tuple[list[S.InventoryRow],
                                                        common_pb2.PageInfo]:
            response = conn.call(conn.stock.ListInventory, query)
            self.totals = response.totals
            return list(response.items), response.page

        super().__init__(session, self.tr("Inventory"), fetch, columns, parent,
                         self.tr("Holder, product, lot or warehouse"))
        # No state chosen is the server's default: in stock.
        state = self.add_filter(ChoiceFilter(self.tr("State"), "state", [
            (name, field_value(S.HoldingState, v, "HOLDING_STATE_"))
            for v, name in states.items() if v != S.HOLDING_STATE_IN_STOCK]))
        state.combo.setItemText(0, states[S.HOLDING_STATE_IN_STOCK])
        self.holder = self.add_filter(ChoiceFilter(self.tr("Holder"), "org_id", []))
        self.warehouse_filter = self.add_filter(ChoiceFilter(self.tr("Warehouse"),
                                                             "warehouse_id", []))
        self.add_action(self.tr("Move…"), self.move, permission="stock.move", name="moveButton")
        self.controller.model.row_background = \
            lambda r: QColor("#fdecea") if r.recalled or r.damaged else None
        self.controller.loaded.connect(self._show_totals)
        session.run(lambda task: all_items(conn, conn.warehouse.ListWarehouses),
                    on_success=lambda items: self.warehouse_filter.set_options(
                        [(f"{w.name} ({w.org_name})", str(w.id)) for w in items]), owner=self)
        if session.can("org.read"):
            session.run(lambda task: all_items(conn, conn.accounts.ListOrganisations),
                        on_success=lambda items: self.holder.set_options(
                            [(o.name, str(o.id)) for o in items
                             if o.kind not in ("department", "regulator")]), owner=self)

    def _show_totals(self) -> None:
        t = self.totals
        self.banner.setText(self.tr("Total: %1 in %2 row(s)").replace(
            "%1", stock_names.quantity(t.pallets, t.cases, t.items)).replace("%2", str(t.units)))
        self.banner.setStyleSheet("QLabel { background: #eef2f6; padding: 6px; "
                                  "border-radius: 3px; font-weight: bold; }")
        self.banner.show()

    def move(self) -> MoveDialog:
        dialog = MoveDialog(self.session, parent=self)
        dialog.moved.connect(lambda _r: self.controller.reload())
        dialog.open()
        return dialog
