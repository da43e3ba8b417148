"""Packing: bottle → case → pallet aggregation (stations and line collection)."""
