"""The login dialog against the real test server: sign in, remembered fields, the server's
refusals in plain words, the forced password change."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.dialogs.login import LoginDialog
from client.dialogs.password import ChangePasswordDialog
from client.settings import ClientSettings
from client.tasks import TaskManager
from shared.pb import accounts_pb2
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture


def _dialog(qtbot: QtBot, settings: ClientSettings, tasks: TaskManager,
            server: str | None = None) -> LoginDialog:
    dialog = LoginDialog(settings, tasks, server)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: LoginDialog, address: str, tenant: str, user: str, password: str) -> None:
    dialog.server.setText(address)
    dialog.tenant.setText(tenant)
    dialog.username.setText(user)
    dialog.password.setText(password)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sign_in_and_fields_are_remembered(qtbot: QtBot, tenant: TenantFixture, address: str,
                                           settings: ClientSettings, tasks: TaskManager) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, address, tenant.code, "admin", ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.session is not None
    assert dialog.session.principal.username == "admin"
    assert dialog.session.principal.tenant_code == tenant.code
    again = _dialog(qtbot, ClientSettings(), tasks)
    assert again.server.text() == address
    assert again.tenant.text() == tenant.code
    assert again.username.text() == "admin"
    assert again.password.text() == ""
    dialog.session.connection.close()


def test_wrong_password_shows_the_servers_message(qtbot: QtBot, tenant: TenantFixture,
                                                  address: str, settings: ClientSettings,
                                                  tasks: TaskManager) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, address, tenant.code, "admin", "wrong-password1")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "Company code, username or password is wrong."
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.login_button.isEnabled()


def test_wrong_password_in_chinese(qtbot: QtBot, tenant: TenantFixture, address: str,
                                   settings: ClientSettings, tasks: TaskManager,
                                   chinese: None) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    assert dialog.login_button.text() == "登录"
    _fill(dialog, address, tenant.code, "admin", "wrong-password1")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "企业代码、用户名或密码不正确。"


def test_locked_account_is_explained(qtbot: QtBot, tenant: TenantFixture, address: str,
                                     settings: ClientSettings, tasks: TaskManager) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, address, tenant.code, "admin", "wrong-password1")
    for _ in range(6):
        dialog.error.hide()
        dialog.sign_in()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "locked" in dialog.error.text()


def test_missing_fields_are_asked_for_before_sending(qtbot: QtBot, settings: ClientSettings,
                                                     tasks: TaskManager) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, "127.0.0.1:1", "", "", "")
    dialog.sign_in()
    assert dialog.error.isVisible()
    assert "Company code" in dialog.error.text()
    assert tasks.active == 0


def test_unreachable_server_is_reported(qtbot: QtBot, settings: ClientSettings,
                                        tasks: TaskManager) -> None:
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, f"127.0.0.1:{_free_port()}", "acme", "admin", "x1234567")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert dialog.error.text().startswith("Cannot reach the server")


def test_forced_password_change_comes_first(qtbot: QtBot, tenant: TenantFixture, address: str,
                                            settings: ClientSettings,
                                            tasks: TaskManager) -> None:
    admin = tenant.connect()
    admin.call(admin.accounts.CreateUser, accounts_pb2.CreateUserRequest(
        user=accounts_pb2.User(org_id=tenant.ids.hq_org_id, username="clerk",
                               display_name="Clerk"), password="Initial123"))
    dialog = _dialog(qtbot, settings, tasks)
    _fill(dialog, address, tenant.code, "clerk", "Initial123")
    dialog.sign_in()
    qtbot.waitUntil(lambda: hasattr(dialog, "password_dialog"), timeout=10_000)
    change = dialog.password_dialog
    assert isinstance(change, ChangePasswordDialog) and change.isVisible()
    assert not dialog.result()
    change.old.setText("Initial123")
    change.new.setText("Mine12345")
    change.confirm.setText("Mine99999")
    change.submit()
    assert change.banner.isVisible()  # the two new passwords differ: nothing sent
    change.confirm.setText("Mine12345")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        change.submit()
    assert dialog.session is not None
    assert not dialog.session.principal.must_change_password
    dialog.session.connection.close()

