"""The brand's anti-counterfeiting settings, in two dialogs: the consumer page (最大查询次数,
verification code default, brand introduction, service phone) and the alerts (防伪预警: SMS on
or off, 普通预警 / 重要预警 thresholds per code, copied-label and code-guessing alerts)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from client import scan_names
from client.areas.scan_log import stub
from client.session import Session
from client.widgets.errors import plain_message
from client.widgets.form import FormDialog
from shared.pb import common_pb2, scans_pb2


def _spin(maximum: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    if special:
        box.setSpecialValueText(special)
    return box


class _SettingsDialog(FormDialog):
    """Loads the settings, edits some of them, saves the whole record back."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(session, title, parent)
        self.current = scans_pb2.ScanSettings()
        self.setEnabled(False)
        session.call(stub(session).GetScanSettings, common_pb2.Empty(), on_success=self._loaded,
                     on_failure=self._load_failed, owner=self)

    def _loaded(self, settings: scans_pb2.ScanSettings) -> None:
        self.current = settings
        self.fill(settings)
        self.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.show_error(plain_message(exc))

    def fill(self, settings: scans_pb2.ScanSettings) -> None:
        raise NotImplementedError

    def send(self, request: scans_pb2.ScanSettings) -> scans_pb2.ScanSettings:
        return self.session.connection.call(stub(self.session).UpdateScanSettings, request)


class PageSettingsDialog(_SettingsDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Consumer page settings"), parent)
        self.setObjectName("pageSettingsDialog")
        self.max_queries = _spin(1_000_000, self.tr("No limit"))
        self.verification = QComboBox()
        for key, name in scan_names.verification_modes().items():
            if key:
                self.verification.addItem(name, key)
        self.brand_name = QLineEdit()
        self.brand_name.setPlaceholderText(self.tr("The company name when empty"))
        self.brand_intro = QPlainTextEdit()
        self.brand_intro.setMinimumHeight(110)
        self.service_phone = QLineEdit()
        self.add_field("max_queries", self.tr("Maximum queries per code"), self.max_queries)
        self.add_field("default_verification", self.tr("Verification code"), self.verification)
        self.add_field("brand_name", self.tr("Brand name"), self.brand_name)
        self.add_field("brand_intro", self.tr("Brand introduction"), self.brand_intro)
        self.add_field("service_phone", self.tr("Service phone"), self.service_phone)
        self.setMinimumWidth(560)

    def fill(self, settings: scans_pb2.ScanSettings) -> None:
        self.max_queries.setValue(settings.max_queries)
        self.verification.setCurrentIndex(
            max(0, self.verification.findData(settings.default_verification)))
        self.brand_name.setText(settings.brand_name)
        self.brand_intro.setPlainText(settings.brand_intro)
        self.service_phone.setText(settings.service_phone)

    def validate(self) -> list[tuple[str, str]]:
        if len(self.brand_intro.toPlainText()) > 2000:
            return [("brand_intro", self.tr("The introduction takes at most 2000 characters."))]
        return []

    def build(self) -> scans_pb2.ScanSettings:
        out = scans_pb2.ScanSettings()
        out.CopyFrom(self.current)
        out.max_queries = self.max_queries.value()
        out.default_verification = self.verification.currentData()
        out.brand_name = self.brand_name.text().strip()
        out.brand_intro = self.brand_intro.toPlainText().strip()
        out.service_phone = self.service_phone.text().strip()
        return out


class AlertSettingsDialog(_SettingsDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Alert settings"), parent)
        self.setObjectName("alertSettingsDialog")
        self.sms = QCheckBox(self.tr("Send alerts by SMS to the recipients"))
        self.normal = _spin(1_000_000, self.tr("Off"))
        self.important = _spin(1_000_000, self.tr("Off"))
        self.suspect = QCheckBox(self.tr("Alert when a query suggests a copied label"))
        self.enumeration = _spin(1_000_000)
        self.enumeration.setMinimum(1)
        self.add_field("sms_enabled", self.tr("SMS"), self.sms)
        self.add_field("normal_threshold",
                       self.tr("Normal alert: one code queried this often"), self.normal)
        self.add_field("important_threshold",
                       self.tr("Important alert: one code queried this often"), self.important)
        self.add_field("suspect_alerts", self.tr("Copied labels"), self.suspect)
        self.add_field("enumeration_threshold",
                       self.tr("Code guessing: unknown codes from one network in 10 minutes"),
                       self.enumeration)
        self.setMinimumWidth(600)

    def fill(self, settings: scans_pb2.ScanSettings) -> None:
        self.sms.setChecked(settings.sms_enabled)
        self.normal.setValue(settings.normal_threshold)
        self.important.setValue(settings.important_threshold)
        self.suspect.setChecked(settings.suspect_alerts)
        self.enumeration.setValue(settings.enumeration_threshold or 30)

    def build(self) -> scans_pb2.ScanSettings:
        out = scans_pb2.ScanSettings()
        out.CopyFrom(self.current)
        out.sms_enabled = self.sms.isChecked()
        out.normal_threshold = self.normal.value()
        out.important_threshold = self.important.value()
        out.suspect_alerts = self.suspect.isChecked()
        out.enumeration_threshold = self.enumeration.value()
        return out
