"""The unit of work around every call: connections always go back to the pool, and a database
that cannot be reached reads as "temporarily unavailable", not as a crash."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection, ServerError, server_error
from server.app import build_server
from server.config import ServerConfig
from server.core.policy import Policy
from server.db.engine import make_engine, make_session_factory
from shared.pb import common_pb2
from tests.core.extra_server import call_stream, call_unary, extra_server, path
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture


def _items(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
    yield common_pb2.Empty()
    yield common_pb2.Empty()


def _one(request: Any, context: grpc.ServicerContext) -> Any:
    return common_pb2.Empty()


@pytest.fixture
def small_pool(pg_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    engine = make_engine(pg_url, pool_size=2)
    yield engine, make_session_factory(engine)
    engine.dispose()


def test_refused_calls_give_their_connection_back(
        monkeypatch: pytest.MonkeyPatch, small_pool: tuple[Engine, sessionmaker[Session]],
        tenant: TenantFixture) -> None:
    engine, sessions = small_pool
    handlers = {"Items": ("stream", _items), "One": ("unary", _one)}
    policies = {path("Items"): Policy(), path("One"): Policy()}
    with extra_server(monkeypatch, sessions, handlers, policies) as addr:
        conn = Connection(addr)
        try:
            conn.token = "not-a-session-token"
            # More refusals than the pool holds connections (2 + 2 overflow).
            for _ in range(6):
                for call in (call_stream, call_unary):
                    with pytest.raises(grpc.RpcError) as raw:
                        call(conn.channel, "Items" if call is call_stream else "One")
                    assert server_error(raw.value).reason == "UNAUTHENTICATED"
            assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
            conn.login(tenant.code, "admin", ADMIN_PASSWORD)
            for _ in range(6):
                assert len(call_stream(conn.channel, "Items")) == 2
                call_unary(conn.channel, "One")
            assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        finally:
            conn.close()


def test_an_unreachable_database_is_unavailable_not_internal(tenant: TenantFixture) -> None:
    """The client shows 'temporarily unavailable' (and keeps trying) rather than an incident."""
    dead = make_engine("postgresql+psycopg2://yima@127.0.0.1:9/none", pool_size=1)
    running = build_server(ServerConfig(listen="127.0.0.1:0", workers=2, migrate=False),
                           make_session_factory(dead))
    conn = Connection(f"127.0.0.1:{running.port}")
    try:
        # Calls that need no database still work.
        assert conn.call(conn.system.GetServerInfo, common_pb2.Empty()).version
        with pytest.raises(ServerError) as err:
            conn.login(tenant.code, "admin", ADMIN_PASSWORD)
        assert err.value.code == grpc.StatusCode.UNAVAILABLE
        assert err.value.reason == "UNAVAILABLE"
        assert err.value.is_connection_problem
        assert "稍后" in err.value.message_zh
    finally:
        conn.close()
        running.stop(0.5)
        dead.dispose()
