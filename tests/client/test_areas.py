"""Every area opens for an administrator, loads its first page from the server, and every
create form opens with its fields."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from client.areas import AREAS
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from tests.client.conftest import WindowFactory
from tests.client.helpers import wait_loaded
from tests.support.tenants import TenantFixture

# Not lists: the packing station (tests/client/test_packing_station.py drives it), the store's
# counter, the trace and the recall pages (tests/client/test_shipping_windows.py and
# test_trace_windows.py drive them).
NOT_LISTS = ("packing_station", "store_sales", "trace", "recalls")


@pytest.mark.parametrize("key", [a.key for a in AREAS if a.key not in NOT_LISTS])
def test_area_loads_and_create_form_opens(qtbot: QtBot, tenant: TenantFixture,
                                          open_window: WindowFactory, key: str) -> None:
    window = open_window(tenant.connect())
    page = window.open_area(key)
    assert isinstance(page, ListPage)
    wait_loaded(qtbot, page)
    create = getattr(page, "new_record", None)
    if create is not None:
        dialog = create()
        assert isinstance(dialog, FormDialog)
        assert dialog.isVisible()
        qtbot.wait_until(lambda: not dialog.pending, timeout=1000)
        dialog.reject()
