"""A table model over one page of a server list, and the controller that holds the query
(search, filters, sort, page, page size) and loads pages in the background."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from client.models.columns import Column
from client.session import Session
from client.tasks import Task
from shared.pb import common_pb2

Fetch = Callable[[common_pb2.ListQuery], tuple[Sequence[Any], common_pb2.PageInfo]]
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """The rows of the current page; `Qt.UserRole` returns the record (a proto message)."""

    sort_requested = Signal(int, object)  # column, Qt.SortOrder

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        # Optional: a whole row's background (e.g. suspected counterfeits in the scan log).
        self.row_background: Callable[[Any], QColor | None] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_background is not None:
            return self.row_background(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens on the server: ask the controller to reload."""
        self.sort_requested.emit(column, order)

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class ListController(QObject):
    """Holds the query of one list and loads its pages off the GUI thread."""

    loading = Signal()
    loaded = Signal()  # the model holds the new page
    failed = Signal(object)  # the exception

    def __init__(self, session: Session, fetch: Fetch, columns: Sequence[Column],
                 page_size: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fetch = fetch
        self.model = PagedTableModel(columns, self)
        self.model.sort_requested.connect(self._sort_by_column)
        self.page = 1
        self.page_size = page_size
        self.total = 0
        self.search = ""
        self.filters: dict[str, common_pb2.Filter] = {}
        self.sort: list[common_pb2.Sort] = []
        self.busy = False
        self._generation = 0
        self.last_error: BaseException | None = None

    # query state
    def query(self, page: int | None = None, page_size: int | None = None
              ) -> common_pb2.ListQuery:
        return common_pb2.ListQuery(page=page or self.page, page_size=page_size or self.page_size,
                                    search=self.search, filters=list(self.filters.values()),
                                    sort=list(self.sort))

    def set_filter(self, key: str, field: str, value: str | None,
                   op: int = common_pb2.FILTER_OP_EQ) -> None:
        """Set (or with None/"" clear) one filter; `key` lets two filters share a field."""
        if value is None or value == "":
            self.filters.pop(key, None)
        else:
            self.filters[key] = common_pb2.Filter(field=field, op=op, value=value)

    def clear_filters(self) -> None:
        self.filters.clear()
        self.search = ""

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.page_size)) if self.page_size else 1

    # loading
    def reload(self) -> Task:
        """Load the current page; a newer load supersedes an older one still running."""
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.loading.emit()
        query = self.query()
        fetch = self.fetch

        def done(result: tuple[Sequence[Any], common_pb2.PageInfo]) -> None:
            if generation != self._generation:
                return
            rows, info = result
            self.busy = False
            self.last_error = None
            self.total = int(info.total)
            self.model.set_rows(rows)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.last_error = exc
            self.failed.emit(exc)

        return self.session.run(lambda task: fetch(query), on_success=done, on_failure=failed,
                                owner=self)

    def go_to(self, page: int) -> Task:
        self.page = min(max(1, page), self.pages)
        return self.reload()

    def first_page(self) -> Task:
        self.page = 1
        return self.reload()

    def set_page_size(self, size: int) -> Task:
        self.page_size = size
        self.page = 1
        return self.reload()

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        field = self.model.columns[column].sort
        if not field:
            return
        self.sort = [common_pb2.Sort(field=field,
                                     descending=order == Qt.SortOrder.DescendingOrder)]
        self.page = 1
        self.reload()


def fetch_all(fetch: Fetch, base: common_pb2.ListQuery, task: Task,
              page_size: int = 500) -> list[Any]:
    """Background: every row of a query, page by page, reporting progress (for export)."""
    rows: list[Any] = []
    page = 1
    while True:
        task.check()
        query = common_pb2.ListQuery()
        query.CopyFrom(base)
        query.page, query.page_size = page, page_size
        items, info = fetch(query)
        rows.extend(items)
        task.report(len(rows), int(info.total))
        if not items or len(rows) >= info.total:
            return rows
        page += 1
