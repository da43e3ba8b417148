"""Allocation, activation and void records (激活记录): a licensed factory sees its own,
headquarters every factory's. Filtered by kind and date."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client import code_names
from client.areas.common import lister
from client.models.columns import Column, number
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.list_page import ListPage
from shared.pb import codes_pb2


def serials_text(event: codes_pb2.CodeRangeEvent) -> str:
    if event.first_serial and event.last_serial:
        if event.first_serial == event.last_serial:
            return f"{event.first_serial:,}"
        return f"{event.first_serial:,}–{event.last_serial:,}"
    return ""


class CodeEventsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        kinds = code_names.event_kinds()
        columns = [
            Column(self.tr("Time"), lambda e: session.format_time(e.created_at), "created_at"),
            Column(self.tr("Kind"), lambda e: kinds.get(e.kind, e.kind), "kind"),
            Column(self.tr("Batch number"), lambda e: e.batch_no, "batch_id"),
            Column(self.tr("Serial numbers"), serials_text),
            number(self.tr("Codes"), lambda e: f"{e.code_count:,}"),
            Column(self.tr("Organisation"), lambda e: e.org_name, "org_id"),
            Column(self.tr("Product"), lambda e: e.product_name, "product_id"),
            Column(self.tr("Lot number"), lambda e: e.lot_no, "lot_id"),
            Column(self.tr("Reason / note"), lambda e: e.reason),
            Column(self.tr("By"), lambda e: e.created_by),
        ]
        super().__init__(session, self.tr("Code records"),
                         lister(conn, conn.codes.ListCodeEvents), columns, parent,
                         self.tr("Batch number or reason"))
        self.kind_filter = self.add_filter(ChoiceFilter(
            self.tr("Kind"), "kind", [(name, key) for key, name in kinds.items()]))
        self.date_filter = DateRangeFilter(self.tr("Time"), "created_at",
                                           session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
