"""Production lots: product, factory (the line's by default), lot fields, scope, over gRPC."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
import pytest

from client.connection import Connection
from shared.pb import catalog_pb2, common_pb2, production_pb2
from tests.catalog.helpers import (
    audit_rows,
    catalog,
    new_category,
    new_line,
    new_lot,
    new_product,
    production,
    query,
    refused,
)
from tests.support.tenants import TenantFixture

LOT_PERMS = ["lot.read", "lot.write", "line.read", "product.read"]


@dataclass
class Plant:
    admin: Connection
    factory: int
    line: production_pb2.Line
    product: catalog_pb2.Product


@pytest.fixture
def plant(tenant: TenantFixture) -> Plant:
    """A factory with line L1 and a product whose category has lot fields."""
    admin = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01", "青岛一厂")
    line = new_line(admin, factory, "L1", "1号生产线")
    product = new_product(admin, new_category(admin).id, "10120091", name="花生油 4L")
    return Plant(admin, factory, line, product)


def _get(conn: Connection, lot_id: int) -> production_pb2.Lot:
    return conn.call(production(conn).GetLot, common_pb2.IdRequest(id=lot_id))


def _update(conn: Connection, lot: production_pb2.Lot, **changes: object) -> production_pb2.Lot:
    msg = production_pb2.Lot()
    msg.CopyFrom(lot)
    for key, value in changes.items():
        if key == "custom":
            msg.custom.clear()
            msg.custom.update(value)  # type: ignore[call-overload]
        else:
            setattr(msg, key, value)
    return conn.call(production(conn).UpdateLot, msg)


def test_lot_round_trip(plant: Plant) -> None:
    conn = plant.admin
    made = new_lot(conn, plant.product.id, "20261013/01", line_id=plant.line.id,
                   date="2026-10-13", shift="早班",
                   custom={"inspector": " 陈质检 ", "acid_value": "0.80"})
    assert made.org_id == plant.factory  # the line's factory
    assert (made.lot_no, made.production_date, made.shift, made.line_id) == (
        "20261013/01", "2026-10-13", "早班", plant.line.id)
    assert (made.product_code, made.product_name, made.line_name, made.org_name) == (
        "10120091", "花生油 4L", "1号生产线", "青岛一厂")
    assert dict(made.custom) == {"inspector": "陈质检", "acid_value": "0.80"}
    assert made.created_at.seconds > 0
    assert _get(conn, made.id) == made

    changed = _update(conn, made, production_date="2026-10-14", shift="晚班", line_id=0,
                      custom={"inspector": "刘质检"})
    assert (changed.production_date, changed.shift, changed.line_id, changed.line_name) == (
        "2026-10-14", "晚班", 0, "")
    assert changed.org_id == plant.factory and dict(changed.custom) == {"inspector": "刘质检"}

    conn.call(production(conn).DeleteLot, common_pb2.IdRequest(id=made.id))
    assert refused(_get, conn, made.id).reason == "NOT_FOUND"


def test_lot_changes_are_audited(plant: Plant) -> None:
    conn = plant.admin
    made = new_lot(conn, plant.product.id, line_id=plant.line.id)
    _update(conn, made, shift="夜班")
    conn.call(production(conn).DeleteLot, common_pb2.IdRequest(id=made.id))
    delete, update, create = audit_rows(conn, "lot", made.id)
    assert (update["action"], update["before"]["shift"], update["after"]["shift"]) == (
        "update", "早班", "夜班")
    assert update["before"]["production_date"] == "2026-10-13"
    assert create["after"]["lot_no"] == made.lot_no and create["before"] is None
    assert delete["action"] == "delete" and delete["after"] is None


@pytest.mark.parametrize(("custom", "key"), [
    ({}, "inspector"),                                         # required lot field missing
    ({"inspector": "陈", "acid_value": "low"}, "acid_value"),  # not a number
    ({"inspector": "陈", "origin": "山东"}, "origin"),         # a product field, not a lot one
])
def test_lot_custom_values_are_checked_against_lot_fields(plant: Plant, custom: dict[str, str],
                                                          key: str) -> None:
    err = refused(new_lot, plant.admin, plant.product.id, line_id=plant.line.id, custom=custom)
    assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", f"custom.{key}")


@pytest.mark.parametrize(("changes", "reason", "fld"), [
    ({"lot_no": ""}, "REQUIRED", "lot_no"),
    ({"lot_no": "A" * 21}, "TOO_LONG", "lot_no"),  # GS1 AI (10) holds at most 20
    ({"lot_no": "批次 1"}, "INVALID_VALUE", "lot_no"),
    ({"production_date": ""}, "REQUIRED", "production_date"),
    ({"production_date": "2026-13-01"}, "INVALID_VALUE", "production_date"),
    ({"production_date": "20261013"}, "INVALID_VALUE", "production_date"),  # must be YYYY-MM-DD
    ({"shift": "x" * 33}, "TOO_LONG", "shift"),
    ({"product_id": 0}, "REQUIRED", "product_id"),
    ({"product_id": 10**12}, "NOT_FOUND", "product_id"),
    ({"line_id": 10**12}, "NOT_FOUND", "line_id"),
])
def test_lot_field_refusals(plant: Plant, changes: dict[str, object], reason: str,
                            fld: str) -> None:
    msg = production_pb2.Lot(product_id=plant.product.id, lot_no="L-1",
                             production_date="2026-10-13", line_id=plant.line.id,
                             custom={"inspector": "陈"})
    for key, value in changes.items():
        setattr(msg, key, value)
    err = refused(plant.admin.call, production(plant.admin).CreateLot, msg)
    assert (err.reason, err.field) == (reason, fld)


def test_lot_numbers_are_unique_per_product(plant: Plant) -> None:
    conn = plant.admin
    new_lot(conn, plant.product.id, "B1", line_id=plant.line.id)
    err = refused(new_lot, conn, plant.product.id, "B1", line_id=plant.line.id)
    assert (err.reason, err.field) == ("DUPLICATE", "lot_no")
    assert "B1" in err.message_zh and "生产批次" in err.message_zh
    other = new_product(conn, plant.product.category_id, "P2")
    assert new_lot(conn, other.id, "B1", line_id=plant.line.id).lot_no == "B1"


def test_the_producing_organisation(plant: Plant, tenant: TenantFixture) -> None:
    conn = plant.admin
    licensed = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF01")
    dealer = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D01", "鲁源商贸")
    # Without a line the factory is named...
    assert new_lot(conn, plant.product.id, "B1", org_id=licensed).org_id == licensed
    # ...and must be a factory: a dealer or headquarters (the admin's own org) is refused.
    err = refused(new_lot, conn, plant.product.id, "B2", org_id=dealer)
    assert (err.reason, err.field) == ("NOT_A_FACTORY", "org_id")
    assert "鲁源商贸" in err.message_zh and "经销商" in err.message_zh
    assert refused(new_lot, conn, plant.product.id, "B2").reason == "NOT_A_FACTORY"
    # A line and another factory contradict each other.
    err = refused(new_lot, conn, plant.product.id, "B2", line_id=plant.line.id, org_id=licensed)
    assert (err.reason, err.field) == ("INVALID_VALUE", "org_id")
    # A clerk at the factory needs neither.
    clerk = tenant.user_with("lot_clerk", LOT_PERMS, plant.factory)
    assert new_lot(clerk, plant.product.id, "B3").org_id == plant.factory


def test_inactive_line_or_product_takes_no_new_lots(plant: Plant) -> None:
    conn = plant.admin
    stopped = production_pb2.Line()
    stopped.CopyFrom(plant.line)
    stopped.active = False
    conn.call(production(conn).UpdateLine, stopped)
    err = refused(new_lot, conn, plant.product.id, line_id=plant.line.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "line_id")
    retired = conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=plant.product.id))
    retired.active = False
    conn.call(catalog(conn).UpdateProduct, retired)
    err = refused(new_lot, conn, plant.product.id, org_id=plant.factory)
    assert (err.reason, err.field) == ("INVALID_VALUE", "product_id")


def test_a_lot_keeps_its_product(plant: Plant) -> None:
    conn = plant.admin
    made = new_lot(conn, plant.product.id, line_id=plant.line.id)
    other = new_product(conn, plant.product.category_id, "P2")
    err = refused(_update, conn, made, product_id=other.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "product_id")
    assert _update(conn, made, product_id=0).product_id == plant.product.id


def test_factories_see_only_their_own_lots(plant: Plant, tenant: TenantFixture) -> None:
    admin = plant.admin
    f2 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F02")
    line2 = new_line(admin, f2, "L1")
    lot1 = new_lot(admin, plant.product.id, "A-1", line_id=plant.line.id)
    lot2 = new_lot(admin, plant.product.id, "B-1", line_id=line2.id)
    at_f1 = tenant.user_with("f1_lots", LOT_PERMS, plant.factory)
    at_f2 = tenant.user_with("f2_lots", LOT_PERMS, f2)
    assert [x.lot_no for x in at_f1.call(production(at_f1).ListLots, query()).items] == ["A-1"]
    assert [x.lot_no for x in at_f2.call(production(at_f2).ListLots, query()).items] == ["B-1"]
    assert admin.call(production(admin).ListLots, query()).page.total == 2
    for attempt in (lambda: _get(at_f2, lot1.id), lambda: _update(at_f2, lot1, shift="x"),
                    lambda: at_f2.call(production(at_f2).DeleteLot,
                                       common_pb2.IdRequest(id=lot1.id))):
        err = refused(attempt)
        assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    # Factory 1's line is as good as nonexistent to factory 2.
    err = refused(new_lot, at_f2, plant.product.id, "B-2", line_id=plant.line.id)
    assert (err.reason, err.field) == ("NOT_FOUND", "line_id")
    err = refused(new_lot, at_f2, plant.product.id, "B-2", org_id=plant.factory)
    assert err.reason == "OUT_OF_SCOPE"
    assert _get(at_f2, lot2.id).lot_no == "B-1"


def test_other_tenant_sees_no_lots(plant: Plant, other_tenant: TenantFixture) -> None:
    made = new_lot(plant.admin, plant.product.id, line_id=plant.line.id)
    other = other_tenant.connect()
    assert other.call(production(other).ListLots, query()).page.total == 0
    for method in (production(other).GetLot, production(other).DeleteLot):
        err = refused(other.call, method, common_pb2.IdRequest(id=made.id))
        assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    err = refused(new_lot, other, plant.product.id)
    assert (err.reason, err.field) == ("NOT_FOUND", "product_id")


def test_lot_permissions(plant: Plant, tenant: TenantFixture) -> None:
    made = new_lot(plant.admin, plant.product.id, line_id=plant.line.id)
    reader = tenant.user_with("lot_reader", ["lot.read"], plant.factory)
    assert _get(reader, made.id).id == made.id
    for attempt in (lambda: new_lot(reader, plant.product.id, "X1"),
                    lambda: _update(reader, made, shift="x"),
                    lambda: reader.call(production(reader).DeleteLot,
                                        common_pb2.IdRequest(id=made.id))):
        err = refused(attempt)
        assert (err.reason, err.code) == ("PERMISSION_DENIED", grpc.StatusCode.PERMISSION_DENIED)
        assert "lot.write" in err.message_en


def test_lots_filter_sort_search_and_page(plant: Plant) -> None:
    conn = plant.admin
    stub = production(conn)
    corn = new_product(conn, plant.product.category_id, "10220011", name="玉米油 5L")
    for day in range(1, 31):
        product = plant.product if day % 2 else corn
        new_lot(conn, product.id, f"202611{day:02d}", line_id=plant.line.id,
                date=f"2026-11-{day:02d}", shift="早班" if day <= 10 else "晚班")
    newest = conn.call(stub.ListLots, query(sort=["-production_date"], page_size=7, page=2))
    assert newest.page.total == 30
    assert [x.production_date for x in newest.items] == [
        f"2026-11-{d:02d}" for d in range(23, 16, -1)]
    window = conn.call(stub.ListLots, query(filters=[
        ("production_date", "GE", "2026-11-05"), ("production_date", "LE", "2026-11-09"),
        ("product_id", "EQ", str(corn.id))], sort=["lot_no"]))
    assert [x.lot_no for x in window.items] == ["20261106", "20261108"]
    assert {x.product_name for x in window.items} == {"玉米油 5L"}
    by_name = conn.call(stub.ListLots, query(search="玉米", page_size=100))
    assert by_name.page.total == 15
    early = conn.call(stub.ListLots, query(filters=[("shift", "EQ", "早班")]))
    assert early.page.total == 10
    err = refused(conn.call, stub.ListLots, query(filters=[("production_date", "GE", "11/05")]))
    assert (err.reason, err.field) == ("INVALID_VALUE", "production_date")
