"""Migrations build exactly the schema the models describe, and every step can be undone.

Each test runs on a database of its own, created on the session's embedded PostgreSQL."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, Engine, create_engine, inspect, make_url, text

from server.db import migrate
from server.db.embedded import to_sqlalchemy_url
from server.models import Base

ALEMBIC_TABLE = "alembic_version"


@pytest.fixture
def fresh_url(engine: Engine, pg_url: str) -> Iterator[str]:
    """An empty database beside the test database; dropped afterwards."""
    name = f"migr_{uuid.uuid4().hex[:12]}"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(to_sqlalchemy_url(pg_url)).set(database=name)
    yield url.render_as_string(hide_password=False)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def schema_diff(url: str) -> list[Any]:
    """What autogenerate would write to make the database match the models."""
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True})
            return list(compare_metadata(ctx, Base.metadata))
    finally:
        eng.dispose()


def _literals(sql: str) -> set[str]:
    return set(re.findall(r"'([^']*)'", sql))


def check_constraint_diff(url: str) -> list[str]:
    """Autogenerate ignores CHECK constraints (our enumerations): compare their names and the
    values they allow, so adding e.g. an organisation kind without a migration is caught."""
    eng = create_engine(url)
    problems: list[str] = []
    try:
        insp = inspect(eng)
        for table in Base.metadata.sorted_tables:
            in_db = {c["name"]: c["sqltext"] for c in insp.get_check_constraints(table.name)}
            for constraint in table.constraints:
                if not isinstance(constraint, CheckConstraint):
                    continue
                name = str(constraint.name)
                if not name.startswith("ck_"):
                    name = f"ck_{table.name}_{name}"
                if name not in in_db:
                    problems.append(f"{name} missing in the database")
                elif _literals(str(constraint.sqltext)) != _literals(in_db[name]):
                    problems.append(f"{name}: database allows {sorted(_literals(in_db[name]))}")
    finally:
        eng.dispose()
    return problems


def tables(url: str) -> set[str]:
    eng = create_engine(url)
    try:
        return set(inspect(eng).get_table_names()) - {ALEMBIC_TABLE}
    finally:
        eng.dispose()


def revisions(url: str) -> list[tuple[str, str | None]]:
    """(revision, down_revision) from head to base; the chain must be linear."""
    script = ScriptDirectory.from_config(migrate.alembic_config(url))
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    out: list[tuple[str, str | None]] = []
    for rev in script.walk_revisions():
        down = rev.down_revision
        assert down is None or isinstance(down, str), f"merge revision {rev.revision}"
        out.append((rev.revision, down))
    return out


def test_upgrade_from_empty_matches_the_models(fresh_url: str) -> None:
    assert tables(fresh_url) == set()
    migrate.upgrade(fresh_url)
    assert tables(fresh_url) == set(Base.metadata.tables)
    assert schema_diff(fresh_url) == []
    assert check_constraint_diff(fresh_url) == []
    assert migrate.current(fresh_url) == revisions(fresh_url)[0][0]


def test_downgrade_one_step_and_back(fresh_url: str) -> None:
    migrate.upgrade(fresh_url)
    head, down = revisions(fresh_url)[0]
    before = tables(fresh_url)
    migrate.downgrade(fresh_url, "-1")
    assert migrate.current(fresh_url) == down
    assert tables(fresh_url) <= before
    migrate.upgrade(fresh_url)
    assert migrate.current(fresh_url) == head
    assert schema_diff(fresh_url) == []
    assert check_constraint_diff(fresh_url) == []


def test_every_step_downgrades_down_to_an_empty_database(fresh_url: str) -> None:
    migrate.upgrade(fresh_url)
    for revision, down in revisions(fresh_url):
        assert migrate.current(fresh_url) == revision
        before = tables(fresh_url)
        migrate.downgrade(fresh_url, "-1")
        assert migrate.current(fresh_url) == down
        assert tables(fresh_url) <= before, f"downgrade of {revision} created tables"
    assert tables(fresh_url) == set()
    eng = create_engine(fresh_url)
    try:
        with eng.connect() as conn:
            leftovers = conn.execute(text(
                "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'm') "
                "AND relname <> :alembic"), {"alembic": ALEMBIC_TABLE}).scalars().all()
            types = conn.execute(text(
                "SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                "WHERE n.nspname = 'public' AND t.typtype = 'e'")).scalars().all()
    finally:
        eng.dispose()
    assert leftovers == [] and types == []
    # And the whole way up again.
    migrate.upgrade(fresh_url)
    assert schema_diff(fresh_url) == []
