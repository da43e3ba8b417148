"""Qt models over server data."""

from client import qtcompat  # noqa: F401  (PySide6 signal refcount fix, see there)
