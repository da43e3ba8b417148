"""Reusable widgets: list page, pager, filters, forms, pickers, status bar pieces."""

from client import qtcompat  # noqa: F401  (PySide6 signal refcount fix, see there)
