"""GS1 element strings as labels need them: split into (AI, value) pairs from either the bracketed
form "(01)…(21)…" or the barcode form (FNC1 written as GS "\\x1d" after variable-length values),
and written back in either form. The server checks GS1 rules; this only formats."""

from __future__ import annotations

import re

GS = "\x1d"

# How many digits an AI has, by its first two digits (GS1 General Specifications, the AI table).
_AI_DIGITS = {**dict.fromkeys(("23", "24", "25", "40", "41", "42", "71"), 3),
              **dict.fromkeys(("31", "32", "33", "34", "35", "36", "39", "43", "70", "72",
                               "80", "81", "82"), 4)}
# AIs whose data has a predefined length (no FNC1 separator after them), by first two digits.
_FIXED = {"00": 18, "01": 14, "02": 14, "03": 14, "04": 16, "11": 6, "12": 6, "13": 6, "14": 6,
          "15": 6, "16": 6, "17": 6, "18": 6, "19": 6, "20": 2, "31": 6, "32": 6, "33": 6,
          "34": 6, "35": 6, "36": 6, "41": 13}
_BRACKETED = re.compile(r"\((\d{2,4})\)([^()]*)")

Pairs = list[tuple[str, str]]


def ai_digits(prefix: str) -> int:
    """The number of digits of the AI starting with these two digits."""
    return _AI_DIGITS.get(prefix[:2], 2)


def fixed_length(ai: str) -> int | None:
    """The value length of an AI with a predefined length, else None."""
    return _FIXED.get(ai[:2])


def parse(text: str) -> Pairs:
    """(AI, value) pairs of a bracketed or unbracketed element string; ValueError if it is none."""
    text = text.strip()
    if text.startswith("("):
        pairs = [(ai, value) for ai, value in _BRACKETED.findall(text)]
        if not pairs or "".join(f"({a}){v}" for a, v in pairs) != text \
                or not all(v for _a, v in pairs):
            raise ValueError(f"not a GS1 element string: {text!r}")
        return pairs
    pairs = []
    pos = 0
    text = text.lstrip(GS)
    while pos < len(text):
        digits = ai_digits(text[pos:pos + 2])
        ai = text[pos:pos + digits]
        if len(ai) < digits or not ai.isdigit():
            raise ValueError(f"not a GS1 element string: {text!r}")
        pos += digits
        length = fixed_length(ai)
        if length is not None:
            value = text[pos:pos + length]
            if len(value) < length:
                raise ValueError(f"AI ({ai}) needs {length} characters")
            pos += length
            if text[pos:pos + 1] == GS:
                pos += 1
        else:
            end = text.find(GS, pos)
            end = len(text) if end < 0 else end
            value = text[pos:end]
            pos = end + 1
        if not value:
            raise ValueError(f"AI ({ai}) has no value")
        pairs.append((ai, value))
    if not pairs:
        raise ValueError("empty GS1 element string")
    return pairs


def bracketed(pairs: Pairs) -> str:
    """The human-readable form: (01)09501234567890(21)ABC."""
    return "".join(f"({ai}){value}" for ai, value in pairs)


def unbracketed(pairs: Pairs) -> str:
    """What a barcode carries after its leading FNC1: GS after each variable-length value that
    another AI follows."""
    out = []
    for i, (ai, value) in enumerate(pairs):
        out.append(ai + value)
        if fixed_length(ai) is None and i < len(pairs) - 1:
            out.append(GS)
    return "".join(out)


def human(text: str) -> str:
    """An element string shown to people in brackets; other text unchanged."""
    try:
        return bracketed(parse(text))
    except ValueError:
        return text
