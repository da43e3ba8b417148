"""Production: lines and production lots."""
