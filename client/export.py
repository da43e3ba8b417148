"""Write a table to an Excel workbook (.xlsx). Qt-free so it can run on a worker thread."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def write_xlsx(path: str | Path, title: str, headers: Sequence[str],
               rows: Iterable[Sequence[str]]) -> int:
    """Write one sheet with a bold header row; returns the number of data rows written."""
    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.title = (title or "Sheet")[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) * 2 + 2 for h in headers]
    count = 0
    for row in rows:
        sheet.append(list(row))
        count += 1
        for i, value in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], min(60, len(str(value)) * 2 + 2))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width / 1.6
    sheet.freeze_panes = "A2"
    book.save(str(path))
    return count
