"""Editors for a category's custom fields, one per definition, chosen by the field's type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QDate
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from client.validation import date_ok, number_ok
from shared.pb import catalog_pb2

EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDate(QDateEdit):
    """A date that may be left empty (shown blank at the minimum date)."""

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(" ")
        self.set_text(value)

    def set_text(self, value: str) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if value else EMPTY_DATE
        self.setDate(date if date.isValid() else EMPTY_DATE)

    def text_value(self) -> str:
        return "" if self.date() == EMPTY_DATE else self.date().toString("yyyy-MM-dd")


class CustomFieldsBox(QGroupBox):
    """The custom values of a product or lot; `editors` maps "custom.<key>" to its widget."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("customFields")
        self.layout_ = QFormLayout(self)
        self.definitions: list[catalog_pb2.FieldDefinition] = []
        self.editors: dict[str, QWidget] = {}
        self.note = QLabel()
        self.set_definitions([], {})

    def set_definitions(self, definitions: Sequence[catalog_pb2.FieldDefinition],
                        values: Mapping[str, str]) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.editors = {}
        self.definitions = list(definitions)
        if not self.definitions:
            self.layout_.addRow(QLabel(self.tr("This category has no custom fields here.")))
        for d in self.definitions:
            editor = self._editor(d, values.get(d.key, ""))
            editor.setObjectName(f"custom_{d.key}")
            self.editors[f"custom.{d.key}"] = editor
            self.layout_.addRow(f"{d.label} *" if d.required else d.label, editor)

    def _editor(self, d: catalog_pb2.FieldDefinition, value: str) -> QWidget:
        t = catalog_pb2
        if d.type == t.FIELD_TYPE_NUMBER:
            edit = QLineEdit(value)
            edit.setValidator(QDoubleValidator())
            edit.setPlaceholderText(self.tr("number"))
            return edit
        if d.type == t.FIELD_TYPE_DATE:
            return OptionalDate(value)
        if d.type == t.FIELD_TYPE_BOOLEAN:
            combo = QComboBox()
            combo.addItem("", "")
            combo.addItem(self.tr("Yes"), "true")
            combo.addItem(self.tr("No"), "false")
            combo.setCurrentIndex(max(0, combo.findData(value.lower())))
            return combo
        if d.type == t.FIELD_TYPE_CHOICE:
            combo = QComboBox()
            combo.addItem("", "")
            for choice in d.choices:
                combo.addItem(choice, choice)
            if value and combo.findData(value) < 0:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        return QLineEdit(value)

    @staticmethod
    def value_of(editor: QWidget) -> str:
        if isinstance(editor, OptionalDate):
            return editor.text_value()
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return ""

    def set_value(self, key: str, value: str) -> None:
        editor = self.editors[f"custom.{key}"]
        if isinstance(editor, OptionalDate):
            editor.set_text(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def values(self) -> dict[str, str]:
        out = {}
        for d in self.definitions:
            value = self.value_of(self.editors[f"custom.{d.key}"])
            if value:
                out[d.key] = value
        return out

    def problems(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        values = self.values()
        for d in self.definitions:
            key, value = f"custom.{d.key}", values.get(d.key, "")
            if d.required and not value:
                out.append((key, self.tr("Please fill in “%1”.").replace("%1", d.label)))
            elif value and d.type == catalog_pb2.FIELD_TYPE_NUMBER and not number_ok(value):
                out.append((key, self.tr("“%1” must be a number.").replace("%1", d.label)))
            elif value and d.type == catalog_pb2.FIELD_TYPE_DATE and not date_ok(value):
                out.append((key, self.tr("“%1” must be a date (YYYY-MM-DD).")
                            .replace("%1", d.label)))
        return out
