"""Warehouse locations (库位): unique code per warehouse, seen and changed through the warehouse's
organisation scope, audited."""

from __future__ import annotations

import pytest

from client.connection import Connection
from shared.pb import common_pb2, warehouse_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.orders.helpers import warehouse
from tests.support.tenants import TenantFixture

W = warehouse_pb2


def new_location(conn: Connection, warehouse_id: int, code: str, **kw: object
                 ) -> warehouse_pb2.Location:
    return conn.call(conn.warehouse.CreateLocation, W.Location(
        warehouse_id=warehouse_id, code=code, active=True, **kw))  # type: ignore[arg-type]


def test_location_round_trip(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    org = tenant.add_org(tenant.ids.hq_org_id, "warehouse", "F01-WH", "一厂成品仓")
    wh = warehouse(conn, org, "WH-F01", "一厂成品仓库")
    other = warehouse(conn, org, "WH-F02")
    made = new_location(conn, wh, "A-01-03", name="A区1排3层", zone="A")
    assert (made.warehouse_code, made.warehouse_name, made.org_name, made.zone) == (
        "WH-F01", "一厂成品仓库", "一厂成品仓", "A")
    assert new_location(conn, other, "A-01-03").id  # codes are per warehouse
    err = refused(new_location, conn, wh, "A-01-03")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    changed = conn.call(conn.warehouse.UpdateLocation, W.Location(
        id=made.id, code="A-01-04", name="A区1排4层", zone="A", active=False))
    assert (changed.code, changed.active, changed.warehouse_id) == ("A-01-04", False, wh)
    err = refused(conn.call, conn.warehouse.UpdateLocation, W.Location(
        id=made.id, warehouse_id=other, code="A-01-04"))
    assert (err.reason, err.field) == ("INVALID_VALUE", "warehouse_id")
    listed = conn.call(conn.warehouse.ListLocations, query(
        filters=[("warehouse_id", "EQ", str(wh))]))
    assert [x.code for x in listed.items] == ["A-01-04"]
    conn.call(conn.warehouse.DeleteLocation, common_pb2.IdRequest(id=made.id))
    assert [r["action"] for r in audit_rows(conn, "location", made.id)] == [
        "delete", "update", "create"]


@pytest.mark.parametrize(("changes", "reason", "fld"), [
    ({"code": ""}, "REQUIRED", "code"),
    ({"code": "A 01"}, "INVALID_VALUE", "code"),
    ({"zone": "z" * 65}, "TOO_LONG", "zone"),
    ({"warehouse_id": 0}, "REQUIRED", "warehouse_id"),
])
def test_bad_locations_are_refused(tenant: TenantFixture, changes: dict[str, object],
                                   reason: str, fld: str) -> None:
    conn = tenant.connect()
    values: dict[str, object] = {"warehouse_id": warehouse(conn, 0, "WH1"), "code": "A-1"}
    values.update(changes)
    err = refused(conn.call, conn.warehouse.CreateLocation, W.Location(**values))  # type: ignore[arg-type]
    assert (err.reason, err.field) == (reason, fld)


def test_locations_follow_the_warehouse_scope(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    d1 = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D1")
    d2 = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D2")
    mine = new_location(admin, warehouse(admin, d1, "WH-D1"), "L1")
    theirs_wh = warehouse(admin, d2, "WH-D2")
    theirs = new_location(admin, theirs_wh, "L1")
    dealer = tenant.user_with("d1", ["warehouse.read", "warehouse.write"], d1)
    assert [x.id for x in dealer.call(dealer.warehouse.ListLocations, query()).items] == [
        mine.id]
    err = refused(new_location, dealer, theirs_wh, "L2")
    assert (err.reason, err.field) == ("NOT_FOUND", "warehouse_id")
    for call, request in ((dealer.warehouse.UpdateLocation, W.Location(id=theirs.id, code="X")),
                          (dealer.warehouse.DeleteLocation, common_pb2.IdRequest(id=theirs.id))):
        assert refused(dealer.call, call, request).reason == "NOT_FOUND"
    reader = tenant.user_with("reader", ["warehouse.read"], d1)
    assert refused(new_location, reader, mine.warehouse_id, "L9").reason == "PERMISSION_DENIED"
