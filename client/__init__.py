"""Yima desktop client (PySide6): renders and forwards; no business rules."""
