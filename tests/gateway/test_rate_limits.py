"""Rate limits hold across gateway processes: the counters live in the server's database, so
two gateways splitting one consumer's (or one code's) requests still stop at the limit."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from server.codes.keys import KeyStore
from server.config import ServerConfig
from tests.support.gateways import gateway_process
from tests.support.scans import issue_activated
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="module")
def two_gateways(address: str, server_config: ServerConfig) -> Iterator[tuple[str, str]]:
    """Two `yima gateway` processes behind a (pretend) proxy at 127.0.0.1."""
    from tests.support.scans import gateway_token

    token = gateway_token(server_config)
    with gateway_process(address, token, trusted_proxies="127.0.0.1") as a, \
            gateway_process(address, token, trusted_proxies="127.0.0.1") as b:
        yield a, b


def status(url: str, ip: str) -> int:
    request = urllib.request.Request(url, headers={"X-Forwarded-For": ip})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def db_minute(sessions: sessionmaker[Session]) -> object:
    with sessions() as s:
        return s.execute(text("SELECT date_trunc('minute', now())")).scalar_one()


def in_one_window(sessions: sessionmaker[Session], run: Callable[[int], list[int]]) -> list[int]:
    """Limits count per minute of the database's clock: a run that crossed a minute is run
    again (attempt 1 starts just after the boundary, so it cannot cross one)."""
    for attempt in range(2):
        before = db_minute(sessions)
        seen = run(attempt)
        if db_minute(sessions) == before:
            return seen
    raise AssertionError("two runs crossed a minute boundary")


def test_one_code_queried_through_two_gateways(tenant: TenantFixture, keys: KeyStore,
                                               two_gateways: tuple[str, str],
                                               server_config: ServerConfig,
                                               sessions: sessionmaker[Session]) -> None:
    a, b = two_gateways
    issued = issue_activated(tenant, keys, base=f"{a}/r/{tenant.code}/")
    limit = server_config.scan_code_per_minute

    def run(attempt: int) -> list[int]:
        path = issued.url(attempt).split("/", 3)[3]
        seen = [status(f"{(a, b)[n % 2]}/{path}", f"198.18.{n}.{attempt + 1}")
                for n in range(limit)]  # each gateway sees only half of them
        return [*seen, status(f"{b}/{path}", f"198.18.200.{attempt + 1}")]

    assert in_one_window(sessions, run) == [200] * limit + [429]


def test_one_address_across_two_gateways(tenant: TenantFixture, keys: KeyStore,
                                         two_gateways: tuple[str, str],
                                         server_config: ServerConfig,
                                         sessions: sessionmaker[Session]) -> None:
    a, b = two_gateways
    issued = issue_activated(tenant, keys, count=40, activated=30, voided=0,
                             base=f"{a}/r/{tenant.code}/")
    paths = [issued.url(i).split("/", 3)[3] for i in range(len(issued.codes))]
    limit = server_config.scan_ip_per_minute

    def run(attempt: int) -> list[int]:
        ip = f"198.19.7.{attempt + 1}"
        seen = [status(f"{(a, b)[n % 2]}/{paths[n % len(paths)]}", ip) for n in range(limit)]
        return [*seen, status(f"{a}/{paths[0]}", ip), status(f"{b}/{paths[1]}", ip)]

    assert in_one_window(sessions, run) == [200] * limit + [429, 429]
    assert status(f"{b}/{paths[1]}", "198.19.7.99") == 200  # another consumer is served
