"""Warehouses, their locations (库位) and low-stock warning settings; stock and shipping come
with part B of the warehousing issue (see README.md here)."""
