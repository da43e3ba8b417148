"""Base for create/edit dialogs: labelled fields, shape checks before sending, the RPC in the
background, and the server's refusal shown in plain words with the named field highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from client.connection import ServerError
from client.session import Session
from client.tasks import Task
from client.widgets.errors import plain_message

INVALID_STYLE = "border: 1px solid #d32f2f; background: #fff5f5;"


class FormDialog(QDialog):
    """Subclasses add fields, then implement `validate()`, `build()` and `send()`."""

    saved = Signal(object)  # the record the server returned

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.result_record: Any = None
        self.pending: Task | None = None
        self.banner = QLabel()
        self.banner.setObjectName("formError")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: #a61b1b; background: #fdecea; padding: 6px;"
                                  " border-radius: 3px; }")
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra, 1)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_field(self, key: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        text = f"{label} *" if required else label
        caption = QLabel(text)
        self.form.addRow(caption, widget)
        self.fields[key] = widget
        self.labels[key] = caption
        return widget

    def use_custom_editors(self, editors: dict[str, QWidget]) -> None:
        """Register the current custom-field editors so server errors can find them."""
        for key in [k for k in self.fields if k.startswith("custom.")]:
            del self.fields[key]
        self.fields.update(editors)

    # to implement
    def validate(self) -> list[tuple[str, str]]:
        """Shape problems as (field key, message); empty when the form may be sent."""
        return []

    def build(self) -> Any:
        """The request to send, built on the GUI thread."""
        raise NotImplementedError

    def send(self, request: Any) -> Any:
        """Background: send the request with the connection and return the saved record."""
        raise NotImplementedError

    # flow
    def submit(self) -> None:
        self.clear_marks()
        problems = self.validate()
        if problems:
            for key, _message in problems:
                self.mark(key)
            self.show_error("\n".join(message for _key, message in problems))
            first = self.fields.get(problems[0][0])
            if first is not None:
                first.setFocus()
            return
        request = self.build()
        self.save_button.setEnabled(False)
        self.pending = self.session.run(lambda task: self.send(request), on_success=self._saved,
                                        on_failure=self._failed, owner=self)

    def _saved(self, record: Any) -> None:
        self.save_button.setEnabled(True)
        self.result_record = record
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.show_error(plain_message(exc))
        if isinstance(exc, ServerError) and exc.field:
            widget = self.field_widget(exc.field)
            if widget is not None:
                self.mark(exc.field)
                widget.setFocus()

    def field_widget(self, name: str) -> QWidget | None:
        return self.fields.get(name) or self.fields.get(f"custom.{name}")

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def mark(self, key: str) -> None:
        widget = self.field_widget(key)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setProperty("invalid", True)

    def clear_marks(self) -> None:
        self.show_error("")
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setStyleSheet("")
                widget.setProperty("invalid", False)
