"""`yima db` and `yima admin` on both kinds of database: embedded (data folder kept across
restarts) and an external server given by DATABASE_URL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]


def yima(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shared.cli", *args], cwd=ROOT, text=True,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=180)


def _database(pg_url: str, name: str) -> str:
    """Create a fresh database beside the test database and return its URL."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    parts = urlsplit(pg_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _tenants(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT code FROM tenant ORDER BY code")).scalars())
    finally:
        engine.dispose()


def test_embedded_database_is_kept_across_restarts(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    first = yima("admin", "create-tenant", "--tenant", "acme", "--name", "Acme 油脂",
                 "--password", "Secret123", *data)
    assert first.returncode == 0, first.stderr
    assert "tenant acme created" in first.stdout
    assert (tmp_path / "data" / "pgdata" / "PG_VERSION").exists()
    again = yima("admin", "create-tenant", "--tenant", "acme", "--password", "Secret123", *data)
    assert again.returncode != 0
    assert "already exists" in again.stderr
    current = yima("db", "current", *data)
    assert current.returncode == 0 and current.stdout.strip().isdigit(), current.stderr


def test_backup_and_restore_with_database_url(pg_url: str, tmp_path: Path) -> None:
    url = _database(pg_url, f"ops_backup_{os.getpid()}")
    env = {"DATABASE_URL": url}
    assert yima("db", "upgrade", env=env).returncode == 0
    assert yima("admin", "create-tenant", "--tenant", "before", "--password", "Secret123",
                env=env).returncode == 0
    archive = tmp_path / "yima.dump"
    made = yima("db", "backup", str(archive), env=env)
    assert made.returncode == 0, made.stderr
    assert archive.read_bytes()[:5] == b"PGDMP"  # pg_dump custom format
    assert yima("admin", "create-tenant", "--tenant", "after", "--password", "Secret123",
                env=env).returncode == 0
    assert _tenants(url) == ["after", "before"]
    restored = yima("db", "restore", str(archive), env=env)
    assert restored.returncode == 0, restored.stderr
    assert _tenants(url) == ["before"]


def test_backup_of_embedded_database(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert yima("admin", "create-tenant", "--tenant", "emb", "--password", "Secret123",
                *data).returncode == 0
    made = yima("db", "backup", str(tmp_path / "emb.dump"), *data)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "emb.dump").stat().st_size > 1000


def test_restore_of_missing_file_is_refused(tmp_path: Path) -> None:
    result = yima("db", "restore", str(tmp_path / "nope.dump"), "--data-dir",
                  str(tmp_path / "data"))
    assert result.returncode != 0
    assert "no such backup" in result.stderr


@pytest.mark.parametrize("weak", ["short1", "lettersonly"])
def test_create_tenant_refuses_weak_password(tmp_path: Path, weak: str) -> None:
    result = yima("admin", "create-tenant", "--tenant", "weak", "--password", weak,
                  "--data-dir", str(tmp_path / "data"))
    assert result.returncode != 0
    assert "at least 8 characters" in result.stderr
    assert "Traceback" not in result.stderr
