"""Engine and session factory; the transaction belongs to the RPC, not to repositories."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlalchemy.orm import Session, sessionmaker

from server.db.embedded import to_sqlalchemy_url

# A connection that went unused this long is pinged before it is handed out; one used just now
# is not (a ping per checkout would add a round trip to every RPC). A connection that breaks
# anyway surfaces as a lost-connection error, which the unit of work reports as UNAVAILABLE and
# the pool replaces.
IDLE_PING_SECONDS = 10.0


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """Create the engine with UTC sessions and a pool sized for the RPC workers."""
    engine = create_engine(
        to_sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        connect_args={"options": "-c timezone=UTC"},
    )
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _used(_dbapi_connection: Any, record: Any) -> None:
        record.info["yima_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("yima_used")
        if used is not None and time.monotonic() - used < IDLE_PING_SECONDS:
            return
        try:
            ping(dbapi_connection)
        except Exception as error:
            # The pool discards this connection and checks out (or opens) another.
            raise exc.DisconnectionError() from error


def ping(dbapi_connection: Any) -> None:
    """One round trip that fails when the connection's backend is gone."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    dbapi_connection.rollback()  # leave no transaction open behind the ping


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def check_connection(engine: Engine) -> str:
    """Return the server version string; raises when the database cannot be reached."""
    with engine.connect() as conn:
        return str(conn.execute(text("show server_version")).scalar_one())
