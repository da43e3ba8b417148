"""Top-level dialogs: sign-in and password change."""
