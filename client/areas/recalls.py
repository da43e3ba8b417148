"""召回 — find the lots (by lot number, or a material recorded on them: 问题原料用在了哪个批次),
see who holds how many units now grouped by holder (export it for the phone calls), and recall
them: their stock is marked, shipping and selling refuse it, and consumers scanning a unit read
the brand's notice. Earlier recalls below."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client import stock_names
from client.areas.shipping_station import put, table
from client.export import write_xlsx
from client.session import Session
from client.widgets.errors import plain_message
from shared.pb import common_pb2, flow_pb2

F = flow_pb2


class RecallsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lots: list[flow_pb2.LotInfo] = []
        self.holders: flow_pb2.RecallHolders | None = None
        self.search = QLineEdit()
        self.search.setObjectName("lotSearch")
        self.search.setPlaceholderText(self.tr("Lot number, or a material recorded on lots "
                                               "(e.g. a raw material batch)"))
        self.search.returnPressed.connect(self.find)
        self.find_button = QPushButton(self.tr("Find lots"))
        self.find_button.setObjectName("findButton")
        self.find_button.clicked.connect(self.find)
        self.found = table([self.tr("Lot"), self.tr("Product"), self.tr("Produced"),
                            self.tr("Line"), self.tr("Recorded")], "lotsTable")
        self.found.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.found.setSelectionMode(QTableWidget.SelectionMode.MultiSelection)
        self.found.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.holders_button = QPushButton(self.tr("Who holds them?"))
        self.holders_button.setObjectName("holdersButton")
        self.holders_button.clicked.connect(self.show_holders)
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_excel)
        self.recall_button = QPushButton(self.tr("Recall…"))
        self.recall_button.setObjectName("recallButton")
        self.recall_button.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.recall_button.clicked.connect(self.recall)
        self.recall_button.setVisible(session.can("recall.manage"))
        self.summary = QLabel()
        self.summary.setObjectName("holdersSummary")
        self.summary.setWordWrap(True)
        self.table = table([self.tr("Holder"), self.tr("Type"), self.tr("Region"),
                            self.tr("Warehouse"), self.tr("State"), self.tr("Lot"),
                            self.tr("Pallets"), self.tr("Cases"), self.tr("Items"),
                            self.tr("Marked recalled"), self.tr("On its way to")],
                           "holdersTable")
        self.recalls = table([self.tr("Recall"), self.tr("Lots"), self.tr("Reason"),
                              self.tr("Units marked"), self.tr("Items"), self.tr("By"),
                              self.tr("When")], "recallsTable")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        actions = QHBoxLayout()
        actions.addWidget(self.holders_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.recall_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.found)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.table, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Recalls")))
        lower_layout.addWidget(self.recalls)
        split.addWidget(lower)
        split.setSizes([520, 180])
        title = QLabel(self.tr("Recall"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.load_recalls()

    def find(self, text: str = "") -> None:
        if text:
            self.search.setText(text)
        text = self.search.text().strip()
        if not text:
            return
        conn = self.session.connection
        self.session.call(conn.flow.SearchLots, F.FindLotsRequest(text=text),
                          on_success=self._found, owner=self,
                          on_failure=lambda exc: self.summary.setText(plain_message(exc)))

    def _found(self, response: flow_pb2.FindLotsResponse) -> None:
        self.lots = list(response.items)
        self.found.setRowCount(len(self.lots))
        for row, lot in enumerate(self.lots):
            recorded = ", ".join(f"{f.label}: {f.value}" for f in lot.fields)
            put(self.found, row, [lot.lot_no, lot.product_name, lot.production_date,
                                  lot.line_name, recorded])
        self.found.selectAll()
        self.summary.setText(self.tr("%1 lot(s) found.").replace("%1", str(len(self.lots))))

    def chosen(self) -> list[int]:
        rows = sorted({i.row() for i in self.found.selectionModel().selectedRows()})
        return [self.lots[r].id for r in rows if r < len(self.lots)]

    def show_holders(self) -> None:
        lots = self.chosen()
        if not lots:
            self.summary.setText(self.tr("Choose one or more lots first."))
            return
        conn = self.session.connection
        self.session.call(conn.flow.GetRecallHolders, F.RecallRequest(lot_ids=lots),
                          on_success=self._holders, owner=self,
                          on_failure=lambda exc: self.summary.setText(plain_message(exc)))

    def _holders(self, holders: flow_pb2.RecallHolders) -> None:
        self.holders = holders
        states, kinds = stock_names.holding_states(), stock_names.org_kinds()
        self.table.setRowCount(len(holders.holders))
        for row, h in enumerate(holders.holders):
            put(self.table, row, [h.org_name, kinds.get(h.org_kind, h.org_kind),
                                  h.region_name or h.region_code,
                                  h.warehouse_name, states.get(h.state, ""), h.lot_no,
                                  h.pallets, h.cases, h.items, h.recalled_items, h.to_name],
                "#a61b1b" if h.recalled_items else "")
        text = self.tr("%1 item(s) packed; %2 never received into stock (still at the "
                       "factory)").replace("%1", f"{holders.total_items:,}").replace(
            "%2", f"{holders.unreceived_items:,}")
        if holders.hidden_items:
            text += "; " + self.tr("%1 held outside your organisation").replace(
                "%1", f"{holders.hidden_items:,}")
        self.summary.setText(text + ".")

    def export_excel(self, path: str = "") -> int:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), str(Path.home() / "recall.xlsx"),
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return 0
        headers = [self.table.horizontalHeaderItem(c).text()
                   for c in range(self.table.columnCount())]
        rows = [[_cell(self.table.item(r, c)) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
        return write_xlsx(path, self.tr("Recall"), headers, rows)

    def recall(self, reason: str | None = None) -> None:
        lots = self.chosen()
        if not lots:
            self.summary.setText(self.tr("Choose one or more lots first."))
            return
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Recall"), self.tr(
                "Recall %1 lot(s)? Reason (kept inside; consumers read the standard "
                "notice):").replace("%1", str(len(lots))))
            if not ok or not text.strip():
                return
            reason = text
        conn = self.session.connection
        self.session.call(conn.flow.CreateRecall, F.CreateRecallRequest(
            lot_ids=lots, reason=reason.strip(), operation_id=uuid.uuid4().hex),
            on_success=self._recalled, owner=self,
            on_failure=lambda exc: self.summary.setText(plain_message(exc)))

    def _recalled(self, recall: flow_pb2.Recall) -> None:
        self._holders(recall.holders)
        self.summary.setText(self.tr("Recall %1: %2 unit(s), %3 item(s) marked.").replace(
            "%1", recall.recall_no).replace("%2", str(recall.holdings)).replace(
            "%3", f"{recall.items:,}"))
        self.load_recalls()

    def load_recalls(self) -> None:
        conn = self.session.connection
        self.session.call(conn.flow.ListRecalls, common_pb2.ListQuery(page_size=100),
                          on_success=self._recalls, owner=self)

    def _recalls(self, response: flow_pb2.ListRecallsResponse) -> None:
        self.recalls.setRowCount(len(response.items))
        for row, r in enumerate(response.items):
            put(self.recalls, row, [r.recall_no, ", ".join(x.lot_no for x in r.lots), r.reason,
                                    r.holdings, r.items, r.created_by,
                                    self.session.format_time(r.created_at)])


def _cell(item: QTableWidgetItem | None) -> str | int:
    if item is None:
        return ""
    text = item.text()
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else text
