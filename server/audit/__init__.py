"""The audit log: who did what, when, with the record before and after."""
