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


def test_a_batch_of_queries_is_two_round_trips_whatever_its_size(
        tenant: TenantFixture, keys: KeyStore, gateway: Gateway,
        running_server: Running) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(0))
    assert running_server.scans is not None
    deps = running_server.scans.deps
    urls = [issued.url(i) for i in range(1, 11)] + [issued.base + issued.voided[0],
                                                    issued.base + "junk"]
    before = deps.round_trips
    batch = gateway.call("VerifyBatch", scans_pb2.VerifyBatchRequest(requests=[
        scans_pb2.VerifyRequest(url=u, requester=scans_pb2.Requester(ip=f"192.0.2.{n}"))
        for n, u in enumerate(urls)]))
    assert deps.round_trips - before == 2
    assert [r.code for r in batch.results[:10]] == issued.codes[1:11]  # in order
    assert [r.result for r in batch.results[10:]] == [scans_pb2.SCAN_RESULT_VOIDED,
                                                      scans_pb2.SCAN_RESULT_MALFORMED]
    # The same code twice in one batch: counted once per round, numbered 1 and 2.
    before = deps.round_trips
    twice = gateway.call("VerifyBatch", scans_pb2.VerifyBatchRequest(requests=[
        scans_pb2.VerifyRequest(url=issued.url(12), requester=scans_pb2.Requester(
            ip="192.0.2.99", device_id=d)) for d in ("a", "b")]))
    assert sorted(r.ordinal for r in twice.results) == [1, 2]
    assert deps.round_trips - before == 3
