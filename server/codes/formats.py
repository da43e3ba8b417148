"""Code spaces and their codecs: sequence number ⇄ printed code.

A code space is where a tenant's sequence numbers are allocated and what one key permutes:

- `digits/L` (L = 16…20): L digits, L−1 of payload and a Damm check digit; domain 10^(L−1),
  capacity 10^(L−10): 10^6 codes at L = 16 … 10^10 at L = 20.
- `short/13`: 12 Crockford base-32 characters and the mod-37 check symbol; domain 32^12 = 2^60,
  capacity 1,152,921,504.
- `gs1/L` (L = 16…20): the AI (21) serial of items and cases, built like `digits/L`; the GTIN (01)
  comes from the batch's product. Same domain and capacity as `digits/L`.
- `sscc/E/P`: SSCC-18 = extension digit E + GS1 company prefix P (7–10 digits) + serial reference
  + GS1 check digit; domain 10^(16−len(P)), all of which may be issued.

Capacity: a code is unguessable when a random well-formed guess hits an issued code with
probability at most 1e-9, so a space holds at most domain / 10^9 codes; issuing beyond is refused.
SSCCs are logistics labels whose structure GS1 fixes (company prefix + serial reference): they are
permuted so that they leak no sequence, but the space is too small to make them secret, and every
serial reference may be issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from server.codes import checks
from server.codes.permutation import Permutation

GUESS_ODDS = 10**9  # a random well-formed guess is valid with probability <= 1 / GUESS_ODDS
DIGITS_LENGTHS = range(16, 21)
DEFAULT_LENGTH = 20
SHORT_LENGTH = 13  # 12 characters + check symbol
SSCC_LENGTH = 18
GS1_PREFIX_LENGTHS = range(7, 11)


class Kind(Enum):
    DIGITS = "digits"
    SHORT = "short"
    GS1 = "gs1"    # items and cases: the AI (21) serial next to the product's GTIN
    SSCC = "sscc"  # pallets


class Malformed(ValueError):
    """Text that cannot be a code of the space: wrong length, characters or check character."""


@dataclass(frozen=True)
class Space:
    """One code space of a tenant; `key` names it in the database and tweaks the permutation."""

    kind: Kind
    length: int       # characters of the printed code (of the serial for GS1), check included
    prefix: str = ""  # SSCC: extension digit + GS1 company prefix

    @staticmethod
    def digits(length: int) -> Space:
        if length not in DIGITS_LENGTHS:
            raise ValueError(f"digit codes have 16..20 digits, not {length}")
        return Space(Kind.DIGITS, length)

    @staticmethod
    def short() -> Space:
        return Space(Kind.SHORT, SHORT_LENGTH)

    @staticmethod
    def gs1(length: int = DEFAULT_LENGTH) -> Space:
        if length not in DIGITS_LENGTHS:
            raise ValueError(f"GS1 serials have 16..20 digits, not {length}")
        return Space(Kind.GS1, length)

    @staticmethod
    def sscc(extension: int, company_prefix: str) -> Space:
        if not 0 <= extension <= 9:
            raise ValueError("the SSCC extension digit is 0..9")
        if len(company_prefix) not in GS1_PREFIX_LENGTHS or not company_prefix.isdigit():
            raise ValueError("a GS1 company prefix has 7..10 digits")
        return Space(Kind.SSCC, SSCC_LENGTH, f"{extension}{company_prefix}")

    @staticmethod
    def parse(key: str) -> Space:
        """The space a stored key names (inverse of `key`)."""
        parts = key.split("/")
        kind = Kind(parts[0])
        if kind is Kind.SSCC:
            return Space.sscc(int(parts[1]), parts[2])
        if kind is Kind.SHORT:
            return Space.short()
        return Space(kind, int(parts[1]))

    @property
    def key(self) -> str:
        if self.kind is Kind.SSCC:
            return f"sscc/{self.prefix[0]}/{self.prefix[1:]}"
        return f"{self.kind.value}/{self.length}"

    @property
    def payload_width(self) -> int:
        """Digits (or base-32 characters) that the permutation fills."""
        if self.kind is Kind.SSCC:
            return SSCC_LENGTH - 1 - len(self.prefix)
        return self.length - 1

    @property
    def domain(self) -> int:
        if self.kind is Kind.SHORT:
            return 32**self.payload_width
        return 10**self.payload_width

    @property
    def capacity(self) -> int:
        """How many codes the space may hold (see the module docstring)."""
        if self.kind is Kind.SSCC:
            return self.domain
        return self.domain // GUESS_ODDS


def payload(space: Space, text: str) -> int:
    """The permuted value a code of the space carries (no key needed); Malformed unless its
    length, characters and check character fit."""
    if space.kind is Kind.SHORT:
        text = checks.crockford_normalise(text)
        if len(text) != space.length:
            raise Malformed(f"{space.length} characters expected")
        value = checks.crockford_value(text[:-1])
        if value is None:
            raise Malformed("not Crockford base 32")
        if checks.crockford_check(value) != text[-1]:
            raise Malformed("check character")
        return value
    if len(text) != space.length or not (text.isascii() and text.isdigit()):
        raise Malformed(f"{space.length} digits expected")
    if space.kind is Kind.SSCC:
        if not text.startswith(space.prefix):
            raise Malformed("another company prefix")
        if checks.gs1_mod10(text[:-1]) != text[-1]:
            raise Malformed("check digit")
        return int(text[len(space.prefix):-1])
    if not checks.damm_valid(text):
        raise Malformed("check digit")
    return int(text[:-1])


class Codec:
    """Encodes sequence numbers of one space as printed codes and decodes them back."""

    def __init__(self, space: Space, key: bytes) -> None:
        self.space = space
        self.permutation = Permutation(key, space.domain)

    # --- encode ---------------------------------------------------------------------------------

    def encode_array(self, seqs: np.ndarray) -> np.ndarray:
        """Codes of the sequence numbers as an (n, length) ASCII array."""
        values = self.permutation.encrypt(seqs)
        width = self.space.payload_width
        if self.space.kind is Kind.SHORT:
            return checks.crockford_array(values, width)
        if self.space.kind is Kind.SSCC:
            return checks.gs1_text(self.space.prefix, values, width)
        return checks.damm_text(values, width)

    def encode(self, seq: int) -> str:
        value = self.permutation.encrypt_one(seq)
        width = self.space.payload_width
        if self.space.kind is Kind.SHORT:
            return checks.crockford_text(value, width) + checks.crockford_check(value)
        body = f"{value:0{width}d}"
        if self.space.kind is Kind.SSCC:
            body = self.space.prefix + body
            return body + checks.gs1_mod10(body)
        return body + checks.damm(body)

    # --- decode ---------------------------------------------------------------------------------

    def payload(self, text: str) -> int:
        return payload(self.space, text)

    def decode(self, text: str) -> int:
        """The sequence number a code stands for (any number of the domain: whether it was
        issued is the batch table's business)."""
        return self.permutation.decrypt_one(self.payload(text))

    def decode_array(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised decode of an (n, length) ASCII digit array (DIGITS/GS1 spaces): the
        sequence numbers and which rows were well-formed (others get 0)."""
        if self.space.kind not in (Kind.DIGITS, Kind.GS1):
            raise ValueError("vectorised decoding is for digit codes")
        ok = np.all((codes >= 48) & (codes <= 57), axis=1)
        ok &= checks.damm_valid_array(np.where(ok[:, None], codes, 48))
        payload = np.zeros(codes.shape[0], dtype=np.uint64)
        for col in range(codes.shape[1] - 1):
            payload = payload * np.uint64(10) + (codes[:, col] - 48).astype(np.uint64)
        payload[~ok] = 0
        return self.permutation.decrypt(payload), ok
