"""Qt models over server data."""
