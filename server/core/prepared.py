"""Server-side prepared statements on the unit of work's connection, for the few big read
statements whose planning costs more than running them (the flow query joins a dozen tables
through a recursive-looking CTE: planned each call it took ~3 ms, run ~0.3 ms). Each statement
is prepared once per database connection (remembered in the pooled connection's `info`, which
lives as long as the DBAPI connection) and run with EXECUTE and a generic plan in the call's
transaction. PREPARE is not transactional: a rolled-back call leaves it prepared for the next."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from server.core import rawsql

_KEY = "yima_prepared"


class Prepared:
    """A named statement: its PREPARE text (parameters typed) and its EXECUTE text."""

    def __init__(self, name: str, sql: str, types: dict[str, str]) -> None:
        self.name = name
        self.params: list[str] = []
        for found in rawsql.BIND.finditer(sql):
            if found.group(1) not in self.params:
                self.params.append(found.group(1))
        numbered = rawsql.BIND.sub(lambda m: f"${self.params.index(m.group(1)) + 1}", sql)
        self.prepare = f"PREPARE {name} ({', '.join(types[p] for p in self.params)}) AS " \
                       f"{numbered}"
        self.execute = f"EXECUTE {name} (" + ", ".join(f"%({p})s" for p in self.params) + ")"

    def values(self, given: dict[str, Any]) -> dict[str, Any]:
        """The parameters this statement takes, from `given`."""
        return {p: given[p] for p in self.params}


def run(session: Session, statement: Prepared, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The statement's rows, run on the session's connection (prepared there first if new);
    driver errors come out as SQLAlchemy's (server/core/rawsql.py)."""
    done: set[str] = session.connection().connection.info.setdefault(_KEY, set())
    if statement.name not in done:
        rawsql.execute(session, statement.prepare, None).close()
        done.add(statement.name)
    # A generic plan from the first call on (never re-planned per parameters): LOCAL to the
    # call's transaction, and only prepared statements are concerned.
    cursor = rawsql.execute(session, "SET LOCAL plan_cache_mode = force_generic_plan; " +
                            statement.execute, statement.values(params))
    try:
        return list(cursor.fetchall())
    finally:
        cursor.close()
