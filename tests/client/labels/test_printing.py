"""Background printing (client/printing.py) without a server: through Qt's print support (here a
QPrinter writing PDF, as any driver would receive the pages), into a PDF file, and as ZPL; the
count of labels that went out is kept when the user stops."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from client.labels import raster
from client.labels.model import Element, Kind, Symbology, Template, sample_job
from client.printing import PDF, PRINTER, ZPL, Outcome, Target, parse_host, run_print
from client.tasks import Cancelled, TaskManager
from tests.client.labels.decoding import decode

TEMPLATE = Template(40, 30, (
    Element(Kind.BARCODE, 1, 1, 22, 22, Symbology.QR, "{url}"),
    Element(Kind.TEXT, 24, 2, 15, 12, content="{product_name}", font_size_pt=8, bold=True),
    Element(Kind.TEXT, 1, 24, 38, 5, content="{code}", font_size_pt=7),
))


def _run(qtbot: QtBot, tasks: TaskManager, target: Target, count: int = 3,
         cancel_after: int = 0) -> tuple[Outcome, BaseException | None]:
    job = sample_job(count)
    outcome = Outcome()
    errors: list[BaseException] = []

    task = tasks.run(lambda t: run_print(TEMPLATE, job, target, t, outcome),
                     on_failure=errors.append)
    if cancel_after:  # progress arrives queued on this thread: nothing is missed
        task.progressed.connect(lambda done, _t: task.cancel() if done >= cancel_after
                                else None)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    return outcome, errors[0] if errors else None


def test_qt_printing_draws_each_label_at_the_printer_resolution(
        qtbot: QtBot, tasks: TaskManager, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "spooled.pdf"))
    printer.setResolution(300)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(40, 30), QPageSize.Unit.Millimeter),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    outcome, error = _run(qtbot, tasks, Target(PRINTER, printer=printer))
    assert error is None and (outcome.printed, outcome.total) == (3, 3)
    spooled = (tmp_path / "spooled.pdf").read_bytes()
    with raster.open_pdf(spooled) as doc:
        assert doc.pageCount() == 3
        for page, label in enumerate(sample_job(3).labels):
            assert [r.text for r in decode(raster.render_page(doc, page, 300))] == [label.url]


def test_pdf_file_and_stopping_midway(qtbot: QtBot, tasks: TaskManager, tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    outcome, error = _run(qtbot, tasks, Target(PDF, path=str(path)), count=4)
    assert error is None and outcome.printed == 4
    with raster.open_pdf(path.read_bytes()) as doc:
        assert doc.pageCount() == 4
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    outcome, error = _run(qtbot, tasks, Target(PRINTER, printer=printer), count=120,
                          cancel_after=60)
    assert isinstance(error, Cancelled)
    assert outcome.printed < 120


def test_zpl_goes_to_the_printer_address(qtbot: QtBot, tasks: TaskManager) -> None:
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
    host, port = parse_host(f"127.0.0.1:{server.getsockname()[1]}")
    outcome, error = _run(qtbot, tasks, Target(ZPL, host=host, port=port, dpi=300), count=5)
    thread.join(10)
    assert error is None and outcome.printed == 5
    text = received.decode("ascii")
    assert text.count("^XA") == text.count("^XZ") == 6  # five labels and the clean-up
    assert text.count("~DGR:") == 1  # the Chinese product name, once


@pytest.mark.parametrize(("text", "expected"), [
    ("192.168.1.50", ("192.168.1.50", 9100)), ("printer-3:6101", ("printer-3", 6101)),
    ("[fe80::1]:9100", ("fe80::1", 9100)), ("[fe80::1]", ("fe80::1", 9100))])
def test_printer_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_host(text) == expected


@pytest.mark.parametrize("bad", ["", "host:", "host:99999", "host:abc"])
def test_bad_printer_addresses(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_host(bad)
