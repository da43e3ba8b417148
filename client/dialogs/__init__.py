"""Top-level dialogs: sign-in and password change."""

from client import qtcompat  # noqa: F401  (PySide6 signal refcount fix, see there)
