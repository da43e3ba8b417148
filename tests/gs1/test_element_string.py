"""Element strings: bracketed and unbracketed forms, round trips, value and pairing validation."""

from __future__ import annotations

import pytest

from server import gs1
from server.gs1 import element_string as es
from server.gs1.errors import Reason
from tests.gs1 import vectors

GS = es.GS
ITEM = [("01", "09520123456788"), ("21", "ABC123")]


@pytest.mark.parametrize(("ais", "hri", "data"), [
    (ITEM, "(01)09520123456788(21)ABC123", "010952012345678821ABC123"),
    ([("01", "09520123456788"), ("10", "LOT7"), ("17", "261231"), ("21", "S1")],
     "(01)09520123456788(10)LOT7(17)261231(21)S1",
     f"010952012345678810LOT7{GS}1726123121S1"),
    ([("00", "006141411234567890")], "(00)006141411234567890", "00006141411234567890"),
    ([("01", "09520123456788"), ("3103", "000195"), ("3922", "0299"), ("17", "201225")],
     "(01)09520123456788(3103)000195(3922)0299(17)201225",
     f"0109520123456788310300019539220299{GS}17201225"),
    ([("414", "9520123456788"), ("254", "32a/b")], "(414)9520123456788(254)32a/b",
     "414952012345678825432a/b"),
])
def test_round_trips(ais: list[es.AIPair], hri: str, data: str) -> None:
    assert es.validate(ais) == ais
    assert es.hri(ais) == hri
    assert es.bracketed(ais) == hri
    assert es.unbracketed(ais) == data
    assert es.caret(ais) == "^" + data.replace(GS, "^")
    assert es.parse_bracketed(hri) == ais
    assert es.parse_unbracketed(data) == ais
    assert es.parse_unbracketed(GS + data) == ais  # FNC1 in first position
    assert es.parse(es.caret(ais)) == ais
    assert es.parse(hri) == ais
    assert es.parse(data) == ais


def test_bracket_in_a_value_is_escaped() -> None:
    ais = [("01", "09520123456788"), ("99", "A(B)C")]
    text = es.bracketed(ais)
    assert text == "(01)09520123456788(99)A\\(B)C"
    assert es.hri(ais) == "(01)09520123456788(99)A(B)C"
    assert es.parse_bracketed(text) == ais


def test_separator_after_a_fixed_length_value_is_tolerated() -> None:
    assert es.parse_unbracketed(f"0109520123456788{GS}21ABC") == [
        ("01", "09520123456788"), ("21", "ABC")]
    assert es.parse_unbracketed(f"99ABC{GS}") == [("99", "ABC")]


@pytest.mark.parametrize(("text", "reason"), [
    ("", Reason.ELEMENT_STRING_MALFORMED),
    ("(01", Reason.ELEMENT_STRING_MALFORMED),
    ("(1A)123", Reason.UNKNOWN_AI),
    ("(89)123", Reason.UNKNOWN_AI),
    ("(10)(11)980101", Reason.VALUE_EMPTY),
    ("(01)0952012345678", Reason.VALUE_TOO_SHORT),
    ("(01)095201234567880", Reason.VALUE_TOO_LONG),
    ("(01)09520123456789", Reason.LINTER),  # check digit
    ("(01)0952012345678A", Reason.LINTER),
    ("(00)006141411234567891", Reason.LINTER),
    ("(01)09520123456788(21)ABC DEF", Reason.LINTER),  # space is not in CSET 82
    ("(01)09520123456788(21)ABC^", Reason.LINTER),
    ("(01)09520123456788(17)201332", Reason.LINTER),  # month 13
    ("(01)09520123456788(21)" + "X" * 21, Reason.VALUE_TOO_LONG),
    ("(21)ABC", Reason.REQUIRED_AIS_MISSING),
    ("(01)09520123456788(21)A(235)B", Reason.INVALID_AI_PAIR),
    ("(01)09520123456788(3103)000195(3102)001950", Reason.INVALID_AI_PAIR),
    ("(01)09520123456788(3922)0299", Reason.REQUIRED_AIS_MISSING),  # needs 01 with 30/31nn/...
    ("(01)09520123456788(21)A(21)B", Reason.REPEATED_AI_VALUES_DIFFER),
    ("(253)9520123456788(8030)ABC", Reason.SERIAL_NOT_PRESENT),
])
def test_refusals(text: str, reason: Reason) -> None:
    with pytest.raises(gs1.GS1SyntaxError) as err:
        es.parse(text)
    assert err.value.reason is reason
    assert " / " in err.value.detail  # bilingual


def test_repeated_ai_with_the_same_value_is_allowed() -> None:
    ais = [("01", "09520123456788"), ("21", "A"), ("21", "A")]
    assert es.validate(ais) == ais


def test_requisites_by_template_and_group() -> None:
    es.validate([("01", "09520123456788"), ("3103", "000195"), ("3922", "0299")])
    es.validate([("253", "9520123456788S1"), ("8030", "QUJD")])
    es.validate([("00", "006141411234567890"), ("02", "09520123456788"), ("37", "25")])


def test_bracketed_must_start_with_an_ai() -> None:
    with pytest.raises(gs1.GS1SyntaxError) as err:
        es.parse_bracketed("01)09520123456788")
    assert err.value.reason is Reason.ELEMENT_STRING_MALFORMED


def test_unbracketed_refusals() -> None:
    with pytest.raises(gs1.GS1SyntaxError) as err:
        es.parse_unbracketed("0109520123456788" + "2345")
    assert err.value.reason is Reason.UNKNOWN_AI
    with pytest.raises(gs1.GS1SyntaxError) as err:
        es.parse_unbracketed("01095201234567")  # fixed-length value cut short
    assert err.value.reason is Reason.VALUE_TOO_SHORT
    with pytest.raises(gs1.GS1SyntaxError) as err:
        es.parse_unbracketed(GS)
    assert err.value.reason is Reason.ELEMENT_STRING_MALFORMED


def _gtin_and_sscc_vectors() -> list[dict[str, str]]:
    return [row for row in vectors.rows("checkdigit_vectors.tsv")
            if row["kind"] in ("GTIN-14", "AI (01) GTIN-14", "SSCC / GSRN")]


@pytest.mark.parametrize("row", _gtin_and_sscc_vectors(), ids=lambda r: r["number"])
def test_check_digit_vectors_as_ai_values(row: dict[str, str]) -> None:
    ai = "00" if row["kind"].startswith("SSCC") else "01"
    if row["expected_valid"] == "yes":
        assert es.parse(f"({ai}){row['number']}") == [(ai, row["number"])]
    else:
        with pytest.raises(gs1.GS1SyntaxError, match="check digit") as err:
            es.parse(f"({ai}){row['number']}")
        assert err.value.reason is Reason.LINTER
