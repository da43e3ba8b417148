"""Catalogue: product categories with custom field definitions, products and their images."""
