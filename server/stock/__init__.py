"""Stock: holdings keyed by the top node of the packing tree, their contents, moves, receipts
(生产入库, 收货) and inventory (see README.md here)."""
