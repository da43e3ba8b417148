"""The encoders behind every label: Code 128 / GS1-128 code set plans and Data Matrix ECC 200
symbols of every size, read back by zxing-cpp; GS1 element strings in both forms."""

from __future__ import annotations

import random
import string

import pytest

from client.labels import code128, datamatrix, gs1
from tests.client.labels.decoding import bars_image, decode, modules_image

CHARS = string.ascii_letters + string.digits * 4 + "/:.-_>%+"


def test_code128_round_trips_random_text() -> None:
    rnd = random.Random(7)
    for n in range(1, 40):
        text = "".join(rnd.choice(CHARS) for _ in range(n))
        found = decode(bars_image(code128.modules(code128.values(code128.plan(text)))))
        assert [r.text for r in found] == [text]


@pytest.mark.parametrize("element", [
    "(01)09501234567890(21)ABC123",
    "(01)09501234567890(10)ABC(21)12345",  # odd digit run after an FNC1 separator
    "(00)106141412345678908",
    "0106901234567892" "10L2026\x1d" "17270101",
])
def test_gs1_128_carries_fnc1_and_the_element_string(element: str) -> None:
    plan = code128.plan(element, gs1_mode=True)
    found = decode(bars_image(code128.modules(code128.values(plan))))
    assert len(found) == 1
    assert found[0].symbology_identifier == "]C1"
    assert found[0].bytes.decode() == gs1.unbracketed(gs1.parse(element))
    assert found[0].text == gs1.bracketed(gs1.parse(element))
    assert code128.zpl_field(plan).startswith(">;>8")  # start C, FNC1


def test_code128_plan_uses_set_c_for_digit_runs() -> None:
    assert code128.zpl_field(code128.plan("100165247012980283")) == ">;100165247012980283"
    assert code128.zpl_field(code128.plan("AB12345678x>")) == ">:AB>512345678>6x><"


def test_datamatrix_every_size_round_trips() -> None:
    rnd = random.Random(3)
    sides = set()
    for n in [*range(1, 50), 80, 150, 300, 600, 1000, 1200]:
        text = "".join(rnd.choice(CHARS) for _ in range(n))
        matrix = datamatrix.encode(text)
        sides.add(len(matrix))
        assert [r.text for r in decode(modules_image(matrix))] == [text], n
    assert len(sides) >= 15
    with pytest.raises(ValueError):
        datamatrix.encode("x" * 1400)


def test_gs1_datamatrix_starts_with_fnc1() -> None:
    matrix = datamatrix.encode("(01)09501234567890(10)ABC12(21)XYZ", gs1_mode=True)
    found = decode(modules_image(matrix))
    assert found[0].symbology_identifier == "]d2"
    assert found[0].bytes == b"010950123456789010ABC12\x1d21XYZ"


def test_element_strings_parse_in_both_forms() -> None:
    pairs = [("01", "09501234567890"), ("10", "ABC"), ("21", "123")]
    assert gs1.parse("(01)09501234567890(10)ABC(21)123") == pairs
    assert gs1.parse("010950123456789010ABC\x1d21123") == pairs
    assert gs1.unbracketed(pairs) == "010950123456789010ABC\x1d21123"
    assert gs1.human("00106141412345678908") == "(00)106141412345678908"
    for bad in ("", "(01)", "01123", "(01)0950123456789(21"):
        with pytest.raises(ValueError):
            gs1.parse(bad)
