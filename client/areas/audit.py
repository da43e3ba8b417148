"""The audit log: read-only, filtered by user, action, entity, outcome and date, with the
before/after of the selected entry beside the list."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from client import names
from client.areas.common import lister
from client.models.columns import Column
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter, TextFilter
from client.widgets.list_page import ListPage
from shared.pb import audit_pb2, common_pb2


def pretty(text: str) -> str:
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


class AuditDetail(QWidget):
    """Before, after and the request of one audit entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.before = QPlainTextEdit()
        self.after = QPlainTextEdit()
        self.request = QPlainTextEdit()
        for name, edit in (("before", self.before), ("after", self.after),
                           ("request", self.request)):
            edit.setObjectName(f"audit_{name}")
            edit.setReadOnly(True)
            edit.setFont(mono)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(self.summary, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Before")), 1, 0)
        grid.addWidget(QLabel(self.tr("After")), 1, 1)
        grid.addWidget(QLabel(self.tr("Request")), 1, 2)
        grid.addWidget(self.before, 2, 0)
        grid.addWidget(self.after, 2, 1)
        grid.addWidget(self.request, 2, 2)

    def show_entry(self, entry: audit_pb2.AuditEntry | None, when: str = "") -> None:
        if entry is None:
            self.summary.setText(self.tr("Select an entry to see what changed."))
            for edit in (self.before, self.after, self.request):
                edit.clear()
            return
        text = self.tr("%1 — %2 (%3), %4 %5 #%6").replace("%1", when).replace(
            "%2", entry.username or "—").replace("%3", entry.org_name or "—").replace(
            "%4", names.audit_actions().get(entry.action, entry.action)).replace(
            "%5", names.entities().get(entry.entity, entry.entity)).replace(
            "%6", entry.entity_id or "—")
        if entry.outcome == "error":
            text += "  " + self.tr("[refused: %1]").replace("%1", entry.reason_code)
        self.summary.setText(text + f"\n{entry.method}   {entry.peer}")
        self.before.setPlainText(pretty(entry.before_json))
        self.after.setPlainText(pretty(entry.after_json))
        self.request.setPlainText(pretty(entry.request_json))


class AuditPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        actions, entities, outcomes = names.audit_actions(), names.entities(), names.outcomes()
        columns = [
            Column(self.tr("Time"), lambda e: session.format_time(e.at), "at", width=150),
            Column(self.tr("User"), lambda e: e.username, "username"),
            Column(self.tr("Organisation"), lambda e: e.org_name, "org_id"),
            Column(self.tr("Action"), lambda e: actions.get(e.action, e.action), "action"),
            Column(self.tr("Record"), lambda e: entities.get(e.entity, e.entity), "entity"),
            Column(self.tr("Record ID"), lambda e: e.entity_id, "entity_id"),
            Column(self.tr("Outcome"), lambda e: outcomes.get(e.outcome, e.outcome), "outcome"),
            Column(self.tr("Reason"), lambda e: e.reason_code, "reason_code"),
            Column(self.tr("Call"), lambda e: e.method.rsplit("/", 1)[-1], "method"),
        ]
        super().__init__(session, self.tr("Audit log"),
                         lister(conn, conn.audit.SearchAudit), columns, parent,
                         self.tr("User, call, record or ID"))
        self.user_filter = self.add_filter(TextFilter(self.tr("User"), "username"))
        self.action_filter = self.add_filter(ChoiceFilter(
            self.tr("Action"), "action", [(v, k) for k, v in actions.items()]))
        self.entity_filter = self.add_filter(ChoiceFilter(
            self.tr("Record"), "entity", [(v, k) for k, v in entities.items()]))
        self.outcome_filter = self.add_filter(ChoiceFilter(
            self.tr("Outcome"), "outcome", [(v, k) for k, v in outcomes.items()]))
        self.date_filter = DateRangeFilter(self.tr("Date"), "at", session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.detail = AuditDetail()
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([420, 260])
        self.detail.show_entry(None)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.controller.sort = [common_pb2.Sort(field="id", descending=True)]

    def _show_selected(self, *_args: object) -> None:
        entry = self.selected_record()
        self.detail.show_entry(entry, self.session.format_time(entry.at) if entry else "")
