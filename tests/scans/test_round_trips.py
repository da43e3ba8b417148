"""A consumer query costs two database round trips: both statements run on the scan pool's
autocommit connections (no BEGIN, no COMMIT, no pre-ping), and nothing else is asked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event

from server.app import Running
from server.codes.keys import KeyStore
from shared.pb import scans_pb2
from tests.support.scans import Gateway, issue_activated
from tests.support.tenants import TenantFixture


class Counter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        self.statements.append(statement)


@pytest.fixture
def counted(running_server: Running, engine: Engine) -> Iterator[tuple[Counter, Counter]]:
    """Statements on the scan pool and on the main pool, while the test runs."""
    assert running_server.scans is not None
    scan_engine = running_server.scans.deps.engine
    scan, main = Counter(), Counter()
    event.listen(scan_engine, "before_cursor_execute", scan)
    event.listen(engine, "before_cursor_execute", main)
    yield scan, main
    event.remove(scan_engine, "before_cursor_execute", scan)
    event.remove(engine, "before_cursor_execute", main)


def test_a_verification_is_two_round_trips(tenant: TenantFixture, keys: KeyStore,
                                           gateway: Gateway, running_server: Running,
                                           counted: tuple[Counter, Counter]) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(0))  # warm: the tenant's keys and routes are in memory now
    assert running_server.scans is not None
    assert running_server.scans.deps.engine.dialect.name == "postgresql"
    scan, main = counted
    for kind in ("first", "repeat", "voided"):
        scan.statements.clear()
        main.statements.clear()
        url = issued.url(1 if kind == "first" else 0) if kind != "voided" \
            else issued.base + issued.voided[0]
        result = gateway.verify(url)
        assert result.result in (scans_pb2.SCAN_RESULT_GENUINE, scans_pb2.SCAN_RESULT_VOIDED)
        assert len(scan.statements) == 2, (kind, scan.statements)
        assert main.statements == [], (kind, main.statements)
    with running_server.scans.deps.engine.connect() as conn:
        # psycopg2 in autocommit sends no BEGIN before, and no COMMIT after, a statement.
        assert conn.connection.dbapi_connection.autocommit is True  # type: ignore[union-attr]
