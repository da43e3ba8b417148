"""A packing plant for tests: a factory with a line, a product (4 per case, 3 cases per pallet),
a lot, and item, case and pallet code batches, with their printed codes at hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from client.connection import Connection, ServerError
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from shared.pb import codes_pb2, packing_pb2
from tests.catalog.helpers import new_category, new_line, new_lot, new_product
from tests.support.tenants import TenantFixture

P = packing_pb2
C = codes_pb2
OPERATOR = ["pack.read", "pack.run", "product.read", "lot.read", "line.read", "code.read"]


def op() -> str:
    return uuid.uuid4().hex


@dataclass
class Plant:
    tenant: TenantFixture
    keys: KeyStore
    admin: Connection
    factory_id: int
    line_id: int
    product_id: int
    lot_id: int
    batches: dict[str, codes_pb2.CodeBatch] = field(default_factory=dict)

    def codes(self, level: str, first: int, last: int | None = None) -> list[str]:
        """Printed codes of serials first..last of a level's batch."""
        batch_id = self.batches[level].id
        with self.tenant.sessions() as s:
            batch = s.execute(select(CodeBatch).where(CodeBatch.id == batch_id)).scalar_one()
            codec = self.keys.codec(s, self.tenant.ids.tenant_id, Space.parse(batch.space))
            return [codec.encode(batch.seq_start + n - 1)
                    for n in range(first, (last or first) + 1)]

    def code(self, level: str, serial: int) -> str:
        return self.codes(level, serial)[0]

    def start(self, conn: Connection | None = None, station: str = "S1",
              **kw: Any) -> packing_pb2.PackRun:
        conn = conn or self.admin
        values: dict[str, Any] = {"line_id": self.line_id, "product_id": self.product_id,
                                  "lot_id": self.lot_id, "station": station}
        values.update(kw)
        return conn.call(conn.packing.StartRun, P.StartRunRequest(**values))

    def operator(self, name: str = "op1") -> Connection:
        return self.tenant.user_with(name, OPERATOR, self.factory_id)


def scan(conn: Connection, run_id: int, code: str, op_id: str = "",
         short_reason: str = "") -> packing_pb2.PackScanResult:
    return conn.call(conn.packing.Scan, P.ScanRequest(
        run_id=run_id, code=code, operation_id=op_id or op(), short_reason=short_reason))


def refused(conn: Connection, run_id: int, code: str, **kw: Any) -> ServerError:
    try:
        scan(conn, run_id, code, **kw)
    except ServerError as exc:
        return exc
    raise AssertionError(f"{code} was accepted")


def container(conn: Connection, code: str) -> packing_pb2.Container:
    return conn.call(conn.packing.GetContainer, P.ContainerRequest(code=code))


def events(conn: Connection) -> list[packing_pb2.PackEvent]:
    from shared.pb import common_pb2
    return list(conn.call(conn.packing.ListPackEvents, common_pb2.ListQuery(
        page_size=500, sort=[common_pb2.Sort(field="seq")])).items)


def make_plant(tenant: TenantFixture, keys: KeyStore, *, items: int = 200,
               per_case: int = 4, per_pallet: int = 3) -> Plant:
    admin = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1", "一厂")
    line = new_line(admin, factory, "L1")
    category = new_category(admin, "CAT", fields=[])
    product = new_product(admin, category.id, "P1", items_per_case=per_case,
                          cases_per_pallet=per_pallet)
    lot = new_lot(admin, product.id, "20261013/01", line_id=line.id, custom={})
    plant = Plant(tenant, keys, admin, factory, line.id, product.id, lot.id)
    for level, count in (("item", items), ("case", 60), ("pallet", 20)):
        plant.batches[level] = admin.call(admin.codes.IssueBatch, C.IssueBatchRequest(
            level=getattr(C, f"CODE_LEVEL_{level.upper()}"), format=C.CODE_FORMAT_DIGITS,
            length=18, count=count, labels_per_roll=100))
        # Label authorisation: the factory's operators may pack these rolls.
        admin.call(admin.codes.AllocateRolls, C.AllocateRollsRequest(
            batch_id=plant.batches[level].id, first_roll=1, last_roll=-(-count // 100),
            org_id=factory))
    return plant
