"""Code batches in the client against the real server: the issue dialog issues and then writes
the encrypted print file with progress to the end (and cancel leaves no file); allocation,
activation, voiding and lookup through their dialogs; activation records."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from client.areas.code_batches import CodeBatchesPage
from client.areas.code_events import CodeEventsPage
from client.areas.code_export import ExportPanel
from client.areas.code_issue import IssueDialog
from client.connection import Connection
from shared.pb import catalog_pb2, codes_pb2, common_pb2
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, select_row, wait_loaded
from tests.support.tenants import TenantFixture

C = codes_pb2
BASE_URL = "https://m.fengyuan.example/c/"
PASSWORD = "correct horse battery"


def _settings(conn: Connection) -> None:
    conn.call(conn.codes.UpdateCodeSettings, C.CodeSettings(gateway_base_url=BASE_URL,
                                                             gs1_company_prefix="6901234"))


def _batches_page(qtbot: QtBot, open_window: WindowFactory, conn: Connection
                  ) -> CodeBatchesPage:
    page = open_window(conn).open_area("code_batches")
    assert isinstance(page, CodeBatchesPage)
    wait_loaded(qtbot, page)
    return page


def _export(qtbot: QtBot, panel: ExportPanel, path: Path) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    panel.progressed.connect(lambda done, total: seen.append((done, total)))
    panel.path.setText(str(path))
    panel.password.setText(PASSWORD)
    panel.password2.setText(PASSWORD)
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        assert panel.start() is not None
        qtbot.waitUntil(lambda: panel.progress.value() > 0 or not panel.running, timeout=60_000)
    return seen


def test_issue_dialog_issues_and_shows_export_progress(
        qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory, tmp_path: Path) -> None:
    conn = tenant.connect()
    _settings(conn)
    page = _batches_page(qtbot, open_window, conn)
    dialog = page.issue()
    assert isinstance(dialog, IssueDialog) and not dialog.export_box.isEnabled()
    dialog.count.setValue(100_000)
    dialog.verification.setCurrentIndex(dialog.verification.findData(6))
    with qtbot.waitSignal(dialog.issued, timeout=10_000) as issued:
        dialog.issue_button.click()
    batch = issued.args[0]
    assert batch.count == 100_000 and batch.batch_no in dialog.banner.text()
    assert dialog.export_box.isEnabled() and not dialog.form_box.isEnabled()
    panel = dialog.export
    assert panel.columns[C.EXPORT_COLUMN_VERIFICATION_CODE].isChecked()

    panel.password.setText("short")
    panel.password2.setText("short")
    assert panel.start() is None and "12 characters" in panel.status.text()

    target = tmp_path / "print.ypf"
    seen = _export(qtbot, panel, target)
    assert len(seen) >= 2  # several steps on the way, not one jump
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert seen[-1] == (100_000, 100_000)
    assert panel.progress.value() == panel.progress.maximum() == 100_000
    assert target.stat().st_size > 100_000 * 20  # every row, encrypted
    assert not list(tmp_path.glob("*.part"))
    assert "100,000" in panel.status.text()
    qtbot.waitUntil(lambda: batch.batch_no in column_texts(page, 0), timeout=10_000)


def test_cancelled_export_leaves_no_file(qtbot: QtBot, tenant: TenantFixture,
                                         open_window: WindowFactory, tmp_path: Path) -> None:
    conn = tenant.connect()
    _settings(conn)
    batch = conn.call(conn.codes.IssueBatch, C.IssueBatchRequest(
        level=C.CODE_LEVEL_ITEM, format=C.CODE_FORMAT_DIGITS, count=3_000_000,
        roll_unit=C.ROLL_UNIT_ROLL))
    panel = ExportPanel(open_window(conn).session, batch)
    qtbot.addWidget(panel)
    panel.progressed.connect(lambda _d, _t: panel.cancel())
    panel.path.setText(str(tmp_path / "big.ypf"))
    panel.password.setText(PASSWORD)
    panel.password2.setText(PASSWORD)
    with qtbot.waitSignal(panel.failed, timeout=60_000) as failed:
        panel.start()
    assert failed.args == [""]  # cancelled, not an error
    assert "cancelled" in panel.status.text()
    assert list(tmp_path.iterdir()) == []


def test_allocate_activate_void_and_look_up(qtbot: QtBot, tenant: TenantFixture,
                                            open_window: WindowFactory) -> None:
    conn = tenant.connect()
    _settings(conn)
    factory = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF1", "授权一厂")
    category = conn.call(conn.catalog.CreateCategory, catalog_pb2.Category(code="OIL",
                                                                         name="花生油"))
    product = conn.call(conn.catalog.CreateProduct, catalog_pb2.Product(
        category_id=category.id, code="P5L", name="花生油 5L", items_per_case=4,
        cases_per_pallet=40))
    batch = conn.call(conn.codes.IssueBatch, C.IssueBatchRequest(
        level=C.CODE_LEVEL_ITEM, format=C.CODE_FORMAT_DIGITS, count=50, labels_per_roll=10,
        roll_unit=C.ROLL_UNIT_ROLL))
    page = _batches_page(qtbot, open_window, conn)
    select_row(page, 0)

    allocate = page.allocate()
    assert allocate is not None
    qtbot.waitUntil(lambda: factory in allocate.org.records, timeout=10_000)
    allocate.org.set_current(factory)
    allocate.first.setValue(1)
    allocate.last.setValue(2)
    with qtbot.waitSignal(allocate.saved, timeout=10_000) as saved:
        allocate.submit()
    assert (saved.args[0].first_serial, saved.args[0].last_serial) == (1, 20)
    qtbot.waitUntil(lambda: "授权一厂" in page.banner.text(), timeout=10_000)

    activate = page.activate()
    assert activate is not None
    activate.submit()  # no product on the batch and none chosen
    assert activate.pending is None and "product" in activate.banner.text()
    qtbot.waitUntil(lambda: product.id in activate.product.records, timeout=10_000)
    activate.product.set_current(product.id)
    activate.selection.select("serials")
    activate.selection.first.setValue(1)
    activate.selection.last.setValue(30)
    with qtbot.waitSignal(activate.saved, timeout=10_000) as activated:
        activate.submit()
    assert activated.args[0].affected == 30

    second = conn.call(conn.codes.LookupCode, C.LookupCodeRequest(code=batch.sample_code))
    assert second.serial == 1
    void = page.void()
    assert void is not None
    void.selection.codes.setPlainText(f"{batch.sample_code}\n\n{batch.sample_code}\n")
    void.submit()  # no reason
    assert void.pending is None and "Say why" in void.banner.text()
    void.reason.setText("标签破损")
    with qtbot.waitSignal(void.saved, timeout=10_000) as voided:
        void.submit()
    assert voided.args[0].affected == 1

    lookup = page.look_up()
    lookup.code.setText(BASE_URL + batch.sample_code)  # a scanned QR: the URL
    with qtbot.waitSignal(lookup.found, timeout=10_000):
        lookup.code.returnPressed.emit()
    assert "Voided" in lookup.values["state"].text()
    assert lookup.values["void_reason"].text() == "标签破损"
    assert lookup.values["product"].text() == "花生油 5L"
    assert lookup.values["factory"].text() == "授权一厂"
    assert lookup.values["batch"].text() == batch.batch_no
    lookup.code.setText(batch.sample_code[:-1] + str((int(batch.sample_code[-1]) + 1) % 10))
    lookup.look_up()  # a mistyped code: refused by its check digit
    qtbot.waitUntil(lambda: "not a valid code" in lookup.message.text(), timeout=10_000)

    events = page.window().open_area("code_events")
    assert isinstance(events, CodeEventsPage)
    wait_loaded(qtbot, events)
    assert sorted(column_texts(events, 1)) == ["Activation", "Allocation", "Void"]


def test_code_settings_load_check_and_save(qtbot: QtBot, tenant: TenantFixture,
                                           open_window: WindowFactory) -> None:
    conn = tenant.connect()
    _settings(conn)
    page = _batches_page(qtbot, open_window, conn)
    dialog = page.settings_dialog()
    qtbot.waitUntil(lambda: dialog.base_url.text() == BASE_URL, timeout=10_000)
    assert dialog.prefix.text() == "6901234"
    dialog.prefix.setText("12345")
    dialog.submit()
    assert dialog.pending is None and "7 to 10 digits" in dialog.banner.text()
    dialog.prefix.setText("69012345")
    dialog.digital_link.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    saved = conn.call(conn.codes.GetCodeSettings, common_pb2.Empty())
    assert (saved.gs1_company_prefix, saved.digital_link) == ("69012345", True)
