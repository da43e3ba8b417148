"""Verification codes (内包装验证码): 4–8 digits per code, recomputed from the tenant's
verification key and the code's sequence number whenever they are needed, never stored.

The code of sequence number s is AES-256(K, s ‖ marker) read as a 64-bit number mod 10^digits,
where K = HMAC-SHA256(tenant verification key, space). AES under an HMAC-derived key is a PRF just
as HMAC is, and one AES call covers a whole chunk of codes: a million verification codes take
milliseconds, where a million HMAC calls from Python take over a second.
"""

from __future__ import annotations

import struct

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from server.codes import checks

MIN_DIGITS, MAX_DIGITS = 4, 8
MARKER = 0x56455249 << 32  # "VERI"
_U64 = np.dtype("<u8")


def _encryptor(key: bytes) -> object:
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def codes_array(key: bytes, seqs: np.ndarray, digits: int) -> np.ndarray:
    """Verification codes of the sequence numbers: (n, digits) ASCII."""
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise ValueError("verification codes have 4..8 digits")
    block = np.empty((seqs.shape[0], 2), dtype=_U64)
    block[:, 0] = seqs
    block[:, 1] = MARKER | digits
    out = _encryptor(key).update(block.reshape(-1).view(np.uint8))  # type: ignore[attr-defined]
    values = np.frombuffer(out, dtype=_U64)[0::2] % np.uint64(10**digits)
    text, _ = checks.decimal_text(values, digits)
    return text


def code(key: bytes, seq: int, digits: int) -> str:
    """One verification code (the same as `codes_array` gives for that sequence number)."""
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise ValueError("verification codes have 4..8 digits")
    out = _encryptor(key).update(struct.pack("<QQ", seq, MARKER | digits))  # type: ignore[attr-defined]
    value = struct.unpack_from("<Q", out)[0] % 10**digits
    return f"{value:0{digits}d}"
