"""The anti-counterfeiting windows against the server: the scan log with suspects highlighted and
exported, response templates edited with the server's preview, alert settings and recipients,
alerts acknowledged, complaints handled, documents uploaded, verification codes per product."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.areas.scan_alerts import AlertsPage, RecipientsPage
from client.areas.scan_complaints import ComplaintsPage
from client.areas.scan_documents import DocumentsPage, VerificationPage
from client.areas.scan_log import SUSPECT, ScanLogPage
from client.areas.scan_templates import TemplatesPage
from server.codes.keys import KeyStore
from server.demo.seed_scans import BEIJING, CHANGZHI, _report_pdf
from shared.pb import common_pb2, scans_pb2
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, select_row, wait_loaded
from tests.support.scans import Gateway, gateway, issue_activated, keys, scans_stub
from tests.support.tenants import TenantFixture

__all__ = ["gateway", "keys"]
S = scans_pb2


def test_scan_log_highlights_suspects_and_exports(qtbot: QtBot, tenant: TenantFixture,
                                                  keys: KeyStore, gateway: Gateway,
                                                  open_window: WindowFactory,
                                                  tmp_path: Path) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(0), device="a", position=CHANGZHI)
    gateway.verify(issued.url(0), device="b", position=BEIJING)
    gateway.verify(issued.url(1), device="a", position=CHANGZHI)
    page = open_window(issued.admin).open_area("scan_log")
    assert isinstance(page, ScanLogPage)
    wait_loaded(qtbot, page)
    model = page.controller.model
    assert model.rowCount() == 3
    colours = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    verdicts = column_texts(page, 7)
    assert verdicts[colours.index(SUSPECT)] == "Suspected copy"
    assert colours.count(SUSPECT) == 1
    assert set(column_texts(page, 4)) == {"长治市", "北京市"}
    page.verdict_filter.combo.setCurrentIndex(page.verdict_filter.combo.findData("suspect"))
    qtbot.waitUntil(lambda: page.controller.total == 1, timeout=10_000)
    out = tmp_path / "scans.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_to(str(out))
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "Verdict" in rows[0] and rows[1][rows[0].index("Verdict")] == "Suspected copy"


def test_templates_are_edited_with_a_preview(qtbot: QtBot, tenant: TenantFixture,
                                             open_window: WindowFactory) -> None:
    conn = tenant.connect()
    page = open_window(conn).open_area("response_templates")
    assert isinstance(page, TemplatesPage)
    wait_loaded(qtbot, page)
    assert page.controller.total == 16
    select_row(page, 2)  # repeat query, Chinese
    dialog = page.edit_record()
    assert dialog is not None
    editor = dialog.editors["zh"]
    editor.setPlainText("第")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    dialog.insert("${当前第几次}")
    editor.insertPlainText("次查询，首次在")
    dialog.insert("${首次查询地点}")
    qtbot.waitUntil(lambda: dialog.previews["zh"].text() == "第3次查询，首次在山西省长治市襄垣县",
                    timeout=10_000)
    dialog.editors["en"].setPlainText("Query ${nope}")
    qtbot.waitUntil(lambda: "nope" in dialog.banner.text(), timeout=10_000)
    dialog.editors["en"].setPlainText("")  # the default again
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    saved = conn.call(scans_stub(conn).ListTemplates, common_pb2.Empty())
    mine = [t for t in saved.templates if t.customised]
    assert [(t.kind, t.lang, t.text) for t in mine] == [
        (S.TEMPLATE_KIND_REPEAT, "zh", "第${当前第几次}次查询，首次在${首次查询地点}")]


def test_page_and_alert_settings_and_recipients(qtbot: QtBot, tenant: TenantFixture,
                                                open_window: WindowFactory) -> None:
    conn = tenant.connect()
    window = open_window(conn)
    templates = window.open_area("response_templates")
    assert isinstance(templates, TemplatesPage)
    page_settings = templates.open_settings()
    qtbot.waitUntil(page_settings.isEnabled, timeout=10_000)
    page_settings.max_queries.setValue(8)
    page_settings.brand_name.setText("丰源")
    page_settings.verification.setCurrentIndex(page_settings.verification.findData("required"))
    with qtbot.waitSignal(page_settings.saved, timeout=10_000):
        page_settings.submit()
    recipients = window.open_area("alert_recipients")
    assert isinstance(recipients, RecipientsPage)
    wait_loaded(qtbot, recipients)
    alerts = recipients.open_settings()
    qtbot.waitUntil(alerts.isEnabled, timeout=10_000)
    alerts.sms.setChecked(True)
    alerts.normal.setValue(2000)
    alerts.important.setValue(481)
    with qtbot.waitSignal(alerts.saved, timeout=10_000):
        alerts.submit()
    settings = conn.call(scans_stub(conn).GetScanSettings, common_pb2.Empty())
    assert (settings.max_queries, settings.brand_name, settings.default_verification,
            settings.sms_enabled, settings.normal_threshold, settings.important_threshold) == (
        8, "丰源", "required", True, 2000, 481)
    form = recipients.new_record()
    form.name.setText("测试管理员")
    form.phone.setText("abc")
    form.submit()
    assert form.pending is None and form.banner.isVisible()
    form.phone.setText("15135887700")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    qtbot.waitUntil(lambda: recipients.controller.total == 1, timeout=10_000)


def test_alerts_are_acknowledged_and_complaints_handled(qtbot: QtBot, tenant: TenantFixture,
                                                        keys: KeyStore, gateway: Gateway,
                                                        open_window: WindowFactory) -> None:
    issued = issue_activated(tenant, keys)
    stub = scans_stub(issued.admin)
    settings = issued.admin.call(stub.GetScanSettings, common_pb2.Empty())
    settings.normal_threshold = 1
    issued.admin.call(stub.UpdateScanSettings, settings)
    page_view = gateway.verify(issued.url(0))
    gateway.call("SubmitComplaint", S.ComplaintRequest(
        scan_token=page_view.scan_token, kind="counterfeit", text="包装破损",
        requester=S.Requester(ip="192.0.2.55")))
    window = open_window(issued.admin)
    alerts = window.open_area("scan_alerts")
    assert isinstance(alerts, AlertsPage)
    wait_loaded(qtbot, alerts)
    assert alerts.controller.total == 1 and "queried 1 times" in column_texts(alerts, 3)[0]
    select_row(alerts, 0)
    alerts.acknowledge()
    qtbot.waitUntil(lambda: column_texts(alerts, 7) == ["admin"], timeout=10_000)
    complaints = window.open_area("complaints")
    assert isinstance(complaints, ComplaintsPage)
    wait_loaded(qtbot, complaints)
    select_row(complaints, 0)
    dialog = complaints.handle()
    assert dialog is not None
    dialog.note.setText("已回电")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    qtbot.waitUntil(lambda: column_texts(complaints, 2) == ["Handled"], timeout=10_000)


def test_documents_and_verification_modes(qtbot: QtBot, tenant: TenantFixture, keys: KeyStore,
                                          open_window: WindowFactory, tmp_path: Path) -> None:
    issued = issue_activated(tenant, keys)
    window = open_window(issued.admin)
    documents = window.open_area("scan_documents")
    assert isinstance(documents, DocumentsPage)
    wait_loaded(qtbot, documents)
    form = documents.new_record()
    qtbot.waitUntil(lambda: form.product.count() > 0, timeout=10_000)
    pdf = tmp_path / "出厂检验报告.pdf"
    pdf.write_bytes(_report_pdf("20261013/01", "0.8"))
    form.set_file(str(pdf))
    form.product.set_current(issued.product_id)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    qtbot.waitUntil(lambda: column_texts(documents, 0) == ["出厂检验报告"], timeout=10_000)
    modes = window.open_area("verification_products")
    assert isinstance(modes, VerificationPage)
    wait_loaded(qtbot, modes)
    select_row(modes, 0)
    modes.mode.setCurrentIndex(modes.mode.findData("required"))
    modes.apply()
    qtbot.waitUntil(lambda: column_texts(modes, 2) == ["Required"], timeout=10_000)
