"""The private PostgreSQL started from the pgserver wheel when no DATABASE_URL is given."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

log = logging.getLogger(__name__)


def start_embedded(data_dir: Path) -> str:
    """Start (or join) the embedded PostgreSQL in data_dir/pgdata; return a SQLAlchemy URL.

    The cluster is kept across restarts; pgserver stops it when the last process using it exits.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        pgdata = data_dir / "pgdata"
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        server = pgserver.get_server(pgdata, cleanup_mode="stop")
    uri = server.get_uri()
    log.info("embedded PostgreSQL ready in %s", pgdata)
    return to_sqlalchemy_url(uri)


def to_sqlalchemy_url(uri: str) -> str:
    """Turn a libpq URI into the psycopg2 dialect URL SQLAlchemy expects."""
    for prefix in ("postgresql+psycopg2://", "postgresql://", "postgres://"):
        if uri.startswith(prefix):
            return "postgresql+psycopg2://" + uri[len(prefix):]
    return uri
