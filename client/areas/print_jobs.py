"""打印记录: every print job (which codes, which template, where, by whom, reprints with their
reason, outcome), filtered by status, reprint and date; print more labels from here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client import code_names, names
from client.areas.common import lister
from client.models.columns import Column, flag, number
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.list_page import ListPage
from shared.pb import labels_pb2


def status_field(status: int) -> str:
    return labels_pb2.PrintStatus.Name(status).removeprefix("PRINT_STATUS_").lower()


class PrintJobsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        statuses, targets = code_names.print_statuses(), code_names.print_targets()
        columns = [
            number(self.tr("Job"), lambda j: j.id, "id"),
            Column(self.tr("Started"), lambda j: session.format_time(j.created_at),
                   "created_at"),
            Column(self.tr("Batch number"), lambda j: j.batch_no, "batch_id"),
            Column(self.tr("Serial numbers"),
                   lambda j: f"{j.first_serial:,}–{j.last_serial:,}"),
            Column(self.tr("Template"), lambda j: j.template_name, "template_id"),
            Column(self.tr("Printed to"), lambda j: targets.get(j.target, "")),
            Column(self.tr("Printer"), lambda j: j.printer),
            flag(self.tr("Reprint"), lambda j: names.yes_no(j.reprint) if j.reprint else "",
                 "reprint"),
            Column(self.tr("Reprint reason"), lambda j: j.reprint_reason),
            Column(self.tr("Status"), lambda j: statuses.get(j.status, ""), "status"),
            number(self.tr("Printed"), lambda j: f"{j.printed_count:,}"),
            Column(self.tr("Error"), lambda j: j.error),
            Column(self.tr("User"), lambda j: j.username, "username"),
            Column(self.tr("Finished"), lambda j: session.format_time(j.finished_at)),
        ]
        super().__init__(session, self.tr("Print jobs"), lister(conn, conn.labels.ListPrintJobs),
                         columns, parent, self.tr("User, printer or reprint reason"))
        self.status_filter = self.add_filter(ChoiceFilter(
            self.tr("Status"), "status",
            [(name, status_field(value)) for value, name in statuses.items()]))
        self.add_filter(ChoiceFilter(self.tr("Reprint"), "reprint",
                                     [(self.tr("Reprints only"), "true"),
                                      (self.tr("First prints only"), "false")]))
        self.date_filter = DateRangeFilter(self.tr("Started"), "created_at",
                                           session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.add_action(self.tr("Print labels…"), self.print_labels, permission="print.run",
                        name="printButton")

    def print_labels(self) -> QWidget:
        from client.areas.print_dialog import PrintDialog

        dialog = PrintDialog(self.session, parent=self)
        dialog.printed.connect(lambda _j: self.controller.reload())
        dialog.open()
        return dialog
