"""Scan tests: the session's server seen as the consumer gateway sees it."""

from tests.support.scans import gateway, keys

__all__ = ["gateway", "keys"]
