"""码包管理: code batches, server-paged, filtered by level, format and product; issue a batch
(with the print file), allocate rolls, activate, void, export again, look up a code, print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from client import code_names
from client.areas.code_actions import ActivateDialog, AllocateDialog, VoidDialog
from client.areas.code_export import ExportDialog
from client.areas.code_issue import IssueDialog
from client.areas.code_lookup import LookupDialog
from client.areas.code_settings import CodeSettingsDialog
from client.areas.common import all_items, lister
from client.models.columns import Column, number
from client.session import Session
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import catalog_pb2, codes_pb2


def rolls_text(batch: codes_pb2.CodeBatch) -> str:
    """How the batch's labels come: "2 × 1,000 per roll"."""
    unit = code_names.roll_units().get(batch.roll_unit, "").lower()
    return QCoreApplication.translate("CodeBatchesPage", "%1 × %3 per %2").replace(
        "%1", f"{batch.roll_count:,}").replace("%2", unit).replace(
        "%3", f"{batch.labels_per_roll:,}")


class CodeBatchesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        levels, formats = code_names.levels(), code_names.short_formats()
        columns = [
            Column(self.tr("Batch number"), lambda b: b.batch_no, "batch_no"),
            Column(self.tr("Level"), lambda b: levels.get(b.level, ""), "level"),
            Column(self.tr("Format"), lambda b: formats.get(b.format, ""), "format"),
            number(self.tr("Codes"), lambda b: f"{b.count:,}", "count"),
            Column(self.tr("Product"), lambda b: b.product_name, "product_id"),
            Column(self.tr("Rolls × labels"), rolls_text),
            number(self.tr("Allocated"), lambda b: f"{b.allocated:,}"),
            number(self.tr("Activated"), lambda b: f"{b.activated:,}"),
            number(self.tr("Voided"), lambda b: f"{b.voided:,}"),
            Column(self.tr("Sample code"), lambda b: b.sample_code),
            Column(self.tr("Issued by"), lambda b: b.created_by),
            Column(self.tr("Issued"), lambda b: session.format_time(b.created_at), "created_at"),
            Column(self.tr("Note"), lambda b: b.note),
        ]
        super().__init__(session, self.tr("Code batches"),
                         lister(conn, conn.codes.ListBatches), columns, parent,
                         self.tr("Batch number, note or product"))
        self.level_filter = self.add_filter(ChoiceFilter(
            self.tr("Level"), "level",
            [(name, code_names.level_field(v)) for v, name in levels.items()]))
        self.format_filter = self.add_filter(ChoiceFilter(
            self.tr("Format"), "format",
            [(name, code_names.format_field(v)) for v, name in formats.items()]))
        self.product_filter = self.add_filter(ChoiceFilter(self.tr("Product"), "product_id", []))
        self.add_action(self.tr("Issue codes…"), self.issue, permission="code.issue",
                        name="issueButton")
        self.add_action(self.tr("Export file…"), self.export, selection=True,
                        permission="code.export", name="exportFileButton")
        self.add_action(self.tr("Allocate…"), self.allocate, selection=True,
                        permission="code.allocate", name="allocateButton")
        self.add_action(self.tr("Activate…"), self.activate, selection=True,
                        permission="code.activate", name="activateButton")
        self.add_action(self.tr("Void…"), self.void, selection=True, permission="code.void",
                        name="voidButton")
        self.add_action(self.tr("Print…"), self.print_labels, selection=True,
                        permission="print.run", name="printButton")
        self.add_action(self.tr("Look up…"), self.look_up, name="lookupButton")
        self.add_action(self.tr("Settings…"), self.settings_dialog,
                        permission="code.settings", name="settingsButton")
        self._keep_id = 0
        self.controller.loading.connect(self._remember)
        self.controller.loaded.connect(self._reselect)
        if session.can("product.read"):
            session.run(lambda task: all_items(conn, conn.catalog.ListProducts),
                        on_success=self._products, owner=self)

    def _remember(self) -> None:
        batch = self.selected_record()
        self._keep_id = batch.id if batch is not None else 0

    def _reselect(self) -> None:
        """After a reload (e.g. an activation changed the counts) the same batch stays chosen."""
        for row, batch in enumerate(self.controller.model.rows):
            if batch.id == self._keep_id:
                self.table.selectRow(row)
                return

    def _products(self, products: list[catalog_pb2.Product]) -> None:
        self.product_filter.set_options([(f"{p.name} ({p.code})", str(p.id)) for p in products])

    def _done(self, text: str) -> None:
        self.show_message(text)
        self.controller.reload()

    def issue(self) -> IssueDialog:
        dialog = IssueDialog(self.session, parent=self)
        dialog.issued.connect(lambda _b: self.controller.reload())
        dialog.open()
        return dialog

    def export(self) -> ExportDialog | None:
        batch = self.selected_record()
        if batch is None:
            return None
        dialog = ExportDialog(self.session, batch, parent=self)
        dialog.open()
        return dialog

    def allocate(self) -> AllocateDialog | None:
        batch = self.selected_record()
        if batch is None:
            return None
        dialog = AllocateDialog(self.session, batch, parent=self)
        dialog.saved.connect(lambda e: self._done(self.tr(
            "Allocated serial numbers %1–%2 of %3 to %4.").replace("%1", f"{e.first_serial:,}")
            .replace("%2", f"{e.last_serial:,}").replace("%3", e.batch_no)
            .replace("%4", e.org_name)))
        dialog.open()
        return dialog

    def _changed(self, verb: str, result: codes_pb2.CodeChangeResult) -> None:
        text = verb.replace("%1", f"{result.affected:,}")
        if result.skipped:
            text += " " + self.tr("%1 left as they were (already voided or not allowed).") \
                .replace("%1", f"{result.skipped:,}")
        self._done(text)

    def activate(self) -> ActivateDialog | None:
        batch = self.selected_record()
        if batch is None:
            return None
        dialog = ActivateDialog(self.session, batch, parent=self)
        dialog.saved.connect(lambda r: self._changed(self.tr("Activated %1 code(s)."), r))
        dialog.open()
        return dialog

    def void(self) -> VoidDialog | None:
        batch = self.selected_record()
        if batch is None:
            return None
        dialog = VoidDialog(self.session, batch, parent=self)
        dialog.saved.connect(lambda r: self._changed(self.tr("Voided %1 code(s)."), r))
        dialog.open()
        return dialog

    def settings_dialog(self) -> CodeSettingsDialog:
        dialog = CodeSettingsDialog(self.session, parent=self)
        dialog.saved.connect(lambda _s: self.show_message(self.tr("Code settings saved.")))
        dialog.open()
        return dialog

    def look_up(self) -> LookupDialog:
        dialog = LookupDialog(self.session, parent=self)
        dialog.open()
        return dialog

    def print_labels(self) -> QWidget | None:
        from client.areas.print_dialog import PrintDialog

        batch = self.selected_record()
        if batch is None:
            return None
        dialog = PrintDialog(self.session, batch=batch, parent=self)
        dialog.open()
        return dialog
