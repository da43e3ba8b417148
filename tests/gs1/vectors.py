"""Where the GS1 test vectors live and how to read them: the project's copy in tests/data/gs1/,
else the team's shared data folder beside the repository."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "tests" / "data" / "gs1"
SHARED = ROOT.parent / "shared" / "data" / "gs1"


def path(name: str) -> Path:
    """The vendored copy of a GS1 data file, or the shared one when the copy is missing."""
    found = next((p for p in (VENDORED / name, SHARED / name) if p.exists()), None)
    if found is None:
        pytest.fail(f"{name} not found in {VENDORED} or {SHARED}")
    return found


def rows(name: str) -> list[dict[str, str]]:
    """A TSV file's rows by column name; cells are never stripped (spaces are part of cases)."""
    with path(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
