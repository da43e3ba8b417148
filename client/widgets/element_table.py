"""Edit a label template's elements as a table: kind, symbology, content (with a placeholder
picker), position and size in mm, font size and bold. Works on the plain `Element` dataclass."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from client.labels.model import PLACEHOLDERS, Element, Kind, Symbology

KIND, SYMBOLOGY, CONTENT, X, Y, W, H, FONT, BOLD = range(9)
_GEOMETRY = (X, Y, W, H)


def _holder(widget: QWidget) -> QWidget:
    """A cell holder: the table shows its cell widgets, so hiding happens inside the holder."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    holder.setProperty("inner", widget)
    return holder


class ContentEdit(QWidget):
    """A line edit with a button that inserts a placeholder at the cursor."""

    changed = Signal()

    def __init__(self, text: str, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.button = QToolButton()
        self.button.setText("{…}")
        self.button.setToolTip(self.tr("Insert a placeholder"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        for key in PLACEHOLDERS:
            action = menu.addAction(f"{{{key}}}  {names.get(key, '')}")
            action.triggered.connect(lambda _c=False, k=key: self.insert(k))
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def insert(self, key: str) -> None:
        self.edit.insert(f"{{{key}}}")
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.text()


class ElementTable(QWidget):
    """Rows of elements with add (barcode, text, logo), remove, up and down."""

    changed = Signal()
    current_changed = Signal(int)  # row, -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = {Kind.BARCODE: self.tr("Barcode"), Kind.TEXT: self.tr("Text"),
                      Kind.LOGO: self.tr("Logo")}
        self.symbologies = {Symbology.QR: self.tr("QR code"),
                            Symbology.DATAMATRIX: self.tr("Data Matrix"),
                            Symbology.CODE128: self.tr("Code 128"),
                            Symbology.GS1_128: self.tr("GS1-128"),
                            Symbology.GS1_DATAMATRIX: self.tr("GS1 DataMatrix")}
        self.placeholder_names = {
            "code": self.tr("Code"), "url": self.tr("Consumer URL"),
            "serial": self.tr("Serial number"), "roll": self.tr("Roll / pack / sheet number"),
            "batch_no": self.tr("Batch number"), "verification_code": self.tr("Verification code"),
            "element_string": self.tr("GS1 element string"),
            "product_name": self.tr("Product name"),
            "product_code": self.tr("Product code"), "spec": self.tr("Specification"),
            "gtin": self.tr("GTIN"), "lot_no": self.tr("Lot number"),
            "production_date": self.tr("Production date")}
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("elementTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Symbology"), self.tr("Content"), self.tr("X mm"),
            self.tr("Y mm"), self.tr("Width mm"), self.tr("Height mm"), self.tr("Font pt"),
            self.tr("Bold")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.add_barcode = QPushButton(self.tr("Add barcode"))
        self.add_barcode.setObjectName("addBarcode")
        self.add_text = QPushButton(self.tr("Add text"))
        self.add_text.setObjectName("addText")
        self.add_logo = QPushButton(self.tr("Add logo"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons = QHBoxLayout()
        for b in (self.add_barcode, self.add_text, self.add_logo, self.remove_button,
                  self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_barcode.clicked.connect(lambda: self.add(Element(
            Kind.BARCODE, 2, 2, 20, 20, Symbology.QR, "{url}")))
        self.add_text.clicked.connect(lambda: self.add(Element(
            Kind.TEXT, 2, 2, 30, 5, content="{product_name}", font_size_pt=8)))
        self.add_logo.clicked.connect(lambda: self.add(Element(Kind.LOGO, 2, 2, 15, 8)))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.current_changed.emit(
            row))

    # rows
    def set_elements(self, elements: tuple[Element, ...] | list[Element]) -> None:
        self.table.setRowCount(0)
        for e in elements:
            self._insert(self.table.rowCount(), e)
        self.changed.emit()

    def elements(self) -> list[Element]:
        return [self.element(row) for row in range(self.table.rowCount())]

    def add(self, element: Element) -> int:
        row = self.table.rowCount()
        self._insert(row, element)
        self.table.selectRow(row)
        self.changed.emit()
        return row

    def _insert(self, row: int, e: Element) -> None:
        self.table.insertRow(row)
        kind = QComboBox()
        for value, name in self.kinds.items():
            kind.addItem(name, value.value)
        kind.setCurrentIndex(kind.findData(e.kind.value))
        symbology = QComboBox()
        for value, name in self.symbologies.items():
            symbology.addItem(name, value.value)
        symbology.setCurrentIndex(symbology.findData(e.symbology.value))
        content = ContentEdit(e.content, self.placeholder_names)
        self.table.setCellWidget(row, KIND, kind)
        self.table.setCellWidget(row, SYMBOLOGY, _holder(symbology))
        self.table.setCellWidget(row, CONTENT, _holder(content))
        for column, value in zip(_GEOMETRY, (e.x_mm, e.y_mm, e.width_mm, e.height_mm),
                                 strict=True):
            self.table.setCellWidget(row, column, self._number(value, 0, 300, 0.5))
        self.table.setCellWidget(row, FONT, _holder(self._number(e.font_size_pt, 2, 144, 0.5)))
        bold = QCheckBox()
        bold.setChecked(e.bold)
        self.table.setCellWidget(row, BOLD, _holder(bold))
        kind.currentIndexChanged.connect(lambda _i, w=kind: self._kind_changed(w))
        symbology.currentIndexChanged.connect(lambda _i: self.changed.emit())
        content.changed.connect(self.changed.emit)
        bold.toggled.connect(lambda _b: self.changed.emit())
        self._enable(row)

    def _number(self, value: float, low: float, high: float, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        return spin

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, KIND) is widget:
                return row
        return -1

    def _kind_changed(self, widget: QComboBox) -> None:
        row = self._row_of(widget)
        if row >= 0:
            self._enable(row)
        self.changed.emit()

    def _enable(self, row: int) -> None:
        """Only what applies to the kind is shown: symbology for barcodes, font for text."""
        kind = Kind(self._combo(row, KIND).currentData())
        self._inner(row, SYMBOLOGY).setVisible(kind == Kind.BARCODE)
        self._inner(row, CONTENT).setVisible(kind != Kind.LOGO)
        self._inner(row, FONT).setVisible(kind == Kind.TEXT)
        self._inner(row, BOLD).setVisible(kind == Kind.TEXT)

    def _inner(self, row: int, column: int) -> QWidget:
        """The editor inside a cell (some sit in a holder so they can be hidden)."""
        widget = self.table.cellWidget(row, column)
        inner = widget.property("inner") if widget is not None else None
        return inner if isinstance(inner, QWidget) else widget

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self._inner(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _spin(self, row: int, column: int) -> float:
        widget = self._inner(row, column)
        assert isinstance(widget, QDoubleSpinBox)
        return float(widget.value())

    def element(self, row: int) -> Element:
        content = self._inner(row, CONTENT)
        bold = self._inner(row, BOLD)
        assert isinstance(content, ContentEdit) and isinstance(bold, QCheckBox)
        return Element(Kind(self._combo(row, KIND).currentData()), self._spin(row, X),
                       self._spin(row, Y), self._spin(row, W), self._spin(row, H),
                       Symbology(self._combo(row, SYMBOLOGY).currentData()), content.text(),
                       self._spin(row, FONT), bold.isChecked())

    def set_element(self, row: int, element: Element) -> None:
        """Replace one row (keeps the selection on it)."""
        self.table.removeRow(row)
        self._insert(row, element)
        self.table.selectRow(row)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.elements()
        items[row], items[target] = items[target], items[row]
        self.set_elements(items)
        self.table.selectRow(target)

    def problems(self, width_mm: float, height_mm: float, has_logo: bool) -> list[str]:
        """Shape checks before saving (the server has the last word)."""
        out = []
        for row, e in enumerate(self.elements(), start=1):
            name = self.tr("Element %1").replace("%1", str(row))
            if e.width_mm <= 0 or e.height_mm <= 0:
                out.append(name + ": " + self.tr("width and height must be above 0."))
            if e.x_mm + e.width_mm > width_mm + 1e-6 or e.y_mm + e.height_mm > height_mm + 1e-6:
                out.append(name + ": " + self.tr("lies outside the label."))
            if e.kind != Kind.LOGO and not e.content.strip():
                out.append(name + ": " + self.tr("needs content."))
            if e.kind == Kind.LOGO and not has_logo:
                out.append(name + ": " + self.tr("choose a logo image first."))
        return out
