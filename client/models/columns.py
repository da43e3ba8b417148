"""Column specs: what a list shows, how each cell is written, and the server field it sorts by."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt


@dataclass(frozen=True)
class Column:
    """One table column; `sort` is the server's sort field ("" when the server cannot sort)."""

    title: str
    value: Callable[[Any], Any]
    sort: str = ""
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    width: int = 0  # preferred width in pixels; 0 = fit the contents

    def text(self, record: Any) -> str:
        value = self.value(record)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "✓" if value else ""
        return str(value)


def number(title: str, value: Callable[[Any], Any], sort: str = "", width: int = 0) -> Column:
    return Column(title, value, sort, Qt.AlignmentFlag.AlignRight, width)


def flag(title: str, value: Callable[[Any], Any], sort: str = "", width: int = 0) -> Column:
    return Column(title, value, sort, Qt.AlignmentFlag.AlignCenter, width)
