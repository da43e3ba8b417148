"""Sign in: server address, TLS, company code (企业代码), user name and password. Everything but
the password is remembered. A forced password change comes before the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import i18n
from client.connection import Connection
from client.dialogs.password import ChangePasswordDialog
from client.session import Session
from client.settings import ClientSettings
from client.tasks import TaskManager
from client.widgets.errors import plain_message

CLIENT_INFO = "yima-client 0.1"


class LoginDialog(QDialog):
    """Accepted once signed in; `session` then holds the signed-in session."""

    language_changed = Signal(str)

    def __init__(self, settings: ClientSettings, tasks: TaskManager,
                 server: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.settings = settings
        self.tasks = tasks
        self.session: Session | None = None
        self.heading = QLabel()
        self.heading.setObjectName("loginHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold; padding: 8px;")
        self.server = QLineEdit(server or settings.server)
        self.server.setObjectName("server")
        self.tls = QCheckBox()
        self.tls.setObjectName("tls")
        self.tls.setChecked(settings.tls)
        self.ca_file = QLineEdit(settings.ca_file)
        self.ca_file.setObjectName("caFile")
        self.ca_browse = QPushButton()
        self.tenant = QLineEdit(settings.tenant_code)
        self.tenant.setObjectName("tenantCode")
        self.username = QLineEdit(settings.username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #a61b1b; background: #fdecea; padding: 6px;"
                                 " border-radius: 3px; }")
        self.error.hide()
        self.login_button = QPushButton()
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.quit_button = QPushButton()

        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        self.form = QFormLayout()
        self.captions = [QLabel() for _ in range(6)]
        for caption, field in zip(self.captions, (self.server, self.tls, ca_row, self.tenant,
                                                  self.username, self.password), strict=True):
            self.form.addRow(caption, field)
        buttons = QHBoxLayout()
        self.language_caption = QLabel()
        buttons.addWidget(self.language_caption)
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

        self.tls.toggled.connect(self._tls_toggled)
        self.ca_browse.clicked.connect(self._browse_ca)
        self.login_button.clicked.connect(self.sign_in)
        self.quit_button.clicked.connect(self.reject)
        self.language.currentIndexChanged.connect(self._language_picked)
        self._tls_toggled(self.tls.isChecked())
        self.retranslate()
        for edit in (self.tenant, self.username, self.password):
            if not edit.text():
                edit.setFocus()
                break

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yima — Sign in"))
        self.heading.setText(self.tr("Yima traceability system"))
        texts = (self.tr("Server address"), self.tr("Encryption"), self.tr("CA certificate"),
                 self.tr("Company code"), self.tr("Username"), self.tr("Password"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.server.setPlaceholderText(self.tr("host:port, e.g. 192.168.1.10:50051"))
        self.tls.setText(self.tr("Use TLS"))
        self.ca_file.setPlaceholderText(self.tr("optional: the server's CA file (.pem)"))
        self.ca_browse.setText(self.tr("Browse…"))
        self.tenant.setPlaceholderText(self.tr("given by your administrator"))
        self.language_caption.setText(self.tr("Language"))
        self.login_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Exit"))

    def _language_picked(self, _index: int) -> None:
        lang = str(self.language.currentData())
        self.settings.language = lang
        i18n.install(lang)
        self.retranslate()
        self.language_changed.emit(lang)

    def _tls_toggled(self, on: bool) -> None:
        self.ca_file.setEnabled(on)
        self.ca_browse.setEnabled(on)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _problems(self) -> str:
        for edit, caption in ((self.server, 0), (self.tenant, 3), (self.username, 4),
                              (self.password, 5)):
            if not edit.text().strip():
                edit.setFocus()
                return self.tr("Please fill in “%1”.").replace("%1", self.captions[caption].text())
        if ":" not in self.server.text():
            self.server.setFocus()
            return self.tr("Write the server address as host:port.")
        return ""

    def sign_in(self) -> None:
        problem = self._problems()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        address = self.server.text().strip()
        tls, ca = self.tls.isChecked(), self.ca_file.text().strip()
        try:
            connection = Connection(address, tls=tls, ca_file=ca or None)
        except OSError as exc:
            self.show_error(self.tr("Cannot read the CA file: %1").replace("%1", str(exc)))
            return
        self.settings.server, self.settings.tls, self.settings.ca_file = address, tls, ca
        self.settings.tenant_code = self.tenant.text().strip()
        self.settings.username = self.username.text().strip()
        tenant, user, password = (self.tenant.text().strip(), self.username.text().strip(),
                                  self.password.text())
        self.login_button.setEnabled(False)
        self.tasks.run(lambda task: connection.login(tenant, user, password, CLIENT_INFO),
                       on_success=lambda _r: self._signed_in(connection),
                       on_failure=lambda exc: self._failed(connection, exc), owner=self)

    def _failed(self, connection: Connection, exc: BaseException) -> None:
        connection.close()
        self.login_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.show_error(plain_message(exc))

    def _signed_in(self, connection: Connection) -> None:
        self.login_button.setEnabled(True)
        self.session = Session(connection, self.tasks, self.settings)
        self.password.clear()
        principal = connection.principal
        if principal is not None and principal.must_change_password:
            dialog = ChangePasswordDialog(self.session, forced=True, parent=self)
            dialog.accepted.connect(self.accept)
            dialog.rejected.connect(self._abandon)
            self.password_dialog = dialog
            dialog.open()
            return
        self.accept()

    def _abandon(self) -> None:
        """The forced password change was cancelled: sign out again."""
        session, self.session = self.session, None
        if session is not None:
            conn = session.connection
            self.tasks.run(lambda task: conn.logout(), on_success=lambda _r: conn.close(),
                           on_failure=lambda _e: conn.close())
        self.show_error(self.tr("Your password must be changed before you can continue."))
