"""The GS1 Barcode Syntax Dictionary, parsed: every application identifier (AI) with its value
format, check-digit and other linters, FNC1 rule, pairing rules and Digital Link key qualifiers.

The dictionary text ships in `data/` (Apache-2.0, see `data/README.md`); `dictionary()` parses it
once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations

from server.gs1.linters import LINTERS

DATA_FILE = "gs1-syntax-dictionary.txt"
CSETS = {"N": "numeric", "X": "CSET 82", "Y": "CSET 39", "Z": "CSET 64 (base64url)"}
FLAG_CHARS = frozenset("*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~")
_COMPONENT = re.compile(r"^(\[)?([NXYZ])(\d+|\.\.\d+)(\])?((?:,\w+)*)$")
_AI_RANGE = re.compile(r"^(\d{2,4})(?:-(\d{2,4}))?$")
_TEMPLATE = re.compile(r"^\d{1,4}n*$")


class DictionaryError(ValueError):
    """The dictionary text is malformed or names a linter this package does not implement."""


@dataclass(frozen=True)
class Component:
    """One part of an AI value: character set, length bounds, optional, linters in order."""

    cset: str
    min_length: int
    max_length: int
    optional: bool = False
    linters: tuple[str, ...] = ()

    @property
    def fixed(self) -> bool:
        """True when the component always has exactly `max_length` characters."""
        return self.min_length == self.max_length and not self.optional

    def __str__(self) -> str:
        fixed = self.min_length == self.max_length
        text = f"{self.cset}{'' if fixed else '..'}{self.max_length}"
        text = f"[{text}]" if self.optional else text
        return ",".join((text, *self.linters))


@dataclass(frozen=True)
class AISpec:
    """One application identifier as the dictionary defines it."""

    ai: str
    title: str
    components: tuple[Component, ...]
    fnc1: bool  # a variable-length value: FNC1 separates it from a following AI
    dl_attribute: bool  # permitted as a Digital Link query parameter ("?" flag)
    dl_primary_key: bool = False
    dl_qualifiers: tuple[tuple[str, ...], ...] = ()  # alternative ordered qualifier sequences
    req: tuple[tuple[tuple[str, ...], ...], ...] = ()  # per rule: any group, all members of it
    ex: tuple[str, ...] = ()  # AIs or templates ("310n") this AI must not appear with
    min_length: int = field(init=False)
    max_length: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "min_length",
                           sum(c.min_length for c in self.components if not c.optional))
        object.__setattr__(self, "max_length", sum(c.max_length for c in self.components))

    @property
    def spec(self) -> str:
        """The format as the dictionary writes it, e.g. 'N14,csum,gcppos2'."""
        return " ".join(str(c) for c in self.components)


@dataclass(frozen=True)
class Dictionary:
    """All AIs by code, plus the Digital Link path sequences they allow."""

    entries: dict[str, AISpec]
    dl_sequences: frozenset[tuple[str, ...]]

    def lookup(self, ai: str) -> AISpec | None:
        """The AI's spec, or None for an unknown or malformed AI."""
        return self.entries.get(ai)

    def __getitem__(self, ai: str) -> AISpec:
        return self.entries[ai]

    def __contains__(self, ai: object) -> bool:
        return ai in self.entries

    def match_prefix(self, data: str) -> AISpec | None:
        """The AI that `data` starts with (AIs are prefix-free), for unbracketed element strings."""
        for length in (2, 3, 4):
            spec = self.entries.get(data[:length])
            if spec is not None:
                return spec
        return None

    def is_primary_key(self, ai: str) -> bool:
        """True when `ai` may start a Digital Link path."""
        return (ai,) in self.dl_sequences


