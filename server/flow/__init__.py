"""Flow: the flow query (跟踪查询), where a lot went, recalls, and the public journey the
consumer page shows (see README.md here)."""
