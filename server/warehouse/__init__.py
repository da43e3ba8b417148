"""Warehouses (locations and stock come with the warehousing issue)."""
