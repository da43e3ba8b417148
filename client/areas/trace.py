"""跟踪查询 — scan or type any code (bottle, case, pallet, in any printed form): what it is,
where it is now and what it holds, then everything that happened to it in order with who and
where — its case's and pallet's steps included while it was in them — and its lot's record
(line, factory, the materials recorded on it). Steps of organisations outside the user's side
are counted, not shown. The timeline exports to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client import stock_names
from client.areas.shipping_station import put, table
from client.export import write_xlsx
from client.session import Session
from client.widgets.errors import plain_message
from shared.pb import flow_pb2

F = flow_pb2


class TracePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.trace: flow_pb2.CodeTrace | None = None
        self.code = QLineEdit()
        self.code.setObjectName("codeInput")
        self.code.setPlaceholderText(self.tr("Scan or type a code (bottle, case or pallet)"))
        self.code.setMinimumHeight(34)
        self.code.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Trace"))
        self.search_button.setObjectName("traceButton")
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_excel)
        self.export_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("traceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-size: 14px;")
        self.hidden = QLabel()
        self.hidden.setObjectName("hiddenSteps")
        self.hidden.setStyleSheet("color: #5f6b76;")
        self.timeline = table([self.tr("Time"), self.tr("Step"), self.tr("Via"),
                               self.tr("From"), self.tr("To"), self.tr("Document"),
                               self.tr("Organisation"), self.tr("By"), self.tr("Detail")],
                              "timeline")
        self.lot_box = QGroupBox(self.tr("Lot"))
        self.lot_form = QFormLayout(self.lot_box)
        self.children = QLabel()
        self.children.setWordWrap(True)
        self.children.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.lot_box)
        side_layout.addWidget(self.children)
        side_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.timeline)
        split.addWidget(side)
        split.setSizes([900, 300])
        title = QLabel(self.tr("Trace a code"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.hidden)
        layout.addWidget(split, 1)
        self.lot_box.hide()

    def search(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        conn = self.session.connection
        self.search_button.setEnabled(False)
        self.session.call(conn.flow.TraceCode, F.TraceCodeRequest(code=code),
                          on_success=self.show_trace, on_failure=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.summary.setText(plain_message(exc))
        self.summary.setStyleSheet("font-size: 14px; color: #a61b1b;")

    def show_trace(self, trace: flow_pb2.CodeTrace) -> None:
        self.trace = trace
        self.search_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.summary.setStyleSheet("font-size: 14px;")
        levels, states = stock_names.levels(), stock_names.holding_states()
        parts = [f"<b>{trace.code}</b> · {levels.get(trace.level, '')}",
                 " · ".join(x for x in (trace.product_name, trace.lot_no) if x)]
        if trace.root_code or trace.parent_code:
            parts.append(self.tr("in %1").replace("%1", trace.parent_code) +
                         (" · " + self.tr("on %1").replace("%1", trace.root_code)
                          if trace.root_code and trace.root_code != trace.parent_code else ""))
        if trace.level != 1:
            parts.append(self.tr("holds %1").replace("%1", stock_names.quantity(
                0, trace.cases, trace.items)))
        h = trace.holder
        if h.state:
            where = " · ".join(x for x in (h.org_name, h.warehouse_name, h.location_code,
                                           h.shipment_no) if x)
            parts.append(self.tr("Now: %1").replace("%1", " ".join(
                x for x in (states.get(h.state, ""), where) if x)))
        else:
            parts.append(self.tr("Now: not in stock anywhere"))
        self.summary.setText("<br>".join(p for p in parts if p))
        self.hidden.setText(self.tr("%1 step(s) outside your organisation are not shown.")
                            .replace("%1", str(trace.hidden_steps)) if trace.hidden_steps
                            else "")
        kinds = stock_names.trace_kinds()
        self.timeline.setRowCount(len(trace.timeline))
        for row, e in enumerate(trace.timeline):
            via = f"{levels.get(e.via_level, '')} {e.via_code}".strip() if e.via_code else ""
            put(self.timeline, row, [self.session.format_time(e.at), kinds.get(e.kind, ""),
                                     via, e.from_name,
                                     (f"{e.to_name}（{e.to_region_name}）" if e.to_region_name
                                      else e.to_name) or e.place,
                                     e.document_no, e.org_name, e.user_name, e.detail])
        self._lot(trace.lot)
        self.children.setText(self.tr("Holds: %1").replace("%1", ", ".join(trace.children))
                              if trace.children else "")

    def _lot(self, lot: flow_pb2.LotInfo) -> None:
        while self.lot_form.rowCount():
            self.lot_form.removeRow(0)
        self.lot_box.setVisible(bool(lot.id))
        if not lot.id:
            return
        rows = [(self.tr("Lot"), lot.lot_no), (self.tr("Product"), lot.product_name),
                (self.tr("Produced"), lot.production_date), (self.tr("Shift"), lot.shift),
                (self.tr("Line"), lot.line_name), (self.tr("Factory"), lot.factory_name),
                (self.tr("Stations"), ", ".join(lot.stations))]
        rows += [(f.label, f.value) for f in lot.fields]
        for label, value in rows:
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                self.lot_form.addRow(label, text)

    def export_excel(self, path: str = "") -> int:
        if self.trace is None:
            return 0
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), str(Path.home() / f"{self.trace.code}.xlsx"),
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return 0
        headers = [self.timeline.horizontalHeaderItem(c).text()
                   for c in range(self.timeline.columnCount())]
        rows = [[self.timeline.item(r, c).text() if self.timeline.item(r, c) else ""
                 for c in range(self.timeline.columnCount())]
                for r in range(self.timeline.rowCount())]
        return write_xlsx(path, self.trace.code, headers, rows)
