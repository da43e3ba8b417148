"""Plain data for label rendering: a template (size in mm, elements, logo), a print job (shared
values and one record per label) and the placeholders that fill element contents."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from client.labels import gs1


class Kind(StrEnum):
    BARCODE = "barcode"
    TEXT = "text"
    LOGO = "logo"


class Symbology(StrEnum):
    QR = "qr"
    DATAMATRIX = "datamatrix"
    CODE128 = "code128"
    GS1_128 = "gs1_128"
    GS1_DATAMATRIX = "gs1_datamatrix"

    @property
    def gs1(self) -> bool:
        return self in (Symbology.GS1_128, Symbology.GS1_DATAMATRIX)

    @property
    def linear(self) -> bool:
        return self in (Symbology.CODE128, Symbology.GS1_128)


PLACEHOLDERS = ("code", "url", "serial", "roll", "batch_no", "verification_code",
                "element_string", "product_name", "product_code", "spec", "gtin", "lot_no",
                "production_date")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Element:
    """One thing drawn on the label; positions in mm from the label's top-left corner. The box
    of a barcode holds the symbol and its quiet zone."""

    kind: Kind
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    symbology: Symbology = Symbology.QR
    content: str = ""
    font_size_pt: float = 8.0
    bold: bool = False


@dataclass(frozen=True)
class Template:
    width_mm: float
    height_mm: float
    elements: tuple[Element, ...] = ()
    logo: bytes = b""  # PNG or JPEG

    def with_element(self, index: int, element: Element) -> Template:
        items = list(self.elements)
        items[index] = element
        return replace(self, elements=tuple(items))


@dataclass(frozen=True)
class Label:
    """What differs from one label to the next."""

    serial: int
    code: str
    url: str = ""
    verification_code: str = ""
    roll: int = 0
    element_string: str = ""  # unbracketed, FNC1 as GS


@dataclass(frozen=True)
class Job:
    """What every label of a print job shares, and its labels."""

    labels: tuple[Label, ...] = ()
    batch_no: str = ""
    product_name: str = ""
    product_code: str = ""
    spec: str = ""
    gtin: str = ""
    lot_no: str = ""
    production_date: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


def values(job: Job, label: Label) -> dict[str, str]:
    """Placeholder values for one label, as barcodes carry them."""
    return {
        "code": label.code, "url": label.url, "serial": str(label.serial),
        "roll": str(label.roll) if label.roll else "", "batch_no": job.batch_no,
        "verification_code": label.verification_code, "element_string": label.element_string,
        "product_name": job.product_name, "product_code": job.product_code, "spec": job.spec,
        "gtin": job.gtin, "lot_no": job.lot_no, "production_date": job.production_date,
        **job.extra,
    }


def human_values(job: Job, label: Label) -> dict[str, str]:
    """Placeholder values for text people read: the element string in brackets."""
    out = values(job, label)
    out["element_string"] = gs1.human(label.element_string) if label.element_string else ""
    return out


def fill(content: str, vals: Mapping[str, str]) -> str:
    """Content with each known placeholder replaced; unknown ones stay as written."""
    return _PLACEHOLDER.sub(lambda m: vals.get(m.group(1), m.group(0)), content)


def used(content: str) -> set[str]:
    return set(_PLACEHOLDER.findall(content))


def sample_job(count: int = 1, product_name: str = "丰源一级压榨花生油 5L") -> Job:
    """Made-up data that looks like a real job, for the designer's preview."""
    labels = tuple(Label(
        serial=i + 1, code=f"10016524701298{283 + i * 7:04d}",
        url=f"https://m.yima.example/c/10016524701298{283 + i * 7:04d}",
        verification_code="4827", roll=1,
        element_string=f"010690123456789221A7K2P9Q4M{i}")
        for i in range(count))
    return Job(labels=labels, batch_no="B20260105-0001", product_name=product_name,
               product_code="P5L", spec="5L", gtin="06901234567892", lot_no="L20260105",
               production_date="2026-01-05")
