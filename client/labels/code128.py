"""Code 128 and GS1-128: the code set plan (start A/B/C, switches, FNC1) for a text, its symbol
values with check character, the bar pattern for PDF, and the same plan as ZPL ^BC field data
with invocation codes (>; >: >9 start, >5 >6 >7 switch, >8 FNC1), so printer and PDF agree."""

from __future__ import annotations

from dataclasses import dataclass

from barcode.charsets.code128 import CODES, STOP

from client.labels import gs1

FNC1 = 102
_START = {"A": 103, "B": 104, "C": 105}
_SWITCH = {"A": 101, "B": 100, "C": 99}
_ZPL_START = {"A": ">9", "B": ">:", "C": ">;"}
_ZPL_SWITCH = {"A": ">7", "B": ">6", "C": ">5"}
QUIET = 10  # modules of quiet zone on each side


@dataclass(frozen=True)
class Step:
    """One part of the plan: a start/switch to a code set, an FNC1, or characters in a set."""

    op: str  # "start", "switch", "fnc1", "text"
    value: str = ""  # the set for start/switch, the characters for text


def _tokens(data: str, gs1_mode: bool) -> list[str | None]:
    """Characters, with None for FNC1 (leading and, in GS1 data, each GS separator)."""
    if not gs1_mode:
        return list(data)
    body = gs1.unbracketed(gs1.parse(data))
    return [None, *(None if c == gs1.GS else c for c in body)]


def _digit_run(tokens: list[str | None], i: int) -> int:
    n = 0
    while i + n < len(tokens) and (t := tokens[i + n]) is not None and t.isdigit():
        n += 1
    return n


def _set_for(c: str) -> str:
    return "A" if ord(c) < 32 else "B"


def plan(data: str, gs1_mode: bool = False) -> list[Step]:
    """The code set plan for `data` (GS1 data: an element string in either form)."""
    tokens = _tokens(data, gs1_mode)
    if not tokens:
        raise ValueError("Code 128 needs at least one character")
    for t in tokens:
        if t is not None and ord(t) > 127:
            raise ValueError(f"Code 128 cannot hold {t!r}")
    steps: list[Step] = []
    first = next((i for i, t in enumerate(tokens) if t is not None), len(tokens))
    run = _digit_run(tokens, first)
    if run >= 4 or run == len(tokens) - first == 2:
        current = "C"
    else:
        current = _set_for(str(tokens[first])) if first < len(tokens) else "B"
    steps.append(Step("start", current))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t is None:
            steps.append(Step("fnc1"))
            i += 1
            continue
        run = _digit_run(tokens, i)
        if current == "C":
            if run >= 2:
                _text(steps, tokens[i] + str(tokens[i + 1]))
                i += 2
                continue
            current = _set_for(t)
            steps.append(Step("switch", current))
            continue
        at_end = i + run == len(tokens)
        if run >= 4 and (at_end or run >= 6 or tokens[i + run] is None):
            if run % 2:
                _text(steps, t)
                i += 1
            current = "C"
            steps.append(Step("switch", "C"))
            continue
        wanted = _set_for(t)
        if wanted != current and (wanted == "A" or 96 <= ord(t) <= 127):
            current = wanted
            steps.append(Step("switch", current))
        _text(steps, t)
        i += 1
    return steps


def _text(steps: list[Step], chars: str) -> None:
    if steps and steps[-1].op == "text":
        steps[-1] = Step("text", steps[-1].value + chars)
    else:
        steps.append(Step("text", chars))


def values(steps: list[Step]) -> list[int]:
    """Symbol values: start, data, check character and stop (106)."""
    out: list[int] = []
    current = ""
    for step in steps:
        if step.op == "start":
            current = step.value
            out.append(_START[current])
        elif step.op == "switch":
            out.append(_SWITCH[step.value])
            current = step.value
        elif step.op == "fnc1":
            out.append(FNC1)
        elif current == "C":
            out.extend(int(step.value[k:k + 2]) for k in range(0, len(step.value), 2))
        else:
            for c in step.value:
                code = ord(c)
                out.append(code + 64 if current == "A" and code < 32 else code - 32)
    check = (out[0] + sum(i * v for i, v in enumerate(out[1:], start=1))) % 103
    return [*out, check, 106]


def modules(symbol_values: list[int]) -> str:
    """The bar pattern, "1" for a bar module, without quiet zones."""
    return "".join(CODES[v] for v in symbol_values[:-1]) + STOP + "11"


def zpl_field(steps: list[Step]) -> str:
    """^FD data for ^BC in mode N: the same plan as invocation codes (check digit by printer)."""
    out = []
    for step in steps:
        if step.op == "start":
            out.append(_ZPL_START[step.value])
        elif step.op == "switch":
            out.append(_ZPL_SWITCH[step.value])
        elif step.op == "fnc1":
            out.append(">8")
        else:
            out.append(step.value.replace(">", "><"))
    return "".join(out)
