"""门店销售 — the store's counter: the clerk scans what is sold (a bottle, or a whole case) and
it leaves stock as sold, with the salesperson; scans queue like the packing station's when the
link is down. 换货: a damaged bottle brought back is looked up by its code (what it is, who sold
it, when) and exchanged for one from stock."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.packing.queue import Command
from client.session import Session
from client.stock.scanner import DocumentScanner
from client.widgets.errors import plain_message
from shared.pb import shipping_pb2

H = shipping_pb2


class StoreSalesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.salesperson = QLineEdit(session.principal.display_name)
        self.salesperson.setObjectName("salesperson")
        self.salesperson.setMaximumWidth(200)
        self.sold = QLabel()
        self.sold.setObjectName("soldToday")
        self.sold.setStyleSheet("font-size: 18px; font-weight: bold; padding: 6px; "
                                "background: #eef2f6; border-radius: 4px;")
        self.exchange_button = QPushButton(self.tr("Exchange a damaged item…"))
        self.exchange_button.setObjectName("exchangeButton")
        self.exchange_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exchange_button.clicked.connect(self.exchange)
        self.scanner = DocumentScanner(session, self._route, "sales", self, removable=False)
        self.scanner.input.setPlaceholderText(self.tr("Scan what the customer buys"))
        self.scanner.set_document(session.principal.org_id)
        self.scanner.answered.connect(self._answered)
        self.scanner.input.returnPressed.disconnect()  # the page's Enter: a sale with its clerk
        self.scanner.input.returnPressed.connect(self._entered)
        title = QLabel(self.tr("Store sales"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Salesperson")))
        top.addWidget(self.salesperson)
        top.addWidget(self.exchange_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.sold)
        layout.addWidget(self.scanner, 1)
        self.sold.setText(self.tr("Sold today: —"))

    def _route(self, command: Command) -> tuple[Any, Any]:
        request = H.SellRequest(code=command.code, operation_id=command.op,
                                salesperson=command.short_reason)
        request.scanned_at.FromNanoseconds(int(command.at * 1e9))
        return self.session.connection.shipping.Sell, request

    def _entered(self) -> None:
        code = self.scanner.input.text().strip()
        self.scanner.input.clear()
        if code:
            self.sell(code)

    def sell(self, code: str) -> Command:
        """One scan at the counter (the salesperson travels with it in the queue)."""
        return self.scanner.link.submit(Command("scan", self.scanner.document_id, code,
                                                self.salesperson.text().strip()))

    def _answered(self, command: object, answer: object) -> None:
        if isinstance(answer, H.SaleResult):
            self.sold.setText(self.tr("Sold today: %1 item(s)").replace(
                "%1", f"{answer.sold_today:,}"))

    def exchange(self) -> ExchangeDialog:
        dialog = ExchangeDialog(self.session, self.salesperson.text().strip(), parent=self)
        dialog.open()
        return dialog


class ExchangeDialog(QDialog):
    def __init__(self, session: Session, salesperson: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(self.tr("Exchange a damaged item"))
        self.session = session
        self.salesperson = salesperson
        self.op = uuid.uuid4().hex
        self.damaged = QLineEdit()
        self.damaged.setObjectName("damagedCode")
        self.damaged.setPlaceholderText(self.tr("Scan the damaged item"))
        self.damaged.returnPressed.connect(self.check)
        self.info = QLabel()
        self.info.setObjectName("exchangeInfo")
        self.info.setWordWrap(True)
        self.replacement = QLineEdit()
        self.replacement.setObjectName("replacementCode")
        self.replacement.setPlaceholderText(self.tr("Scan the replacement from stock"))
        self.reason = QLineEdit(self.tr("Damaged"))
        self.reason.setObjectName("reason")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        form = QFormLayout()
        form.addRow(self.tr("Damaged item"), self.damaged)
        form.addRow("", self.info)
        form.addRow(self.tr("Replacement"), self.replacement)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Exchange"))
        self.ok.setObjectName("exchangeOk")
        self.ok.setEnabled(False)
        for button in buttons.buttons():  # Enter ends a scan, never the dialog
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def check(self) -> None:
        code = self.damaged.text().strip()
        if not code:
            return
        conn = self.session.connection
        self.session.call(conn.shipping.GetExchangeCheck, H.CheckExchangeRequest(code=code),
                          on_success=self._checked, owner=self,
                          on_failure=lambda exc: self.problem.setText(plain_message(exc)))

    def _checked(self, check: shipping_pb2.ExchangeCheck) -> None:
        unit = check.unit
        lines = [" · ".join(x for x in (unit.product_name, unit.lot_no and self.tr(
            "lot %1").replace("%1", unit.lot_no), check.production_date) if x)]
        if check.sold_by:
            lines.append(self.tr("Sold by %1 on %2").replace("%1", check.sold_by).replace(
                "%2", self.session.format_time(check.sold_at)))
        if check.allowed:
            lines.append("✔ " + self.tr("Can be exchanged here"))
        else:
            reason = check.reason if self.session.lang.startswith("zh") else check.reason_en
            lines.append("✖ " + reason)
        self.info.setText("\n".join(lines))
        self.info.setStyleSheet("color: #1b7f3b;" if check.allowed else "color: #a61b1b;")
        self.ok.setEnabled(check.allowed)
        if check.allowed:
            self.replacement.setFocus()

    def submit(self) -> None:
        conn = self.session.connection
        self.ok.setEnabled(False)
        self.session.call(conn.shipping.Exchange, H.ExchangeRequest(
            damaged_code=self.damaged.text().strip(),
            replacement_code=self.replacement.text().strip(), reason=self.reason.text().strip(),
            salesperson=self.salesperson, operation_id=self.op),
            on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, result: shipping_pb2.ExchangeResult) -> None:
        parent = self.parent()
        if isinstance(parent, StoreSalesPage):
            parent.sold.setText(self.tr("Exchanged %1 for %2").replace(
                "%1", result.damaged.code).replace("%2", result.replacement.code))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.op = uuid.uuid4().hex
        self.problem.setText(plain_message(exc))


