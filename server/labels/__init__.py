"""Label templates and print jobs (LabelService)."""
