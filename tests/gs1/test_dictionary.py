"""The GS1 Barcode Syntax Dictionary as parsed: formats, linters, flags, pairing rules, DL keys."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from server import gs1
from server.gs1.dictionary import Component, DictionaryError, parse, parse_line
from server.gs1.linters import LINTERS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "server" / "gs1" / "data"
D = gs1.dictionary()


def test_every_dictionary_line_is_parsed() -> None:
    text = (DATA / "gs1-syntax-dictionary.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    expected = 0
    for line in lines:
        m = re.match(r"(\d+)(?:-(\d+))?\s", line)
        assert m, line
        expected += int(m.group(2) or m.group(1)) - int(m.group(1)) + 1
    assert len(D.entries) == expected
    assert expected > 500


@pytest.mark.parametrize(("ai", "spec", "fnc1", "title"), [
    ("00", "N18,csum,gcppos2", False, "SSCC"),
    ("01", "N14,csum,gcppos2", False, "GTIN"),
    ("10", "X..20", True, "BATCH/LOT"),
    ("17", "N6,yymmd0", False, "USE BY or EXPIRY"),
    ("21", "X..20", True, "SERIAL"),
    ("253", "N13,csum,gcppos1 [X..17]", True, "GDTI"),
    ("3103", "N6", False, "NET WEIGHT (kg)"),
    ("8010", "Y..30,gcppos1", True, "CPID"),
    ("8013", "X..25,csumalpha,gcppos1", True, "GMN"),
    ("8030", "Z..90", True, "DIGSIG"),
    ("99", "X..90", True, "INTERNAL"),
])
def test_known_ai_formats(ai: str, spec: str, fnc1: bool, title: str) -> None:
    entry = D[ai]
    assert entry.spec == spec
    assert entry.fnc1 is fnc1
    assert entry.title == title


def test_component_details() -> None:
    assert D["01"].components == (Component("N", 14, 14, False, ("csum", "gcppos2")),)
    assert D["01"].components[0].fixed
    assert (D["01"].min_length, D["01"].max_length) == (14, 14)
    assert D["21"].components == (Component("X", 1, 20),)
    assert not D["21"].components[0].fixed
    assert (D["21"].min_length, D["21"].max_length) == (1, 20)
    gdti = D["253"]
    assert gdti.components[1] == Component("X", 1, 17, optional=True)
    assert (gdti.min_length, gdti.max_length) == (13, 30)
    assert [c.cset for c in D["7040"].components] == ["N", "X", "X", "X"]
    assert D["7040"].components[3].linters == ("importeridx",)


def test_predefined_length_ais_need_no_fnc1() -> None:
    # The "*" flag: GS1's table of predefined-length prefixes (00-04, 11-20, 31-36, 41).
    fixed = {ai for ai, spec in D.entries.items() if not spec.fnc1}
    prefixes = {"00", "01", "02", "03", "11", "12", "13", "15", "16", "17", "20",
                "31", "32", "33", "34", "35", "36", "41"}
    assert {ai[:2] for ai in fixed} == prefixes
    assert all(D[ai].components[0].fixed for ai in fixed)


def test_pairing_rules() -> None:
    assert D["01"].ex == ("255", "37")
    assert D["02"].req == ((("37",),),)
    assert D["250"].req == ((("01", "21"), ("03", "21"), ("8006", "21")),)
    assert D["3103"].ex == ("310n",)
    assert D["3922"].req == ((("01", "30"), ("01", "31nn"), ("01", "32nn"), ("01", "35nn"),
                              ("01", "36nn")),)
    assert D["8041"].req == ((("01", "21", "8040"),),)


def test_digital_link_keys_and_qualifiers() -> None:
    keys = {ai for ai, spec in D.entries.items() if spec.dl_primary_key}
    assert keys == {"00", "01", "253", "255", "401", "402", "414", "415", "417", "8003", "8004",
                    "8006", "8010", "8013", "8017", "8018"}
    assert D["01"].dl_qualifiers == (("22", "10", "21"), ("235",))
    assert D["414"].dl_qualifiers == (("254",), ("7040",))
    assert D["00"].dl_qualifiers == ()
    sequences = D.dl_sequences
    for good in [("01",), ("01", "22", "10", "21"), ("01", "10", "21"), ("01", "21"),
                 ("01", "235"), ("8006", "22", "21"), ("8018", "8019"), ("414", "7040")]:
        assert good in sequences
    for bad in [("01", "10", "22"), ("01", "22", "10", "235"), ("01", "21", "10"), ("00", "21"),
                ("10",), ("01", "235", "10")]:
        assert bad not in sequences
    assert D.is_primary_key("8004") and not D.is_primary_key("21")


def test_data_attribute_flag() -> None:
    assert D["10"].dl_attribute and D["17"].dl_attribute and D["3103"].dl_attribute
    assert not D["21"].dl_attribute and not D["22"].dl_attribute and not D["235"].dl_attribute


def test_lookup_and_prefix_match() -> None:
    assert D.lookup("01") is D["01"]
    assert D.lookup("1") is None and D.lookup("011") is None and D.lookup("89") is None
    assert "8030" in D and "8031" not in D
    assert D.match_prefix("0109520123456788") is D["01"]
    assert D.match_prefix("235XYZ") is D["235"]
    assert D.match_prefix("8012AB") is D["8012"]
    assert D.match_prefix("2345") is None


def test_ai_length_is_fixed_by_its_first_two_digits() -> None:
    # Unbracketed data is only parseable because every AI with the same two leading digits has
    # the same length.
    lengths: dict[str, set[int]] = {}
    for ai in D.entries:
        lengths.setdefault(ai[:2], set()).add(len(ai))
    assert all(len(found) == 1 for found in lengths.values())


def test_every_linter_named_is_implemented() -> None:
    named = {name for spec in D.entries.values() for c in spec.components for name in c.linters}
    assert named <= set(LINTERS)
    assert {"csum", "csumalpha", "yymmd0", "iban"} <= named


@pytest.mark.parametrize("line", [
    "01 *? N14,nosuchlinter # GTIN",
    "01 *? Q14 # GTIN",
    "01 *? N14 colour=red # GTIN",
    "0x *? N14 # GTIN",
    "3105-3100 *? N6 # backwards",
    "01 *? # no format",
])
def test_malformed_lines_are_refused(line: str) -> None:
    with pytest.raises(DictionaryError):
        parse_line(line)


def test_duplicate_and_prefix_conflicts_are_refused() -> None:
    with pytest.raises(DictionaryError, match="twice"):
        parse("01 *? N14 # A\n01 *? N14 # B\n")
    with pytest.raises(DictionaryError, match="prefix"):
        parse("01 *? N14 # A\n011 ? X..3 # B\n")


def test_dictionary_ships_as_package_data() -> None:
    assert {"gs1-syntax-dictionary.txt", "LICENSE", "README.md"} <= {
        p.name for p in DATA.iterdir()}
    assert "Apache License" in (DATA / "LICENSE").read_text(encoding="utf-8")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["server.gs1"]
    for name in ("gs1-syntax-dictionary.txt", "LICENSE", "README.md"):
        assert any(fnmatch(f"data/{name}", pattern) for pattern in patterns), name
