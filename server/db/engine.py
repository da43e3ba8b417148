"""Engine and session factory; the transaction belongs to the RPC, not to repositories."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from server.db.embedded import to_sqlalchemy_url


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """Create the engine with UTC sessions and a pool sized for the RPC workers."""
    return create_engine(
        to_sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        connect_args={"options": "-c timezone=UTC"},
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def check_connection(engine: Engine) -> str:
    """Return the server version string; raises when the database cannot be reached."""
    with engine.connect() as conn:
        return str(conn.execute(text("show server_version")).scalar_one())
