"""A list page over a large server list: paging, click-to-sort, search, filters, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from client.areas.organisations import OrganisationsPage
from client.connection import Connection
from shared.pb import accounts_pb2, common_pb2
from tests.client.conftest import WindowFactory
from tests.client.helpers import click_header, column_texts, reload, wait_loaded
from tests.support.tenants import TenantFixture

COUNT = 120


@pytest.fixture
def many_orgs(tenant: TenantFixture) -> Connection:
    """120 organisations created through the API: 80 dealers and 40 stores under HQ."""
    conn = tenant.connect()
    for i in range(COUNT):
        kind = accounts_pb2.ORG_KIND_DEALER if i % 3 else accounts_pb2.ORG_KIND_STORE
        conn.call(conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
            parent_id=tenant.ids.hq_org_id, kind=kind, code=f"D{i:03d}",
            name=f"Org {(i * 37) % COUNT:03d}"))
    return conn


def _page(qtbot: QtBot, open_window: WindowFactory, conn: Connection) -> OrganisationsPage:
    window = open_window(conn)
    page = window.open_area("organisations")
    assert isinstance(page, OrganisationsPage)
    wait_loaded(qtbot, page)
    return page


def test_pages_through_a_large_list(qtbot: QtBot, many_orgs: Connection,
                                    open_window: WindowFactory) -> None:
    page = _page(qtbot, open_window, many_orgs)
    c = page.controller
    assert (c.total, c.page_size, c.pages) == (COUNT + 1, 50, 3)
    assert c.model.rowCount() == 50
    assert page.pager.page_label.text() == "Page 1 of 3"
    assert page.pager.total_label.text() == "121 record(s)"
    assert not page.pager.prev.isEnabled() and page.pager.next.isEnabled()
    with qtbot.waitSignal(c.loaded):
        page.pager.next.click()
    assert page.pager.page_label.text() == "Page 2 of 3"
    assert c.model.rowCount() == 50
    with qtbot.waitSignal(c.loaded):
        page.pager.last.click()
    assert page.pager.page_label.text() == "Page 3 of 3"
    assert c.model.rowCount() == 21 and not page.pager.next.isEnabled()
    with qtbot.waitSignal(c.loaded):
        page.pager.size_combo.setCurrentIndex(page.pager.size_combo.findData(100))
    assert (c.page, c.pages, c.model.rowCount()) == (1, 2, 100)
    assert page.session.settings.page_size == 100


def test_header_click_sorts_on_the_server(qtbot: QtBot, many_orgs: Connection,
                                          open_window: WindowFactory) -> None:
    page = _page(qtbot, open_window, many_orgs)
    name_column = 1
    click_header(qtbot, page, name_column)
    expected = [o.name for o in many_orgs.call(many_orgs.accounts.ListOrganisations,
                                               common_pb2.ListQuery(
        page_size=50, sort=[common_pb2.Sort(field="name")])).items]
    assert column_texts(page, name_column) == expected
    assert expected == sorted(expected)
    click_header(qtbot, page, name_column)
    descending = column_texts(page, name_column)
    assert descending == sorted(descending, reverse=True)
    assert descending[0] != expected[0]
    assert page.controller.sort[0].descending


def test_search_and_filters_go_to_the_server(qtbot: QtBot, many_orgs: Connection,
                                             open_window: WindowFactory) -> None:
    page = _page(qtbot, open_window, many_orgs)
    page.search.setText("D01")
    with qtbot.waitSignal(page.controller.loaded):
        page.query_button.click()
    assert page.controller.total == 10
    assert all(code.startswith("D01") for code in column_texts(page, 0))
    page.search.clear()
    with qtbot.waitSignal(page.controller.loaded):
        page.kind_filter.select("store")
    assert page.controller.total == COUNT // 3
    assert set(column_texts(page, 2)) == {"Store"}
    with qtbot.waitSignal(page.controller.loaded):
        page.reset_button.click()
    assert page.controller.total == COUNT + 1


def test_tree_narrows_the_list_to_a_subtree(qtbot: QtBot, tenant: TenantFixture,
                                            open_window: WindowFactory) -> None:
    dealer = tenant.add_org(tenant.ids.hq_org_id, "dealer", "DL1", "Dealer one")
    tenant.add_org(dealer, "store", "ST1", "Store one")
    tenant.add_org(tenant.ids.hq_org_id, "dealer", "DL2", "Dealer two")
    page = _page(qtbot, open_window, tenant.connect())
    qtbot.waitUntil(lambda: len(page.tree.orgs) == 4, timeout=10_000)
    item = page.tree.tree.topLevelItem(0).child(0)
    assert item.text(0).startswith("Dealer one")
    with qtbot.waitSignal(page.controller.loaded):
        page.tree.tree.setCurrentItem(item)
    assert sorted(column_texts(page, 0)) == ["DL1", "ST1"]


def test_export_writes_every_row_of_the_query(qtbot: QtBot, many_orgs: Connection,
                                              open_window: WindowFactory,
                                              tmp_path: Path) -> None:
    page = _page(qtbot, open_window, many_orgs)
    target = tmp_path / "orgs.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20_000) as blocker:
        page.export_to(str(target))
    assert blocker.args == [str(target), COUNT + 1]
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Name", "Type")
    assert len(rows) == COUNT + 2
    assert {r[0] for r in rows[1:]} >= {f"D{i:03d}" for i in range(COUNT)}
    assert page.banner.isVisible() and "121" in page.banner.text()


def test_refresh_shows_new_rows(qtbot: QtBot, tenant: TenantFixture,
                                open_window: WindowFactory) -> None:
    conn = tenant.connect()
    page = _page(qtbot, open_window, conn)
    assert page.controller.total == 1
    tenant.add_org(tenant.ids.hq_org_id, "dealer", "NEW1")
    reload(qtbot, page)
    assert page.controller.total == 2
