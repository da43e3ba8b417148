"""PDF pages → images with Qt's PDF module (PDFium): the designer's preview, printing on any
printer Qt drives (each page image drawn at the printer's resolution, so thermal label printers
work through their ordinary driver), and 1-bit bitmaps for ZPL graphics. Safe on a worker
thread: QPdfDocument, QImage and QPainter on a QPrinter are all allowed off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from client.labels.model import Element, Template
from client.labels.render_pdf import element_pdf
from client.labels.zpl import Bitmap

POINTS_PER_INCH = 72.0


@contextmanager
def open_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """A loaded QPdfDocument over the bytes (closed afterwards)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    try:
        if doc.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"cannot read the PDF: {doc.error()}")
        yield doc
    finally:
        doc.close()
        buffer.close()


def render_page(doc: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page at `dpi`, on white (PDFium leaves the background transparent)."""
    points = doc.pagePointSize(page)
    size = QSize(max(1, round(points.width() / POINTS_PER_INCH * dpi)),
                 max(1, round(points.height() / POINTS_PER_INCH * dpi)))
    rendered = doc.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def page_image(pdf: bytes, page: int = 0, dpi: float = 300) -> QImage:
    with open_pdf(pdf) as doc:
        return render_page(doc, page, dpi)


def to_bitmap(image: QImage, threshold: int = 128) -> Bitmap:
    """A 1-bit bitmap (1 = black), rows packed MSB first, as ZPL graphic fields want."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    pixels = np.frombuffer(bytes(gray.constBits()), dtype=np.uint8)
    dark = pixels.reshape(height, gray.bytesPerLine())[:, :width] < threshold
    out = np.packbits(dark, axis=1)
    return Bitmap(width, height, out.tobytes())


def element_bitmap(template: Template, element: Element, text: str, dpi: int) -> Bitmap:
    """A text or logo element drawn exactly as in the PDF, as a printer-resolution bitmap."""
    return to_bitmap(page_image(element_pdf(template, element, text), 0, dpi))


def print_pdf(pdf: bytes, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None,
              check: Callable[[], None] | None = None) -> int:
    """Print every page at its physical size from the page's top-left corner, rendered at the
    printer's resolution; returns the pages printed (fewer when `check` raises to cancel)."""
    dpi = printer.resolution()
    printed = 0
    with open_pdf(pdf) as doc:
        count = doc.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be opened")
        try:
            for page in range(count):
                if check is not None:
                    check()
                if page:
                    printer.newPage()
                image = render_page(doc, page, dpi)
                points = doc.pagePointSize(page)
                target = QRectF(0, 0, points.width() / POINTS_PER_INCH * dpi,
                                points.height() / POINTS_PER_INCH * dpi)
                painter.drawImage(target, image)
                printed += 1
                if progress is not None:
                    progress(printed, count)
        finally:
            painter.end()
    return printed
