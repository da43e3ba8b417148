"""Server refusals reach people in plain words: in the form (with the field marked) or in an
error dialog, in the interface language; shape checks stop a form before it is sent."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from client.areas.organisation_form import OrganisationForm
from client.areas.organisations import OrganisationsPage
from client.widgets.form import INVALID_STYLE
from tests.client.conftest import WindowFactory
from tests.client.helpers import find_message_box, wait_loaded
from tests.support.tenants import TenantFixture


def _orgs_page(qtbot: QtBot, open_window: WindowFactory,
               tenant: TenantFixture) -> OrganisationsPage:
    page = open_window(tenant.connect()).open_area("organisations")
    assert isinstance(page, OrganisationsPage)
    wait_loaded(qtbot, page)
    return page


def _fill_new_org(qtbot: QtBot, page: OrganisationsPage, code: str) -> OrganisationForm:
    form = page.new_record()
    qtbot.waitUntil(lambda: form.parent_picker.current_id() != 0, timeout=10_000)
    form.code.setText(code)
    form.name.setText("经销商甲")
    return form


def test_duplicate_code_is_shown_in_chinese_with_the_field_marked(
        qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory, chinese: None) -> None:
    tenant.add_org(tenant.ids.hq_org_id, "dealer", "DUP1")
    page = _orgs_page(qtbot, open_window, tenant)
    assert page.query_button.text() == "查询"
    form = _fill_new_org(qtbot, page, "DUP1")
    assert form.save_button.text() == "保存"
    form.submit()
    qtbot.waitUntil(lambda: form.banner.isVisible(), timeout=10_000)
    assert form.banner.text() == "组织编码“DUP1”已存在。"
    assert form.code.styleSheet() == INVALID_STYLE
    assert form.isVisible()  # nothing saved, the dialog stays for a correction
    form.code.setText("DUP2")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    assert not form.isVisible()


def test_refused_delete_opens_an_error_dialog(qtbot: QtBot, tenant: TenantFixture,
                                              open_window: WindowFactory) -> None:
    dealer = tenant.add_org(tenant.ids.hq_org_id, "dealer", "PARENT")
    tenant.add_org(dealer, "store", "CHILD")
    page = _orgs_page(qtbot, open_window, tenant)
    row = [page.controller.model.record(r).code
           for r in range(page.controller.model.rowCount())].index("PARENT")
    page.table.selectRow(row)
    page.delete_record(ask=False)
    qtbot.waitUntil(lambda: find_message_box() is not None, timeout=10_000)
    box = find_message_box()
    assert box is not None
    assert box.text().startswith("This organisation is still in use")
    assert "IN_USE" in box.informativeText()
    box.accept()


def test_shape_checks_stop_the_form_before_sending(qtbot: QtBot, tenant: TenantFixture,
                                                  open_window: WindowFactory) -> None:
    page = _orgs_page(qtbot, open_window, tenant)
    form = _fill_new_org(qtbot, page, "has space")
    form.name.setText("")
    form.region.setText("12")
    form.submit()
    assert form.pending is None
    assert form.banner.isVisible()
    lines = form.banner.text().splitlines()
    assert lines == ["Enter a code without spaces.", "Enter the name.",
                     "The region code has 6 digits."]
    assert form.name.styleSheet() == INVALID_STYLE


def test_permission_refusal_is_explained(qtbot: QtBot, tenant: TenantFixture,
                                         open_window: WindowFactory) -> None:
    conn = tenant.user_with("reader", ["org.read"])
    page = open_window(conn).open_area("organisations")
    assert isinstance(page, OrganisationsPage)
    wait_loaded(qtbot, page)
    page.table.selectRow(0)
    page.delete_record(ask=False)
    qtbot.waitUntil(lambda: find_message_box() is not None, timeout=10_000)
    box = find_message_box()
    assert box is not None and "org.write" in box.text()
    box.accept()
