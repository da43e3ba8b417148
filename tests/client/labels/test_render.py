"""Rendered labels as a consumer's phone or a warehouse scanner sees them: each symbology drawn
into a label PDF, rasterised at 300 dpi through raster.py (PDFium) and read by zxing-cpp gives back
exactly the code, the URL or the GS1 data; Chinese product names are on the label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from client.labels import gs1, raster
from client.labels.model import Element, Job, Kind, Label, Symbology, Template, sample_job
from client.labels.render_pdf import LabelError, fit_text, gs1_content_ok, render_pdf
from tests.client.labels.decoding import decode, gray

DIGITS = "100165247012980283"  # seed 000's code shape
SHORT = "7K3M9QX2PDR4T"  # Crockford base 32 with check symbol
URL = "https://m.fengyuan.example/c/7K3M9QX2PDR4T"
DIGITAL_LINK = "https://id.fengyuan.example/01/06901234567892/21/58300216649301257"
ITEM = "0106901234567892" "2158300216649301257"  # GTIN (01) + serial (21)
SSCC = "00" "169012340000012344"
WITH_LOT = "0106901234567892" "10L20260105\x1d" "2158300216649301257"


def _label(element: Element, code: str = DIGITS, url: str = URL,
           element_string: str = ITEM) -> tuple[Template, Job]:
    template = Template(60, 40, (element,
                                 Element(Kind.TEXT, 2, 34, 56, 5, content="{code}",
                                         font_size_pt=7)))
    job = Job(labels=(Label(1, code, url, "", 1, element_string),), batch_no="B1",
              product_name="丰源一级压榨花生油 5L")
    return template, job


@pytest.mark.parametrize(("symbology", "content", "code", "url", "expected"), [
    (Symbology.QR, "{url}", SHORT, URL, URL),
    (Symbology.QR, "{url}", DIGITS, DIGITAL_LINK, DIGITAL_LINK),
    (Symbology.QR, "{code}", DIGITS, URL, DIGITS),
    (Symbology.DATAMATRIX, "{code}", DIGITS, URL, DIGITS),
    (Symbology.DATAMATRIX, "{url}", SHORT, URL, URL),
    (Symbology.CODE128, "{code}", DIGITS, URL, DIGITS),
    (Symbology.CODE128, "{code}", SHORT, URL, SHORT),
])
@pytest.mark.parametrize("dpi", [300, None])
def test_each_symbology_decodes_to_the_code_or_url(
        qapp: QApplication, symbology: Symbology, content: str, code: str, url: str,
        expected: str, dpi: int | None) -> None:
    box = (4, 4, 52, 14) if symbology.linear else (4, 4, 28, 28)
    template, job = _label(Element(Kind.BARCODE, *box, symbology, content), code, url)
    image = raster.page_image(render_pdf(template, job, dpi=dpi), 0, 300)
    found = decode(image)
    assert [r.text for r in found] == [expected]


@pytest.mark.parametrize("element_string", [ITEM, SSCC, WITH_LOT])
@pytest.mark.parametrize(("symbology", "identifier"), [
    (Symbology.GS1_128, "]C1"), (Symbology.GS1_DATAMATRIX, "]d2")])
def test_gs1_symbologies_carry_the_gs1_data(qapp: QApplication, element_string: str,
                                            symbology: Symbology, identifier: str) -> None:
    box = (2, 4, 56, 14) if symbology.linear else (4, 4, 28, 28)
    template, job = _label(Element(Kind.BARCODE, *box, symbology, "{element_string}"),
                           element_string=element_string)
    found = decode(raster.page_image(render_pdf(template, job, dpi=300), 0, 300))
    assert len(found) == 1
    assert found[0].symbology_identifier == identifier  # FNC1 first: a GS1 symbol
    assert found[0].bytes.decode() == element_string  # FNC1 separators come back as GS
    assert found[0].text == gs1.bracketed(gs1.parse(element_string))


def test_every_page_is_its_own_label(qapp: QApplication) -> None:
    job = sample_job(4)
    template = Template(50, 30, (Element(Kind.BARCODE, 2, 2, 26, 26, Symbology.QR, "{url}"),))
    pdf = render_pdf(template, job, dpi=203)
    with raster.open_pdf(pdf) as doc:
        assert doc.pageCount() == 4
        for page, label in enumerate(job.labels):
            assert [r.text for r in decode(raster.render_page(doc, page, 300))] == [label.url]


def test_chinese_product_name_is_on_the_label(qapp: QApplication) -> None:
    name = "丰源一级压榨花生油 5L"
    template = Template(60, 30, (
        Element(Kind.TEXT, 2, 2, 56, 10, content="{product_name}", font_size_pt=12, bold=True),
        Element(Kind.TEXT, 2, 14, 56, 6, content="批号 {lot_no} 规格 {spec}", font_size_pt=9),
    ))
    job = sample_job(1, product_name=name)
    pdf = render_pdf(template, job)
    with raster.open_pdf(pdf) as doc:
        text = doc.getAllText(0).text()
        image = raster.render_page(doc, 0, 300)
    assert name.replace(" ", "") in text.replace(" ", "").replace("\n", "")
    assert f"批号 {job.lot_no}" in text
    pixels = gray(image)
    name_box = pixels[24:118, 24:660]  # 2–10 mm down, 2–56 mm across at 300 dpi
    assert (name_box < 128).mean() > 0.03  # ink where the name is
    assert (pixels[260:, :] < 128).sum() == 0  # nothing below the second line


def test_logo_is_drawn_in_its_box(qapp: QApplication) -> None:
    logo = QImage(60, 30, QImage.Format.Format_RGB32)
    logo.fill(QColor("#c00000"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    template = Template(40, 20, (Element(Kind.LOGO, 20, 2, 18, 9),), logo=bytes(data.data()))
    image = raster.page_image(render_pdf(template, sample_job(1)), 0, 100)
    inside = image.pixelColor(round(29 / 25.4 * 100), round(6.5 / 25.4 * 100))
    assert inside.red() > 150 and inside.green() < 60  # the logo's red
    assert image.pixelColor(round(5 / 25.4 * 100), round(6.5 / 25.4 * 100)).name() == "#ffffff"


def test_text_wraps_and_shrinks_to_its_box() -> None:
    long = "丰源一级压榨花生油（非转基因）食用植物油 5L 装"
    layout = fit_text(long, False, 14, 30, 8)
    assert len(layout.lines) >= 2 and layout.size < 14
    assert fit_text("OK", False, 10, 30, 8).lines == ("OK",)


def test_gs1_symbols_take_element_strings_or_bracketed_ais_only() -> None:
    assert gs1_content_ok("{element_string}")
    assert gs1_content_ok("(01){gtin}(10){lot_no}(21){serial}")
    assert not gs1_content_ok("{code}")  # 10… would pass for a lot number (AI 10)


def test_a_barcode_that_cannot_be_drawn_is_refused_or_marked(qapp: QApplication) -> None:
    template, job = _label(Element(Kind.BARCODE, 4, 4, 52, 14, Symbology.GS1_128, "{code}"),
                           code="NOT-GS1")
    with pytest.raises(LabelError) as refused:
        render_pdf(template, job)
    assert refused.value.index == 0 and refused.value.serial == 1
    pdf = render_pdf(template, job, strict=False)  # the designer's preview marks it instead
    assert decode(raster.page_image(pdf, 0, 300)) == []