def _components(tokens: list[str], line: str) -> tuple[Component, ...]:
    parts = []
    for token in tokens:
        m = _COMPONENT.match(token)
        if m is None or bool(m.group(1)) != bool(m.group(4)):
            raise DictionaryError(f"bad component {token!r} in: {line}")
        size = m.group(3)
        high = int(size.lstrip("."))
        low = 1 if size.startswith("..") else high
        linters = tuple(name for name in m.group(5).split(",") if name)
        missing = [name for name in linters if name not in LINTERS]
        if missing:
            raise DictionaryError(f"linter(s) {missing} not implemented, in: {line}")
        parts.append(Component(m.group(2), low, high, bool(m.group(1)), linters))
    return tuple(parts)


def _expand(ais: str, line: str) -> list[str]:
    m = _AI_RANGE.match(ais)
    if m is None:
        raise DictionaryError(f"bad AI {ais!r} in: {line}")
    first, last = m.group(1), m.group(2) or m.group(1)
    if len(first) != len(last) or int(last) < int(first):
        raise DictionaryError(f"bad AI range {ais!r} in: {line}")
    return [str(n).zfill(len(first)) for n in range(int(first), int(last) + 1)]


def _templates(text: str, line: str) -> tuple[str, ...]:
    items = tuple(text.split(","))
    if not all(_TEMPLATE.match(item) and 2 <= len(item) <= 4 for item in items):
        raise DictionaryError(f"bad AI list {text!r} in: {line}")
    return items


def parse_line(line: str) -> list[AISpec]:
    """The AI spec(s) one dictionary line defines (a range line defines several)."""
    body, _, title = line.partition("#")
    tokens = body.split()
    ais = _expand(tokens.pop(0), line)
    flags = tokens.pop(0) if tokens and set(tokens[0]) <= FLAG_CHARS else ""
    spec_tokens = []
    while tokens and tokens[0][0] in "NXYZ[":
        spec_tokens.append(tokens.pop(0))
    components = _components(spec_tokens, line)
    if not components:
        raise DictionaryError(f"no format specification in: {line}")
    req: list[tuple[tuple[str, ...], ...]] = []
    ex: list[str] = []
    key = False
    qualifiers: list[tuple[str, ...]] = []
    for attr in tokens:
        name, eq, value = attr.partition("=")
        if name == "req" and eq:
            req.append(tuple(_templates(g.replace("+", ","), line) for g in value.split(",")))
        elif name == "ex" and eq:
            ex.extend(_templates(value, line))
        elif name == "dlpkey":
            key = True
            qualifiers.extend(_templates(alt, line) for alt in value.split("|") if alt)
        else:
            raise DictionaryError(f"unknown attribute {attr!r} in: {line}")
    return [AISpec(ai=ai, title=title.strip(), components=components, fnc1="*" not in flags,
                   dl_attribute="?" in flags, dl_primary_key=key, dl_qualifiers=tuple(qualifiers),
                   req=tuple(req), ex=tuple(ex)) for ai in ais]


def _sequences(entries: dict[str, AISpec]) -> frozenset[tuple[str, ...]]:
    # A path is the key followed by any subset of one alternative's qualifiers, in their order.
    out: set[tuple[str, ...]] = set()
    for spec in entries.values():
        if not spec.dl_primary_key:
            continue
        out.add((spec.ai,))
        for alternative in spec.dl_qualifiers:
            for n in range(1, len(alternative) + 1):
                out.update((spec.ai, *subset) for subset in combinations(alternative, n))
    return frozenset(out)


def parse(text: str) -> Dictionary:
    """Parse the dictionary text; DictionaryError names the offending line."""
    entries: dict[str, AISpec] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        for spec in parse_line(line):
            if spec.ai in entries:
                raise DictionaryError(f"AI {spec.ai} defined twice")
            entries[spec.ai] = spec
    for ai in entries:
        for length in (2, 3):
            if length < len(ai) and ai[:length] in entries:
                raise DictionaryError(f"AI {ai[:length]} is a prefix of AI {ai}")
    return Dictionary(entries, _sequences(entries))


@cache
def dictionary() -> Dictionary:
    """The shipped dictionary, parsed once."""
    text = (resources.files("server.gs1") / "data" / DATA_FILE).read_text(encoding="utf-8")
    return parse(text)
