"""Hot statements run on the unit of work's DBAPI cursor, past SQLAlchemy's result machinery.

A packing record or a station scan runs about ten small statements; building SQLAlchemy's
result metadata for each cost more Python time than the statement's round trip (and the
Python time is what several line PCs queue for, under the GIL). The statements are the same
text; `:name` parameters become psycopg2's `%(name)s`, values are adapted by psycopg2 as
SQLAlchemy would hand them over, and rows come back as plain tuples."""

from __future__ import annotations

import re
from typing import Any

import psycopg2
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction

# SQLAlchemy's own bind pattern: ':name' not preceded by ':' or a word, nor followed by ':'.
# (server/core/prepared.py and server/scans/prepared.py number the same parameters.)
BIND = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")


class Statement:
    """A statement's text in psycopg2's parameter style (a literal % is doubled)."""

    def __init__(self, sql: str) -> None:
        self.sql = BIND.sub(lambda m: f"%({m.group(1)})s", sql.replace("%", "%%"))


_DBAPI = "yima_dbapi_connection"


# The transaction's DBAPI connection, remembered when it begins: asking the session for it
# (Session.connection()) costs more than a small statement's round trip.
@event.listens_for(Session, "after_begin")
def _remember(session: Session, transaction: SessionTransaction,
              connection: Connection) -> None:
    session.info[_DBAPI] = connection.connection.dbapi_connection


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_DBAPI, None)


def _cursor(session: Session) -> Any:
    if session.new or session.dirty or session.deleted:
        session.flush()  # what the ORM holds goes first, as session.execute's autoflush does
    dbapi = session.info.get(_DBAPI)
    if dbapi is None:
        session.connection()  # begins the transaction: _remember keeps its connection
        dbapi = session.info[_DBAPI]
    return dbapi.cursor()


def execute(session: Session, sql: str, params: dict[str, Any] | None) -> Any:
    """The cursor after running `sql` (psycopg2's parameter style; no parameters: no
    formatting). A driver error is raised as SQLAlchemy raises it (OperationalError,
    IntegrityError…; a lost connection invalidated in the pool), so the unit of work and the
    error interceptor treat it as they treat any other statement's."""
    cursor = _cursor(session)
    try:
        if params is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, params)
    except psycopg2.Error as exc:
        cursor.close()
        connection = session.connection()
        dbapi = connection.connection.dbapi_connection
        lost = connection.dialect.is_disconnect(exc, dbapi, None)  # type: ignore[arg-type]
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(sql, params, exc, psycopg2.Error,
                                  connection_invalidated=lost,
                                  dialect=connection.dialect) from exc
    return cursor


def rows(session: Session, statement: Statement, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every row the statement returns."""
    cursor = execute(session, statement.sql, params)
    try:
        return list(cursor.fetchall()) if cursor.description else []
    finally:
        cursor.close()


def first(session: Session, statement: Statement,
          params: dict[str, Any]) -> tuple[Any, ...] | None:
    """The first row, or None."""
    found = rows(session, statement, params)
    return found[0] if found else None


def run(session: Session, statement: Statement, params: dict[str, Any]) -> int:
    """A statement returning no rows: how many rows it changed."""
    cursor = execute(session, statement.sql, params)
    try:
        return int(cursor.rowcount)
    finally:
        cursor.close()
