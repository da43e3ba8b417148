"""The lines of an order or exceptional shipment as an editable table: product (typed to
search), quantity, unit (items or cases) and the quantity in items; or read-only with what has
shipped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client import order_names
from client.areas.common import all_items
from client.session import Session
from shared.pb import catalog_pb2, common_pb2
from shared.pb import orders_pb2 as O

PRODUCT, QUANTITY, UNIT, ITEMS = range(4)
MAX_QUANTITY = 10_000_000


class LinesEditor(QWidget):
    """Rows of product, quantity and unit; `lines()` gives them for the request."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Session, default_unit: int = O.QUANTITY_UNIT_ITEM,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.default_unit = default_unit
        self.products: dict[int, catalog_pb2.Product] = {}
        self.per_case: dict[int, int] = {}  # from lines shown before the products arrive
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"),
                                              self.tr("Unit"), self.tr("In items")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (QUANTITY, UNIT, ITEMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(180)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("addLine")
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.total = QLabel()
        self.total.setObjectName("linesTotal")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self._remove)
        conn = session.connection
        query = common_pb2.ListQuery(filters=[common_pb2.Filter(field="active", value="true")])
        session.run(lambda task: all_items(conn, conn.catalog.ListProducts, query),
                    on_success=self._products_loaded, owner=self,
                    on_failure=lambda exc: self.total.setText(session.message(exc)))
        self._update_total()

    # products arrive in the background; rows shown before then keep their product
    def _products_loaded(self, products: list[catalog_pb2.Product]) -> None:
        self.products = {p.id: p for p in products}
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            current = combo.currentData()
            self._fill(combo)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._update_total()
        self.loaded.emit()

    def _fill(self, combo: QComboBox) -> None:
        combo.blockSignals(True)
        keep = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        combo.clear()
        combo.addItem("", 0)
        for p in sorted(self.products.values(), key=lambda p: p.code):
            combo.addItem(f"{p.name} ({p.code})", p.id)
        for product_id, text in keep.items():  # an inactive product an old line still names
            if product_id and combo.findData(product_id) < 0:
                combo.addItem(text, product_id)
        combo.blockSignals(False)

    def add_line(self, line: O.OrderLine | None = None) -> int:
        """Append a row (empty, or showing `line`); returns its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._fill(combo)
        quantity = QSpinBox()
        quantity.setRange(1, MAX_QUANTITY)
        quantity.setGroupSeparatorShown(True)
        unit = QComboBox()
        for value, name in order_names.units().items():
            unit.addItem(name, value)
        unit.setCurrentIndex(unit.findData(self.default_unit))
        if line is not None:
            self.per_case[line.product_id] = line.items_per_case
            if combo.findData(line.product_id) < 0:
                combo.addItem(f"{line.product_name} ({line.product_code})", line.product_id)
            combo.setCurrentIndex(combo.findData(line.product_id))
            quantity.setValue(max(1, line.quantity))
            unit.setCurrentIndex(max(0, unit.findData(line.unit or O.QUANTITY_UNIT_ITEM)))
        self.table.setCellWidget(row, PRODUCT, combo)
        self.table.setCellWidget(row, QUANTITY, quantity)
        self.table.setCellWidget(row, UNIT, unit)
        items = QTableWidgetItem()
        items.setFlags(Qt.ItemFlag.ItemIsEnabled)
        items.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, ITEMS, items)
        combo.currentIndexChanged.connect(lambda _i: self._update_total())
        quantity.valueChanged.connect(lambda _v: self._update_total())
        unit.currentIndexChanged.connect(lambda _i: self._update_total())
        self._update_total()
        return row

    def set_lines(self, lines: Sequence[O.OrderLine]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(row)
        self._update_total()

    def _combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, PRODUCT)
        assert isinstance(widget, QComboBox)
        return widget

    def _row(self, row: int) -> tuple[int, int, int]:
        quantity, unit = self.table.cellWidget(row, QUANTITY), self.table.cellWidget(row, UNIT)
        assert isinstance(quantity, QSpinBox) and isinstance(unit, QComboBox)
        return int(self._combo(row).currentData() or 0), quantity.value(), int(unit.currentData())

    def _items(self, product_id: int, quantity: int, unit: int) -> int | None:
        if unit != O.QUANTITY_UNIT_CASE:
            return quantity
        product = self.products.get(product_id)
        per_case = product.items_per_case if product is not None else \
            self.per_case.get(product_id, 0)
        return quantity * per_case if per_case else None

    def _update_total(self) -> None:
        total = 0
        for row in range(self.table.rowCount()):
            items = self._items(*self._row(row))
            cell = self.table.item(row, ITEMS)
            if cell is not None:
                cell.setText(f"{items:,}" if items is not None else "")
            total += items or 0
        self.total.setText(self.tr("%n line(s), %1 items in all", "", self.table.rowCount())
                           .replace("%1", f"{total:,}"))
        self.changed.emit()

    # results
    def lines(self) -> list[O.OrderLine]:
        return [O.OrderLine(product_id=p, quantity=q, unit=u)  # type: ignore[arg-type]
                for p, q, u in (self._row(r) for r in range(self.table.rowCount()))]

    def problems(self) -> list[str]:
        """Shape problems before sending (the server checks the rest)."""
        out: list[str] = []
        lines = self.lines()
        if not lines:
            out.append(self.tr("Add at least one line."))
        if any(not x.product_id for x in lines):
            out.append(self.tr("Choose the product of every line."))
        ids = [x.product_id for x in lines if x.product_id]
        if len(ids) != len(set(ids)):
            out.append(self.tr("Each product goes on one line only."))
        return out

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            for column in (PRODUCT, QUANTITY, UNIT):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setEnabled(not read_only)


class LinesView(QTableWidget):
    """An order's lines, read-only: product, quantity as entered, items, shipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("linesView")
        self.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"),
                                        self.tr("In items"), self.tr("Shipped")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_lines(self, lines: Sequence[O.OrderLine]) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = [f"{line.product_name} ({line.product_code})",
                     order_names.quantity_text(line), f"{line.quantity_items:,}",
                     f"{line.shipped_items:,}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
