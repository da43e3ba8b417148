"""Print data: CSV blocks agree with the one-code-at-a-time functions, verification codes are
stable and well spread, URLs and element strings have the right shapes."""

from __future__ import annotations

import csv
import io
from collections import Counter

import numpy as np
import pytest

from server.codes import vault, verification
from server.codes.formats import Codec, Space
from server.codes.printed import readings
from server.codes.rows import COLUMNS, BatchCodes

KEY = bytes(range(32))
VKEY = vault.verification_space_key(bytes(range(5, 37)), "digits/20")
BASE = "https://m.fengyuan.example/c/"
GTIN = "06901234567892"


def batch(space: Space, **kw: object) -> BatchCodes:
    values: dict[str, object] = {"seq_start": 5_000, "count": 25_000, "labels_per_roll": 1000,
                                 "url_base": BASE}
    values.update(kw)
    return BatchCodes(Codec(space, vault.space_key(KEY, space.key)), **values)  # type: ignore[arg-type]


def parse(b: BatchCodes, columns: list[str], first: int, last: int, block: int) -> list[list[str]]:
    data = b"".join(chunk for chunk, _ in b.csv(columns, first, last, block=block))
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_csv_matches_the_scalar_functions() -> None:
    b = batch(Space.digits(20), verification_key=VKEY, verification_digits=6)
    rows = parse(b, list(COLUMNS), 990, 12_345, block=4096)
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 1 + 12_345 - 990 + 1
    for row in [*rows[1::613], rows[1], rows[-1]]:
        serial = int(row[0])
        code = b.code(serial)
        assert row == [str(serial), code, BASE + code, b.verification(serial),
                       str(b.roll(serial)), ""]
    assert [int(r[0]) for r in rows[1:]] == list(range(990, 12_346))
    assert rows[1][4] == "1" and rows[-1][4] == "13"


def test_csv_columns_in_any_order_and_subset() -> None:
    b = batch(Space.short())
    rows = parse(b, ["code", "serial"], 1, 100, block=7)
    assert rows[0] == ["code", "serial"]
    assert rows[1:] == [[b.code(s), str(s)] for s in range(1, 101)]
    with pytest.raises(ValueError):
        list(b.csv(["code", "colour"], 1, 2))


def test_gs1_items_and_pallets() -> None:
    item = batch(Space.gs1(20), gtin=GTIN, digital_link=True, url_base="https://id.example/")
    code = item.code(7)
    assert item.url(code) == f"https://id.example/01/{GTIN}/21/{code}"
    assert item.element_string(code, human=True) == f"(01){GTIN}(21){code}"
    assert item.element_string(code, human=False) == f"01{GTIN}21{code}"
    rows = parse(item, ["url", "element_string"], 1, 50, block=16)
    assert rows[7] == [item.url(code), f"(01){GTIN}(21){code}"]
    assert readings(rows[7][0])[0].text == code
    pallet = batch(Space.sscc(0, "6901234"), digital_link=True, url_base="https://id.example")
    sscc = pallet.code(3)
    assert pallet.url(sscc) == f"https://id.example/00/{sscc}"
    assert pallet.element_string(sscc, human=False) == f"00{sscc}"
    plain = batch(Space.gs1(20), gtin=GTIN)
    assert plain.url(code) == BASE + code


def test_verification_codes_vector_equals_scalar_and_spread() -> None:
    seqs = np.arange(100_000, dtype=np.uint64)
    for digits in (4, 6, 8):
        block = verification.codes_array(VKEY, seqs, digits)
        texts = block.tobytes().decode()
        values = [texts[i:i + digits] for i in range(0, len(texts), digits)]
        for seq in range(0, 100_000, 4999):
            assert verification.code(VKEY, seq, digits) == values[seq]
        if digits == 4:  # 100,000 draws over 10,000 values: each value about 10 times (Poisson)
            counts = Counter(values)
            assert len(counts) > 9_980 and max(counts.values()) < 35
    other = vault.verification_space_key(bytes(range(5, 37)), "digits/16")
    assert verification.code(VKEY, 1, 8) != verification.code(other, 1, 8)
    with pytest.raises(ValueError):
        verification.code(VKEY, 1, 3)


def test_codes_and_verifications_lists() -> None:
    b = batch(Space.digits(16), verification_key=VKEY, verification_digits=5)
    assert b.codes(10, 20) == [b.code(s) for s in range(10, 21)]
    assert b.verifications(10, 12) == [b.verification(s) for s in range(10, 13)]
    assert batch(Space.digits(16)).verifications(1, 3) == ["", "", ""]
