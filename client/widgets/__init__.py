"""Reusable widgets: list page, pager, filters, forms, pickers, status bar pieces."""
