"""Reading codes from the forms they are printed and scanned in."""

from __future__ import annotations

import pytest

from server.codes.formats import Kind, Malformed
from server.codes.printed import Reading, readings

DIGITS20 = "63784100455008769024"
GTIN13, GTIN14 = "6901234567892", "06901234567892"
SSCC = "069012349105528524"


def test_plain_codes() -> None:
    assert readings(f"  {DIGITS20}\n") == [Reading(Kind.DIGITS, DIGITS20),
                                           Reading(Kind.GS1, DIGITS20)]
    assert readings("6378 4100 4550-0876 9024")[0] == Reading(Kind.DIGITS, DIGITS20)
    assert readings(SSCC) == [Reading(Kind.DIGITS, SSCC), Reading(Kind.SSCC, SSCC),
                              Reading(Kind.GS1, SSCC)]
    assert readings("8q8jy3bbd9rn9") == [Reading(Kind.SHORT, "8q8jy3bbd9rn9")]
    assert readings("8Q8JY3BBD9RN$") == [Reading(Kind.SHORT, "8Q8JY3BBD9RN$")]


def test_urls_and_digital_links() -> None:
    assert readings(f"https://m.fengyuan.example/c/{DIGITS20}")[0] == \
        Reading(Kind.DIGITS, DIGITS20)
    assert readings("HTTPS://M.FENGYUAN.EXAMPLE/c/8Q8JY3BBD9RN9?from=qr") == \
        [Reading(Kind.SHORT, "8Q8JY3BBD9RN9")]
    assert readings(f"https://id.fengyuan.example/01/{GTIN13}/21/{DIGITS20}") == \
        [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"https://id.fengyuan.example/c/01/{GTIN14}/21/{DIGITS20}/10/LOT1?17=261231") \
        == [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"https://id.fengyuan.example/00/{SSCC}") == [Reading(Kind.SSCC, SSCC)]
    assert readings(f"https://id.example/gtin/{GTIN14}/ser/{DIGITS20}") == \
        [Reading(Kind.GS1, DIGITS20, GTIN14)]


def test_element_strings() -> None:
    assert readings(f"(01){GTIN14}(21){DIGITS20}") == [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"(01){GTIN14}(17)261231(10)A1(21){DIGITS20}") == \
        [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"(00){SSCC}") == [Reading(Kind.SSCC, SSCC)]
    # As scanners send them: AIM symbology identifier, FNC1 as GS.
    assert readings(f"]d201{GTIN14}21{DIGITS20}") == [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"]Q301{GTIN14}10LOT7\x1d21{DIGITS20}") == \
        [Reading(Kind.GS1, DIGITS20, GTIN14)]
    assert readings(f"]C100{SSCC}") == [Reading(Kind.SSCC, SSCC)]
    assert readings(f"01{GTIN14}21{DIGITS20}\x1d10X") == [Reading(Kind.GS1, DIGITS20, GTIN14)]


@pytest.mark.parametrize("bad", [
    "", "   ", "12345", "1" * 21, "hello world", "x" * 600,
    f"(01){GTIN14}",                      # no serial
    f"(01)06901234567893(21){DIGITS20}",  # GTIN check digit wrong
    "(01)0690123(21)1",                   # GTIN too short
    "https://m.fengyuan.example/",        # no code in the URL
    "(01 )x",
])
def test_malformed(bad: str) -> None:
    with pytest.raises(Malformed):
        readings(bad)
