"""Small validators shared by services, and record snapshots for the audit log."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from server.core.errors import DomainError, Reason

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")
REGION_RE = re.compile(r"^\d{6}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def text(value: str, field: str, *, max_len: int, required: bool = False) -> str:
    """Trimmed text, refused when required and empty or when too long."""
    value = (value or "").strip()
    if required and not value:
        raise DomainError(Reason.REQUIRED, field=field)
    if len(value) > max_len:
        raise DomainError(Reason.TOO_LONG, field=field, max=max_len)
    return value


def code(value: str, field: str = "code", *, max_len: int = 64) -> str:
    """A record code: letters, digits and . _ - / only."""
    value = text(value, field, max_len=max_len, required=True)
    if not CODE_RE.match(value):
        raise DomainError(Reason.INVALID_VALUE, field=field,
                          detail="letters, digits, . _ - / only / 仅限字母、数字和 . _ - /")
    return value


def region_code(value: str, field: str = "region_code") -> str:
    value = (value or "").strip()
    if value and not REGION_RE.match(value):
        raise DomainError(Reason.INVALID_VALUE, field=field,
                          detail="6-digit GB/T 2260 code / 6 位行政区划代码")
    return value


def positive(value: int, field: str, *, maximum: int = 1_000_000) -> int:
    if value <= 0 or value > maximum:
        raise DomainError(Reason.INVALID_VALUE, field=field, detail=f"1..{maximum}")
    return value


def iso_date(value: str, field: str, *, required: bool = False) -> date | None:
    value = (value or "").strip()
    if not value:
        if required:
            raise DomainError(Reason.REQUIRED, field=field)
        return None
    try:
        if not DATE_RE.match(value):  # fromisoformat also takes 20261013 and week dates
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DomainError(Reason.INVALID_VALUE, field=field, detail="YYYY-MM-DD") from exc


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a record as JSON-ready values, for before/after in the audit."""
    return {f: _plain(getattr(obj, f)) for f in fields}
