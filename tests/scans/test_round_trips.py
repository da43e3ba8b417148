"""A consumer query costs two database round trips: both statements run on the scan pool's
autocommit connections (no BEGIN, no COMMIT, no pre-ping), and nothing else is asked: the main
pool stays silent."""

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
def main_pool(engine: Engine) -> Iterator[Counter]:
    """Statements on the main pool while the test runs."""
    main = Counter()
    event.listen(engine, "before_cursor_execute", main)
    yield main
    event.remove(engine, "before_cursor_execute", main)


def test_a_verification_is_two_round_trips(tenant: TenantFixture, keys: KeyStore,
                                           gateway: Gateway, running_server: Running,
                                           main_pool: Counter) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(0))  # warm: the tenant's keys and routes are in memory now
    assert running_server.scans is not None
    deps = running_server.scans.deps
    for kind in ("first", "repeat", "voided"):
        main_pool.statements.clear()
        before = deps.round_trips
        url = issued.url(1 if kind == "first" else 0) if kind != "voided" \
            else issued.base + issued.voided[0]
        result = gateway.verify(url)
        assert result.result in (scans_pb2.SCAN_RESULT_GENUINE, scans_pb2.SCAN_RESULT_VOIDED)
        assert deps.round_trips - before == 2, kind
        assert [s for s in main_pool.statements if "scan_alert_delivery" not in s] == [], kind
    with running_server.scans.deps.engine.connect() as conn:
        # psycopg2 in autocommit sends no BEGIN before, and no COMMIT after, a statement.
        assert conn.connection.dbapi_connection.autocommit is True  # type: ignore[union-attr]
