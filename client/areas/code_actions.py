"""Label authorisation and the code lifecycle, batch by batch: allocate rolls to a licensed
factory (标码授权), activate codes (whole batch, roll range, serial range or a pasted/scanned
list) binding product and lot, and void damaged labels with a reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.areas.common import items_of, org_label
from client.connection import Connection
from client.session import Session
from client.widgets.form import FormDialog
from client.widgets.pickers import RecordPicker
from shared.pb import accounts_pb2, codes_pb2, common_pb2, production_pb2

C = codes_pb2
FACTORY_KINDS = (accounts_pb2.ORG_KIND_FACTORY, accounts_pb2.ORG_KIND_LICENSED_FACTORY)
WHOLE, ROLLS, SERIALS, LIST = "whole", "rolls", "serials", "list"


def factories(conn: Connection
              ) -> Callable[[common_pb2.ListQuery], list[accounts_pb2.Organisation]]:
    """Picker source: factories and licensed factories in the caller's subtree."""
    def fetch(query: common_pb2.ListQuery) -> list[accounts_pb2.Organisation]:
        return [o for o in conn.call(conn.accounts.ListOrganisations, query).items
                if o.kind in FACTORY_KINDS]
    return fetch


def parse_codes(text: str) -> list[str]:
    """One code per line (a scanner types a code and Enter); blanks and repeats dropped."""
    seen: dict[str, None] = {}
    for line in text.replace(",", "\n").replace(";", "\n").splitlines():
        code = line.strip()
        if code:
            seen.setdefault(code, None)
    return list(seen)


def batch_summary(batch: codes_pb2.CodeBatch) -> QLabel:
    """One line saying which batch a dialog works on."""
    parts = [batch.batch_no, code_names.levels().get(batch.level, ""),
             code_names.short_formats().get(batch.format, ""), batch.product_name,
             QCoreApplication.translate("CodeActions", "%1 codes").replace(
                 "%1", f"{batch.count:,}"),
             QCoreApplication.translate("CodeActions", "%1 rolls of %2").replace(
                 "%1", f"{batch.roll_count:,}").replace("%2", f"{batch.labels_per_roll:,}")]
    label = QLabel(" · ".join(p for p in parts if p))
    label.setObjectName("batchSummary")
    label.setStyleSheet("color: #333; padding: 2px 0 6px 0;")
    return label


class SelectionEditor(QWidget):
    """Which codes: the whole batch, a roll range, a serial range or a list of codes."""

    def __init__(self, batch: codes_pb2.CodeBatch, modes: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.modes: dict[str, QRadioButton] = {}
        texts = {WHOLE: self.tr("Whole batch"), ROLLS: self.tr("Rolls"),
                 SERIALS: self.tr("Serial numbers"), LIST: self.tr("List of codes")}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for mode in modes:
            button = QRadioButton(texts[mode])
            button.setObjectName(f"mode_{mode}")
            group.addButton(button)
            row.addWidget(button)
            self.modes[mode] = button
            button.toggled.connect(self._sync)
        row.addStretch(1)
        rolls, count = max(1, int(batch.roll_count)), max(1, int(batch.count))
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(110)
        self.first.setObjectName("first")
        self.last.setObjectName("last")
        self._limits = {ROLLS: rolls, SERIALS: count}
        range_row = QHBoxLayout()
        range_row.addWidget(self.first)
        self.to_label = QLabel(self.tr("to"))
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.last)
        self.range_note = QLabel()
        range_row.addWidget(self.range_note)
        range_row.addStretch(1)
        self.codes = QPlainTextEdit()
        self.codes.setObjectName("codeList")
        self.codes.setPlaceholderText(self.tr("Paste or scan codes, one per line"))
        self.codes.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(range_row)
        layout.addWidget(self.codes)
        self.modes[modes[0]].setChecked(True)
        self._sync()

    def mode(self) -> str:
        return next(m for m, b in self.modes.items() if b.isChecked())

    def select(self, mode: str) -> None:
        self.modes[mode].setChecked(True)

    def _sync(self, *_args: object) -> None:
        mode = self.mode()
        ranged = mode in (ROLLS, SERIALS)
        for w in (self.first, self.last, self.to_label, self.range_note):
            w.setVisible(ranged)
        self.codes.setVisible(mode == LIST)
        if ranged:
            limit = self._limits[mode]
            for spin in (self.first, self.last):
                spin.setRange(1, limit)
            self.range_note.setText(self.tr("of %1").replace("%1", f"{limit:,}"))

    def selection(self) -> codes_pb2.CodeSelection:
        mode = self.mode()
        if mode == LIST:
            return C.CodeSelection(codes=parse_codes(self.codes.toPlainText()))
        s = C.CodeSelection(batch_id=self.batch.id)
        if mode == ROLLS:
            s.first_roll, s.last_roll = self.first.value(), self.last.value()
        elif mode == SERIALS:
            s.first_serial, s.last_serial = self.first.value(), self.last.value()
        return s

    def problems(self) -> list[str]:
        mode = self.mode()
        if mode == LIST and not parse_codes(self.codes.toPlainText()):
            return [self.tr("Paste or scan at least one code.")]
        if mode in (ROLLS, SERIALS) and self.first.value() > self.last.value():
            return [self.tr("The range ends before it starts.")]
        return []


