"""The keyed permutation: a bijection of its domain; vector and scalar paths agree."""

from __future__ import annotations

import numpy as np
import pytest

from server.codes.permutation import Permutation

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


@pytest.mark.parametrize("domain", [10**6, 10**15, 10**19, 2**60, 10**6 + 3, 1000, 12_345])
def test_encrypt_and_decrypt_are_inverses(domain: int) -> None:
    perm = Permutation(KEY, domain)
    n = min(domain, 200_000)
    rng = np.random.default_rng(domain % 2**32)
    values = np.unique(np.concatenate([
        np.arange(n // 2, dtype=np.uint64),
        rng.integers(0, domain, n // 2, dtype=np.uint64),
        np.array([domain - 1], dtype=np.uint64)]))
    images = perm.encrypt(values)
    assert int(images.max()) < domain
    assert np.unique(images).size == values.size  # injective
    assert np.array_equal(perm.decrypt(images), values)
    for i in range(0, values.size, max(1, values.size // 50)):
        assert perm.encrypt_one(int(values[i])) == int(images[i])
        assert perm.decrypt_one(int(images[i])) == int(values[i])


def test_small_domain_is_a_permutation() -> None:
    """Every value of a domain that needs cycle-walking lands exactly once."""
    perm = Permutation(KEY, 12_345)
    assert perm.walks
    images = perm.encrypt(np.arange(12_345, dtype=np.uint64))
    assert np.array_equal(np.sort(images), np.arange(12_345, dtype=np.uint64))


def test_keys_give_different_permutations() -> None:
    values = np.arange(10_000, dtype=np.uint64)
    a = Permutation(KEY, 10**15).encrypt(values)
    b = Permutation(OTHER_KEY, 10**15).encrypt(values)
    assert np.count_nonzero(a == b) == 0
    # Consecutive inputs give no visible order: about half the neighbours go down.
    downs = np.count_nonzero(np.diff(a.astype(np.float64)) < 0)
    assert 4_500 < downs < 5_500


def test_values_outside_the_domain_are_refused() -> None:
    perm = Permutation(KEY, 10**6)
    with pytest.raises(ValueError):
        perm.encrypt(np.array([10**6], dtype=np.uint64))
    with pytest.raises(ValueError):
        perm.decrypt_one(10**6)
    with pytest.raises(ValueError):
        Permutation(b"short", 10**6)


def test_a_million_codes_in_one_call_are_distinct_and_decode_one_by_one() -> None:
    """The bulk path used at issuance agrees with the one-code path used at lookup."""
    perm = Permutation(KEY, 10**19)
    values = np.arange(1_000_000, dtype=np.uint64)
    images = perm.encrypt(values)
    assert np.unique(images).size == values.size
    for i in range(0, values.size, 997):
        assert perm.decrypt_one(int(images[i])) == i
