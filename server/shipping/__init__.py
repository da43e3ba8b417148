"""Shipping: shipments (发货单) against orders, onward, transfers, returns and exceptional
shipments; store sales and exchanges (see README.md here)."""
