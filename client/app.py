"""`yima client`: the QApplication, translators, sign-in and the main window.

The controller owns the flow: login dialog → main window → (sign out) → login dialog again.
Choosing another language re-installs the translators and rebuilds the main window, so the
change applies at once without signing in again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from client import i18n
from client.dialogs.login import LoginDialog
from client.main_window import MainWindow
from client.session import Session
from client.settings import ClientSettings
from client.tasks import TaskManager


class ClientApp(QObject):
    """Sign-in and main-window lifecycle for one running client."""

    def __init__(self, settings: ClientSettings, server: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.server = server
        self.tasks = TaskManager(parent=self)
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.session: Session | None = None

    def start(self) -> LoginDialog:
        self.login = LoginDialog(self.settings, self.tasks, self.server)
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(self._quit_if_no_window)
        self.login.show()
        return self.login

    def _signed_in(self) -> None:
        assert self.login is not None
        self.session = self.login.session
        self.login.deleteLater()
        self.login = None
        self._open_window()

    def _open_window(self) -> None:
        assert self.session is not None
        self.window = MainWindow(self.session)
        self.window.logout_requested.connect(self.logout)
        self.window.language_requested.connect(self.switch_language)
        self.window.show()

    def switch_language(self, lang: str) -> None:
        """Apply a language now: translators first, then a freshly built main window."""
        self.settings.language = lang
        i18n.install(lang)
        old = self.window
        current = None
        if old is not None:
            item = old.nav.currentItem()
            current = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
            old.session.monitor.state_changed.disconnect(old._state_changed)
            old.hide()
            old.deleteLater()
        self._open_window()
        if current and self.window is not None and current in self.window.areas:
            self.window.open_area(str(current))

    def logout(self) -> None:
        session, window = self.session, self.window
        self.session, self.window = None, None
        if window is not None:
            window.hide()
            window.deleteLater()
        if session is not None:
            session.monitor.stop()
            conn = session.connection
            self.tasks.run(lambda task: conn.logout(), on_success=lambda _r: conn.close(),
                           on_failure=lambda _e: conn.close())
        self.start()

    def _quit_if_no_window(self) -> None:
        if self.window is None:
            app = QApplication.instance()
            if app is not None:
                app.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("Yima")
    app.setApplicationName("YimaClient")
    app.setApplicationDisplayName("")
    app.setQuitOnLastWindowClosed(True)
    return app


def _pick_font(app: QApplication, lang: str) -> None:
    """Prefer a CJK-capable UI font when one is installed (Windows has Microsoft YaHei)."""
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    for name in ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei"):
        if name in families:
            font = QFont(name)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return


def run_client(server: str | None, lang: str | None) -> int:
    """Start the desktop client; returns the exit code."""
    app = make_application()
    settings = ClientSettings()
    chosen = i18n.resolve(lang or settings.language or None)
    if lang:
        settings.language = lang
    i18n.install(chosen)
    _pick_font(app, chosen)
    client = ClientApp(settings, server)
    client.start()
    code = app.exec()
    client.tasks.wait_idle(3000)
    return int(code)
