"""The connection pool: a connection left idle is checked before use and replaced when its
backend went away (a database restart, an idle timeout); one used just now is handed out without
a round trip, and if its backend died meanwhile the failure is reported once and the pool heals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, exc, text

from server.db import engine as db_engine


@pytest.fixture
def small_engine(pg_url: str) -> Iterator[Engine]:
    eng = db_engine.make_engine(pg_url, pool_size=1)
    yield eng
    eng.dispose()


def _backend_pid(eng: Engine) -> int:
    with eng.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(other: Engine, pid: int) -> None:
    with other.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
        conn.commit()


def _count_pings(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    pings: list[object] = []
    real = db_engine.ping

    def counted(dbapi_connection: object) -> None:
        pings.append(dbapi_connection)
        real(dbapi_connection)

    monkeypatch.setattr(db_engine, "ping", counted)
    return pings


def test_an_idle_connection_whose_backend_died_is_replaced_transparently(
        small_engine: Engine, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _backend_pid(small_engine)
    _terminate(engine, first)
    pings = _count_pings(monkeypatch)
    monkeypatch.setattr(db_engine, "IDLE_PING_SECONDS", 0.0)  # everything counts as idle
    assert _backend_pid(small_engine) != first  # no error reached the caller
    assert len(pings) == 2  # the dead connection's ping, then the new one's


def test_a_connection_used_just_now_is_not_pinged_and_a_dead_one_fails_once(
        small_engine: Engine, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _backend_pid(small_engine)
    pings = _count_pings(monkeypatch)
    assert _backend_pid(small_engine) == first
    assert pings == []  # handed out again at once, without a round trip
    _terminate(engine, first)
    with pytest.raises(exc.OperationalError), small_engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert _backend_pid(small_engine) != first  # the pool replaced the broken connection
