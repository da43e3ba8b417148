"""Choose a record from a server list (organisation, category, product, line) in a combo box
filled in the background; typing searches the server."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from client.session import Session
from shared.pb import common_pb2

ListCall = Callable[[common_pb2.ListQuery], Sequence[Any]]


class RecordPicker(QComboBox):
    """A combo box of records; `current_id()` is 0 for the empty choice."""

    loaded = Signal()
    record_changed = Signal(object)  # the record, or None

    def __init__(self, session: Session, fetch: ListCall, label: Callable[[Any], str], *,
                 empty_text: str | None = None, page_size: int = 500,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fetch = fetch
        self.label = label
        self.empty_text = empty_text
        self.page_size = page_size
        self.records: dict[int, Any] = {}
        self._pending_id = 0
        self._pending_text = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.error = ""
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(350)
        self._search.timeout.connect(self._search_now)
        self.lineEdit().textEdited.connect(lambda _t: self._search.start())
        self.currentIndexChanged.connect(self._changed)
        self._generation = 0
        self.reload()

    def reload(self, search: str = "") -> None:
        self._generation += 1
        generation = self._generation
        query = common_pb2.ListQuery(page=1, page_size=self.page_size, search=search)
        fetch = self.fetch

        def done(items: Sequence[Any]) -> None:
            if generation == self._generation:
                self._fill(items, keep_text=bool(search))

        def failed(exc: BaseException) -> None:
            self.error = self.session.message(exc)
            self.setToolTip(self.error)
            self.loaded.emit()

        self.session.run(lambda task: fetch(query), on_success=done, on_failure=failed,
                         owner=self)

    def _search_now(self) -> None:
        text = self.lineEdit().text().strip()
        current = self.currentIndex()
        if current >= 0 and text == self.itemText(current):
            return
        self.reload(text)

    def _fill(self, items: Sequence[Any], keep_text: bool) -> None:
        wanted = self._pending_id or self.current_id()
        typed = self.lineEdit().text()
        self.blockSignals(True)
        self.clear()
        self.records = {}
        if self.empty_text is not None:
            self.addItem(self.empty_text, 0)
        for record in items:
            self.records[int(record.id)] = record
            self.addItem(self.label(record), int(record.id))
        if wanted and wanted not in self.records and self._pending_text:
            self.addItem(self._pending_text, wanted)
        index = self.findData(wanted) if wanted else (0 if self.empty_text is not None else -1)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if keep_text and index < 0:
            self.lineEdit().setText(typed)
            self.showPopup()
        self._pending_id = 0
        self.loaded.emit()
        self._changed(self.currentIndex())

    def _changed(self, _index: int) -> None:
        self.record_changed.emit(self.current_record())

    def current_id(self) -> int:
        data = self.currentData()
        return int(data) if data else 0

    def current_record(self) -> Any:
        return self.records.get(self.current_id())

    def set_current(self, record_id: int, text: str = "") -> None:
        """Select a record, also before the list has arrived or when it is not in the list."""
        if not record_id:
            self.setCurrentIndex(0 if self.empty_text is not None else -1)
            return
        index = self.findData(record_id)
        if index >= 0:
            self.setCurrentIndex(index)
            return
        self._pending_id, self._pending_text = record_id, text
        if text:
            self.addItem(text, record_id)
            self.setCurrentIndex(self.count() - 1)
