"""Check characters and fixed-width text for codes, vectorised over numpy arrays.

- Damm (digits): a weakly totally anti-symmetric quasigroup of order 10; catches every single-digit
  error and every adjacent transposition, with a check digit that is itself a digit.
- Crockford base 32 with its mod-37 check symbol (the published Crockford scheme, so any Crockford
  library can verify a code): 37 is prime and larger than 32, so every single-character error and
  every adjacent (and jump) transposition changes the value mod 37. Input is forgiving: lowercase,
  hyphens, and I/L/O read as 1/1/0.
- GS1 mod 10 (weights 3,1,3,… from the right) for SSCC; scalar GS1 checks live in server.gs1.

Arrays of text are (n, width) uint8 arrays of ASCII bytes: `tobytes()` of a row is the text.
"""

from __future__ import annotations

import numpy as np

DAMM = np.array([
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
], dtype=np.uint8)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"  # values 32..36 exist only as check symbols
_READ_AS = {"I": "1", "L": "1", "O": "0"}
_CROCKFORD_VALUE = {ch: i for i, ch in enumerate(CROCKFORD_CHECK)}

_GROUP = 4  # digits rendered per table lookup
_GROUP_MOD = 10**_GROUP
# DIGITS4[v] is v as 4 ASCII digits; DAMM4[i, v] the Damm interim after 4 digits of v from i.
DIGITS4 = np.frombuffer("".join(f"{v:04d}" for v in range(_GROUP_MOD)).encode(),
                        dtype=np.uint8).reshape(_GROUP_MOD, _GROUP)


def _damm_groups() -> np.ndarray:
    out = np.empty((10, _GROUP_MOD), dtype=np.uint8)
    digits = DIGITS4 - ord("0")
    for start in range(10):
        interim = np.full(_GROUP_MOD, start, dtype=np.uint8)
        for col in range(_GROUP):
            interim = DAMM[interim, digits[:, col]]
        out[start] = interim
    return out


DAMM4 = _damm_groups()
_CROCK_ASCII = np.frombuffer(CROCKFORD_CHECK.encode(), dtype=np.uint8)
# Two Crockford characters per lookup: PAIRS[v] for v in [0, 1024).
_PAIRS = np.stack([np.repeat(_CROCK_ASCII[:32], 32), np.tile(_CROCK_ASCII[:32], 32)], axis=1)


# --- scalar ---------------------------------------------------------------------------------------

def damm(digits: str) -> str:
    """The Damm check digit for a string of ASCII digits."""
    interim = 0
    for ch in digits:
        interim = int(DAMM[interim, ord(ch) - 48])
    return str(interim)


def damm_valid(digits: str) -> bool:
    """True when the digits (check digit last) pass the Damm check."""
    return bool(digits) and digits.isascii() and digits.isdigit() and damm(digits) == "0"


def gs1_mod10(body: str) -> str:
    """The GS1 check digit for the digits before it (weights 3,1,3,… from the right)."""
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def crockford_normalise(text: str) -> str:
    """Uppercase, drop hyphens and spaces, read I/L/O as 1/1/0."""
    out = []
    for ch in text.upper():
        if ch in "- ":
            continue
        out.append(_READ_AS.get(ch, ch))
    return "".join(out)


def crockford_value(text: str) -> int | None:
    """The number a normalised Crockford string (no check symbol) stands for, or None."""
    value = 0
    for ch in text:
        digit = _CROCKFORD_VALUE.get(ch)
        if digit is None or digit >= 32:
            return None
        value = value * 32 + digit
    return value


def crockford_check(value: int) -> str:
    return CROCKFORD_CHECK[value % 37]


def crockford_text(value: int, width: int) -> str:
    out = []
    for _ in range(width):
        value, digit = divmod(value, 32)
        out.append(CROCKFORD[digit])
    return "".join(reversed(out))


# --- vectorised -----------------------------------------------------------------------------------

def decimal_text(values: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Zero-padded ASCII digits (n, width) of uint64 values < 10^width, and each value's Damm
    interim over those digits (so the Damm check digit of the text)."""
    n = values.shape[0]
    out = np.empty((n, width), dtype=np.uint8)
    groups: list[tuple[int, np.ndarray]] = []
    rest = values.astype(np.uint64, copy=True)
    end = width
    while end > 0:
        size = min(_GROUP, end)
        rest, group = np.divmod(rest, np.uint64(_GROUP_MOD))
        group = group.astype(np.intp)
        out[:, end - size:end] = DIGITS4[group, _GROUP - size:]
        groups.append((size, group))
        end -= size
    interim = np.zeros(n, dtype=np.uint8)
    for size, group in reversed(groups):
        if size == _GROUP:
            interim = DAMM4[interim, group]
        else:  # the leading partial group: its digits one by one
            for col in range(_GROUP - size, _GROUP):
                interim = DAMM[interim, DIGITS4[group, col] - 48]
    return out, interim


def damm_text(values: np.ndarray, width: int) -> np.ndarray:
    """Payload digits (width) followed by their Damm check digit: (n, width + 1) ASCII."""
    digits, interim = decimal_text(values, width)
    return np.concatenate([digits, (interim + 48)[:, None]], axis=1)


def crockford_array(values: np.ndarray, width: int) -> np.ndarray:
    """Crockford base-32 text (n, width) of values < 32^width, plus the mod-37 check symbol."""
    n = values.shape[0]
    out = np.empty((n, width + 1), dtype=np.uint8)
    v = values.astype(np.uint64)
    end = width
    while end > 0:
        size = min(2, end)
        pair = (v & np.uint64(1023)).astype(np.intp)
        v = v >> np.uint64(10)
        out[:, end - size:end] = _PAIRS[pair, 2 - size:]
        end -= size
    out[:, width] = _CROCK_ASCII[(values % np.uint64(37)).astype(np.intp)]
    return out


def gs1_text(prefix: str, values: np.ndarray, width: int) -> np.ndarray:
    """`prefix` + zero-padded values (width digits) + GS1 check digit: (n, len+width+1) ASCII."""
    digits, _ = decimal_text(values, width)
    body_len = len(prefix) + width
    # Weight of position i (from the left) in a body of body_len digits: 3 for the last, then 1…
    weights = np.array([3 if (body_len - 1 - i) % 2 == 0 else 1 for i in range(body_len)],
                       dtype=np.int64)
    fixed = sum(int(ch) * int(w) for ch, w in zip(prefix, weights, strict=False))
    total = (digits.astype(np.int64) - 48) @ weights[len(prefix):] + fixed
    check = ((10 - total % 10) % 10 + 48).astype(np.uint8)
    head = np.broadcast_to(np.frombuffer(prefix.encode(), dtype=np.uint8),
                           (values.shape[0], len(prefix)))
    return np.concatenate([head, digits, check[:, None]], axis=1)


def damm_valid_array(text: np.ndarray) -> np.ndarray:
    """Which rows of an (n, width) ASCII digit array pass the Damm check."""
    interim = np.zeros(text.shape[0], dtype=np.uint8)
    for col in range(text.shape[1]):
        interim = DAMM[interim, text[:, col] - 48]
    return np.asarray(interim == 0)
