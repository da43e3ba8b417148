"""Sales orders and exceptional shipments: what is to leave a warehouse, and for whom."""
