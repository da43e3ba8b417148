"""Read a code from any form it is printed or scanned in: the plain code (spaces and hyphens
allowed), the consumer URL (base + code), a GS1 Digital Link URI (/01/{gtin}/21/{serial},
/00/{sscc}), a GS1 element string in human-readable form ((01)…(21)…, (00)…) or as a scanner
sends it (AIM symbology identifier such as ]d2 or ]Q3, FNC1 as GS, \\x1d).

Only the few identifiers codes use are extracted here; full Digital Link parsing and validation
belong to server.gs1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from server.codes.formats import DIGITS_LENGTHS, SHORT_LENGTH, SSCC_LENGTH, Kind, Malformed
from server.gs1 import is_valid_check_digit

MAX_INPUT = 512
GS = "\x1d"
_FIXED = {"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6,
          "20": 2}
_VARIABLE = {"10", "21", "22", "30", "37", "90", "91", "92", "93", "94", "95", "96", "97", "98",
             "99"}
_ALPHAS = {"gtin": "01", "ser": "21", "sscc": "00"}  # Digital Link 1.0 convenience names
_PAREN = re.compile(r"\((\d{2,4})\)([^()]*)")
_GTIN_LENGTHS = (8, 12, 13, 14)


@dataclass(frozen=True)
class Reading:
    """One way to read the input: the kind of code and its text (the serial for GS1 items and
    cases, with the GTIN-14 it was printed beside when known; the 18 digits for an SSCC)."""

    kind: Kind
    text: str
    gtin: str = ""


def _gtin14(value: str) -> str:
    if len(value) not in _GTIN_LENGTHS or not (value.isascii() and value.isdigit()):
        raise Malformed("GTIN length")
    if not is_valid_check_digit(value):
        raise Malformed("GTIN check digit")
    return value.zfill(14)


def _from_ais(ais: dict[str, str]) -> list[Reading]:
    if "00" in ais:
        return [Reading(Kind.SSCC, ais["00"])]
    if "01" in ais and "21" in ais:
        return [Reading(Kind.GS1, ais["21"], _gtin14(ais["01"]))]
    raise Malformed("no serial (21) or SSCC (00)")


def _raw_element_string(text: str) -> dict[str, str]:
    ais: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        if text[pos] == GS:
            pos += 1
            continue
        ai = text[pos:pos + 2]
        pos += 2
        if ai in _FIXED:
            ais[ai] = text[pos:pos + _FIXED[ai]]
            pos += _FIXED[ai]
        elif ai in _VARIABLE:
            end = text.find(GS, pos)
            end = len(text) if end < 0 else end
            ais[ai] = text[pos:end]
            pos = end
        else:
            break  # an identifier we do not need: what came before is enough
    return ais


def _parenthesised(text: str) -> dict[str, str]:
    pairs = _PAREN.findall(text)
    if not pairs or "".join(f"({a}){v}" for a, v in pairs) != text:
        raise Malformed("not a GS1 element string")
    return {ai: value for ai, value in pairs}


def _digital_link(segments: list[str]) -> list[Reading] | None:
    segs = [_ALPHAS.get(s, s) for s in segments]
    for i, seg in enumerate(segs[:-1]):
        if seg == "00":
            return [Reading(Kind.SSCC, segs[i + 1])]
        if seg == "01" and i + 3 < len(segs) and segs[i + 2] == "21" \
                and len(segs[i + 1]) in _GTIN_LENGTHS and segs[i + 1].isdigit():
            return [Reading(Kind.GS1, segs[i + 3], _gtin14(segs[i + 1]))]
    return None


def _url(text: str) -> list[Reading]:
    parts = urlsplit(text)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if not segments:
        raise Malformed("no code in the URL")
    found = _digital_link(segments)
    return found if found is not None else _plain(segments[-1])


def _plain(text: str) -> list[Reading]:
    compact = "".join(ch for ch in text if ch not in " -")
    if compact.isascii() and compact.isdigit():
        out: list[Reading] = []
        if len(compact) in DIGITS_LENGTHS:
            out.append(Reading(Kind.DIGITS, compact))
        if len(compact) == SSCC_LENGTH:
            out.append(Reading(Kind.SSCC, compact))
        if len(compact) in DIGITS_LENGTHS:  # a GS1 serial typed without its GTIN
            out.append(Reading(Kind.GS1, compact))
        if out:
            return out
        raise Malformed(f"{len(compact)} digits")
    if len(compact) == SHORT_LENGTH and compact.isascii() and compact[:-1].isalnum() \
            and (compact[-1].isalnum() or compact[-1] in "*~$="):
        return [Reading(Kind.SHORT, compact)]
    raise Malformed("not a code")


def readings(raw: str) -> list[Reading]:
    """Every reading of the input, most specific first; Malformed when there is none."""
    text = raw.strip()
    if not text or len(text) > MAX_INPUT:
        raise Malformed("empty or too long")
    if text.startswith("]") and len(text) > 3:  # AIM symbology identifier: ]d2 ]Q3 ]C1 ]e0
        return _from_ais(_raw_element_string(text[3:]))
    if GS in text:
        return _from_ais(_raw_element_string(text))
    if text.startswith("("):
        return _from_ais(_parenthesised(text))
    if "://" in text or text.startswith("/"):
        return _url(text)
    return _plain(text)
