"""Gateway tests: real `yima gateway` processes, Debian's Chromium, the demo's codes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from server.accounts.models import Tenant
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.core.interceptors import GATEWAY_HEADER
from server.demo import data
from server.demo.seed import seed
from server.demo.seed_scans import DemoLink, demo_links, sample_scans
from shared.pb import scans_pb2_grpc
from tests.support.gateways import chromium, gateway_process
from tests.support.scans import gateway, gateway_token, keys

__all__ = ["gateway", "keys"]


@pytest.fixture(scope="module")
def demo_links_(sessions: sessionmaker[Session], address: str, keys: KeyStore,
                server_config: ServerConfig) -> dict[str, DemoLink]:
    """The demo seeded afresh, with its earlier consumers' queries; links by label."""
    import grpc

    with sessions() as s, s.begin():
        s.execute(delete(Tenant).where(Tenant.code == data.TENANT_CODE))
    seed(sessions, address)
    links = demo_links(sessions, keys)
    with grpc.insecure_channel(address) as channel:
        sample_scans(scans_pb2_grpc.GatewayServiceStub(channel),
                     ((GATEWAY_HEADER, gateway_token(server_config)),), links)
    return {link.label: link for link in links}


@pytest.fixture(scope="module")
def demo_gateway(address: str, server_config: ServerConfig) -> Iterator[str]:
    """A gateway whose public address is the demo's (http://127.0.0.1:8080), on a free port."""
    with gateway_process(address, gateway_token(server_config),
                         public_url="http://127.0.0.1:8080") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def local(link: DemoLink, gateway_url: str) -> str:
    """The demo URL as served by this test's gateway."""
    return link.url.replace("http://127.0.0.1:8080", gateway_url)
