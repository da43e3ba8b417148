"""Alembic migrations (one revision per schema change, date-prefixed file names)."""
