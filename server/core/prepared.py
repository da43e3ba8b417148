"""Server-side prepared statements on the unit of work's connection, for the few big read
statements whose planning costs more than running them (the flow query joins a dozen tables
through a recursive-looking CTE: planned each call it took ~3 ms, run ~0.3 ms). Each statement
is prepared once per database connection (remembered in the pooled connection's `info`, which
lives as long as the DBAPI connection) and run with EXECUTE and a generic plan in the call's
transaction. PREPARE is not transactional: a rolled-back call leaves it prepared for the next."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

# SQLAlchemy's own bind pattern: ':name' not preceded by ':' or a word, nor followed by ':'.
_BIND = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")
_KEY = "yima_prepared"


class Prepared:
    """A named statement: its PREPARE text (parameters typed) and its EXECUTE text."""

    def __init__(self, name: str, sql: str, types: dict[str, str]) -> None:
        self.name = name
        self.params: list[str] = []
        for found in _BIND.finditer(sql):
            if found.group(1) not in self.params:
                self.params.append(found.group(1))
        numbered = _BIND.sub(lambda m: f"${self.params.index(m.group(1)) + 1}", sql)
        self.prepare = f"PREPARE {name} ({', '.join(types[p] for p in self.params)}) AS " \
                       f"{numbered}"
        self.execute = f"EXECUTE {name} (" + ", ".join(f"%({p})s" for p in self.params) + ")"


def run(session: Session, statement: Prepared, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The statement's rows, run on the session's connection (prepared there first if new)."""
    connection = session.connection().connection
    done: set[str] = connection.info.setdefault(_KEY, set())
    cursor = connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if statement.name not in done:
            cursor.execute(statement.prepare)
            done.add(statement.name)
        # A generic plan from the first call on (never re-planned per parameters): LOCAL to the
        # call's transaction, and only prepared statements are concerned.
        cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan; " + statement.execute,
                       {p: params[p] for p in statement.params})
        return list(cursor.fetchall())
    finally:
        cursor.close()
