"""Server facts and the authenticated no-op used as the latency floor."""
