"""A label template filled with a print job's data → a PDF with one label per page (reportlab).
The same drawing serves the designer's preview, Qt printing (via `raster.py`) and PDF files."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from client.labels import fonts, symbols
from client.labels.model import Element, Job, Kind, Label, Template, fill, human_values, values

MIN_FONT_PT = 4.0
LINE_SPACING = 1.15
_PROBLEM_FILL = Color(1, 0.92, 0.92)
_PROBLEM_INK = Color(0.75, 0.1, 0.1)


class LabelError(ValueError):
    """An element that cannot be drawn for a label (e.g. a GS1 barcode over a plain code)."""

    def __init__(self, index: int, serial: int, reason: str, kind: str = "invalid") -> None:
        super().__init__(f"element {index + 1}, label {serial}: {reason}")
        self.index, self.serial, self.reason = index, serial, reason
        self.kind = kind  # "invalid": cannot be drawn; "too_small": modules below one dot


@dataclass(frozen=True)
class TextLayout:
    font: str
    fake_bold: bool
    size: float
    lines: tuple[str, ...]


def _tokens(line: str) -> list[str]:
    """Break points: after each CJK character, after spaces in other text."""
    out: list[str] = []
    word = ""
    for ch in line:
        if not ch.isascii() and not ch.isspace():
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
            if ch == " ":
                out.append(word)
                word = ""
    if word:
        out.append(word)
    return out


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than `width` points where breaks allow; explicit newlines kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for token in _tokens(paragraph):
            trial = current + token
            if current and fonts.text_width(trial.rstrip(), font, size) > width:
                lines.append(current.rstrip())
                current = token.lstrip()
            else:
                current = trial
        lines.append(current.rstrip())
    return lines


def fit_text(text: str, bold: bool, size: float, width_mm: float,
             height_mm: float) -> TextLayout:
    """Wrap the text to the box, shrinking the font (not below 4 pt) until the lines fit."""
    font, fake_bold = fonts.font_for(text, bold)
    width, height = width_mm * mm, height_mm * mm
    while True:
        lines = wrap(text, font, size, width)
        tall = size * (1 + LINE_SPACING * (len(lines) - 1))
        wide = max((fonts.text_width(line, font, size) for line in lines), default=0)
        if (tall <= height and wide <= width) or size <= MIN_FONT_PT:
            return TextLayout(font, fake_bold, size, tuple(lines))
        size = max(MIN_FONT_PT, size * 0.92)


def draw_text(c: Canvas, e: Element, text: str, page_h: float) -> None:
    if not text.strip():
        return
    layout = fit_text(text, e.bold, e.font_size_pt, e.width_mm, e.height_mm)
    top = page_h - e.y_mm * mm
    c.setFillColor(black)
    t = c.beginText()
    t.setFont(layout.font, layout.size, layout.size * LINE_SPACING)
    if layout.fake_bold:
        c.setStrokeColor(black)
        c.setLineWidth(layout.size * 0.04)
        t.setTextRenderMode(2)
    t.setTextOrigin(e.x_mm * mm, top - layout.size * 0.86)
    for line in layout.lines:
        t.textLine(line)
    c.drawText(t)


def draw_symbol(c: Canvas, e: Element, data: str, page_h: float,
                dpi: float | None) -> symbols.Placement:
    symbol = symbols.build(e.symbology, data)
    at = symbols.place(symbol, e.x_mm, e.y_mm, e.width_mm, e.height_mm, dpi)
    m = at.module_mm * mm
    left, top = at.x_mm * mm, page_h - at.y_mm * mm
    path = c.beginPath()
    if symbol.bars:
        bottom = top - at.height_mm * mm
        start = None
        for i, bit in enumerate(symbol.bars + "0"):
            if bit == "1" and start is None:
                start = i
            elif bit == "0" and start is not None:
                path.rect(left + start * m, bottom, (i - start) * m, at.height_mm * mm)
                start = None
    else:
        for r, row in enumerate(symbol.matrix):
            start = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect(left + start * m, top - (r + 1) * m, (col - start) * m, m)
                    start = None
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)
    return at


def draw_logo(c: Canvas, e: Element, logo: bytes, page_h: float) -> None:
    if not logo:
        return
    c.drawImage(ImageReader(io.BytesIO(logo)), e.x_mm * mm, page_h - (e.y_mm + e.height_mm) * mm,
                e.width_mm * mm, e.height_mm * mm, preserveAspectRatio=True, anchor="c",
                mask="auto")


def _problem_box(c: Canvas, e: Element, page_h: float, reason: str) -> None:
    c.setFillColor(_PROBLEM_FILL)
    c.setStrokeColor(_PROBLEM_INK)
    c.setLineWidth(0.5)
    c.rect(e.x_mm * mm, page_h - (e.y_mm + e.height_mm) * mm, e.width_mm * mm,
           e.height_mm * mm, stroke=1, fill=1)
    c.setFillColor(_PROBLEM_INK)
    c.setFont("Helvetica", 5)
    c.drawString(e.x_mm * mm + 2, page_h - e.y_mm * mm - 7, reason[:60])


def gs1_content_ok(content: str) -> bool:
    """GS1 symbols carry {element_string} or AIs written in brackets, e.g. (01){gtin}(10){lot_no}:
    a bare {code} would be read as whatever AI its first digits happen to spell."""
    content = content.strip()
    return content.startswith("(") or content == "{element_string}"


def draw_label(c: Canvas, template: Template, job: Job, label: Label, *,
               dpi: float | None = None, strict: bool = True) -> list[LabelError]:
    """Draw one label on the current page. Strict: raise on the first element that cannot be
    drawn; else mark it on the label and return the problems."""
    page_h = template.height_mm * mm
    c.setFillColor(white)
    c.rect(0, 0, template.width_mm * mm, page_h, stroke=0, fill=1)
    problems: list[LabelError] = []
    coded, shown = values(job, label), human_values(job, label)
    for index, e in enumerate(template.elements):
        c.saveState()
        try:
            if e.kind == Kind.BARCODE:
                if e.symbology.gs1 and not gs1_content_ok(e.content):
                    raise ValueError("GS1 content is {element_string} or bracketed AIs")
                at = draw_symbol(c, e, fill(e.content, coded), page_h, dpi)
                if at.too_small:
                    problems.append(LabelError(index, label.serial, "modules below one dot",
                                               "too_small"))
            elif e.kind == Kind.TEXT:
                draw_text(c, e, fill(e.content, shown), page_h)
            else:
                draw_logo(c, e, template.logo, page_h)
        except (ValueError, OSError) as exc:
            problem = LabelError(index, label.serial, str(exc) or type(exc).__name__)
            if strict:
                raise problem from None
            problems.append(problem)
            c.restoreState()
            c.saveState()
            _problem_box(c, e, page_h, problem.reason)
        finally:
            c.restoreState()
    return problems


def render_pdf(template: Template, job: Job, *, labels: Iterable[Label] | None = None,
               dpi: float | None = None, strict: bool = True, title: str = "",
               problems: list[LabelError] | None = None,
               progress: Callable[[int, int], None] | None = None,
               check: Callable[[], None] | None = None) -> bytes:
    """The job's labels (or `labels`), one per page of the label's size. `dpi` snaps barcode
    modules to whole printer dots; not `strict`: what cannot be drawn is marked on the label
    and added to `problems`; `check` may raise to cancel."""
    items = list(job.labels if labels is None else labels)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(template.width_mm * mm, template.height_mm * mm),
               pageCompression=1)
    c.setCreator("Yima")
    c.setTitle(title or job.batch_no)
    for i, label in enumerate(items):
        if check is not None:
            check()
        found = draw_label(c, template, job, label, dpi=dpi, strict=strict)
        if problems is not None:
            problems.extend(found)
        c.showPage()
        if progress is not None and (i % 50 == 49 or i == len(items) - 1):
            progress(i + 1, len(items))
    c.save()
    return buffer.getvalue()


def element_pdf(template: Template, element: Element, text: str) -> bytes:
    """One page the size of the element's box holding just that text or logo (for ZPL graphics:
    text printers have no font for)."""
    local = Element(element.kind, 0, 0, element.width_mm, element.height_mm,
                    element.symbology, text, element.font_size_pt, element.bold)
    page_h = element.height_mm * mm
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(element.width_mm * mm, page_h), pageCompression=1)
    if element.kind == Kind.LOGO:
        draw_logo(c, local, template.logo, page_h)
    else:
        draw_text(c, local, text, page_h)
    c.showPage()
    c.save()
    return buffer.getvalue()
