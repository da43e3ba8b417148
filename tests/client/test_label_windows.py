"""Label windows against the real server: the designer's live preview follows every edit and the
template saves; the print window prints to a PDF file and to a ZPL printer (a TCP listener),
and printing the same labels again asks for a reason, then prints as an audited reprint."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.areas.label_designer import DesignerDialog
from client.areas.label_templates import TemplatesPage
from client.areas.print_dialog import PrintDialog, ReasonDialog
from client.areas.print_jobs import PrintJobsPage
from client.connection import Connection
from client.labels import raster
from client.labels.model import Kind, Symbology
from shared.pb import codes_pb2, common_pb2, labels_pb2
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, wait_loaded
from tests.client.labels.decoding import decode
from tests.support.tenants import TenantFixture

C, L = codes_pb2, labels_pb2
BASE_URL = "https://m.fengyuan.example/c/"


def _batch(conn: Connection, count: int = 40) -> codes_pb2.CodeBatch:
    conn.call(conn.codes.UpdateCodeSettings, C.CodeSettings(gateway_base_url=BASE_URL))
    return conn.call(conn.codes.IssueBatch, C.IssueBatchRequest(
        level=C.CODE_LEVEL_ITEM, format=C.CODE_FORMAT_SHORT, count=count, labels_per_roll=20,
        roll_unit=C.ROLL_UNIT_ROLL))


def _template(conn: Connection) -> labels_pb2.LabelTemplate:
    return conn.call(conn.labels.CreateTemplate, L.LabelTemplate(
        code="BOTTLE", name="瓶标 40×30", level=C.CODE_LEVEL_ITEM, width_mm=40, height_mm=30,
        active=True, elements=[
            L.LabelElement(kind=L.ELEMENT_KIND_BARCODE, symbology=L.SYMBOLOGY_QR,
                           content="{url}", x_mm=1, y_mm=1, width_mm=22, height_mm=22),
            L.LabelElement(kind=L.ELEMENT_KIND_TEXT, content="{code}", x_mm=1, y_mm=24,
                           width_mm=38, height_mm=5, font_size_pt=8)]))


def test_designer_preview_follows_edits_and_saves(
        qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory) -> None:
    page = open_window(tenant.connect()).open_area("label_templates")
    assert isinstance(page, TemplatesPage)
    wait_loaded(qtbot, page)
    dialog = page.new_record()
    assert isinstance(dialog, DesignerDialog)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.canvas.image is not None, timeout=10_000)
    assert preview.last_problems == ()
    first = preview.canvas.image.copy()

    rows = dialog.elements
    qr = rows.element(0)
    assert qr.kind == Kind.BARCODE and qr.symbology == Symbology.QR
    with qtbot.waitSignal(preview.updated, timeout=10_000):
        rows.set_element(0, replace(qr, width_mm=14, height_mm=14))
    assert preview.canvas.image != first  # the smaller QR is drawn
    assert preview.canvas.template.elements[0].width_mm == 14

    with qtbot.waitSignal(preview.updated, timeout=10_000):  # GS1-128 over a plain code
        rows.set_element(6, replace(rows.element(6), symbology=Symbology.GS1_128))
    assert [p.index for p in preview.last_problems] == [6]
    assert "Element 7" in preview.problems.text() and "GS1" in preview.problems.text()
    with qtbot.waitSignal(preview.updated, timeout=10_000):
        rows.set_element(6, replace(rows.element(6), symbology=Symbology.CODE128))
    assert preview.problems.text() == ""

    with qtbot.waitSignal(preview.updated, timeout=10_000):
        dialog.width.setValue(70)
    assert preview.canvas.template.width_mm == 70
    dialog.code.setText("BOTTLE60")
    dialog.name.setText("瓶标")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.submit()
    assert saved.args[0].width_mm == 70 and len(saved.args[0].elements) == 7
    qtbot.waitUntil(lambda: column_texts(page, 0) == ["BOTTLE60"], timeout=10_000)


def _print_dialog(qtbot: QtBot, open_window: WindowFactory, conn: Connection,
                  batch: codes_pb2.CodeBatch, template: labels_pb2.LabelTemplate
                  ) -> PrintDialog:
    page = open_window(conn).open_area("print_jobs")
    assert isinstance(page, PrintJobsPage)
    wait_loaded(qtbot, page)
    dialog = page.print_labels()
    assert isinstance(dialog, PrintDialog)
    qtbot.waitUntil(lambda: batch.id in dialog.batch.records
                    and template.id in dialog.template.records, timeout=10_000)
    dialog.batch.set_current(batch.id)
    dialog.template.set_current(template.id)
    return dialog


def test_print_to_pdf_then_reprint_asks_for_a_reason(
        qtbot: QtBot, qapp: QApplication, tenant: TenantFixture, open_window: WindowFactory,
        tmp_path: Path) -> None:
    conn = tenant.connect()
    batch, template = _batch(conn), _template(conn)
    dialog = _print_dialog(qtbot, open_window, conn, batch, template)
    dialog.first.setValue(1)
    dialog.last.setValue(5)
    dialog.targets["pdf"].setChecked(True)
    dialog.pdf_path.setText(str(tmp_path / "labels.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        dialog.print_button.click()
    job = printed.args[0]
    assert (job.status, job.printed_count, job.reprint) == (L.PRINT_STATUS_PRINTED, 5, False)
    assert dialog.progress.value() == dialog.progress.maximum()
    pdf = (tmp_path / "labels.pdf").read_bytes()
    with raster.open_pdf(pdf) as doc:
        assert doc.pageCount() == 5
        found = decode(raster.render_page(doc, 0, 300))
    assert [r.text for r in found] == [BASE_URL + batch.sample_code]

    dialog.first.setValue(4)
    dialog.last.setValue(8)  # 4 and 5 were printed
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.reason_dialog is not None
                    and dialog.reason_dialog.isVisible(), timeout=10_000)
    ask = dialog.reason_dialog
    assert isinstance(ask, ReasonDialog) and not ask.ok.isEnabled()
    ask.reason.setText("卡纸，第4、5张损坏")
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as reprinted:
        ask.ok.click()
    job = reprinted.args[0]
    assert job.reprint and job.reprint_reason == "卡纸，第4、5张损坏"
    assert (job.first_serial, job.last_serial, job.printed_count) == (4, 8, 5)
    jobs = conn.call(conn.labels.ListPrintJobs, common_pb2.ListQuery(page=1, page_size=10))
    assert [(j.reprint, j.status) for j in jobs.items] == [
        (True, L.PRINT_STATUS_PRINTED), (False, L.PRINT_STATUS_PRINTED)]


def test_print_as_zpl_to_a_network_printer(qtbot: QtBot, tenant: TenantFixture,
                                           open_window: WindowFactory) -> None:
    conn = tenant.connect()
    batch, template = _batch(conn), _template(conn)
    dialog = _print_dialog(qtbot, open_window, conn, batch, template)
    server = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def serve() -> None:
        peer, _ = server.accept()
        with peer:
            while chunk := peer.recv(65536):
                received.extend(chunk)
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    dialog.first.setValue(11)
    dialog.last.setValue(30)
    dialog.targets["zpl"].setChecked(True)
    dialog.zpl_host.setText(f"127.0.0.1:{server.getsockname()[1]}")
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        dialog.print_button.click()
    thread.join(10)
    assert printed.args[0].printed_count == 20
    text = received.decode("ascii")
    assert text.count("^XA") == text.count("^XZ") == 20
    assert f"^FDMA,{BASE_URL}" in text and text.count("^BQN,2,") == 20
