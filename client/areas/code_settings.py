"""码设置: the consumer URL base (or GS1 Digital Link), and the GS1 company prefix and extension
digit that pallet SSCCs are built from."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from client.session import Session
from client.widgets.errors import plain_message
from client.widgets.form import FormDialog
from shared.pb import codes_pb2, common_pb2


class CodeSettingsDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Code settings"), parent)
        self.setObjectName("codeSettingsDialog")
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://m.example.com/c/")
        self.digital_link = QCheckBox(self.tr("GS1 Digital Link URIs for GS1 codes "
                                              "(…/01/{GTIN}/21/{serial})"))
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("7–10 digits"))
        self.extension = QSpinBox()
        self.extension.setRange(0, 9)
        self.add_field("gateway_base_url", self.tr("Consumer URL base"), self.base_url,
                       required=True)
        self.form.addRow("", self.digital_link)
        self.add_field("gs1_company_prefix", self.tr("GS1 company prefix"), self.prefix)
        self.add_field("sscc_extension_digit", self.tr("SSCC extension digit"), self.extension)
        self.setEnabled(False)
        conn = session.connection
        session.call(conn.codes.GetCodeSettings, common_pb2.Empty(), on_success=self.fill,
                     on_failure=self._load_failed, owner=self)
        self.setMinimumWidth(560)

    def fill(self, settings: codes_pb2.CodeSettings) -> None:
        self.base_url.setText(settings.gateway_base_url)
        self.digital_link.setChecked(settings.digital_link)
        self.prefix.setText(settings.gs1_company_prefix)
        self.extension.setValue(settings.sscc_extension_digit)
        self.setEnabled(True)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        url = self.base_url.text().strip()
        if not url.startswith(("https://", "http://")):
            problems.append(("gateway_base_url", self.tr("Enter a web address starting with "
                                                         "https://.")))
        prefix = self.prefix.text().strip()
        if prefix and not (prefix.isdigit() and 7 <= len(prefix) <= 10):
            problems.append(("gs1_company_prefix", self.tr("A GS1 company prefix has 7 to 10 "
                                                           "digits.")))
        return problems

    def build(self) -> codes_pb2.CodeSettings:
        return codes_pb2.CodeSettings(gateway_base_url=self.base_url.text().strip(),
                                      digital_link=self.digital_link.isChecked(),
                                      gs1_company_prefix=self.prefix.text().strip(),
                                      sscc_extension_digit=self.extension.value())

    def send(self, request: codes_pb2.CodeSettings) -> codes_pb2.CodeSettings:
        conn = self.session.connection
        return conn.call(conn.codes.UpdateCodeSettings, request)

    def _load_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.show_error(plain_message(exc))
