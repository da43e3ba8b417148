from __future__ import annotations

from pytestqt.qtbot import QtBot

from client.areas.organisations import OrganisationsPage
from tests.client.conftest import WindowFactory
from tests.support.tenants import TenantFixture


def test_orgs_page_loads(qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory) -> None:
    window = open_window(tenant.connect())
    page = window.open_area("organisations")
    assert isinstance(page, OrganisationsPage)
    qtbot.waitUntil(lambda: page.controller.total >= 1, timeout=5000)
    qtbot.waitUntil(lambda: bool(page.tree.orgs), timeout=5000)
    print(window.visible_area_keys(), page.controller.total)
