"""Content linters, checked against cases from GS1's own linter unit tests where they exist."""

from __future__ import annotations

import pytest

from server.gs1 import linters


@pytest.mark.parametrize("value", [
    "22", "!22", "!!22", "1987654Ad4X4bL5ttr2310c2K", "12345678901234567890123NT",
    "12345_ABCDEFGHIJKLMCP", "12345_abcdefghijklmN3", "12345_!\"%&'()*+,-./LC",
    "12345_0123456789:;<=>?62", "7907665Bm8v2AB", "00000!HV", "99999zzzzzzzzzzzzzzzzzzT2",
])
def test_csumalpha_accepts(value: str) -> None:
    assert linters.csumalpha(value) is None


@pytest.mark.parametrize("value", [
    "", "2", "33", "1987654Ad4X4bL5ttr2310cXK", "1987654Ad4X4bL5ttr2310c2X",
    " 2345678901234567890123NT", "12345678901234567890123 T",
])
def test_csumalpha_refuses(value: str) -> None:
    assert linters.csumalpha(value)


def test_csum() -> None:
    assert linters.csum("09520123456788") is None
    assert "should be 8" in (linters.csum("09520123456789") or "")
    assert linters.csum("1")


@pytest.mark.parametrize(("linter", "good", "bad"), [
    (linters.yymmd0, ["200131", "200229", "240229", "200600", "000229"],
     ["200010", "201310", "200132", "210229", "2001", "20013x"]),
    (linters.yymmdd, ["200131", "991231"], ["200600", "200230"]),
    (linters.yyyymmdd, ["20240229", "19991231"], ["20230229", "2024022", "20241301"]),
    (linters.hhmi, ["0000", "2359"], ["2400", "1260", "123"]),
    (linters.pcenc, ["abc", "a%20b", "%2F"], ["a%2", "%zz", "%"]),
    (linters.pieceoftotal, ["0102", "0202", "12"], ["0201", "0002", "0100", "123"]),
    (linters.posinseqslash, ["1/1", "9/10", "100/100"], ["0/1", "2/1", "1/", "/1", "1//2"]),
    (linters.nozeroprefix, ["1", "10"], ["0", "01", "9A"]),
    (linters.hasnondigit, ["12A"], ["123"]),
    (linters.nonzero, ["0001"], ["0000"]),
    (linters.zero, ["0"], ["1"]),
    (linters.yesno, ["0", "1"], ["2"]),
    (linters.winding, ["0", "1", "9"], ["2"]),
    (linters.mediatype, ["01", "10", "80", "99"], ["00", "11", "79", "1"]),
    (linters.importeridx, ["A", "z", "-", "_", "5"], ["!", "AB"]),
    (linters.latitude, ["0000000000", "1800000000"], ["1800000001"]),
    (linters.longitude, ["3600000000"], ["3600000001"]),
    (linters.iban, ["FR7630006000011234567890189", "GB98MIDL07009312345678",
                    "MT90MALT011000012345MTLCAST001SABC"],
     ["BE71096123456760", "BE71", "XX", "LC14BOSLxx3456789012345678901230"]),
    (linters.cset39, ["ABC-123/#"], ["abc", "A B"]),
    (linters.cset64, ["12", "12=", "1==", "AZaz09-_"], ["123=", "===", "A+B"]),
    (linters.cset82, ["AZaz09!\"%&'()*+,-./:;<=>?_"], ["A B", "é", "#", "^"]),
])
def test_linters(linter: linters.Linter, good: list[str], bad: list[str]) -> None:
    for value in good:
        assert linter(value) is None, value
    for value in bad:
        assert linter(value), value


def test_format_only_linters_are_declared() -> None:
    assert set(linters.LINTERS) >= linters.FORMAT_ONLY
    assert linters.LINTERS["iso3166"]("156") is None  # China
    assert linters.LINTERS["iso3166"]("15")
    assert linters.LINTERS["iso3166alpha2"]("CN") is None
    assert linters.LINTERS["iso3166alpha2"]("cn")
