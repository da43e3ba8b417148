"""Code formats: every code decodes to its own sequence number, codes are distinct, random
well-formed guesses miss, and the check character catches typing mistakes."""

from __future__ import annotations

import numpy as np
import pytest

from server.codes import checks, vault
from server.codes.formats import Codec, Kind, Malformed, Space

TENANT_KEY = bytes(range(100, 132))
SPACES = [Space.digits(16), Space.digits(18), Space.digits(20), Space.short(), Space.gs1(20),
          Space.sscc(0, "6901234"), Space.sscc(3, "6901234567")]


def codec(space: Space, key: bytes = TENANT_KEY) -> Codec:
    return Codec(space, vault.space_key(key, space.key))


def texts(block: np.ndarray) -> list[str]:
    width = block.shape[1]
    blob = block.tobytes().decode("ascii")
    return [blob[i:i + width] for i in range(0, len(blob), width)]


def test_space_domains_and_capacities() -> None:
    assert Space.digits(16).capacity == 10**6
    assert Space.digits(20).capacity == 10**10
    assert Space.short().domain == 2**60 and Space.short().capacity == 2**60 // 10**9
    assert Space.gs1(20).capacity == 10**10
    assert Space.sscc(0, "6901234").domain == Space.sscc(0, "6901234").capacity == 10**9
    assert Space.sscc(0, "6901234567").domain == 10**6
    for space in SPACES:
        assert Space.parse(space.key) == space
    with pytest.raises(ValueError):
        Space.digits(15)
    with pytest.raises(ValueError):
        Space.sscc(0, "123456")


@pytest.mark.parametrize("space", SPACES, ids=lambda s: s.key)
def test_a_100k_batch_decodes_back_and_is_distinct(space: Space) -> None:
    c = codec(space)
    seq_start = 777_000 if space.kind is not Kind.SSCC else 1_000
    seqs = np.arange(seq_start, seq_start + 100_000, dtype=np.uint64)
    codes = texts(c.encode_array(seqs))
    assert len(set(codes)) == 100_000
    assert all(len(code) == space.length for code in codes)
    if space.kind in (Kind.DIGITS, Kind.GS1):
        decoded, ok = c.decode_array(c.encode_array(seqs))
        assert ok.all() and np.array_equal(decoded, seqs)
    for i in range(0, 100_000, 997):  # the scalar paths, as lookups use them
        assert c.decode(codes[i]) == seq_start + i
        assert c.encode(seq_start + i) == codes[i]
    if space.kind is Kind.SSCC:
        assert all(code.startswith(space.prefix) for code in codes[:100])


def test_sscc_and_gtin_check_digits_agree_with_gs1() -> None:
    from server import gs1

    c = codec(Space.sscc(0, "6901234"))
    for code in texts(c.encode_array(np.arange(5_000, dtype=np.uint64))):
        assert gs1.validate_sscc(code) == code
        assert checks.gs1_mod10(code[:-1]) == gs1.check_digit(code[:-1])
    for gtin in ("06901234567892", "6901234567908", "416000336108", "02345673"):
        assert checks.gs1_mod10(gtin[:-1]) == gtin[-1]


def test_a_million_random_well_formed_guesses_are_refused() -> None:
    """A full DIGITS-16 space (10^6 codes issued: its whole capacity) against 10^6 random
    16-digit strings with a correct check digit: none decodes to an issued sequence number."""
    space = Space.digits(16)
    c = codec(space)
    rng = np.random.default_rng(20261122)
    payloads = rng.integers(0, space.domain, 1_000_000, dtype=np.uint64)
    guesses = checks.damm_text(payloads, space.payload_width)
    seqs, ok = c.decode_array(guesses)
    assert ok.all()  # well-formed: they pass the check digit
    assert int(np.count_nonzero(seqs < np.uint64(space.capacity))) == 0


def test_random_short_and_gs1_guesses_miss() -> None:
    rng = np.random.default_rng(7)
    for space in (Space.short(), Space.gs1(20), Space.digits(20)):
        c = codec(space)
        payloads = rng.integers(0, space.domain, 1_000_000, dtype=np.uint64)
        seqs = c.permutation.decrypt(payloads)
        assert int(np.count_nonzero(seqs < np.uint64(space.capacity))) == 0


def _single_changes(code: str, alphabet: str) -> list[str]:
    return [code[:i] + ch + code[i + 1:] for i in range(len(code)) for ch in alphabet
            if ch != code[i]]


def _adjacent_swaps(code: str) -> list[str]:
    return [code[:i] + code[i + 1] + code[i] + code[i + 2:] for i in range(len(code) - 1)
            if code[i] != code[i + 1]]


@pytest.mark.parametrize("space", [Space.digits(16), Space.digits(20), Space.gs1(18)],
                         ids=lambda s: s.key)
def test_damm_catches_every_single_error_and_adjacent_swap(space: Space) -> None:
    c = codec(space)
    codes = texts(c.encode_array(np.arange(400, dtype=np.uint64)))
    typos = [t for code in codes for t in _single_changes(code, "0123456789")
             + _adjacent_swaps(code)]
    assert len(typos) > 50_000
    block = np.frombuffer("".join(typos).encode(), dtype=np.uint8).reshape(len(typos), -1)
    _, ok = c.decode_array(block)
    assert not ok.any()
    for typo in typos[::500]:
        with pytest.raises(Malformed):
            c.decode(typo)


def test_crockford_check_catches_every_single_error_and_adjacent_swap() -> None:
    c = codec(Space.short())
    codes = texts(c.encode_array(np.arange(300, dtype=np.uint64)))
    checked = 0
    for code in codes:
        for typo in _single_changes(code, checks.CROCKFORD_CHECK) + _adjacent_swaps(code):
            with pytest.raises(Malformed):
                c.payload(typo)
            checked += 1
    assert checked > 100_000


def test_short_codes_forgive_case_hyphens_and_lookalikes() -> None:
    c = codec(Space.short())
    for seq in range(2_000):
        code = c.encode(seq)
        assert c.decode(code.lower()) == seq
        assert c.decode(f"{code[:4]}-{code[4:8]} {code[8:]}") == seq
        sloppy = code[:-1].replace("1", "l").replace("0", "O") + code[-1]
        assert c.decode(sloppy) == seq
    with pytest.raises(Malformed):
        c.decode("U" * 13)  # U is only a check symbol
    with pytest.raises(Malformed):
        c.decode("0" * 12)


def test_wrong_lengths_and_characters_are_malformed() -> None:
    c = codec(Space.digits(18))
    code = c.encode(42)
    for bad in (code[:-1], code + "0", code[:5] + "x" + code[6:], "", "١" * 18):
        with pytest.raises(Malformed):
            c.decode(bad)
    sscc = codec(Space.sscc(0, "6901234"))
    other = codec(Space.sscc(0, "6901235")).encode(5)
    with pytest.raises(Malformed):
        sscc.decode(other)  # another company prefix


def test_tenants_keys_make_different_codes() -> None:
    mine = codec(Space.digits(20))
    theirs = codec(Space.digits(20), bytes(32))
    seqs = np.arange(10_000, dtype=np.uint64)
    a, b = texts(mine.encode_array(seqs)), texts(theirs.encode_array(seqs))
    assert not set(a) & set(b)
    decoded = [theirs.decode(code) for code in a[:2000]]
    assert all(seq >= Space.digits(20).capacity for seq in decoded)
