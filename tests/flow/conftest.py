"""Flow fixtures: a channel per test (its own tenant), the gateway's view of the server."""

from __future__ import annotations

import pytest

from server.codes.keys import KeyStore
from tests.stock.helpers import Channel, make_channel
from tests.support.scans import base_url, gateway, keys
from tests.support.tenants import TenantFixture

__all__ = ["gateway", "keys"]


@pytest.fixture
def channel(tenant: TenantFixture, keys: KeyStore) -> Channel:
    return make_channel(tenant, keys, base=base_url(tenant))
