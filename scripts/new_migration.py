"""Autogenerate an Alembic revision against a scratch embedded PostgreSQL.

Usage: python scripts/new_migration.py "message"
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from server.db import migrate
from server.db.embedded import start_embedded


def main() -> int:
    message = sys.argv[1] if len(sys.argv) > 1 else "change"
    with tempfile.TemporaryDirectory() as tmp:
        url = start_embedded(Path(tmp))
        cfg = migrate.alembic_config(url)
        cfg.set_main_option("file_template",
                            "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d_%%(slug)s")
        command.upgrade(cfg, "head")
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M")
        command.revision(cfg, message=message, autogenerate=True, rev_id=stamp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
