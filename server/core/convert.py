"""Helpers for proto <-> Python values shared by every area's converters."""

from __future__ import annotations

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp


def ts(value: datetime | None) -> Timestamp | None:
    """A Timestamp for a datetime, or None (leaving the field unset)."""
    if value is None:
        return None
    out = Timestamp()
    out.FromDatetime(value)
    return out


def enum_name(enum_type: object, prefix: str, value: int) -> str:
    """ORG_KIND_DEALER -> 'dealer'; unknown/unspecified -> ''."""
    name = enum_type.Name(value) if value in enum_type.values() else ""  # type: ignore[attr-defined]
    if not name or name.endswith("_UNSPECIFIED"):
        return ""
    return name[len(prefix):].lower()


def enum_value(enum_type: object, prefix: str, name: str) -> int:
    """'dealer' -> ORG_KIND_DEALER's number; unknown -> 0."""
    try:
        return enum_type.Value(prefix + name.upper())  # type: ignore[attr-defined, no-any-return]
    except ValueError:
        return 0
