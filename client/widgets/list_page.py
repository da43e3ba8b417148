"""The one list page every area reuses: search, filters, click-to-sort headers, paging,
refresh and export to Excel, over a server list call. Areas add their buttons and forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.connection import ServerError
from client.export import write_xlsx
from client.models.columns import Column
from client.models.paged import Fetch, ListController, fetch_all
from client.session import Session
from client.tasks import Cancelled, Task
from client.widgets.errors import plain_message
from client.widgets.filters import FilterWidget
from client.widgets.pager import Pager

F = TypeVar("F", bound=FilterWidget)


def export_cell(column: Column, record: Any) -> Any:
    value = column.value(record)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return column.text(record)


class ListPage(QWidget):
    """A searchable, sortable, paged table over one list RPC."""

    activated = Signal(object)  # a record was double-clicked
    exported = Signal(str, int)  # path, rows

    def __init__(self, session: Session, title: str, fetch: Fetch, columns: Sequence[Column],
                 parent: QWidget | None = None, search_hint: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.title = title
        self.controller = ListController(session, fetch, columns, session.settings.page_size,
                                         self)
        self.started = False
        self._selection_buttons: list[QPushButton] = []
        self.filters: list[FilterWidget] = []

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint or self.tr("Search…"))
        self.search.setMinimumWidth(220)
        self.query_button = QPushButton(self.tr("Search"))
        self.query_button.setObjectName("queryButton")
        self.reset_button = QPushButton(self.tr("Reset"))
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search)
        self.filter_bar.addWidget(self.query_button)
        self.filter_bar.addWidget(self.reset_button)
        self.filter_bar.addStretch(1)

        self.action_bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.export_button.setObjectName("exportButton")
        self.action_bar.addStretch(1)
        self.action_bar.addWidget(self.refresh_button)
        self.action_bar.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setObjectName("listTable")
        self.table.setModel(self.controller.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self._sort_state: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.pager = Pager(self.controller.page_size)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(self.filter_bar)
        layout.addLayout(self.action_bar)
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.pager)

        self.search.returnPressed.connect(self.run_query)
        self.query_button.clicked.connect(self.run_query)
        self.reset_button.clicked.connect(self.reset_query)
        self.refresh_button.clicked.connect(self.controller.reload)
        self.export_button.clicked.connect(self.export_excel)
        self.pager.page_requested.connect(self.controller.go_to)
        self.pager.page_size_changed.connect(self._page_size_changed)
        self.controller.loading.connect(self._loading)
        self.controller.loaded.connect(self._loaded)
        self.controller.failed.connect(self._failed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        session.monitor.restored.connect(self._restored)
        self._sized = False

    # building blocks for areas
    def add_action(self, text: str, callback: Callable[[], Any], *, selection: bool = False,
                   permission: str = "", name: str = "") -> QPushButton:
        """A button left of Refresh; hidden without `permission`, disabled without a selection."""
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: callback())
        self.action_bar.insertWidget(self.action_bar.count() - 3, button)
        if permission and not self.session.can(permission):
            button.hide()
        if selection:
            button.setEnabled(False)
            self._selection_buttons.append(button)
        return button

    def add_filter(self, widget: F) -> F:
        self.filters.append(widget)
        self.filter_bar.insertWidget(self.filter_bar.count() - 3, widget)
        widget.changed.connect(self.run_query)
        return widget

    def selected_record(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.controller.model.record(rows[0].row()) if rows else None

    # loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            self.load()

    def load(self) -> Task:
        self.started = True
        return self.controller.reload()

    def run_query(self) -> Task:
        self.controller.search = self.search.text().strip()
        for widget in self.filters:
            widget.apply(self.controller)
        self.started = True
        return self.controller.first_page()

    def reset_query(self) -> Task:
        self.search.clear()
        for widget in self.filters:
            widget.reset()
        self.controller.clear_filters()
        self.controller.sort = []
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self._sort_state = (-1, Qt.SortOrder.AscendingOrder)
        return self.run_query()

    def _page_size_changed(self, size: int) -> None:
        self.session.settings.page_size = size
        self.controller.set_page_size(size)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0 or column >= len(self.controller.model.columns):
            return
        if not self.controller.model.columns[column].sort:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_state)
            header.blockSignals(False)
            return
        self._sort_state = (column, order)
        self.controller.model.sort(column, order)

    def _loading(self) -> None:
        self.refresh_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _loaded(self) -> None:
        self.unsetCursor()
        self.refresh_button.setEnabled(True)
        self.show_message("")
        c = self.controller
        self.pager.update_state(c.page, c.pages, c.total)
        if not self._sized and c.model.rows:
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for i, column in enumerate(c.model.columns):
                if column.width:
                    header.resizeSection(i, column.width)
                elif header.sectionSize(i) > 320:
                    header.resizeSection(i, 320)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.refresh_button.setEnabled(True)
        self.show_message(plain_message(exc), error=True)

    def _restored(self) -> None:
        exc = self.controller.last_error
        if isinstance(exc, ServerError) and exc.is_connection_problem and self.started:
            self.controller.reload()

    def show_message(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            "QLabel { color: #a61b1b; background: #fdecea; padding: 6px; border-radius: 3px; }"
            if error else
            "QLabel { color: #1e5b2a; background: #e8f5e9; padding: 6px; border-radius: 3px; }")
        self.banner.setVisible(bool(text))

    def _selection_changed(self, *_args: object) -> None:
        has = self.selected_record() is not None
        for button in self._selection_buttons:
            button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        record = self.controller.model.record(index.row())
        if record is not None:
            self.activated.emit(record)

    # export
    def export_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(Path.home() / f"{self.title}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str) -> Task:
        """Write every row of the current query (all pages) to `path`, in the background."""
        columns = list(self.controller.model.columns)
        fetch, base, title = self.controller.fetch, self.controller.query(), self.title
        headers = [c.title for c in columns]
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Export to Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def work(task: Task) -> int:
            rows = fetch_all(fetch, base, task)
            task.check()
            return write_xlsx(path, title, headers,
                              ([export_cell(c, r) for c in columns] for r in rows))

        def done(count: int) -> None:
            progress.close()
            self.show_message(self.tr("Exported %n row(s) to %1", "", count).replace("%1", path))
            self.exported.emit(path, count)

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, Cancelled):
                self.show_message(self.tr("Export cancelled."))
            else:
                self.show_message(plain_message(exc), error=True)

        task = self.session.run(work, on_success=done, on_failure=failed, owner=self)
        task.progressed.connect(lambda d, t: (progress.setMaximum(max(t, 1)),
                                              progress.setValue(d)))
        progress.canceled.connect(task.cancel)
        return task
