"""Packing fixtures: a plant per test (its own tenant), printed codes from the server's keys."""

from __future__ import annotations

import pytest

from server.codes.keys import KeyStore
from server.config import ServerConfig
from tests.packing.helpers import Plant, make_plant
from tests.support.tenants import TenantFixture


@pytest.fixture(scope="session")
def keys(server_config: ServerConfig) -> KeyStore:
    return KeyStore(server_config.data_dir)


@pytest.fixture
def plant(tenant: TenantFixture, keys: KeyStore) -> Plant:
    return make_plant(tenant, keys)
