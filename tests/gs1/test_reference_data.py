"""The project's copies of GS1 reference data still match the team's shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gs1.vectors import ROOT, SHARED, VENDORED

COPIES = [
    (VENDORED / "checkdigit_vectors.tsv", "checkdigit_vectors.tsv"),
    (VENDORED / "dl_parse_vectors.tsv", "dl_parse_vectors.tsv"),
    (VENDORED / "LICENSE", "LICENSE"),
    (ROOT / "server" / "gs1" / "data" / "gs1-syntax-dictionary.txt", "gs1-syntax-dictionary.txt"),
    (ROOT / "server" / "gs1" / "data" / "LICENSE", "LICENSE"),
]


@pytest.mark.parametrize(("copy", "name"), COPIES, ids=lambda v: str(v))
def test_copy_matches_shared_data(copy: Path, name: str) -> None:
    assert copy.exists()
    assert (copy.parent / "README.md").exists()  # attribution beside every copy
    original = SHARED / name
    if not original.exists():
        pytest.skip(f"{original} is not beside this checkout")
    assert copy.read_bytes() == original.read_bytes()
