"""Fonts for label text in reportlab. ASCII text uses Helvetica. Chinese text uses a TrueType CJK
font found on the PC (Microsoft YaHei, SimHei, SimSun on Windows; WenQuanYi or Droid on Linux),
embedded as a subset so the PDF looks the same on any viewer or print shop RIP; when none can be
embedded, reportlab's built-in CID font STSong-Light (not embedded: the viewer supplies the glyphs,
PDFium uses the system's CJK font). `YIMA_LABEL_FONT` may name a .ttf/.ttc file to use, or
"STSong-Light" for the CID font."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

CID_FALLBACK = "STSong-Light"
_WINDOWS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
CANDIDATES = (
    _WINDOWS / "msyh.ttc", _WINDOWS / "simhei.ttf", _WINDOWS / "simsun.ttc",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/System/Library/Fonts/STHeiti Medium.ttc"),
)
_lock = threading.Lock()
_cjk: str | None = None


def _try(path: Path) -> str | None:
    name = f"YimaCJK-{path.stem}"
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError) as exc:  # CFF outlines, no embedding permission, …
        log.info("label font %s not usable: %s", path, exc)
        return None
    return name


def cjk_font() -> str:
    """The registered reportlab name of the CJK font (chosen once per process)."""
    global _cjk
    with _lock:
        if _cjk is None:
            wanted = os.environ.get("YIMA_LABEL_FONT", "")
            paths = [Path(wanted)] if wanted and wanted != CID_FALLBACK else []
            for path in (*paths, *([] if wanted == CID_FALLBACK else CANDIDATES)):
                if path.is_file() and (name := _try(path)):
                    _cjk = name
                    break
            else:
                pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
                _cjk = CID_FALLBACK
        return _cjk


def font_for(text: str, bold: bool) -> tuple[str, bool]:
    """(reportlab font name, whether bold must be simulated by stroking the glyphs)."""
    if text.isascii():
        return ("Helvetica-Bold" if bold else "Helvetica"), False
    return cjk_font(), bold


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))
