"""`yima db backup` / `restore`: pg_dump custom-format archives, embedded or external server."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def _tool(name: str) -> str:
    """Prefer the client tools shipped in the pgserver wheel; fall back to PATH."""
    try:
        from pgserver._commands import POSTGRES_BIN_PATH

        candidate = Path(POSTGRES_BIN_PATH) / name
        if candidate.exists():
            return str(candidate)
    except ImportError:
        pass
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the PostgreSQL client tools")
    return found


def libpq_url(url: str) -> str:
    """Strip the SQLAlchemy driver suffix so libpq tools accept the URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0]
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment))


def backup(url: str, target: Path) -> Path:
    """Write a pg_dump custom-format archive of the whole database to target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target}",
         f"--dbname={libpq_url(url)}"],
        check=True,
    )
    return target


def restore(url: str, source: Path) -> None:
    """Replace the database's contents with the archive, in one transaction (all or nothing)."""
    if not source.is_file():
        raise SystemExit(f"no such backup: {source}")
    subprocess.run(
        [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
         "--exit-on-error", f"--dbname={libpq_url(url)}", str(source)],
        check=True,
    )
