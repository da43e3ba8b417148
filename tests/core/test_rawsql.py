"""Statements run straight on the cursor behave as `session.execute` would for the code around
them: the same SQL text and parameters, what the ORM holds flushed first, the transaction's own
connection after a commit or a rollback, and driver errors raised as SQLAlchemy's (a unique key
as IntegrityError; a lost connection as OperationalError, invalidated so the pool heals)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session

from server.audit.models import AuditEntry
from server.core import rawsql
from server.db import engine as db_engine

_PID = rawsql.Statement("SELECT pg_backend_pid()")


@pytest.fixture
def small_engine(pg_url: str) -> Iterator[Engine]:
    eng = db_engine.make_engine(pg_url, pool_size=1)
    yield eng
    eng.dispose()


def test_parameters_casts_and_percent_signs_pass_through(engine: Engine) -> None:
    statement = rawsql.Statement("""
        SELECT x.n * :k, CAST(:ids AS bigint[])::text, '50%' || :tail, 'a:b'
        FROM unnest(CAST(:ids AS bigint[])) AS x(n) ORDER BY x.n""")
    with Session(engine) as session:
        got = rawsql.rows(session, statement, {"k": 10, "ids": "{3,1,2}", "tail": "!",
                                               "unused": 1})
    assert got == [(10, "{3,1,2}", "50%!", "a:b"), (20, "{3,1,2}", "50%!", "a:b"),
                   (30, "{3,1,2}", "50%!", "a:b")]


def test_what_the_orm_holds_is_flushed_first_and_rolled_back_with_the_call(
        engine: Engine) -> None:
    method = f"/test/{uuid.uuid4().hex}"
    count = rawsql.Statement("SELECT count(*) FROM audit_log WHERE method = :m")
    with Session(engine) as session:
        session.add(AuditEntry(method=method, action="call", outcome="ok"))
        assert rawsql.first(session, count, {"m": method}) == (1,)
        session.rollback()
        assert rawsql.first(session, count, {"m": method}) == (0,)


def test_each_transaction_uses_its_own_connection(small_engine: Engine,
                                                  engine: Engine) -> None:
    with Session(small_engine) as session:
        first = rawsql.first(session, _PID, {})
        assert first is not None
        session.commit()
        _terminate(engine, first[0])
        # The pool replaces the dead connection for the next transaction (after its failure
        # is seen once), and rawsql follows the session onto the new one.
        with pytest.raises(exc.OperationalError) as lost:
            rawsql.first(session, _PID, {})
        assert lost.value.connection_invalidated
        session.rollback()
        again = rawsql.first(session, _PID, {})
        assert again is not None and again != first


def test_a_unique_violation_is_sqlalchemys_integrity_error(engine: Engine) -> None:
    statement = rawsql.Statement("""
        CREATE TEMP TABLE t_unique (k int PRIMARY KEY);
        INSERT INTO t_unique VALUES (:k), (:k)""")
    with Session(engine) as session, pytest.raises(exc.IntegrityError):
        rawsql.run(session, statement, {"k": 1})


def _terminate(other: Engine, pid: int) -> None:
    with other.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
        conn.commit()
