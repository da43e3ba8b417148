"""防伪预警: the alerts raised (by count thresholds, copied labels, code guessing), acknowledged
by a person; and the SMS recipients with the thresholds they receive."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from client import scan_names
from client.areas.common import lister
from client.areas.scan_log import stub
from client.areas.scan_settings import AlertSettingsDialog
from client.models.columns import Column, flag, number
from client.session import Session
from client.widgets.filters import ChoiceFilter, DateRangeFilter
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, scans_pb2

IMPORTANT = QColor("#fde2e1")


class AlertsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        kinds, levels = scan_names.alert_kinds(), scan_names.alert_levels()
        english = session.lang.startswith("en")
        columns = [
            Column(self.tr("Time"), lambda a: session.format_time(a.at), "at", width=140),
            Column(self.tr("Level"), lambda a: levels.get(a.level, a.level), "level"),
            Column(self.tr("Kind"), lambda a: kinds.get(a.kind, a.kind), "kind"),
            Column(self.tr("Alert"), lambda a: a.message_en if english else a.message),
            Column(self.tr("Code"), lambda a: a.code or a.source, "code"),
            number(self.tr("Count"), lambda a: a.count),
            Column(self.tr("SMS"), lambda a: self._delivery(a)),
            Column(self.tr("Acknowledged by"), lambda a: a.acknowledged_by),
        ]
        super().__init__(session, self.tr("Alerts"),
                         lister(session.connection, stub(session).ListAlerts), columns, parent,
                         self.tr("Code, network or product"))
        self.controller.model.row_background = \
            lambda a: IMPORTANT if a.level == "important" and not a.acknowledged else None
        self.add_filter(ChoiceFilter(self.tr("Kind"), "kind",
                                     [(v, k) for k, v in kinds.items()]))
        self.add_filter(ChoiceFilter(self.tr("Level"), "level",
                                     [(v, k) for k, v in levels.items()]))
        self.add_filter(ChoiceFilter(self.tr("Acknowledged"), "acknowledged",
                                     [(self.tr("Yes"), "true"), (self.tr("No"), "false")]))
        self.date_filter = DateRangeFilter(self.tr("Time"), "at", session.principal.timezone)
        self.filters.append(self.date_filter)
        self.date_filter.changed.connect(self.run_query)
        self.layout().insertWidget(2, self.date_filter)
        self.acknowledge_button = self.add_action(
            self.tr("Acknowledge"), self.acknowledge, selection=True, permission="scan.handle",
            name="acknowledgeButton")
        self.add_action(self.tr("Alert settings…"), self.open_settings,
                        permission="scan.settings", name="alertSettingsButton")

    def _delivery(self, alert: scans_pb2.ScanAlert) -> str:
        if not alert.deliveries:
            return ""
        text = self.tr("%1 of %2 sent").replace("%1", str(alert.delivered)).replace(
            "%2", str(alert.deliveries))
        if alert.delivery_failed:
            text += " " + self.tr("(%1 failed)").replace("%1", str(alert.delivery_failed))
        return text

    def acknowledge(self) -> None:
        alert = self.selected_record()
        if alert is None or alert.acknowledged:
            return
        self.session.call(stub(self.session).AcknowledgeAlert, common_pb2.IdRequest(id=alert.id),
                          on_success=lambda _a: self.controller.reload(),
                          on_failure=lambda exc: self.show_message(self.session.message(exc),
                                                                   error=True), owner=self)

    def open_settings(self) -> AlertSettingsDialog:
        dialog = AlertSettingsDialog(self.session, self)
        dialog.open()
        return dialog


class RecipientForm(FormDialog):
    def __init__(self, session: Session, recipient: scans_pb2.AlertRecipient | None = None,
                 parent: QWidget | None = None) -> None:
        self.recipient = recipient or scans_pb2.AlertRecipient(normal=True, important=True,
                                                               enabled=True)
        super().__init__(session, self.tr("Edit SMS recipient") if self.recipient.id
                         else self.tr("New SMS recipient"), parent)
        self.name = QLineEdit(self.recipient.name)
        self.phone = QLineEdit(self.recipient.phone)
        self.normal = QCheckBox(self.tr("Normal alerts"))
        self.normal.setChecked(self.recipient.normal)
        self.important = QCheckBox(self.tr("Important alerts"))
        self.important.setChecked(self.recipient.important)
        self.enabled = QCheckBox(self.tr("Active"))
        self.enabled.setChecked(self.recipient.enabled)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("phone", self.tr("Mobile phone"), self.phone, required=True)
        self.add_field("normal", self.tr("Receives"), self.normal)
        self.form.addRow("", self.important)
        self.add_field("enabled", self.tr("Status"), self.enabled)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if not self.name.text().strip():
            problems.append(("name", self.tr("Enter the name.")))
        if sum(ch.isdigit() for ch in self.phone.text()) < 5:
            problems.append(("phone", self.tr("Enter a phone number.")))
        return problems

    def build(self) -> scans_pb2.AlertRecipient:
        return scans_pb2.AlertRecipient(
            id=self.recipient.id, name=self.name.text().strip(),
            phone=self.phone.text().strip(), normal=self.normal.isChecked(),
            important=self.important.isChecked(), enabled=self.enabled.isChecked())

    def send(self, request: scans_pb2.AlertRecipient) -> scans_pb2.AlertRecipient:
        service = stub(self.session)
        method = service.UpdateRecipient if request.id else service.CreateRecipient
        return self.session.connection.call(method, request)


class RecipientsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Mobile phone"), lambda r: r.phone, "phone"),
            flag(self.tr("Normal alerts"), lambda r: r.normal),
            flag(self.tr("Important alerts"), lambda r: r.important),
            flag(self.tr("Active"), lambda r: r.enabled, "enabled"),
        ]
        super().__init__(session, self.tr("Alert recipients"),
                         lister(session.connection, stub(session).ListRecipients), columns,
                         parent, self.tr("Name or phone"))
        self.add_action(self.tr("New"), self.new_record, permission="scan.settings",
                        name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="scan.settings", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="scan.settings", name="deleteButton")
        self.add_action(self.tr("Alert settings…"), self.open_settings,
                        permission="scan.settings", name="alertSettingsButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> RecipientForm:
        dialog = RecipientForm(self.session, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> RecipientForm | None:
        recipient = self.selected_record()
        if recipient is None or not self.session.can("scan.settings"):
            return None
        dialog = RecipientForm(self.session, recipient, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self) -> None:
        from client.areas.common import confirm

        recipient = self.selected_record()
        if recipient is None or not confirm(self, self.tr("Delete recipient %1?").replace(
                "%1", recipient.name)):
            return
        self.session.call(stub(self.session).DeleteRecipient,
                          common_pb2.IdRequest(id=recipient.id),
                          on_success=lambda _x: self.controller.reload(),
                          on_failure=lambda exc: self.show_message(self.session.message(exc),
                                                                   error=True), owner=self)

    def open_settings(self) -> AlertSettingsDialog:
        dialog = AlertSettingsDialog(self.session, self)
        dialog.open()
        return dialog
