"""GS1 element strings: AI/value pairs in bracketed form "(01)…(21)…", in the unbracketed form that
barcodes carry (FNC1, written GS "\\x1d", after each variable-length value that is followed by
another AI), and in the syntax engine's "^" notation; each value checked against the dictionary
(length, character set, check digits and other linters) and the set checked for pairing rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from server.gs1.dictionary import AISpec, dictionary
from server.gs1.errors import GS1SyntaxError, Reason
from server.gs1.linters import CSETS, LINTERS

AIPair = tuple[str, str]
GS = "\x1d"  # ASCII group separator: how FNC1 appears in scanned and encoded data
CARET = "^"  # FNC1 in the syntax engine's notation
DIGSIG_SERIAL_KEYS = ("253", "255", "8003")  # keys whose serial part (8030) signatures need
ESCAPED_BRACKET = "\\("


def spec_for(ai: str) -> AISpec:
    """The dictionary entry for `ai`; GS1SyntaxError for an unknown AI."""
    spec = dictionary().lookup(ai)
    if spec is None:
        raise GS1SyntaxError(Reason.UNKNOWN_AI, ai)
    return spec


def check_length(spec: AISpec, value: str) -> None:
    """Refuse an empty, too short or too long value (cheap checks done while parsing)."""
    if not value:
        raise GS1SyntaxError(Reason.VALUE_EMPTY, spec.ai)
    if len(value) < spec.min_length:
        raise GS1SyntaxError(Reason.VALUE_TOO_SHORT, spec.ai)
    if len(value) > spec.max_length:
        raise GS1SyntaxError(Reason.VALUE_TOO_LONG, spec.ai)


def check_value(ai: str, value: str) -> AISpec:
    """Check one AI value against its dictionary format, component by component; return the spec."""
    spec = spec_for(ai)
    check_length(spec, value)
    pos = 0
    for component in spec.components:
        part = value[pos:pos + component.max_length]
        if component.optional and not part:
            continue
        if len(part) < component.min_length:
            raise GS1SyntaxError(Reason.VALUE_TOO_SHORT, ai)
        for lint in (CSETS[component.cset], *(LINTERS[name] for name in component.linters)):
            problem = lint(part)
            if problem:
                raise GS1SyntaxError(Reason.LINTER, ai, problem)
        pos += len(part)
    return spec


def _find(template: str, present: Iterable[str], ignore: str) -> str | None:
    # A template such as "310n" or "35nn" matches any AI of that length with its digit prefix.
    prefix = template.rstrip("n")
    return next((ai for ai in present
                 if len(ai) == len(template) and ai.startswith(prefix) and ai != ignore), None)


def check_associations(ais: list[AIPair]) -> None:
    """Refuse bad pairings (ex), missing requisites (req), conflicting repeats, bare 8030 keys."""
    present = list(dict.fromkeys(ai for ai, _ in ais))
    for ai in present:
        for template in spec_for(ai).ex:
            other = _find(template, present, ai)
            if other is not None:
                raise GS1SyntaxError(Reason.INVALID_AI_PAIR, ai, other)
    for ai in present:
        for rule in spec_for(ai).req:
            if not any(all(_find(t, present, ai) for t in group) for group in rule):
                raise GS1SyntaxError(Reason.REQUIRED_AIS_MISSING, ai,
                                     ", ".join("+".join(group) for group in rule))
    seen: dict[str, str] = {}
    for ai, value in ais:
        if seen.setdefault(ai, value) != value:
            raise GS1SyntaxError(Reason.REPEATED_AI_VALUES_DIFFER, ai)
    if "8030" in seen:
        for ai in DIGSIG_SERIAL_KEYS:
            if ai in seen and len(seen[ai]) == spec_for(ai).min_length:
                raise GS1SyntaxError(Reason.SERIAL_NOT_PRESENT, ai)


def validate(ais: Iterable[AIPair]) -> list[AIPair]:
    """Check every value and the pairing rules, as GS1's syntax engine does by default."""
    pairs = [(str(ai), str(value)) for ai, value in ais]
    if not pairs:
        raise GS1SyntaxError(Reason.ELEMENT_STRING_MALFORMED, detail="no AIs")
    for ai, value in pairs:
        check_value(ai, value)
    check_associations(pairs)
    return pairs


