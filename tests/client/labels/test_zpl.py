"""ZPL for network label printers: a multi-label job sent over TCP arrives byte for byte, every
label is one well-formed ^XA…^XZ format carrying its code, Chinese text goes down once as a
graphic, and sizes follow the printer's resolution."""

from __future__ import annotations

import re
import socket
import threading

import pytest
from PySide6.QtWidgets import QApplication

from client.labels import raster, zpl
from client.labels.model import Element, Kind, Symbology, Template, sample_job

TEMPLATE = Template(60, 40, (
    Element(Kind.BARCODE, 2, 2, 24, 24, Symbology.QR, "{url}"),
    Element(Kind.BARCODE, 28, 2, 16, 16, Symbology.GS1_DATAMATRIX, "{element_string}"),
    Element(Kind.TEXT, 28, 19, 30, 7, content="{product_name}", font_size_pt=9, bold=True),
    Element(Kind.BARCODE, 2, 27, 56, 8, Symbology.CODE128, "{code}"),
    Element(Kind.TEXT, 2, 35.5, 56, 4, content="No. {code}  ^~\\", font_size_pt=7),
))


def _rasterize(dpi: int) -> zpl.Rasterize:
    return lambda element, text: raster.element_bitmap(TEMPLATE, element, text, dpi)


class Listener:
    """A pretend printer on 127.0.0.1:<free port> that keeps everything it receives."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received.extend(chunk)
        self.server.close()

    def wait(self) -> bytes:
        self.thread.join(10)
        assert not self.thread.is_alive()
        return bytes(self.received)


def test_a_multi_label_job_arrives_complete_and_well_formed(qapp: QApplication) -> None:
    job = sample_job(25)
    chunks = list(zpl.job_chunks(TEMPLATE, job, 203, _rasterize(203)))
    sent_counts: list[int] = []
    printer = Listener()
    total = zpl.send_zpl("127.0.0.1", chunks, port=printer.port, sent=sent_counts.append)
    received = printer.wait()
    assert received == b"".join(chunks) and total == len(received)
    assert sent_counts == list(range(1, len(chunks) + 1))

    text = received.decode("ascii")  # everything is 7-bit: other text is hex-escaped
    formats = re.findall(r"\^XA(.*?)\^XZ", text, flags=re.S)
    assert text.count("^XA") == text.count("^XZ") == len(formats) == 26  # 25 labels + clean-up
    assert re.fullmatch(r"(?:~DG[^\n]*\n)?(?:\^XA.*?\^XZ\n(?:~DG[^\n]*\n)?)+", text, flags=re.S)
    for fmt, label in zip(formats, job.labels, strict=False):
        assert fmt.startswith("^CI28^PW480^LL320^LH0,0")
        fields = re.findall(r"\^FD(.*?)\^FS", fmt, flags=re.S)
        assert f"MA,{label.url}" in fields  # QR, error correction M
        assert f">;{label.code}" in fields  # Code 128, set C
        assert "_1" + label.element_string.replace("\x1d", "_1") in fields  # GS1 DataMatrix
        assert f"No. {label.code}  \\5E\\7E\\5C" in fields  # ^ ~ \ escaped under ^FH
        assert fmt.count("^XGR:") == 1  # the Chinese product name, recalled
    assert text.count("~DGR:") == 1  # downloaded once for the whole job
    name = re.search(r"~DGR:(\w+)\.GRF,(\d+),(\d+),([0-9A-F]+)", text)
    assert name is not None and len(name.group(4)) == 2 * int(name.group(2))
    assert formats[-1] == f"^IDR:{name.group(1)}.GRF^FS"  # and deleted afterwards


@pytest.mark.parametrize(("dpi", "width", "height", "qr_mag"), [
    (203, 480, 320, 5), (300, 709, 472, 7)])
def test_sizes_follow_the_printer_resolution(qapp: QApplication, dpi: int, width: int,
                                             height: int, qr_mag: int) -> None:
    job = sample_job(1)
    label = zpl.ZplWriter(TEMPLATE, job, dpi, _rasterize(dpi)).label(job.labels[0])
    assert f"^PW{width}^LL{height}" in label
    assert f"^BQN,2,{qr_mag}^" in label
    bitmap = _rasterize(dpi)(TEMPLATE.elements[2], job.product_name)
    assert (bitmap.width, bitmap.height) == (zpl.dots(30, dpi), zpl.dots(7, dpi))
    assert any(bitmap.data)  # the characters are there


def test_gs1_128_uses_fnc1_invocations() -> None:
    template = Template(60, 20, (
        Element(Kind.BARCODE, 2, 2, 56, 12, Symbology.GS1_128, "{element_string}"),))
    job = sample_job(1)
    label = zpl.ZplWriter(template, job, 300, lambda e, t: zpl.Bitmap(0, 0, b"")).label(
        job.labels[0])
    assert "^BCN,142,N,N,N,N^FD>;>8010690123456789221>6A7K2P9Q4M0^FS" in label


def test_unreachable_printer_is_an_os_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(OSError):
        zpl.send_zpl("127.0.0.1", b"^XA^XZ", port=port, timeout=2)
