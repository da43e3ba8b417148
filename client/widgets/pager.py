"""Paging controls under a list: total, first/previous/next/last, page x of y, page size."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from client.settings import PAGE_SIZES


class Pager(QWidget):
    page_requested = Signal(int)
    page_size_changed = Signal(int)

    def __init__(self, page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.first = QPushButton(self.tr("First"))
        self.prev = QPushButton(self.tr("Previous"))
        self.next = QPushButton(self.tr("Next"))
        self.last = QPushButton(self.tr("Last"))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.jump = QSpinBox()
        self.jump.setMinimum(1)
        self.jump.setToolTip(self.tr("Go to page"))
        self.jump.setKeyboardTracking(False)
        self.size_combo = QComboBox()
        for size in PAGE_SIZES:
            self.size_combo.addItem(self.tr("%1 per page").replace("%1", str(size)), size)
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(page_size)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total_label)
        layout.addStretch(1)
        for w in (self.first, self.prev, self.page_label, self.next, self.last):
            layout.addWidget(w)
        layout.addWidget(QLabel(self.tr("Go to")))
        layout.addWidget(self.jump)
        layout.addWidget(self.size_combo)
        self._page = 1
        self._pages = 1
        self.first.clicked.connect(lambda: self.page_requested.emit(1))
        self.prev.clicked.connect(lambda: self.page_requested.emit(self._page - 1))
        self.next.clicked.connect(lambda: self.page_requested.emit(self._page + 1))
        self.last.clicked.connect(lambda: self.page_requested.emit(self._pages))
        self.jump.valueChanged.connect(self._jumped)
        self.size_combo.currentIndexChanged.connect(
            lambda _i: self.page_size_changed.emit(int(self.size_combo.currentData())))
        self.update_state(1, 1, 0)

    def _jumped(self, page: int) -> None:
        if page != self._page:
            self.page_requested.emit(page)

    def update_state(self, page: int, pages: int, total: int) -> None:
        self._page, self._pages = page, pages
        self.total_label.setText(self.tr("%n record(s)", "", total))
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page))
                                .replace("%2", str(pages)))
        self.first.setEnabled(page > 1)
        self.prev.setEnabled(page > 1)
        self.next.setEnabled(page < pages)
        self.last.setEnabled(page < pages)
        self.jump.blockSignals(True)
        self.jump.setMaximum(max(1, pages))
        self.jump.setValue(page)
        self.jump.blockSignals(False)
