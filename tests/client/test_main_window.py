"""The main window: navigation shows only permitted areas, the status bar names the user and
organisation, sign-out returns to the login dialog and the language switches live."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from client.app import ClientApp
from client.dialogs.login import LoginDialog
from client.main_window import MainWindow
from client.settings import ClientSettings
from tests.client.conftest import WindowFactory
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture


def test_admin_sees_every_area(tenant: TenantFixture, open_window: WindowFactory) -> None:
    window = open_window(tenant.connect())
    assert window.visible_area_keys() == ["organisations", "users", "roles", "audit",
                                          "categories", "products", "lots", "lines",
                                          "warehouses", "code_batches", "code_events",
                                          "label_templates", "print_jobs", "packing_station",
                                          "collection_records", "sales_orders",
                                          "exceptional_shipments", "shipments", "receipts",
                                          "inventory", "stock_units", "stock_moves",
                                          "store_sales", "discrepancies", "stock_warnings",
                                          "trace", "recalls", "locations", "stock_alerts",
                                          "scan_log", "scan_alerts", "alert_recipients",
                                          "response_templates", "complaints", "scan_documents",
                                          "verification_products"]
    assert window.connection_state.text().endswith("Connected")
    assert window.user_label.text() == "User: 管理员"  # the admin's display name
    assert window.org_label.text().startswith("Organisation: ")


def test_code_and_label_areas_follow_their_permissions(tenant: TenantFixture,
                                                      open_window: WindowFactory) -> None:
    window = open_window(tenant.user_with("clerk", ["code.read", "print.read"]))
    assert window.visible_area_keys() == ["code_batches", "code_events", "print_jobs"]
    titles = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
    assert titles == ["Code management", "Labels and printing"]
    page = window.open_area("code_batches")
    hidden = [name for name in ("issueButton", "exportFileButton", "allocateButton",
                                "activateButton", "voidButton", "printButton", "settingsButton")
              if not page.findChild(QPushButton, name).isVisibleTo(page)]
    assert len(hidden) == 7  # reading codes is not issuing, allocating or printing them
    assert page.findChild(QPushButton, "lookupButton").isVisibleTo(page)


def test_navigation_hides_unauthorised_areas(tenant: TenantFixture,
                                             open_window: WindowFactory) -> None:
    window = open_window(tenant.user_with("viewer", ["product.read"]))
    assert window.visible_area_keys() == ["products"]
    titles = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
    assert titles == ["Product management"]
    assert "products" in window.pages  # the only area opens at once
    assert "users" not in window.areas and "audit" not in window.areas


def test_user_without_areas_is_told_so(tenant: TenantFixture, open_window: WindowFactory
                                       ) -> None:
    window = open_window(tenant.user_with("nobody", []))
    assert window.visible_area_keys() == []
    assert window.stack.currentWidget() is window.empty


def test_buttons_follow_write_permissions(qtbot: QtBot, tenant: TenantFixture,
                                          open_window: WindowFactory) -> None:
    window = open_window(tenant.user_with("reader", ["org.read"]))
    page = window.open_area("organisations")
    assert page.findChild(type(page.export_button), "newButton").isHidden()
    assert not page.export_button.isHidden()


def _sign_in(qtbot: QtBot, login: LoginDialog, address: str, tenant: TenantFixture) -> None:
    login.server.setText(address)
    login.tenant.setText(tenant.code)
    login.username.setText("admin")
    login.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        login.sign_in()


def test_client_flow_language_switch_and_sign_out(qtbot: QtBot, tenant: TenantFixture,
                                                  address: str, qapp: QApplication) -> None:
    app = ClientApp(ClientSettings())
    login = app.start()
    qtbot.addWidget(login)
    _sign_in(qtbot, login, address, tenant)
    assert isinstance(app.window, MainWindow)
    app.window.open_area("users")
    app.switch_language("zh_CN")
    window = app.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.nav.currentItem().text(0) == "用户"
    assert window.nav.topLevelItem(0).text(0) == "系统管理"
    assert window.connection_state.text().endswith("已连接")
    assert ClientSettings().language == "zh_CN"
    window.logout()
    assert app.window is None and app.login is not None
    qtbot.addWidget(app.login)
    assert app.login.login_button.text() == "登录"
    app.tasks.wait_idle(5000)
