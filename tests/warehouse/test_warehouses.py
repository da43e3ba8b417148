"""Warehouses: run by stock-holding organisations, seen within the subtree, over gRPC."""

from __future__ import annotations

import grpc
import pytest

from client.connection import Connection
from shared.pb import warehouse_pb2
from tests.catalog.helpers import audit_rows, query, refused, warehouses
from tests.support.tenants import TenantFixture

WH_PERMS = ["warehouse.read", "warehouse.write"]


def _new(conn: Connection, org_id: int, code: str = "WH1", **kw: object
         ) -> warehouse_pb2.Warehouse:
    values: dict[str, object] = {"name": f"{code} 仓库", "active": True}
    values.update(kw)
    return conn.call(warehouses(conn).CreateWarehouse, warehouse_pb2.Warehouse(
        org_id=org_id, code=code, **values))


def _update(conn: Connection, wh: warehouse_pb2.Warehouse,
            **changes: object) -> warehouse_pb2.Warehouse:
    msg = warehouse_pb2.Warehouse()
    msg.CopyFrom(wh)
    for key, value in changes.items():
        setattr(msg, key, value)
    return conn.call(warehouses(conn).UpdateWarehouse, msg)


def test_warehouse_round_trip(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    org = tenant.add_org(tenant.ids.hq_org_id, "warehouse", "F01-WH", "一厂成品仓")
    made = _new(conn, org, "WH-F01", name="一厂成品仓库", address="青岛市城阳区丰源路1号",
                region_code="370214")
    assert (made.org_id, made.org_name, made.code, made.name, made.address, made.region_code,
            made.active) == (org, "一厂成品仓", "WH-F01", "一厂成品仓库", "青岛市城阳区丰源路1号",
                             "370214", True)
    changed = _update(conn, made, name="成品一库", region_code="", active=False)
    assert (changed.name, changed.region_code, changed.active) == ("成品一库", "", False)
    assert _update(conn, changed, org_id=0).org_id == org  # no org_id: stays where it is
    listed = conn.call(warehouses(conn).ListWarehouses, query())
    assert [(w.id, w.name, w.org_name) for w in listed.items] == [(made.id, "成品一库",
                                                                    "一厂成品仓")]
    update = audit_rows(conn, "warehouse", made.id, "update")[-1]
    assert update["before"]["name"] == "一厂成品仓库" and update["after"]["name"] == "成品一库"
    assert update["before"]["region_code"] == "370214" and update["after"]["active"] is False


@pytest.mark.parametrize("kind", ["factory", "licensed_factory", "branch", "warehouse",
                                  "dealer", "store"])
def test_stock_holding_organisations_run_warehouses(tenant: TenantFixture, kind: str) -> None:
    org = tenant.add_org(tenant.ids.hq_org_id, kind, f"O-{kind}")
    assert _new(tenant.connect(), org).org_id == org


def test_headquarters_is_the_default_for_its_admin(tenant: TenantFixture) -> None:
    assert _new(tenant.connect(), 0).org_id == tenant.ids.hq_org_id


@pytest.mark.parametrize("kind", ["department", "regulator"])
def test_departments_and_regulators_hold_no_stock(tenant: TenantFixture, kind: str) -> None:
    org = tenant.add_org(tenant.ids.hq_org_id, kind, f"O-{kind}", f"{kind} 机构")
    err = refused(_new, tenant.connect(), org)
    assert (err.reason, err.field, err.code) == ("CANNOT_HOLD_STOCK", "org_id",
                                                 grpc.StatusCode.INVALID_ARGUMENT)
    assert f"{kind} 机构" in err.message_zh
    assert ("部门" if kind == "department" else "监管机构") in err.message_zh


@pytest.mark.parametrize(("changes", "reason", "fld"), [
    ({"region_code": "3702"}, "INVALID_VALUE", "region_code"),
    ({"region_code": "37020A"}, "INVALID_VALUE", "region_code"),
    ({"region_code": "990100"}, "INVALID_VALUE", "region_code"),  # no province 99
    ({"name": ""}, "REQUIRED", "name"),
    ({"code": ""}, "REQUIRED", "code"),
    ({"address": "x" * 301}, "TOO_LONG", "address"),
])
def test_warehouse_field_refusals(tenant: TenantFixture, changes: dict[str, object],
                                  reason: str, fld: str) -> None:
    conn = tenant.connect()
    msg = warehouse_pb2.Warehouse(org_id=tenant.ids.hq_org_id, code="WH1", name="仓")
    for key, value in changes.items():
        setattr(msg, key, value)
    err = refused(conn.call, warehouses(conn).CreateWarehouse, msg)
    assert (err.reason, err.field) == (reason, fld)


def test_codes_are_unique_within_an_organisation(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    d1 = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D1")
    d2 = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D2")
    _new(conn, d1, "WH1")
    err = refused(_new, conn, d1, "WH1")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    assert "WH1" in err.message_zh and "仓库" in err.message_zh
    # Another dealer choosing the same code learns nothing about the first one's warehouses.
    assert _new(conn, d2, "WH1").org_id == d2


def test_dealers_see_only_their_subtree(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    dealer_a = tenant.add_org(hq, "dealer", "DA")
    sub_a = tenant.add_org(dealer_a, "dealer", "DA-1")
    dealer_b = tenant.add_org(hq, "dealer", "DB")
    wh_a = _new(admin, dealer_a, "WH-A")
    wh_sub = _new(admin, sub_a, "WH-A1")
    wh_b = _new(admin, dealer_b, "WH-B")
    at_a = tenant.user_with("wh_a", WH_PERMS, dealer_a)
    at_b = tenant.user_with("wh_b", WH_PERMS, dealer_b)
    seen_a = at_a.call(warehouses(at_a).ListWarehouses, query(sort=["code"]))
    assert [w.code for w in seen_a.items] == ["WH-A", "WH-A1"]
    seen_b = at_b.call(warehouses(at_b).ListWarehouses, query())
    assert [w.id for w in seen_b.items] == [wh_b.id]
    every = admin.call(warehouses(admin).ListWarehouses, query())
    assert {w.id for w in every.items} == {wh_a.id, wh_sub.id, wh_b.id}
    # Dealer B can neither change A's warehouse nor open one in A's tree.
    err = refused(_update, at_b, wh_a, name="taken")
    assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    err = refused(_new, at_b, sub_a, "WH-X")
    assert (err.reason, err.field) == ("OUT_OF_SCOPE", "org_id")
    # Dealer A may run its sub-dealer's warehouse and move it up to itself.
    assert _update(at_a, wh_sub, org_id=dealer_a).org_id == dealer_a
    err = refused(_update, at_a, wh_sub, org_id=dealer_b)
    assert err.reason == "OUT_OF_SCOPE"


def test_other_tenant_sees_no_warehouses(tenant: TenantFixture,
                                         other_tenant: TenantFixture) -> None:
    made = _new(tenant.connect(), 0, "WH1")
    other = other_tenant.connect()
    assert other.call(warehouses(other).ListWarehouses, query()).page.total == 0
    err = refused(_update, other, made, org_id=0)
    assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    err = refused(_new, other, tenant.ids.hq_org_id, "WH2")
    assert err.reason == "OUT_OF_SCOPE"


def test_warehouse_permissions(tenant: TenantFixture) -> None:
    made = _new(tenant.connect(), 0)
    reader = tenant.user_with("wh_reader", ["warehouse.read"])
    assert reader.call(warehouses(reader).ListWarehouses, query()).page.total == 1
    for attempt in (lambda: _new(reader, 0, "WH2"), lambda: _update(reader, made, name="x")):
        err = refused(attempt)
        assert (err.reason, err.code) == ("PERMISSION_DENIED", grpc.StatusCode.PERMISSION_DENIED)
        assert "warehouse.write" in err.message_en
    nobody = tenant.user_with("wh_nobody", ["product.read"])
    err = refused(nobody.call, warehouses(nobody).ListWarehouses, query())
    assert err.reason == "PERMISSION_DENIED"


def test_warehouses_filter_sort_search(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    d1 = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D1", "鲁源商贸")
    for org, code, region, addr in ((0, "WH-QD", "370200", "青岛"), (d1, "WH-JN", "370100", "济南"),
                                    (d1, "WH-NJ", "320100", "南京")):
        _new(conn, org, code, region_code=region, address=addr)
    stub = warehouses(conn)
    shandong = conn.call(stub.ListWarehouses, query(
        filters=[("region_code", "PREFIX", "37")], sort=["-region_code"]))
    assert [w.code for w in shandong.items] == ["WH-QD", "WH-JN"]
    assert [w.code for w in conn.call(stub.ListWarehouses, query(search="南京")).items] == [
        "WH-NJ"]
    by_org = conn.call(stub.ListWarehouses, query(search="鲁源", sort=["code"]))
    assert [w.code for w in by_org.items] == ["WH-JN", "WH-NJ"]
    in_d1 = conn.call(stub.ListWarehouses, query(filters=[("org_id", "EQ", str(d1))],
                                                 page_size=1, page=2, sort=["code"]))
    assert (in_d1.page.total, [w.code for w in in_d1.items]) == (2, ["WH-NJ"])
