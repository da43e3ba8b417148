"""Test helpers shared by every area's tests."""
