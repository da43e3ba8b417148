"""Label protos ⇄ the plain dataclasses the renderers take."""

from __future__ import annotations

from client.labels.model import Element, Job, Kind, Label, Symbology, Template
from shared.pb import labels_pb2 as L

KINDS = {L.ELEMENT_KIND_BARCODE: Kind.BARCODE, L.ELEMENT_KIND_TEXT: Kind.TEXT,
         L.ELEMENT_KIND_LOGO: Kind.LOGO}
SYMBOLOGIES = {L.SYMBOLOGY_QR: Symbology.QR, L.SYMBOLOGY_DATAMATRIX: Symbology.DATAMATRIX,
               L.SYMBOLOGY_CODE128: Symbology.CODE128, L.SYMBOLOGY_GS1_128: Symbology.GS1_128,
               L.SYMBOLOGY_GS1_DATAMATRIX: Symbology.GS1_DATAMATRIX}
_KIND_VALUES = {v: k for k, v in KINDS.items()}
_SYMBOLOGY_VALUES = {v: k for k, v in SYMBOLOGIES.items()}


def element(e: L.LabelElement) -> Element:
    return Element(KINDS.get(e.kind, Kind.TEXT), e.x_mm, e.y_mm, e.width_mm, e.height_mm,
                   SYMBOLOGIES.get(e.symbology, Symbology.QR), e.content, e.font_size_pt or 8.0,
                   e.bold)


def element_proto(e: Element) -> L.LabelElement:
    out = L.LabelElement(kind=_KIND_VALUES[e.kind], x_mm=e.x_mm, y_mm=e.y_mm,
                         width_mm=e.width_mm, height_mm=e.height_mm, content=e.content)
    if e.kind == Kind.BARCODE:
        out.symbology = _SYMBOLOGY_VALUES[e.symbology]
    elif e.kind == Kind.TEXT:
        out.font_size_pt, out.bold = e.font_size_pt, e.bold
    return out


def template(t: L.LabelTemplate) -> Template:
    return Template(t.width_mm, t.height_mm, tuple(element(e) for e in t.elements), t.logo)


def job(data: L.PrintJobData) -> Job:
    labels = tuple(Label(d.serial, d.code, d.url, d.verification_code, d.roll, d.element_string)
                   for d in data.labels)
    return Job(labels=labels, batch_no=data.batch_no or data.job.batch_no,
               product_name=data.product_name, product_code=data.product_code, spec=data.spec,
               gtin=data.gtin, lot_no=data.lot_no, production_date=data.production_date)
