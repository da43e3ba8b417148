"""装箱工位 — the packing station. After setup the operator only scans: bottles, then the case
code that closes the case; cases, then the pallet code. Every scan gets a big coloured answer and
a sound; scans never wait for the server on the GUI thread, go out in order from a durable queue,
and wait in it while the server is unreachable ("offline — N pending"); refusals found when they
are replayed are listed. Undo, short cases and pallets, virtual pallet codes, fuzzy ranges, the
case/pallet window (disaggregate, replace, reprint) are one click away; buttons never take the
keyboard from the scan field."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.areas.pack_actions import PackActions
from client.areas.packing_setup import SetupPanel
from client.connection import ServerError
from client.packing import feedback
from client.packing.link import StationLink
from client.packing.queue import Command, ScanQueue
from client.packing.sounds import Sounds
from client.session import Session
from shared.pb import packing_pb2

P = packing_pb2
HISTORY = 200


@dataclass
class Scanned:
    """One scan and what became of it (the history list shows these)."""

    command: Command
    look: feedback.Look | None = None
    result: packing_pb2.PackScanResult | None = None
    error: ServerError | None = None


def data_folder(session: Session) -> Path:
    """The client's data folder (beside its settings file)."""
    return Path(session.settings.store.fileName()).resolve().parent / "packing"


class PackingStationPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run: packing_pb2.PackRun | None = None
        self.history: list[Scanned] = []
        self.by_op: dict[str, Scanned] = {}
        self.conflicts: list[Scanned] = []
        self.open_case: list[str] = []
        self.open_pallet = 0  # cases on the open pallet, as the server last said
        self.short_code = ""
        p = session.principal
        folder = data_folder(session)
        self.queue = ScanQueue(folder / f"queue-{p.tenant_code}-{p.username}.jsonl")
        self.sounds = Sounds(folder / "sounds", self)
        self.link = StationLink(session, self.queue, self)

        self.setup = SetupPanel(session)
        self.setup.start_requested.connect(self.start_run)
        self.summary = QLabel()
        self.summary.setObjectName("runSummary")
        self.summary.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary.setWordWrap(True)
        self.end_button = self._button(self.tr("End run…"), "endRunButton")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.end_button)

        self.input = QLineEdit()
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText(self.tr("Scan a code (or type it and press Enter)"))
        font = QFont(self.input.font())
        font.setPointSize(22)
        self.input.setFont(font)
        self.input.setMinimumHeight(54)
        self.input.returnPressed.connect(self._entered)
        self.panel = feedback.FeedbackPanel()
        self.case_count = self._counter("caseCounter")
        self.pallet_count = self._counter("palletCounter")
        self.shift_count = self._counter("shiftCounter")
        self.offline = QLabel()
        self.offline.setObjectName("offlineBadge")
        self.offline.setStyleSheet("background: #b86e00; color: white; font-size: 18px; "
                                   "font-weight: bold; padding: 6px 12px; border-radius: 4px;")
        self.offline.hide()
        counters = QHBoxLayout()
        for widget in (self.case_count, self.pallet_count, self.shift_count):
            counters.addWidget(widget, 1)

        # the short case / pallet bar: inline, so the scanner keeps typing into the scan field
        self.short_bar = QWidget()
        self.short_bar.setObjectName("shortBar")
        self.short_text = QLabel()
        self.short_text.setStyleSheet("font-size: 16px;")
        self.short_reason = QComboBox()
        self.short_reason.setObjectName("shortReason")
        self.short_reason.setEditable(True)
        self.short_reason.addItems([self.tr("End of lot"), self.tr("Missing bottle"),
                                    self.tr("Quality check")])
        self.short_confirm = self._button(self.tr("Close short"), "closeShortButton")
        self.short_cancel = self._button(self.tr("Keep scanning"), "keepScanningButton")
        bar = QHBoxLayout(self.short_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.short_text, 1)
        bar.addWidget(QLabel(self.tr("Reason")))
        bar.addWidget(self.short_reason)
        bar.addWidget(self.short_confirm)
        bar.addWidget(self.short_cancel)
        self.short_bar.hide()

        self.recent = QListWidget()
        self.recent.setObjectName("recentScans")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.case_list = QListWidget()
        self.case_list.setObjectName("openCase")
        self.case_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflict_list.setStyleSheet("color: #a61b1b; font-size: 15px;")
        for scans in (self.recent, self.case_list):
            scans.setStyleSheet("font-size: 15px;")
        self.conflict_title = QLabel(self.tr("Refused when sent after the link came back:"))
        self.conflict_title.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.actions = PackActions(self)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Last scans")))
        left.addWidget(self.recent, 1)
        left.addWidget(self.conflict_title)
        left.addWidget(self.conflict_list)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("In the open case")))
        middle.addWidget(self.case_list, 1)
        lists.addLayout(left, 3)
        lists.addLayout(middle, 2)
        lists.addWidget(self.actions)
        self.conflict_title.hide()
        self.conflict_list.hide()

        self.station = QWidget()
        station = QVBoxLayout(self.station)
        station.setContentsMargins(0, 0, 0, 0)
        station.addLayout(top)
        station.addWidget(self.input)
        station.addWidget(self.panel)
        station.addLayout(counters)
        station.addWidget(self.short_bar)
        station.addLayout(lists, 1)
        self.station.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Packing station"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.offline)  # shown with or without a run: the queue outlives runs
        layout.addLayout(heading)
        layout.addWidget(self.setup)
        layout.addWidget(self.station, 1)
        self.idle = QWidget()  # takes the room below the setup while no run is going
        layout.addWidget(self.idle, 1)

        self.end_button.clicked.connect(self.actions.end_run)
        self.short_confirm.clicked.connect(self.close_short)
        self.short_cancel.clicked.connect(self._hide_short)
        QShortcut(QKeySequence("F4"), self, activated=self.undo)
        self.link.answered.connect(self._answered)
        self.link.queued.connect(self._queued)
        self.link.pending_changed.connect(self._pending_changed)
        self.link.online_changed.connect(lambda _o: self._pending_changed(len(self.queue)))
        self._pending_changed(len(self.queue))
        self.link.pump()  # what a crash or a closed window left in the queue goes out now

    # --- building blocks ------------------------------------------------------------------------

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setMinimumHeight(40)
        return button

    def _counter(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet("font-size: 22px; font-weight: bold; padding: 6px; "
                            "background: #eef2f6; border-radius: 4px;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def refocus(self) -> None:
        """Give the keyboard back to the scan field once the current event is done."""
        QTimer.singleShot(0, self._focus_input)

    def _focus_input(self) -> None:
        if shiboken6.isValid(self.input):  # the window may have closed meanwhile
            self.input.setFocus()

    # --- the run --------------------------------------------------------------------------------

    def start_run(self, request: packing_pb2.StartRunRequest) -> None:
        conn = self.session.connection
        self.setup.start_button.setEnabled(False)
        self.session.call(conn.packing.StartRun, request, on_success=self.show_run,
                          on_failure=self._start_failed, owner=self)

    def _start_failed(self, exc: BaseException) -> None:
        self.setup.start_button.setEnabled(True)
        self.setup.problem.setText(self.session.message(exc))

    def show_run(self, run: packing_pb2.PackRun) -> None:
        self.run = run
        self.setup.start_button.setEnabled(True)
        self.setup.hide()
        self.idle.hide()
        self.station.show()
        self.open_case = list(run.open_case_codes)
        self.case_list.clear()
        self.case_list.addItems(self.open_case)
        lot = self.tr("lot %1").replace("%1", run.lot_no) if run.lot_no else self.tr("no lot")
        spec = self.tr("%1 per case").replace("%1", str(run.items_per_case))
        if run.cases_per_pallet:
            spec += " · " + self.tr("%1 cases per pallet").replace("%1",
                                                                  str(run.cases_per_pallet))
        self.summary.setText(" · ".join([self.tr("Run %1").replace("%1", str(run.id)),
                                         run.line_name, run.product_name, lot, spec,
                                         self.tr("station %1").replace("%1", run.station)]))
        self._counts(run.open_case_items, run.open_pallet_cases, run.cases, run.items,
                     run.pallets)
        self.actions.sync()
        self.input.setFocus()

    def end_shown(self) -> None:
        """Back to setup once the run is ended."""
        self.run = None
        self.station.hide()
        self.setup.show()
        self.idle.show()

    def _counts(self, case_items: int, pallet_cases: int, cases: int, items: int,
                pallets: int) -> None:
        run = self.run
        if run is None:
            return
        self.open_pallet = pallet_cases
        self.case_count.setText(self.tr("Case %1 / %2").replace("%1", str(case_items))
                                .replace("%2", str(run.items_per_case)))
        self.pallet_count.setText(self.tr("Pallet %1 / %2").replace("%1", str(pallet_cases))
                                  .replace("%2", str(run.cases_per_pallet))
                                  if run.cases_per_pallet else self.tr("No pallets"))
        self.shift_count.setText(self.tr("This run: %1 cases · %2 items · %3 pallets")
                                 .replace("%1", str(cases)).replace("%2", str(items))
                                 .replace("%3", str(pallets)))

    # --- scanning -------------------------------------------------------------------------------

    def _entered(self) -> None:
        code = self.input.text().strip()
        self.input.clear()
        if code:
            self.scan(code)

    def scan(self, code: str, short_reason: str = "") -> Command | None:
        """One scan, queued and sent; while offline, a repeat in the open case is caught here
        (online, the server's answer is exact even in a burst)."""
        if self.run is None:
            self.panel.show_look(feedback.Look("refused", feedback.RED, "error",
                                               self.tr("Start a run first")))
            return None
        if not self.link.online and code in self.open_case and not short_reason:
            command = Command("scan", self.run.id, code)
            entry = Scanned(command, feedback.Look(
                "duplicate", feedback.AMBER, "duplicate", "✖ " + self.tr("Scanned twice"),
                code))
            self._record(entry)
            return None
        return self.send(Command("scan", self.run.id, code, short_reason))

    def send(self, command: Command) -> Command:
        entry = Scanned(command)
        self.by_op[command.op] = entry
        self.history.append(entry)
        del self.history[:-HISTORY]
        if command.kind == "scan" and not command.short_reason:
            self.open_case.append(command.code)  # until the server says otherwise
        return self.link.submit(command)

    def undo(self) -> Command | None:
        if self.run is None:
            return None
        return self.send(Command("undo", self.run.id))

    def close_short(self) -> Command | None:
        if not self.short_code or self.run is None:
            return None
        reason = self.short_reason.currentText().strip() or self.tr("End of lot")
        code, self.short_code = self.short_code, ""
        self._hide_short()
        return self.scan(code, reason)

    def _hide_short(self) -> None:
        self.short_bar.hide()
        self.refocus()

    # --- answers --------------------------------------------------------------------------------

    def _answered(self, command: Command, answer: object) -> None:
        entry = self.by_op.pop(command.op, None) or Scanned(command)
        if isinstance(answer, packing_pb2.PackScanResult):
            entry.result = answer
            entry.look = feedback.accepted(answer)
            self._apply(command, answer)
        else:
            entry.error = answer if isinstance(answer, ServerError) else None
            entry.look = feedback.refused(answer if isinstance(answer, BaseException)
                                          else RuntimeError(str(answer)), self.session.lang)
            if command.kind == "scan" and command.code in self.open_case and \
                    not command.short_reason:
                self.open_case.remove(command.code)
            if isinstance(answer, ServerError) and answer.reason == "PACK_SHORT":
                self._offer_short(command.code, answer)
            if command.extra.get("offline"):
                self.conflicts.append(entry)
                self.conflict_list.addItem(f"{command.code}  —  {entry.look.detail}")
                self.conflict_title.show()
                self.conflict_list.show()
        self._record(entry)

    def _apply(self, command: Command, result: packing_pb2.PackScanResult) -> None:
        closed = result.outcome in (P.SCAN_OUTCOME_CASE_CLOSED, P.SCAN_OUTCOME_PALLET_CLOSED)
        if closed or result.outcome == P.SCAN_OUTCOME_UNDONE:
            # The server's word on the open case: rebuilt from what is still queued.
            queued_codes = [c.code for c in self.queue.pending() if c.kind == "scan"]
            if result.outcome == P.SCAN_OUTCOME_UNDONE and \
                    result.undone == P.SCAN_OUTCOME_ITEM_ADDED and result.code in self.open_case:
                self.open_case.remove(result.code)
            elif closed:
                self.open_case = [c for c in self.open_case if c in queued_codes]
            elif result.undone == P.SCAN_OUTCOME_CASE_CLOSED:
                self.actions.refresh_open_case()
        if command.kind == "scan" and result.outcome != P.SCAN_OUTCOME_ITEM_ADDED and \
                command.code in self.open_case:
            self.open_case.remove(command.code)
        if result.container_code:
            self.actions.last_container = result
        self._counts(result.case_items, result.pallet_cases, result.run_cases,
                     result.run_items, result.run_pallets)

    def _offer_short(self, code: str, error: ServerError) -> None:
        self.short_code = code
        self.short_text.setText(error.message(self.session.lang))
        self.short_bar.show()

    def _record(self, entry: Scanned) -> None:
        look = entry.look
        if look is None:
            return
        if entry not in self.history:
            self.history.append(entry)
            del self.history[:-HISTORY]
        self.panel.show_look(look)
        self.sounds.play(look.sound)
        stamp = time.strftime("%H:%M:%S", time.localtime(entry.command.at))
        what = entry.command.code or look.detail
        line = QListWidgetItem(f"{stamp}  {look.headline}  {what}")
        line.setForeground(QColor(look.colour))
        self.recent.insertItem(0, line)
        while self.recent.count() > HISTORY:
            self.recent.takeItem(self.recent.count() - 1)
        self.case_list.clear()
        self.case_list.addItems(self.open_case)

    def _queued(self, command: Command) -> None:
        look = feedback.queued(len(self.queue))
        entry = self.by_op.get(command.op)
        self.panel.show_look(look)
        self.sounds.play(look.sound)
        if entry is not None:
            stamp = time.strftime("%H:%M:%S", time.localtime(command.at))
            line = QListWidgetItem(f"{stamp}  {look.headline}  {command.code}")
            line.setForeground(QColor(look.colour))
            self.recent.insertItem(0, line)
        self.case_list.clear()
        self.case_list.addItems(self.open_case)

    def _pending_changed(self, pending: int) -> None:
        if not self.link.online:
            self.offline.setText(self.tr("Offline — %1 pending").replace("%1", str(pending)))
            self.offline.show()
        elif pending > 1:
            self.offline.setText(self.tr("Sending — %1 pending").replace("%1", str(pending)))
            self.offline.show()
        else:
            self.offline.hide()