def unbracketed(ais: Iterable[AIPair], separator: str = GS) -> str:
    """The barcode data: AIs and values, FNC1 after variable-length values (none leading)."""
    out: list[str] = []
    need_separator = False
    for ai, value in ais:
        if need_separator:
            out.append(separator)
        out.append(ai + value)
        need_separator = spec_for(ai).fnc1
    return "".join(out)


def caret(ais: Iterable[AIPair]) -> str:
    """The syntax engine's notation: '^' for FNC1, including FNC1 in first position."""
    return CARET + unbracketed(ais, CARET)


def hri(ais: Iterable[AIPair]) -> str:
    """Human-readable interpretation printed under a barcode: "(01)…(21)…"."""
    return "".join(f"({ai}){value}" for ai, value in ais)


def bracketed(ais: Iterable[AIPair]) -> str:
    """Bracketed AI data that `parse_bracketed` reads back: '(' inside a value escaped as '\\('."""
    return "".join(f"({ai}){value.replace('(', ESCAPED_BRACKET)}" for ai, value in ais)


def parse_bracketed(text: str, check: bool = True) -> list[AIPair]:
    """Read "(01)…(10)…" ('\\(' is a literal bracket in a value); validated unless check=False."""
    pairs: list[AIPair] = []
    pos = 0
    while pos < len(text):
        if text[pos] != "(":
            raise GS1SyntaxError(Reason.ELEMENT_STRING_MALFORMED, detail=f"'(' expected at {pos}")
        close = text.find(")", pos)
        if close < 0:
            raise GS1SyntaxError(Reason.ELEMENT_STRING_MALFORMED, detail="unterminated AI")
        spec = spec_for(text[pos + 1:close])
        value: list[str] = []
        pos = close + 1
        while pos < len(text) and text[pos] != "(":
            if text.startswith(ESCAPED_BRACKET, pos):
                value.append("(")
                pos += 2
            else:
                value.append(text[pos])
                pos += 1
        check_length(spec, "".join(value))
        pairs.append((spec.ai, "".join(value)))
    return validate(pairs) if check else pairs


def parse_unbracketed(data: str, separator: str = GS, check: bool = True) -> list[AIPair]:
    """Read barcode data (an optional leading FNC1, then AIs with FNC1 after variable values)."""
    pos = 1 if data.startswith(separator) else 0
    if pos >= len(data):
        raise GS1SyntaxError(Reason.ELEMENT_STRING_MALFORMED, detail="no AI data")
    dic = dictionary()
    pairs: list[AIPair] = []
    while pos < len(data):
        spec = dic.match_prefix(data[pos:pos + 4])
        if spec is None:
            raise GS1SyntaxError(Reason.UNKNOWN_AI, data[pos:pos + 4])
        pos += len(spec.ai)
        if spec.fnc1:
            end = data.find(separator, pos)
            end = len(data) if end < 0 else end
            value = data[pos:end]
        else:
            value = data[pos:pos + spec.max_length]
            if separator in value:
                value = value[:value.index(separator)]
            end = pos + len(value)
        check_length(spec, value)
        pairs.append((spec.ai, value))
        # A separator after a fixed-length value is redundant but allowed.
        pos = end + 1 if data.startswith(separator, end) else end
    return validate(pairs) if check else pairs


def parse(text: str, check: bool = True) -> list[AIPair]:
    """Read any form: bracketed "(01)…", "^"-notation, or unbracketed barcode data with GS."""
    if text.startswith("("):
        return parse_bracketed(text, check)
    if text.startswith(CARET):
        return parse_unbracketed(text, CARET, check)
    return parse_unbracketed(text, GS, check)
