"""Print a job's labels in the background: render the PDF and draw its pages on a QPrinter at the
printer's resolution, write the PDF to a file, or send ZPL to a network label printer. Reports
progress, stops between labels when cancelled, and counts what actually went out."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from client.labels import raster, zpl
from client.labels.model import Element, Job, Template
from client.labels.render_pdf import render_pdf
from client.tasks import Task

PRINTER, PDF, ZPL = "printer", "pdf", "zpl"
PDF_SNAP_DPI = 600  # PDF files: modules on a 600 dpi grid (also whole dots at 300)


@dataclass
class Target:
    """Where the labels go. `printer` is set up on the GUI thread, then used only here."""

    kind: str
    printer: QPrinter | None = None
    path: str = ""
    host: str = ""
    port: int = zpl.PORT
    dpi: int = 203

    def describe(self) -> str:
        """What the server records as the printer."""
        if self.kind == ZPL:
            return f"{self.host}:{self.port}"
        if self.kind == PDF:
            return Path(self.path).name
        return self.printer.printerName() if self.printer is not None else ""


@dataclass
class Outcome:
    """Filled in as the work goes: how many labels went out (also when cancelled or failed)."""

    printed: int = 0
    total: int = 0


def parse_host(text: str) -> tuple[str, int]:
    """"host" or "host:port" (IPv6 in brackets) → (host, port); ValueError when malformed."""
    text = text.strip()
    if not text:
        raise ValueError("no printer address")
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest.removeprefix(":") or str(zpl.PORT)
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        host, port = text, str(zpl.PORT)
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"not a printer address: {text}")
    return host, int(port)


def run_print(template: Template, job: Job, target: Target, task: Task,
              outcome: Outcome) -> Outcome:
    """Background: print every label of `job` to `target`."""
    total = outcome.total = len(job.labels)
    if target.kind == ZPL:
        def rasterize(element: Element, text: str) -> zpl.Bitmap:
            return raster.element_bitmap(template, element, text, target.dpi)

        def sent(chunks: int) -> None:
            outcome.printed = min(chunks, total)
            task.report(outcome.printed, total)

        chunks = zpl.job_chunks(template, job, target.dpi, rasterize)
        zpl.send_zpl(target.host, chunks, port=target.port, sent=sent, check=task.check)
        return outcome
    snap = PDF_SNAP_DPI if target.kind == PDF else (
        target.printer.resolution() if target.printer is not None else None)
    steps = total if target.kind == PDF else 2 * total  # printing: render, then print
    pdf = render_pdf(template, job, dpi=snap, title=job.batch_no, check=task.check,
                     progress=lambda done, _n: task.report(done, steps))
    if target.kind == PDF:
        path = Path(target.path)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(pdf)
        os.replace(partial, path)
        outcome.printed = total
        task.report(total, total)
        return outcome
    assert target.printer is not None

    def printed(done: int, _count: int) -> None:
        outcome.printed = done
        task.report(total + done, steps)

    raster.print_pdf(pdf, target.printer, progress=printed, check=task.check)
    return outcome
