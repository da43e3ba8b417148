"""Stock lists: 库存明细 (one row per pallet, case or loose item held), 出入库记录 (every
movement: receipts, moves, shipments, receipts of shipments, sales, exchanges), 收货差异
(missing and extra units found at receipt, settled by the sender) and 库存预警 (products below
the dealers' low-stock settings)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QWidget

from client import stock_names
from client.areas.common import lister
from client.models.columns import Column, flag, number
from client.order_names import field_value
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.list_page import ListPage
from shared.pb import shipping_pb2, stock_pb2

H, S = shipping_pb2, stock_pb2


class HoldingsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        levels, states = stock_names.levels(), stock_names.holding_states()
        columns = [
            Column(self.tr("Code"), lambda h: h.code, "node_id"),
            Column(self.tr("Level"), lambda h: levels.get(h.level, ""), "level"),
            Column(self.tr("Product"), lambda h: h.product_name or self.tr("Several"),
                   "product_id"),
            Column(self.tr("Lot"), lambda h: h.lot_no, "lot_id"),
            number(self.tr("Cases"), lambda h: h.cases),
            number(self.tr("Items"), lambda h: f"{h.items:,}", "items"),
            Column(self.tr("State"), lambda h: states.get(h.state, ""), "state"),
            Column(self.tr("Holder"), lambda h: h.org_name, "org_id"),
            Column(self.tr("Warehouse"), lambda h: h.warehouse_name, "warehouse_id"),
            Column(self.tr("Location"), lambda h: h.location_code, "location_id"),
            Column(self.tr("Shipment"), lambda h: h.shipment_no, "shipment_id"),
            flag(self.tr("Damaged"), lambda h: h.damaged),
            flag(self.tr("Recalled"), lambda h: h.recalled),
            Column(self.tr("Since"), lambda h: session.format_time(h.since), "since"),
        ]
        super().__init__(session, self.tr("Stock units"),
                         lister(conn, conn.stock.ListHoldings), columns, parent,
                         self.tr("Holder, warehouse, location or product"))
        # No state chosen is the server's default: in stock.
        state = self.add_filter(ChoiceFilter(self.tr("State"), "state", [
            (name, field_value(S.HoldingState, v, "HOLDING_STATE_"))
            for v, name in states.items() if v != S.HOLDING_STATE_IN_STOCK]))
        state.combo.setItemText(0, states[S.HOLDING_STATE_IN_STOCK])
        self.add_filter(ChoiceFilter(self.tr("Level"), "level", [
            (levels[3], "pallet"), (levels[2], "case"), (levels[1], "item")]))


class StockMovesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        kinds, levels = stock_names.move_kinds(), stock_names.levels()

        def place(org: str, wh: str, loc: str) -> str:
            return " · ".join(x for x in (org, wh, loc) if x)

        columns = [
            Column(self.tr("Time"), lambda m: session.format_time(m.at), "at"),
            Column(self.tr("Movement"), lambda m: kinds.get(m.kind, ""), "kind"),
            Column(self.tr("Code"), lambda m: m.code),
            Column(self.tr("Level"), lambda m: levels.get(m.level, "")),
            Column(self.tr("Product"), lambda m: m.product_name),
            Column(self.tr("Lot"), lambda m: m.lot_no),
            number(self.tr("Items"), lambda m: m.items),
            Column(self.tr("From"), lambda m: place(m.from_org_name, m.from_warehouse_name,
                                                    m.from_location_code), "from_org_id"),
            Column(self.tr("To"), lambda m: place(m.to_org_name, m.to_warehouse_name,
                                                  m.to_location_code), "to_org_id"),
            Column(self.tr("Document"), lambda m: m.shipment_no or m.receipt_no),
            Column(self.tr("Salesperson"), lambda m: m.salesperson, "salesperson"),
            Column(self.tr("Reason"), lambda m: m.reason),
            Column(self.tr("By"), lambda m: m.user_name),
        ]
        super().__init__(session, self.tr("Stock movements"),
                         lister(conn, conn.stock.ListStockMoves), columns, parent,
                         self.tr("Organisation, shipment, product or salesperson"))
        self.add_filter(ChoiceFilter(self.tr("Movement"), "kind", [
            (name, field_value(S.StockMoveKind, v, "STOCK_MOVE_KIND_"))
            for v, name in kinds.items()]))
        self.dates = DateRangeFilter(self.tr("Date"), "at", session.principal.timezone)
        self.filters.append(self.dates)
        self.dates.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.dates)


class DiscrepanciesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        kinds, levels = stock_names.discrepancy_kinds(), stock_names.levels()
        columns = [
            Column(self.tr("Shipment"), lambda d: d.shipment_no, "shipment_id"),
            Column(self.tr("Kind"), lambda d: kinds.get(d.kind, ""), "kind"),
            Column(self.tr("Code"), lambda d: d.code),
            Column(self.tr("Level"), lambda d: levels.get(d.unit.level, "")),
            Column(self.tr("Product"), lambda d: d.unit.product_name),
            number(self.tr("Items"), lambda d: d.unit.items),
            Column(self.tr("Sender"), lambda d: d.sender_name),
            Column(self.tr("Receiver"), lambda d: d.receiver_name),
            Column(self.tr("Receipt"), lambda d: d.receipt_no),
            Column(self.tr("Where it is"), lambda d: d.where),
            Column(self.tr("Status"), lambda d: self.tr("Settled") if d.resolved
                   else self.tr("Open"), "status"),
            Column(self.tr("Settled as"), lambda d: d.resolution),
            Column(self.tr("Found"), lambda d: session.format_time(d.created_at), "created_at"),
        ]
        super().__init__(session, self.tr("Receipt discrepancies"),
                         lister(conn, conn.shipping.ListDiscrepancies), columns, parent,
                         self.tr("Shipment number"))
        self.add_filter(ChoiceFilter(self.tr("Status"), "status",
                                     [(self.tr("Open"), "open"),
                                      (self.tr("Settled"), "resolved")]))
        self.resolve_button = self.add_action(self.tr("Settle…"), self.resolve, selection=True,
                                              permission="stock.ship", name="resolveButton")
        self.controller.model.row_background = \
            lambda d: None if d.resolved else QColor("#fff4e5")

    def resolve(self, resolution: str | None = None) -> None:
        d = self.selected_record()
        if d is None:
            return
        if resolution is None:
            text, ok = QInputDialog.getText(self, self.tr("Settle discrepancy"), self.tr(
                "How was %1 settled (found, written off, shipped again…)?").replace(
                "%1", d.code))
            if not ok:
                return
            resolution = text
        conn = self.session.connection
        self.session.call(conn.shipping.ResolveDiscrepancy, H.ResolveDiscrepancyRequest(
            id=d.id, resolution=resolution.strip()),
            on_success=lambda _d: self.controller.reload(),
            on_failure=lambda exc: show_error(self, exc), owner=self)


class StockWarningsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Dealer or store"), lambda w: f"{w.org_name} ({w.org_code})",
                   "org_id"),
            Column(self.tr("Product"), lambda w: f"{w.product_name} ({w.product_code})",
                   "product_id"),
            number(self.tr("In stock"), lambda w: f"{w.items:,}", "items"),
            number(self.tr("Warn below"), lambda w: f"{w.min_items:,}", "min_items"),
            number(self.tr("Short by"), lambda w: f"{w.min_items - w.items:,}"),
            Column(self.tr("Note"), lambda w: w.note),
        ]
        super().__init__(session, self.tr("Low stock"),
                         lister(conn, conn.stock.ListStockWarnings), columns, parent,
                         self.tr("Dealer, store or product"))
        self.controller.model.row_background = lambda _w: QColor("#fdecea")
