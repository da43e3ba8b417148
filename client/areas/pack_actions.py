"""The packing station's buttons: undo, close the pallet under a virtual code (尾数提交 when it is
not full), fuzzy association, the case/pallet window, reprinting the last label, ending the run.
Buttons never take the keyboard from the scan field; dialogs give it back when they close."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.packing.queue import Command
from shared.pb import common_pb2, packing_pb2

if TYPE_CHECKING:
    from client.areas.packing_station import PackingStationPage


class FuzzyDialog(QDialog):
    """模糊匹配: a case and the first of its consecutive item codes, with the limitation said."""

    def __init__(self, items_per_case: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fuzzyDialog")
        self.setWindowTitle(self.tr("Fuzzy association"))
        note = QLabel(self.tr(
            "Links the case to consecutive item codes, starting from the first one, without "
            "scanning each bottle. Only use it when the items were printed and filled in "
            "sequence. Limitation: a bottle's own channel data is exact only when goods ship "
            "in order and in whole groups; otherwise only the case code tells exactly where "
            "goods went."))
        note.setWordWrap(True)
        note.setObjectName("fuzzyLimitation")
        note.setStyleSheet("background: #fff4e0; padding: 8px; border-radius: 4px;")
        self.case_code = QLineEdit()
        self.case_code.setObjectName("fuzzyCase")
        self.first_item = QLineEdit()
        self.first_item.setObjectName("fuzzyFirstItem")
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        self.count.setValue(items_per_case)
        form = QFormLayout()
        form.addRow(self.tr("Case code"), self.case_code)
        form.addRow(self.tr("First item code"), self.first_item)
        form.addRow(self.tr("Items"), self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class PackActions(QWidget):
    def __init__(self, page: PackingStationPage) -> None:
        super().__init__(page)
        self.page = page
        self.last_container: packing_pb2.PackScanResult | None = None
        self.end_after_pallet = False
        self.undo_button = page._button(self.tr("Undo last scan (F4)"), "undoButton")
        self.virtual_button = page._button(self.tr("Close pallet: virtual code"),
                                           "virtualPalletButton")
        self.fuzzy_button = page._button(self.tr("Fuzzy association…"), "fuzzyButton")
        self.open_button = page._button(self.tr("Open case or pallet…"), "openContainerButton")
        self.reprint_button = page._button(self.tr("Reprint last label"), "reprintButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.undo_button, self.virtual_button, self.fuzzy_button,
                       self.open_button, self.reprint_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.undo_button.clicked.connect(page.undo)
        self.virtual_button.clicked.connect(self.virtual_pallet)
        self.fuzzy_button.clicked.connect(self.fuzzy)
        self.open_button.clicked.connect(self.open_container)
        self.reprint_button.clicked.connect(self.reprint)
        page.link.answered.connect(self._answered)
        self.dialog: QWidget | None = None
        self.sync()

    def sync(self) -> None:
        run = self.page.run
        self.virtual_button.setVisible(bool(run and run.cases_per_pallet))
        self.reprint_button.setEnabled(self.last_container is not None)

    def _answered(self, command: Command, answer: Any) -> None:
        self.sync()
        if self.end_after_pallet and command.kind == "virtual_pallet":
            self.end_after_pallet = False
            if isinstance(answer, packing_pb2.PackScanResult):
                self._end(packing_pb2.PALLET_END_SUBMITTED)

    def virtual_pallet(self, reason: str = "") -> Command | None:
        """Close the open pallet under the next free pallet code (asks why when not full)."""
        run, page = self.page.run, self.page
        if run is None:
            return None
        count = self._pallet_count()
        if count < run.cases_per_pallet and not reason:
            text, ok = QInputDialog.getText(
                page, self.tr("Partial pallet"),
                self.tr("The pallet holds %1 of %2 cases. Why close it now?")
                .replace("%1", str(count)).replace("%2", str(run.cases_per_pallet)),
                text=self.tr("End of lot"))
            page.refocus()
            if not ok or not text.strip():
                return None
            reason = text.strip()
        return page.send(Command("virtual_pallet", run.id, short_reason=reason))

    def _pallet_count(self) -> int:
        return self.page.open_pallet

    def fuzzy(self) -> FuzzyDialog | None:
        run = self.page.run
        if run is None:
            return None
        dialog = FuzzyDialog(run.items_per_case, self.page)
        self.dialog = dialog

        def accepted() -> None:
            self.page.send(Command("link_range", run.id, dialog.case_code.text().strip(),
                                   extra={"first_item_code": dialog.first_item.text().strip(),
                                          "count": dialog.count.value()}))
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self.page.refocus())
        dialog.open()
        return dialog

    def open_container(self, code: str = "") -> QWidget:
        from client.areas.pack_tree import ContainerDialog

        dialog = ContainerDialog(self.page.session, code, self.page)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.page.refocus())
        dialog.open()
        return dialog

    def reprint(self) -> None:
        last = self.last_container
        if last is None:
            return
        from client.areas.pack_tree import reprint_label

        reprint_label(self.page.session, last.container_batch_id, last.container_serial,
                      self.page.run.lot_id if self.page.run else 0, self.page)

    def refresh_open_case(self) -> None:
        """After a case was reopened, the server's list of its items."""
        run = self.page.run
        if run is None:
            return
        conn = self.page.session.connection

        def done(fresh: packing_pb2.PackRun) -> None:
            self.page.open_case = list(fresh.open_case_codes)
            self.page.case_list.clear()
            self.page.case_list.addItems(self.page.open_case)
        self.page.session.call(conn.packing.GetRun, common_pb2.IdRequest(id=run.id),
                               on_success=done, owner=self)

    def end_run(self) -> QMessageBox | None:
        """End the run; an unfinished pallet stays open for the next run or is submitted."""
        run, page = self.page.run, self.page
        if run is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End run"),
                          self.tr("End this run?"), parent=page)
        box.setObjectName("endRunBox")
        keep: QPushButton | None = None
        submit: QPushButton | None = None
        if run.cases_per_pallet and self._pallet_count():
            box.setText(self.tr("The pallet is not finished. Keep it open for the next run, "
                                "or submit it now as a partial pallet (尾数提交)?"))
            keep = box.addButton(self.tr("Keep pallet open"), QMessageBox.ButtonRole.AcceptRole)
            submit = box.addButton(self.tr("Submit partial pallet"),
                                   QMessageBox.ButtonRole.AcceptRole)
        else:
            keep = box.addButton(self.tr("End run"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            page.refocus()
            if clicked is submit and submit is not None:
                self.end_after_pallet = True
                self.virtual_pallet(self.tr("End of lot"))
            elif clicked is keep:
                self._end(packing_pb2.PALLET_END_KEEP_OPEN)
        box.finished.connect(chosen)
        box.open()
        return box

    def _end(self, pallet_end: int) -> None:
        run = self.page.run
        if run is None:
            return
        conn = self.page.session.connection
        request = packing_pb2.EndRunRequest(run_id=run.id, pallet_end=pallet_end)  # type: ignore[arg-type]

        def failed(exc: BaseException) -> None:
            from client.packing import feedback
            self.page.panel.show_look(feedback.refused(exc, self.page.session.lang))
        self.page.session.call(conn.packing.EndRun, request,
                               on_success=lambda _r: self.page.end_shown(),
                               on_failure=failed, owner=self)
