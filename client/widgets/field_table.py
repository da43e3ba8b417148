"""Edit a category's custom field definitions as a table (seed 001's 产品分类 screen: 显示名称,
字段类型, 是否显示 — plus key, required, scope and choices)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from client import names
from client.validation import field_key_ok
from shared.pb import catalog_pb2

LABEL, KEY, TYPE, SHOWN, REQUIRED, SCOPE, CHOICES = range(7)


class FieldTable(QWidget):
    """Rows of field definitions with add, remove, up and down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("fieldTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Display name"), self.tr("Key"), self.tr("Field type"), self.tr("Shown"),
            self.tr("Required"), self.tr("Applies to"), self.tr("Choices (one per ;)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHOICES, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(200)
        self.add_button = QPushButton(self.tr("Add field"))
        self.add_button.setObjectName("addField")
        self.remove_button = QPushButton(self.tr("Remove field"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(lambda: self.add_row(catalog_pb2.FieldDefinition(
            type=catalog_pb2.FIELD_TYPE_TEXT, shown=True, scope=catalog_pb2.FIELD_SCOPE_PRODUCT)))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def _check(self, checked: bool) -> QWidget:
        holder = QWidget()
        box = QCheckBox(holder)
        box.setChecked(checked)
        lay = QHBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(box)
        holder.setProperty("box", box)
        return holder

    def add_row(self, definition: catalog_pb2.FieldDefinition) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, definition)
        return row

    def _set_row(self, row: int, d: catalog_pb2.FieldDefinition) -> None:
        label = QLineEdit(d.label)
        key = QLineEdit(d.key)
        key.setPlaceholderText("e.g. origin")
        kind = QComboBox()
        for value, name in names.field_types().items():
            kind.addItem(name, value)
        kind.setCurrentIndex(max(0, kind.findData(d.type or catalog_pb2.FIELD_TYPE_TEXT)))
        scope = QComboBox()
        for value, name in names.field_scopes().items():
            scope.addItem(name, value)
        scope.setCurrentIndex(max(0, scope.findData(d.scope or catalog_pb2.FIELD_SCOPE_PRODUCT)))
        choices = QLineEdit("; ".join(d.choices))
        choices.setEnabled(d.type == catalog_pb2.FIELD_TYPE_CHOICE)
        kind.currentIndexChanged.connect(lambda _i: choices.setEnabled(
            kind.currentData() == catalog_pb2.FIELD_TYPE_CHOICE))
        self.table.setCellWidget(row, LABEL, label)
        self.table.setCellWidget(row, KEY, key)
        self.table.setCellWidget(row, TYPE, kind)
        self.table.setCellWidget(row, SHOWN, self._check(d.shown))
        self.table.setCellWidget(row, REQUIRED, self._check(d.required))
        self.table.setCellWidget(row, SCOPE, scope)
        self.table.setCellWidget(row, CHOICES, choices)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        a, b = self.definition(row), self.definition(other)
        self._set_row(row, b)
        self._set_row(other, a)
        self.table.setCurrentCell(other, 0)

    def set_definitions(self, definitions: Sequence[catalog_pb2.FieldDefinition]) -> None:
        self.table.setRowCount(0)
        for d in definitions:
            self.add_row(d)

    def _text(self, row: int, column: int) -> str:
        widget = self.table.cellWidget(row, column)
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    def _checked(self, row: int, column: int) -> bool:
        holder = self.table.cellWidget(row, column)
        box = holder.property("box") if holder is not None else None
        return bool(box.isChecked()) if isinstance(box, QCheckBox) else False

    def _data(self, row: int, column: int) -> int:
        widget = self.table.cellWidget(row, column)
        return int(widget.currentData()) if isinstance(widget, QComboBox) else 0

    def definition(self, row: int) -> catalog_pb2.FieldDefinition:
        kind = self._data(row, TYPE)
        choices = [c.strip() for c in self._text(row, CHOICES).replace("；", ";").split(";")
                   if c.strip()] if kind == catalog_pb2.FIELD_TYPE_CHOICE else []
        return catalog_pb2.FieldDefinition(
            label=self._text(row, LABEL), key=self._text(row, KEY), type=kind,
            shown=self._checked(row, SHOWN), required=self._checked(row, REQUIRED),
            scope=self._data(row, SCOPE), choices=choices)

    def definitions(self) -> list[catalog_pb2.FieldDefinition]:
        return [self.definition(r) for r in range(self.table.rowCount())]

    def problems(self) -> list[str]:
        """Shape problems, one message per row at fault."""
        out: list[str] = []
        seen: set[str] = set()
        for row, d in enumerate(self.definitions(), start=1):
            if not d.label:
                out.append(self.tr("Field %1: enter the display name.").replace("%1", str(row)))
            if not field_key_ok(d.key):
                out.append(self.tr("Field %1: the key must start with a lower-case letter and "
                                   "hold only a-z, 0-9 and _.").replace("%1", str(row)))
            elif d.key in seen:
                out.append(self.tr("Field %1: the key “%2” is used twice.")
                           .replace("%1", str(row)).replace("%2", d.key))
            seen.add(d.key)
            if d.type == catalog_pb2.FIELD_TYPE_CHOICE and not d.choices:
                out.append(self.tr("Field %1: a choice field needs its choices.")
                           .replace("%1", str(row)))
        return out
