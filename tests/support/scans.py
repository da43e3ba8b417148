"""Scan test support: a tenant with activated codes (their printed forms and verification codes
computed with the server's own keys) and the gateway's authenticated stub."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from sqlalchemy import select

from client.connection import Connection, ServerError, server_error
from server.codes import verification as vcodes
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.config import ServerConfig
from server.core.interceptors import GATEWAY_HEADER
from server.scans.wiring import ensure_gateway_token
from shared.pb import codes_pb2, codes_pb2_grpc, common_pb2, scans_pb2, scans_pb2_grpc
from tests.catalog.helpers import GTIN_A, new_category, new_line, new_lot, new_product
from tests.support.tenants import TenantFixture

C = codes_pb2


@dataclass
class Issued:
    """Activated item codes of one batch (serials 1..n) and the tenant's consumer URL base."""

    tenant: TenantFixture
    admin: Connection
    base: str
    batch_id: int
    product_id: int
    lot_id: int
    codes: list[str]
    verification: list[str]
    voided: list[str] = field(default_factory=list)
    not_activated: list[str] = field(default_factory=list)

    def url(self, i: int) -> str:
        return self.base + self.codes[i]


def base_url(tenant: TenantFixture) -> str:
    """Every test tenant prints under its own host, as a brand would."""
    return f"https://{tenant.code}.scan.example/c/"


def _codes(keys: KeyStore, tenant: TenantFixture, batch_id: int, serials: range,
           digits: int) -> tuple[list[str], list[str]]:
    with tenant.sessions() as s:
        batch = s.execute(select(CodeBatch).where(CodeBatch.id == batch_id)).scalar_one()
        space = Space.parse(batch.space)
        codec = keys.codec(s, tenant.ids.tenant_id, space)
        key = keys.verification_key(s, tenant.ids.tenant_id, space) if digits else b""
        seqs = [batch.seq_start + n - 1 for n in serials]
    return ([codec.encode(q) for q in seqs],
            [vcodes.code(key, q, digits) if digits else "" for q in seqs])


def issue_activated(tenant: TenantFixture, keys: KeyStore, *, count: int = 40,
                    digits: int = 6, activated: int = 30, voided: int = 5,
                    fmt: int = C.CODE_FORMAT_DIGITS, base: str = "",
                    product_code: str = "10120091", gtin: str = GTIN_A) -> Issued:
    """A product with a lot, a batch of `count` codes: serials 1..activated activated, the
    last `voided` of those voided, the rest never activated."""
    admin = tenant.connect()
    stub = admin.stub(codes_pb2_grpc.CodeServiceStub)
    base = base or base_url(tenant)
    admin.call(stub.UpdateCodeSettings, C.CodeSettings(gateway_base_url=base,
                                                      digital_link=fmt == C.CODE_FORMAT_GS1))
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01", "丰源粮油一厂")
    line = new_line(admin, factory, "L1", "1号生产线")
    product = new_product(admin, new_category(admin).id, product_code, name="花生油 4L",
                          spec="4L/桶", gtin=gtin)
    lot = new_lot(admin, product.id, "20261013/01", line_id=line.id, org_id=factory)
    batch = admin.call(stub.IssueBatch, C.IssueBatchRequest(
        level=C.CODE_LEVEL_ITEM, format=fmt, count=count, product_id=product.id,  # type: ignore[arg-type]
        verification_digits=digits, labels_per_roll=10))
    admin.call(stub.Activate, C.ActivateRequest(
        selection=C.CodeSelection(batch_id=batch.id, first_serial=1, last_serial=activated),
        product_id=product.id, lot_id=lot.id))
    if voided:
        admin.call(stub.Void, C.VoidRequest(
            selection=C.CodeSelection(batch_id=batch.id, first_serial=activated - voided + 1,
                                      last_serial=activated), reason="标签破损"))
    all_codes, all_vc = _codes(keys, tenant, batch.id, range(1, count + 1), digits)
    genuine = activated - voided
    return Issued(tenant=tenant, admin=admin, base=base, batch_id=batch.id,
                  product_id=product.id, lot_id=lot.id, codes=all_codes[:genuine],
                  verification=all_vc[:genuine], voided=all_codes[genuine:activated],
                  not_activated=all_codes[activated:])


class Gateway:
    """The gateway's side of the server: its stub with the credential in every call."""

    def __init__(self, address: str, token: str) -> None:
        self.channel = grpc.insecure_channel(address)
        self.stub = scans_pb2_grpc.GatewayServiceStub(self.channel)
        self.metadata = ((GATEWAY_HEADER, token),)

    def call(self, method: str, request: Any) -> Any:
        try:
            return getattr(self.stub, method)(request, metadata=self.metadata, timeout=30)
        except grpc.RpcError as exc:
            raise server_error(exc) from None

    def verify(self, url: str, *, ip: str = "198.51.100.7", device: str = "phone-1",
               code: str = "", token: str = "", lang: str = "zh",
               position: tuple[float, float] | None = None,
               method: int = scans_pb2.SCAN_METHOD_QR) -> scans_pb2.Verification:
        req = scans_pb2.VerifyRequest(
            url=url, method=method,  # type: ignore[arg-type]
            requester=scans_pb2.Requester(ip=ip, device_id=device, lang=lang,
                                          user_agent="pytest"),
            verification_code=code, scan_token=token)
        if position is not None:
            req.position.CopyFrom(scans_pb2.Position(latitude=position[0],
                                                     longitude=position[1], accuracy_m=30))
        return self.call("Verify", req)

    def close(self) -> None:
        self.channel.close()


def gateway_token(config: ServerConfig) -> str:
    return ensure_gateway_token(config)[0]


def scans_stub(conn: Connection) -> scans_pb2_grpc.ScanServiceStub:
    return conn.stub(scans_pb2_grpc.ScanServiceStub)


def list_scans(conn: Connection, **filters: str) -> list[scans_pb2.Scan]:
    query = common_pb2.ListQuery(page_size=500, filters=[
        common_pb2.Filter(field=k, value=v) for k, v in filters.items()])
    return list(conn.call(scans_stub(conn).ListScans, query).items)


@pytest.fixture(scope="session")
def keys(server_config: ServerConfig) -> KeyStore:
    """The server's keys, to compute the codes and verification codes a label carries."""
    return KeyStore(server_config.data_dir)


@pytest.fixture
def gateway(address: str, server_config: ServerConfig) -> Iterator[Gateway]:
    """The server as the consumer gateway calls it (with the gateway credential)."""
    gw = Gateway(address, gateway_token(server_config))
    yield gw
    gw.close()


__all__ = ["Gateway", "Issued", "ServerError", "gateway_token", "issue_activated",
           "list_scans", "scans_stub"]
