"""Database plumbing: models base, engine, embedded PostgreSQL, migrations, backups."""
