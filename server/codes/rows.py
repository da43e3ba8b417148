"""What gets printed for a batch's codes — code, URL, GS1 element string, roll, verification code —
one code at a time for lookups and labels, or as CSV blocks for the print-shop file.

CSV rows are assembled as fixed-width numpy byte arrays (constant parts broadcast, codes and
digits from vectorised encoders); variable-width numbers are padded with NUL bytes that are
dropped in one pass, so no Python code runs per row. Values never need CSV quoting: codes, digits
and validated URLs hold no comma, quote or line break.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from server.codes import checks, verification
from server.codes.formats import Codec, Kind

COLUMNS = ("serial", "code", "url", "verification_code", "roll", "element_string")
BLOCK = 65_536  # codes per CSV block: large enough that numpy, not Python, does the work
FNC1 = "\x1d"


@dataclass(frozen=True)
class BatchCodes:
    """Everything needed to print a batch's codes (serials are 1-based positions in the batch)."""

    codec: Codec
    seq_start: int
    count: int
    labels_per_roll: int
    gtin: str = ""  # GS1 items and cases: the GTIN-14 printed as AI (01)
    url_base: str = ""
    digital_link: bool = False
    verification_key: bytes | None = None
    verification_digits: int = 0

    @property
    def kind(self) -> Kind:
        return self.codec.space.kind

    def roll(self, serial: int) -> int:
        return (serial - 1) // self.labels_per_roll + 1

    def seq(self, serial: int) -> int:
        return self.seq_start + serial - 1

    def code(self, serial: int) -> str:
        return self.codec.encode(self.seq(serial))

    def codes(self, first: int, last: int) -> list[str]:
        """The codes of serials first..last (vectorised)."""
        block = self.codec.encode_array(self._seqs(first, last))
        width = block.shape[1]
        blob = block.tobytes().decode("ascii")
        return [blob[i:i + width] for i in range(0, len(blob), width)]

    def url(self, code: str) -> str:
        """What goes into the QR code: base + code, or a GS1 Digital Link URI."""
        if self.digital_link and self.kind is Kind.GS1:
            return f"{self.url_base.rstrip('/')}/01/{self.gtin}/21/{code}"
        if self.digital_link and self.kind is Kind.SSCC:
            return f"{self.url_base.rstrip('/')}/00/{code}"
        return self.url_base + code

    def element_string(self, code: str, *, human: bool) -> str:
        """GS1 element string: '(01)…(21)…' for people, '01…21…' (FNC1 as GS where a
        variable-length field is followed by another) for symbols; '' outside GS1."""
        if self.kind is Kind.GS1:
            # (21) is variable-length and comes last, so no separator follows it.
            return f"(01){self.gtin}(21){code}" if human else f"01{self.gtin}21{code}"
        if self.kind is Kind.SSCC:
            return f"(00){code}" if human else f"00{code}"
        return ""

    def verification(self, serial: int) -> str:
        if self.verification_key is None or not self.verification_digits:
            return ""
        return verification.code(self.verification_key, self.seq(serial),
                                 self.verification_digits)

    def verifications(self, first: int, last: int) -> list[str]:
        if self.verification_key is None or not self.verification_digits:
            return [""] * (last - first + 1)
        block = verification.codes_array(self.verification_key, self._seqs(first, last),
                                         self.verification_digits)
        blob = block.tobytes().decode("ascii")
        d = self.verification_digits
        return [blob[i:i + d] for i in range(0, len(blob), d)]

    def _seqs(self, first: int, last: int) -> np.ndarray:
        return np.arange(self.seq(first), self.seq(last) + 1, dtype=np.uint64)

    # --- CSV ------------------------------------------------------------------------------------

    def csv(self, columns: Sequence[str], first: int, last: int,
            block: int = BLOCK) -> Iterator[tuple[bytes, int]]:
        """The CSV file (UTF-8, header row) of serials first..last with these columns, in
        blocks: (bytes, codes in the block)."""
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown or not columns:
            raise ValueError(f"unknown columns {unknown}")
        yield (",".join(columns) + "\n").encode(), 0
        for start in range(first, last + 1, block):
            end = min(start + block - 1, last)
            yield self._csv_block(columns, start, end), end - start + 1

    def _csv_block(self, columns: Sequence[str], first: int, last: int) -> bytes:
        n = last - first + 1
        serials = np.arange(first, last + 1, dtype=np.uint64)
        seqs = serials - np.uint64(1) + np.uint64(self.seq_start)
        code = self.codec.encode_array(seqs)
        parts: list[np.ndarray] = []
        padded = False
        for i, column in enumerate(columns):
            if i:
                parts.append(_const(",", n))
            if column == "serial":
                parts.append(_unpadded(serials, last))
                padded = True
            elif column == "roll":
                rolls = (serials - np.uint64(1)) // np.uint64(self.labels_per_roll) + 1
                parts.append(_unpadded(rolls, self.roll(last)))
                padded = True
            elif column == "code":
                parts.append(code)
            elif column == "url":
                parts.extend(self._url_parts(code, n))
            elif column == "element_string":
                parts.extend(self._element_parts(code, n))
            elif (column == "verification_code" and self.verification_key is not None
                  and self.verification_digits):
                parts.append(verification.codes_array(self.verification_key, seqs,
                                                      self.verification_digits))
        parts.append(_const("\n", n))
        rows = np.concatenate([p for p in parts if p.shape[1]], axis=1)
        if padded:
            flat = rows.reshape(-1)
            return flat[flat != 0].tobytes()
        return rows.tobytes()

    def _url_parts(self, code: np.ndarray, n: int) -> list[np.ndarray]:
        if self.digital_link and self.kind is Kind.GS1:
            base = self.url_base.rstrip("/")
            return [_const(f"{base}/01/{self.gtin}/21/", n), code]
        if self.digital_link and self.kind is Kind.SSCC:
            return [_const(f"{self.url_base.rstrip('/')}/00/", n), code]
        return [_const(self.url_base, n), code]

    def _element_parts(self, code: np.ndarray, n: int) -> list[np.ndarray]:
        if self.kind is Kind.GS1:
            return [_const(f"(01){self.gtin}(21)", n), code]
        if self.kind is Kind.SSCC:
            return [_const("(00)", n), code]
        return []


def _const(text: str, n: int) -> np.ndarray:
    row = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    return np.broadcast_to(row, (n, row.shape[0]))


def _unpadded(values: np.ndarray, largest: int) -> np.ndarray:
    """Decimal digits with the leading zeros turned into NUL (dropped later); 0 shows as '0'."""
    width = len(str(largest))
    digits, _ = checks.decimal_text(values, width)
    leading = np.cumprod(digits[:, :-1] == ord("0"), axis=1).astype(bool)
    digits[:, :-1][leading] = 0
    return digits
