"""What the scan area needs from the server process: its own autocommit connection pool for
consumer queries, the key store, the tenant routes, the limits and the delivery worker's bell."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from psycopg2 import InterfaceError, OperationalError
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from server.codes.keys import KeyStore
from server.scans.routes import Routes
from server.scans.secrets import ScanSecrets


@dataclass(frozen=True)
class Limits:
    """Abuse limits, shared by every gateway and server process through the database."""

    ip_per_minute: int = 300     # queries from one address (mobile carriers put many behind one)
    code_per_minute: int = 30    # queries of one code, from anywhere
    bad_per_10min: int = 30      # unknown or malformed codes from one address, then blocked
    wrong_codes_per_day: int = 5  # wrong verification codes per code


def scan_engine(sessions: sessionmaker[Session], pool_size: int) -> Engine:
    """An autocommit pool beside the main one: each consumer-query statement is its own
    transaction (no BEGIN/COMMIT round trips), and no pre-ping (the statements retry once on a
    dropped connection instead)."""
    main: Engine = sessions.kw["bind"]
    return create_engine(main.url, isolation_level="AUTOCOMMIT", pool_pre_ping=False,
                         pool_reset_on_return=None, pool_size=pool_size,
                         max_overflow=pool_size,
                         connect_args={"options": "-c timezone=UTC"})


@dataclass
class ScanDeps:
    engine: Engine
    sessions: sessionmaker[Session]
    keys: KeyStore
    routes: Routes
    limits: Limits = Limits()
    ip_regions: str = ""
    wake: threading.Event = field(default_factory=threading.Event)
    _secrets: ScanSecrets | None = None
    round_trips: int = 0  # statements sent by `execute` (benchmarks and tests read it)
    _count_lock: threading.Lock = field(default_factory=threading.Lock)

    def execute(self, sql: str, params: dict[str, Any]) -> dict[str, Any]:
        """One statement, its one row as a dict (see execute_all)."""
        return self.execute_all(sql, params)[0]

    def execute_all(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """One statement on a pooled connection straight through psycopg2 (the consumer
        query's hot path: no SQLAlchemy Connection around it), its rows as dicts. A
        connection the server dropped is replaced and the statement sent again, once."""
        for attempt in (1, 2):
            conn = self.engine.raw_connection()
            try:
                cursor = conn.cursor()
                with self._count_lock:
                    self.round_trips += 1
                cursor.execute(sql, params)
                names = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
                cursor.close()
                return [dict(zip(names, row, strict=True)) for row in rows]
            except (OperationalError, InterfaceError):
                conn.invalidate()
                if attempt == 2:
                    raise
            finally:
                conn.close()
        raise AssertionError("unreachable")

    def secrets(self) -> ScanSecrets:
        """Token and device keys, derived from the master key on first use."""
        if self._secrets is None:
            self._secrets = ScanSecrets(self.keys.master())
        return self._secrets
