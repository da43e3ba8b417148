"""Filter widgets for list pages. Each one writes its server filter into the list's query."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from client.models.paged import ListController
from shared.pb import common_pb2


class FilterWidget(QWidget):
    """Base: `changed` fires when the user picks something; `apply` writes the filter."""

    changed = Signal()

    def apply(self, controller: ListController) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError


class ChoiceFilter(FilterWidget):
    """A labelled combo box: "All" or one value for an equality filter."""

    def __init__(self, label: str, field: str, options: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.combo = QComboBox()
        self.combo.setObjectName(f"filter_{field}")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem(self.tr("All"), "")
        for text, value in options:
            self.combo.addItem(text, value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for text, value in options:
            self.combo.addItem(text, value)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self.combo.updateGeometry()  # options loaded later: the combo widens to show them
        self.updateGeometry()

    def select(self, value: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def apply(self, controller: ListController) -> None:
        controller.set_filter(self.field, self.field, str(self.combo.currentData() or ""))

    def reset(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)


class DateRangeFilter(FilterWidget):
    """From/to dates (inclusive), each switched on by its check box."""

    def __init__(self, label: str, field: str, timezone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.timezone = timezone  # set for timestamp fields: days start in this zone
        self.use_from = QCheckBox(label + " " + self.tr("from"))
        self.use_to = QCheckBox(self.tr("to"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.use_from.toggled.connect(lambda _b: self.changed.emit())
        self.use_to.toggled.connect(lambda _b: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            layout.addWidget(w)
        layout.addStretch(1)

    def _bound(self, day: QDate) -> str:
        if not self.timezone:
            return day.toString("yyyy-MM-dd")
        zone = QTimeZone(self.timezone.encode())
        moment = QDateTime(day, QTime(0, 0), zone if zone.isValid() else QTimeZone.systemTimeZone())
        return moment.toString(Qt.DateFormat.ISODate)

    def apply(self, controller: ListController) -> None:
        start = self._bound(self.date_from.date()) if self.use_from.isChecked() else ""
        end = self._bound(self.date_to.date().addDays(1)) if self.use_to.isChecked() else ""
        controller.set_filter(f"{self.field}>=", self.field, start, common_pb2.FILTER_OP_GE)
        controller.set_filter(f"{self.field}<", self.field, end, common_pb2.FILTER_OP_LT)

    def reset(self) -> None:
        for box in (self.use_from, self.use_to):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)


class TextFilter(FilterWidget):
    """A labelled text box: rows whose field contains the text (applied with the search)."""

    def __init__(self, label: str, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit()
        self.edit.setObjectName(f"filter_{field}")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.edit)
        self.edit.returnPressed.connect(self.changed)

    def apply(self, controller: ListController) -> None:
        controller.set_filter(self.field, self.field, self.edit.text().strip(),
                              common_pb2.FILTER_OP_CONTAINS)

    def reset(self) -> None:
        self.edit.clear()
