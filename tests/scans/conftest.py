"""Scan tests: the session's server seen as the consumer gateway sees it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from server.codes.keys import KeyStore
from server.config import ServerConfig
from tests.support.scans import Gateway, gateway_token


@pytest.fixture(scope="session")
def keys(server_config: ServerConfig) -> KeyStore:
    """The server's keys, to compute the codes and verification codes a label carries."""
    return KeyStore(server_config.data_dir)


@pytest.fixture
def gateway(address: str, server_config: ServerConfig) -> Iterator[Gateway]:
    gw = Gateway(address, gateway_token(server_config))
    yield gw
    gw.close()
