"""A keyed pseudorandom permutation of the integers [0, N): an alternating Feistel network whose
round function is AES-256, with cycle-walking when the two halves cover more than N.

The domain is split into a × b ≥ N (exactly N for powers of ten and of two, the formats' domains).
A number x is the pair (x // b, x % b); even rounds add F(round, right) to the left half mod a, odd
rounds add F(round, left) to the right half mod b (the FF1 structure with fixed half sizes). F is
AES-256 of the 16-byte block (value, round) taking the first 8 bytes mod the half's size.

`encrypt` works on numpy arrays with one AES call per round for the whole array (AES-NI does the
work; Python touches no single code), `encrypt_one`/`decrypt_one` on single numbers for lookups.
The key is per tenant and per code space (derived by the caller), which is the tweak.
"""

from __future__ import annotations

import math
import struct

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROUNDS = 10  # as FF1; enough margin for domains as small as 10^6
MARKER = 0x59494D41 << 32  # "YIMA" in the upper bytes of the round word
_U64 = np.dtype("<u8")
_BLOCK = struct.Struct("<QQ")
_WORD = struct.Struct("<Q")
MIN_DOMAIN = 100
BLOCK = 65_536
MAX_DOMAIN = 10**19  # DIGITS-20; a * b and the sums stay below 2^64


def _split(domain: int) -> tuple[int, int]:
    """Two sides a >= b with a * b >= domain; exact for powers of ten and two."""
    for base in (10, 2):
        k = round(math.log(domain, base))
        if base**k == domain:
            return base ** ((k + 1) // 2), base ** (k // 2)
    side = math.isqrt(domain - 1) + 1
    return side, side


class Permutation:
    """A bijection of [0, domain) keyed by a 32-byte AES key."""

    def __init__(self, key: bytes, domain: int, rounds: int = ROUNDS) -> None:
        if len(key) != 32:
            raise ValueError("AES-256 needs a 32-byte key")
        if not MIN_DOMAIN <= domain <= MAX_DOMAIN:
            raise ValueError(f"domain {domain} outside {MIN_DOMAIN}..10^19")
        self.key = key
        self.domain = domain
        self.rounds = rounds
        self.a, self.b = _split(domain)
        self.walks = self.a * self.b != domain  # cycle-walking needed

    def _cipher(self) -> object:
        # One encryptor per call: encryptor contexts are not thread-safe and cost ~3 µs.
        return Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()

    # --- arrays -------------------------------------------------------------------------------

    def _round_values(self, enc: object, values: np.ndarray, rnd: int, size: int) -> np.ndarray:
        block = np.empty((values.shape[0], 2), dtype=_U64)
        block[:, 0] = values
        block[:, 1] = MARKER | rnd
        out = enc.update(block.reshape(-1).view(np.uint8))  # type: ignore[attr-defined]
        return np.frombuffer(out, dtype=_U64)[0::2] % np.uint64(size)

    def _forward(self, enc: object, x: np.ndarray) -> np.ndarray:
        a, b = np.uint64(self.a), np.uint64(self.b)
        left, right = x // b, x % b
        for rnd in range(self.rounds):
            if rnd % 2 == 0:
                left = (left + self._round_values(enc, right, rnd, self.a)) % a
            else:
                right = (right + self._round_values(enc, left, rnd, self.b)) % b
        return left * b + right

    def _backward(self, enc: object, y: np.ndarray) -> np.ndarray:
        a, b = np.uint64(self.a), np.uint64(self.b)
        left, right = y // b, y % b
        for rnd in reversed(range(self.rounds)):
            if rnd % 2 == 0:
                left = (left + a - self._round_values(enc, right, rnd, self.a)) % a
            else:
                right = (right + b - self._round_values(enc, left, rnd, self.b)) % b
        return left * b + right

    def _walk(self, step: object, values: np.ndarray) -> np.ndarray:
        enc = self._cipher()
        if values.shape[0] <= BLOCK:
            out = step(enc, values)  # type: ignore[operator]
        else:  # blocks that stay in the CPU cache run about twice as fast
            out = np.concatenate([step(enc, values[i:i + BLOCK])  # type: ignore[operator]
                                  for i in range(0, values.shape[0], BLOCK)])
        if self.walks:
            limit = np.uint64(self.domain)
            todo = np.nonzero(out >= limit)[0]
            while todo.size:  # expected steps per value: a*b/N < 2
                out[todo] = step(enc, out[todo])  # type: ignore[operator]
                todo = todo[out[todo] >= limit]
        return out

    def _check(self, values: np.ndarray) -> np.ndarray:
        values = np.ascontiguousarray(values, dtype=_U64)
        if values.size and int(values.max()) >= self.domain:
            raise ValueError("value outside the permutation's domain")
        return values

    def encrypt(self, values: np.ndarray) -> np.ndarray:
        """The permuted images of an array of numbers in [0, domain), as uint64."""
        return self._walk(self._forward, self._check(values))

    def decrypt(self, values: np.ndarray) -> np.ndarray:
        """The inverse of `encrypt`."""
        return self._walk(self._backward, self._check(values))

    # --- single values (lookups) ----------------------------------------------------------------

    def _f(self, enc: object, value: int, rnd: int, size: int) -> int:
        out = enc.update(_BLOCK.pack(value, MARKER | rnd))  # type: ignore[attr-defined]
        return int(_WORD.unpack_from(out)[0] % size)

    def encrypt_one(self, value: int) -> int:
        if not 0 <= value < self.domain:
            raise ValueError("value outside the permutation's domain")
        enc = self._cipher()
        while True:
            left, right = divmod(value, self.b)
            for rnd in range(self.rounds):
                if rnd % 2 == 0:
                    left = (left + self._f(enc, right, rnd, self.a)) % self.a
                else:
                    right = (right + self._f(enc, left, rnd, self.b)) % self.b
            value = left * self.b + right
            if value < self.domain:
                return value

    def decrypt_one(self, value: int) -> int:
        if not 0 <= value < self.domain:
            raise ValueError("value outside the permutation's domain")
        enc = self._cipher()
        while True:
            left, right = divmod(value, self.b)
            for rnd in reversed(range(self.rounds)):
                if rnd % 2 == 0:
                    left = (left - self._f(enc, right, rnd, self.a)) % self.a
                else:
                    right = (right - self._f(enc, left, rnd, self.b)) % self.b
            value = left * self.b + right
            if value < self.domain:
                return value