class AllocateDialog(FormDialog):
    """标码授权: hand rolls of a batch to a licensed factory."""

    def __init__(self, session: Session, batch: codes_pb2.CodeBatch,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Allocate rolls — %1").replace("%1", batch.batch_no),
                         parent)
        self.setObjectName("allocateDialog")
        self.batch = batch
        conn = session.connection
        self.org = RecordPicker(session, factories(conn), org_label)
        self.org.setObjectName("org")
        rolls = max(1, int(batch.roll_count))
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, rolls)
            spin.setGroupSeparatorShown(True)
        self.last.setValue(rolls)
        row = QHBoxLayout()
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.last)
        row.addWidget(QLabel(self.tr("of %Ln roll(s), %1 labels each", "", rolls)
                             .replace("%1", f"{batch.labels_per_roll:,}")))
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.note = QLineEdit()
        self.body.insertWidget(0, batch_summary(batch))
        self.add_field("org_id", self.tr("Licensed factory"), self.org, required=True)
        self.add_field("rolls", self.tr("Rolls"), holder, required=True)
        self.add_field("note", self.tr("Note"), self.note)
        self.save_button.setText(self.tr("Allocate"))

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if not self.org.current_id():
            problems.append(("org_id", self.tr("Choose the licensed factory.")))
        if self.first.value() > self.last.value():
            problems.append(("rolls", self.tr("The range ends before it starts.")))
        return problems

    def build(self) -> codes_pb2.AllocateRollsRequest:
        return C.AllocateRollsRequest(batch_id=self.batch.id, first_roll=self.first.value(),
                                      last_roll=self.last.value(), org_id=self.org.current_id(),
                                      note=self.note.text().strip())

    def send(self, request: codes_pb2.AllocateRollsRequest) -> codes_pb2.CodeRangeEvent:
        conn = self.session.connection
        return conn.call(conn.codes.AllocateRolls, request)


class ActivateDialog(FormDialog):
    """Activate codes and bind them to a product (and lot)."""

    def __init__(self, session: Session, batch: codes_pb2.CodeBatch,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Activate codes — %1").replace("%1", batch.batch_no),
                         parent)
        self.setObjectName("activateDialog")
        self.batch = batch
        self.operation_id = str(uuid.uuid4())
        conn = session.connection
        self.selection = SelectionEditor(batch, (WHOLE, ROLLS, SERIALS, LIST))
        self.product = RecordPicker(
            session, items_of(conn, conn.catalog.ListProducts), lambda p: f"{p.name} ({p.code})",
            empty_text=self.tr("(the batch's product: %1)").replace("%1", batch.product_name)
            if batch.product_id else self.tr("(choose the product)"))
        self.lot = RecordPicker(session, self._lots, lambda x: f"{x.lot_no} ({x.production_date})",
                                empty_text=self.tr("(no lot)"))
        self.product.record_changed.connect(lambda _p: self.lot.reload())
        self.body.insertWidget(0, batch_summary(batch))
        self.add_field("selection", self.tr("Codes"), self.selection, required=True)
        self.add_field("product_id", self.tr("Product"), self.product)
        self.add_field("lot_id", self.tr("Production lot"), self.lot)
        self.save_button.setText(self.tr("Activate"))
        self.setMinimumWidth(560)

    def _lots(self, query: common_pb2.ListQuery) -> list[production_pb2.Lot]:
        product = self.product.current_id() or self.batch.product_id
        if product:
            query.filters.append(common_pb2.Filter(field="product_id", value=str(product),
                                                   op=common_pb2.FILTER_OP_EQ))
        conn = self.session.connection
        return list(conn.call(conn.production.ListLots, query).items)

    def validate(self) -> list[tuple[str, str]]:
        problems = [("selection", p) for p in self.selection.problems()]
        if not self.product.current_id() and not self.batch.product_id:
            problems.append(("product_id", self.tr("Choose the product these codes go on.")))
        return problems

    def build(self) -> codes_pb2.ActivateRequest:
        return C.ActivateRequest(selection=self.selection.selection(),
                                 product_id=self.product.current_id() or self.batch.product_id,
                                 lot_id=self.lot.current_id(), operation_id=self.operation_id)

    def send(self, request: codes_pb2.ActivateRequest) -> codes_pb2.CodeChangeResult:
        conn = self.session.connection
        return conn.call(conn.codes.Activate, request)


class VoidDialog(FormDialog):
    """Void damaged or misprinted labels (by list or range), with the reason."""

    def __init__(self, session: Session, batch: codes_pb2.CodeBatch,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Void codes — %1").replace("%1", batch.batch_no), parent)
        self.setObjectName("voidDialog")
        self.batch = batch
        self.operation_id = str(uuid.uuid4())
        self.selection = SelectionEditor(batch, (LIST, SERIALS, ROLLS))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. damaged labels, misprint"))
        self.body.insertWidget(0, batch_summary(batch))
        self.add_field("selection", self.tr("Codes"), self.selection, required=True)
        self.add_field("reason", self.tr("Reason"), self.reason, required=True)
        self.save_button.setText(self.tr("Void"))
        self.setMinimumWidth(560)

    def validate(self) -> list[tuple[str, str]]:
        problems = [("selection", p) for p in self.selection.problems()]
        if not self.reason.text().strip():
            problems.append(("reason", self.tr("Say why these codes are voided.")))
        return problems

    def build(self) -> codes_pb2.VoidRequest:
        return C.VoidRequest(selection=self.selection.selection(),
                             reason=self.reason.text().strip(), operation_id=self.operation_id)

    def send(self, request: codes_pb2.VoidRequest) -> codes_pb2.CodeChangeResult:
        conn = self.session.connection
        return conn.call(conn.codes.Void, request)
