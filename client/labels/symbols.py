"""Barcode symbols as modules, and where they sit in an element's box. The same numbers drive the
PDF and ZPL, so a label looks the same whichever way it is printed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder

from client.labels import code128, datamatrix
from client.labels.model import Symbology

QR_QUIET = 2  # modules; the standard asks 4, label practice (and ^BQ) gets by with less
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Symbol:
    symbology: Symbology
    matrix: tuple[tuple[bool, ...], ...] = ()  # 2D symbols, top row first
    bars: str = ""  # linear symbols: "1" per bar module
    plan: tuple[code128.Step, ...] = ()  # linear symbols: the code set plan (for ZPL)
    quiet: int = 0  # modules of quiet zone on each side

    @property
    def modules(self) -> int:
        """Width in modules without quiet zones."""
        return len(self.bars) if self.bars else len(self.matrix)


def _qr(text: str) -> tuple[tuple[bool, ...], ...]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    if text.isdigit():
        qr.addData(qrencoder.QRNumber(text))
    elif all(c in qrencoder.QRAlphaNum.chars for c in text):
        qr.addData(qrencoder.QRAlphaNum(text))
    else:
        qr.addData(qrencoder.QR8bitByte(text.encode()))
    qr.make()
    n = qr.getModuleCount()
    return tuple(tuple(bool(qr.isDark(r, c)) for c in range(n)) for r in range(n))


def build(symbology: Symbology, data: str) -> Symbol:
    """The symbol for `data`; ValueError when it cannot be encoded."""
    if not data:
        raise ValueError("no data")
    if symbology.linear:
        plan = code128.plan(data, gs1_mode=symbology.gs1)
        bars = code128.modules(code128.values(plan))
        return Symbol(symbology, bars=bars, plan=tuple(plan), quiet=code128.QUIET)
    if symbology == Symbology.QR:
        return Symbol(symbology, matrix=_qr(data), quiet=QR_QUIET)
    matrix = datamatrix.encode(data, gs1_mode=symbology.gs1)
    return Symbol(symbology, matrix=tuple(tuple(r) for r in matrix), quiet=datamatrix.QUIET)


@dataclass(frozen=True)
class Placement:
    """Where a symbol goes, in mm from the label's top-left corner."""

    x_mm: float
    y_mm: float
    module_mm: float  # module (bar module or matrix cell) size
    width_mm: float
    height_mm: float
    too_small: bool = False  # modules below one printer dot: will not scan


def place(symbol: Symbol, x: float, y: float, w: float, h: float,
          dpi: float | None = None) -> Placement:
    """Fit the symbol and its quiet zone in the box (centred); with a printer `dpi`, modules are
    whole dots, which keeps bar and cell widths even on a thermal printer."""
    total = symbol.modules + 2 * symbol.quiet
    side = w if symbol.bars else min(w, h)
    module = side / total
    too_small = False
    if dpi:
        dot = MM_PER_INCH / dpi
        dots = math.floor(module / dot + 1e-9)
        too_small = dots < 1
        module = max(1, dots) * dot
    width = module * symbol.modules
    height = h if symbol.bars else width
    left, top = x + (w - width) / 2, y + (h - height) / 2
    if dpi:  # on the printer's dot grid too
        dot = MM_PER_INCH / dpi
        left, top = round(left / dot) * dot, round(top / dot) * dot
    return Placement(left, top, module, width, height, too_small)
