"""ZPL II for Zebra-compatible label printers, and sending it to port 9100.

Each label is one ^XA…^XZ format: ^PW/^LL from the label's mm at the printer's dots per inch,
elements at ^FO positions, barcodes as the printer's own commands with the module sizes the PDF
uses (^BQN QR with the magnification that fits the box, ^BX Data Matrix ECC 200 with `_1` for
FNC1, ^BC Code 128 / GS1-128 with explicit code sets and >8 for FNC1), ASCII text in the scalable
font ^A0. Printers have no Chinese font unless one is downloaded, so Chinese text (and the logo) is
drawn by our renderer into a 1-bit graphic: each distinct graphic is downloaded once per job
(~DG to printer RAM), recalled by every label with ^XG, and deleted (^ID) after the last label.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from client.labels import gs1, symbols
from client.labels.code128 import zpl_field
from client.labels.model import (
    Element,
    Job,
    Kind,
    Label,
    Symbology,
    Template,
    fill,
    human_values,
    values,
)
from client.labels.render_pdf import LINE_SPACING, fit_text

DPIS = (203, 300, 600)
PORT = 9100
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Bitmap:
    """1-bit image, 1 = black, rows packed most significant bit first."""

    width: int
    height: int
    data: bytes

    @property
    def row_bytes(self) -> int:
        return (self.width + 7) // 8


# Draws a text or logo element (with its filled-in text) at the job's resolution.
Rasterize = Callable[[Element, str], Bitmap]


def dots(value_mm: float, dpi: int) -> int:
    return round(value_mm / MM_PER_INCH * dpi)


def field_data(text: str) -> str:
    """^FD…^FS for any text: characters ZPL would take as commands go hex-escaped under ^FH."""
    if all(32 <= ord(c) < 127 and c not in "^~\\" for c in text):
        return f"^FD{text}^FS"
    escaped = "".join(
        c if 32 <= ord(c) < 127 and c not in "^~\\"
        else "".join(f"\\{b:02X}" for b in c.encode()) for c in text)
    return f"^FH\\^FD{escaped}^FS"


def download_graphic(name: str, bitmap: Bitmap) -> str:
    """~DG: store a graphic in printer RAM as R:<name>.GRF."""
    return (f"~DGR:{name}.GRF,{bitmap.row_bytes * bitmap.height},{bitmap.row_bytes},"
            f"{bitmap.data.hex().upper()}\n")


class ZplWriter:
    """Turns a job's labels into ZPL; remembers which graphics the printer already holds."""

    def __init__(self, template: Template, job: Job, dpi: int, rasterize: Rasterize) -> None:
        self.template, self.job, self.dpi, self.rasterize = template, job, dpi, rasterize
        self.graphics: dict[tuple[int, str], str] = {}  # (element index, text) → name

    def label(self, label: Label) -> str:
        """Graphic downloads this label needs first, then its ^XA…^XZ format."""
        t, dpi = self.template, self.dpi
        downloads: list[str] = []
        body = [f"^XA^CI28^PW{dots(t.width_mm, dpi)}^LL{dots(t.height_mm, dpi)}^LH0,0"]
        coded, shown = values(self.job, label), human_values(self.job, label)
        for index, e in enumerate(t.elements):
            if e.kind == Kind.BARCODE:
                body.append(self._barcode(e, fill(e.content, coded)))
            elif e.kind == Kind.TEXT:
                text = fill(e.content, shown)
                if text.isascii():
                    body.append(self._text(e, text))
                elif text.strip():
                    body.append(self._graphic(index, e, text, downloads))
            elif t.logo:
                body.append(self._graphic(index, e, "", downloads))
        body.append("^PQ1^XZ\n")
        return "".join(downloads) + "\n".join(body)

    def finish(self) -> str:
        """Delete the job's graphics from printer RAM."""
        if not self.graphics:
            return ""
        deletes = "".join(f"^IDR:{name}.GRF^FS" for name in self.graphics.values())
        return f"^XA{deletes}^XZ\n"

    def _at(self, x_mm: float, y_mm: float) -> str:
        return f"^FO{dots(x_mm, self.dpi)},{dots(y_mm, self.dpi)}"

    def _barcode(self, e: Element, data: str) -> str:
        symbol = symbols.build(e.symbology, data)
        at = symbols.place(symbol, e.x_mm, e.y_mm, e.width_mm, e.height_mm, self.dpi)
        module = max(1, round(at.module_mm / MM_PER_INCH * self.dpi))
        origin = self._at(at.x_mm, at.y_mm)
        if symbol.bars:
            height = dots(at.height_mm, self.dpi)
            return (f"^BY{module},3,{height}{origin}^BCN,{height},N,N,N,N"
                    f"{field_data(zpl_field(list(symbol.plan)))}")
        if e.symbology == Symbology.QR:
            return f"{origin}^BQN,2,{min(module, 10)}{field_data('MA,' + data)}"
        escaped = data.replace("_", "__")
        if e.symbology.gs1:
            body = gs1.unbracketed(gs1.parse(data)).replace("_", "__")
            escaped = "_1" + body.replace(gs1.GS, "_1")
        return f"{origin}^BXN,{module},200,0,0,6,_{field_data(escaped)}"

    def _text(self, e: Element, text: str) -> str:
        """One ^A0 field per line of the same wrapping and size the PDF uses."""
        layout = fit_text(text, e.bold, e.font_size_pt, e.width_mm, e.height_mm)
        height = max(10, round(layout.size / 72 * self.dpi))
        step_mm = layout.size * LINE_SPACING / 72 * MM_PER_INCH
        return "".join(
            f"{self._at(e.x_mm, e.y_mm + i * step_mm)}^A0N,{height},0{field_data(line)}"
            for i, line in enumerate(layout.lines) if line)

    def _graphic(self, index: int, e: Element, text: str, downloads: list[str]) -> str:
        key = (index, text)
        name = self.graphics.get(key)
        if name is None:
            digest = hashlib.sha1(f"{index}|{text}|{self.dpi}".encode()).hexdigest()
            name = f"Y{digest[:7].upper()}"
            self.graphics[key] = name
            downloads.append(download_graphic(name, self.rasterize(e, text)))
        return f"{self._at(e.x_mm, e.y_mm)}^XGR:{name}.GRF,1,1^FS"


def job_chunks(template: Template, job: Job, dpi: int, rasterize: Rasterize,
               labels: Iterable[Label] | None = None) -> Iterator[bytes]:
    """The job as one chunk per label, then the clean-up; what `send_zpl` sends."""
    writer = ZplWriter(template, job, dpi, rasterize)
    for label in job.labels if labels is None else labels:
        yield writer.label(label).encode()
    tail = writer.finish()
    if tail:
        yield tail.encode()


def send_zpl(host: str, data: bytes | Iterable[bytes], port: int = PORT, timeout: float = 10.0,
             sent: Callable[[int], None] | None = None,
             check: Callable[[], None] | None = None) -> int:
    """Blocking (run it in the background): open a TCP connection to the printer, send every
    chunk, close cleanly. `sent(n)` after each chunk (n chunks so far); `check` may raise to
    stop between chunks. Returns the bytes sent; OSError when the printer cannot be reached."""
    chunks = [data] if isinstance(data, bytes) else data
    total = 0
    with socket.create_connection((host, port), timeout=timeout) as sock:
        for n, chunk in enumerate(chunks, start=1):
            if check is not None:
                check()
            sock.sendall(chunk)
            total += len(chunk)
            if sent is not None:
                sent(n)
        sock.shutdown(socket.SHUT_WR)
    return total
