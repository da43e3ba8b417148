"""What a label template may hold: its size, elements inside the label, known placeholders, and a
PNG/JPEG logo. Elements are stored as JSON dicts (ElementDef.as_json)."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

from server.core.errors import DomainError, Reason

MIN_MM, MAX_MM = 10.0, 300.0
MAX_ELEMENTS = 50
MAX_CONTENT = 500
MIN_FONT_PT, MAX_FONT_PT = 2.0, 144.0
MAX_LOGO_BYTES = 512 * 1024
LOGO_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
KINDS = ("barcode", "text", "logo")
SYMBOLOGIES = ("qr", "datamatrix", "code128", "gs1_128", "gs1_datamatrix")
# The documented placeholders (protos/labels.proto, LabelElement).
PLACEHOLDERS = ("code", "url", "serial", "roll", "batch_no", "verification_code",
                "element_string", "product_name", "product_code", "spec", "gtin", "lot_no",
                "production_date")
PRODUCT_PLACEHOLDERS = frozenset({"product_name", "product_code", "spec", "gtin"})
LOT_PLACEHOLDERS = frozenset({"lot_no", "production_date"})
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_EPSILON = 1e-6  # float slack when an element ends exactly on the label's edge


@dataclass(frozen=True)
class ElementDef:
    """One thing drawn on the label, positions in mm from the top-left corner."""

    kind: str
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    symbology: str = ""
    content: str = ""
    font_size_pt: float = 0.0
    bold: bool = False

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def load(stored: list[dict[str, object]]) -> list[ElementDef]:
    return [ElementDef(**e) for e in stored]  # type: ignore[arg-type]


def placeholders(content: str) -> set[str]:
    return set(_PLACEHOLDER.findall(content))


def used_placeholders(elements: list[ElementDef]) -> set[str]:
    """Every placeholder the template's elements use."""
    out: set[str] = set()
    for e in elements:
        out |= placeholders(e.content)
    return out


def _bad(index: int, detail: str) -> DomainError:
    return DomainError(Reason.LABEL_ELEMENT_INVALID, field="elements", index=index + 1,
                       detail=detail)


def check_size(value: float, field: str) -> float:
    if not math.isfinite(value) or not MIN_MM <= value <= MAX_MM:
        raise DomainError(Reason.LABEL_SIZE_INVALID, field=field, min=f"{MIN_MM:g}",
                          max=f"{MAX_MM:g}", value=f"{value:g}")
    return float(value)


def _check_content(index: int, content: str) -> str:
    if len(content) > MAX_CONTENT:
        raise _bad(index, f"content over {MAX_CONTENT} characters / 内容超过 {MAX_CONTENT} 个字符")
    for name in placeholders(content):
        if name not in PLACEHOLDERS:
            raise DomainError(Reason.LABEL_PLACEHOLDER_UNKNOWN, field="elements",
                              index=index + 1, placeholder="{" + name + "}",
                              allowed=" ".join("{" + p + "}" for p in PLACEHOLDERS))
    if "{" in _PLACEHOLDER.sub("", content) or "}" in _PLACEHOLDER.sub("", content):
        raise _bad(index, "unmatched { or } / 花括号不成对")
    return content


def check_element(index: int, e: ElementDef, width: float, height: float,
                  has_logo: bool) -> ElementDef:
    """The element as stored, or a refusal naming it (1-based) and what is wrong."""
    if e.kind not in KINDS:
        raise _bad(index, "kind: barcode, text or logo / 类型须为条码、文字或标志")
    numbers = (e.x_mm, e.y_mm, e.width_mm, e.height_mm, e.font_size_pt)
    if not all(math.isfinite(n) for n in numbers):
        raise _bad(index, "not a number / 数值无效")
    if e.width_mm <= 0 or e.height_mm <= 0:
        raise _bad(index, "width and height must be above 0 / 宽和高须大于 0")
    if (e.x_mm < 0 or e.y_mm < 0 or e.x_mm + e.width_mm > width + _EPSILON
            or e.y_mm + e.height_mm > height + _EPSILON):
        raise DomainError(Reason.LABEL_ELEMENT_OUTSIDE, field="elements", index=index + 1,
                          x=f"{e.x_mm:g}", y=f"{e.y_mm:g}", w=f"{e.width_mm:g}",
                          h=f"{e.height_mm:g}", width=f"{width:g}", height=f"{height:g}")
    content = _check_content(index, e.content.strip())
    symbology, font, bold = "", 0.0, False
    if e.kind == "barcode":
        if e.symbology not in SYMBOLOGIES:
            raise _bad(index, "choose a symbology / 请选择码制")
        if not content:
            raise _bad(index, "a barcode needs content / 条码内容不能为空")
        symbology = e.symbology
    elif e.kind == "text":
        if not content:
            raise _bad(index, "a text needs content / 文字内容不能为空")
        if not MIN_FONT_PT <= e.font_size_pt <= MAX_FONT_PT:
            raise _bad(index, f"font size {MIN_FONT_PT:g}–{MAX_FONT_PT:g} pt / "
                              f"字号须在 {MIN_FONT_PT:g}–{MAX_FONT_PT:g} pt 之间")
        font, bold = float(e.font_size_pt), e.bold
    else:
        if not has_logo:
            raise _bad(index, "the template has no logo image / 模板没有标志图片")
        content = ""
    return ElementDef(kind=e.kind, x_mm=float(e.x_mm), y_mm=float(e.y_mm),
                      width_mm=float(e.width_mm), height_mm=float(e.height_mm),
                      symbology=symbology, content=content, font_size_pt=font, bold=bold)


def check_elements(elements: list[ElementDef], width: float, height: float,
                   has_logo: bool) -> list[ElementDef]:
    if len(elements) > MAX_ELEMENTS:
        raise DomainError(Reason.INVALID_VALUE, field="elements",
                          detail=f"at most {MAX_ELEMENTS} / 最多 {MAX_ELEMENTS} 个")
    return [check_element(i, e, width, height, has_logo) for i, e in enumerate(elements)]


def logo_mime(data: bytes, declared: str) -> str:
    """The logo's type from its magic bytes: PNG or JPEG of at most 512 KiB, else IMAGE_INVALID."""
    if len(data) > MAX_LOGO_BYTES:
        raise DomainError(Reason.IMAGE_INVALID, field="logo",
                          detail=f"{len(data)} bytes, at most 512 KiB / 超过 512 KiB")
    found = next((mime for mime, magic in LOGO_MAGIC.items() if data.startswith(magic)), "")
    if not found:
        raise DomainError(Reason.IMAGE_INVALID, field="logo",
                          detail="PNG or JPEG only / 仅支持 PNG 或 JPEG")
    declared = declared.strip().lower().replace("image/jpg", "image/jpeg")
    if declared and declared != found:
        raise DomainError(Reason.IMAGE_INVALID, field="logo_mime",
                          detail=f"the data is {found}, not {declared} / 文件实际为 {found}")
    return found
