"""Shape checks before sending a form (the real rules stay on the server). Qt-free."""

from __future__ import annotations

from datetime import date


def is_blank(text: str) -> bool:
    return not text.strip()


def gtin_shape_ok(text: str) -> bool:
    """8, 12, 13 or 14 digits; the server checks the check digit."""
    value = text.strip()
    return value.isdigit() and len(value) in (8, 12, 13, 14)


def date_ok(text: str) -> bool:
    """YYYY-MM-DD."""
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return False
    return len(text.strip()) == 10


def number_ok(text: str) -> bool:
    try:
        float(text.strip())
    except ValueError:
        return False
    return True


def code_ok(text: str) -> bool:
    """A code is one word: no spaces inside (the server checks which characters it allows)."""
    value = text.strip()
    return bool(value) and not any(c.isspace() for c in value)


def field_key_ok(text: str) -> bool:
    """A custom field key: [a-z][a-z0-9_]*."""
    value = text.strip()
    return (bool(value) and value[0].isascii() and value[0].islower() and value.isascii()
            and all(c.islower() or c.isdigit() or c == "_" for c in value))

