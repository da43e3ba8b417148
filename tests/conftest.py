"""One embedded PostgreSQL and one gRPC server (real socket) per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from server.app import Running, build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import make_engine, make_session_factory
from tests.support.tenants import TenantFixture, make_tenant


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The embedded PostgreSQL, migrated to head."""
    url = start_embedded(Path(tmp_path_factory.mktemp("yima-data")))
    migrate.upgrade(url)
    return url


@pytest.fixture(scope="session")
def engine(pg_url: str) -> Iterator[Engine]:
    eng = make_engine(pg_url, pool_size=8)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture(scope="session")
def server_config(tmp_path_factory: pytest.TempPathFactory) -> ServerConfig:
    # data_dir: the code key store's master key goes to a temporary folder.
    return ServerConfig(listen="127.0.0.1:0", workers=8, max_failed_logins=5,
                        lockout_minutes=15, migrate=False,
                        data_dir=tmp_path_factory.mktemp("yima-server"))


@pytest.fixture(scope="session")
def running_server(server_config: ServerConfig,
                   sessions: sessionmaker[Session]) -> Iterator[Running]:
    running = build_server(server_config, sessions, KeyStore(server_config.data_dir))
    yield running
    running.stop(1.0)


@pytest.fixture(scope="session")
def address(running_server: Running) -> str:
    return f"127.0.0.1:{running_server.port}"


@pytest.fixture
def tenant(sessions: sessionmaker[Session], address: str) -> Iterator[TenantFixture]:
    """A fresh tenant (own headquarters and admin) for this test only."""
    fixture = make_tenant(sessions, address)
    yield fixture
    fixture.close()


@pytest.fixture
def other_tenant(sessions: sessionmaker[Session], address: str) -> Iterator[TenantFixture]:
    fixture = make_tenant(sessions, address, prefix="o")
    yield fixture
    fixture.close()
