"""Stock fixtures: a channel per test (its own tenant)."""

from __future__ import annotations

import pytest

from server.codes.keys import KeyStore
from server.config import ServerConfig
from tests.stock.helpers import Channel, make_channel
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="session")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def channel(tenant: TenantFixture, keys: KeyStore) -> Channel:
    return make_channel(tenant, keys)
