"""Tenants, the organisation tree, users, roles, permissions and sign-in sessions."""
