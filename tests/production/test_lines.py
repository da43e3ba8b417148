"""Production lines: run by factories, seen within the organisation subtree, over gRPC."""

from __future__ import annotations

import grpc
import pytest

from client.connection import Connection
from shared.pb import production_pb2
from tests.catalog.helpers import audit_rows, new_line, production, query, refused
from tests.support.tenants import TenantFixture

LINE_PERMS = ["line.read", "line.write"]


def _update(conn: Connection, line: production_pb2.Line, **changes: object) -> production_pb2.Line:
    msg = production_pb2.Line()
    msg.CopyFrom(line)
    for key, value in changes.items():
        setattr(msg, key, value)
    return conn.call(production(conn).UpdateLine, msg)


def test_line_round_trip(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01", "青岛一厂")
    made = new_line(conn, factory, "L1", "1号生产线")
    assert (made.org_id, made.org_name, made.code, made.name, made.active) == (
        factory, "青岛一厂", "L1", "1号生产线", True)
    changed = _update(conn, made, name="1号灌装线", description="4L 桶装", active=False)
    assert (changed.name, changed.description, changed.active) == ("1号灌装线", "4L 桶装", False)
    listed = conn.call(production(conn).ListLines, query())
    assert [(x.id, x.name, x.org_name, x.active) for x in listed.items] == [
        (made.id, "1号灌装线", "青岛一厂", False)]
    # Leaving org_id out of an update keeps the line where it is.
    assert _update(conn, changed, org_id=0).org_id == factory


def test_line_update_is_audited(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_line(conn, tenant.add_org(tenant.ids.hq_org_id, "factory", "F01"), "L1", "旧")
    _update(conn, made, name="新")
    update, create = audit_rows(conn, "line", made.id)
    assert (update["action"], update["before"]["name"], update["after"]["name"]) == (
        "update", "旧", "新")
    assert create["action"] == "create" and create["after"]["code"] == "L1"


def test_licensed_factory_runs_lines_and_a_clerk_defaults_to_their_factory(
        tenant: TenantFixture) -> None:
    licensed = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF01")
    clerk = tenant.user_with("lf_clerk", LINE_PERMS, licensed)
    made = new_line(clerk, 0, "LF-L1")
    assert made.org_id == licensed


@pytest.mark.parametrize("kind", ["headquarters", "dealer", "branch", "warehouse"])
def test_lines_belong_only_to_factories(tenant: TenantFixture, kind: str) -> None:
    conn = tenant.connect()
    org = tenant.ids.hq_org_id if kind == "headquarters" else tenant.add_org(
        tenant.ids.hq_org_id, kind, f"X-{kind}", f"{kind} org")
    err = refused(new_line, conn, org, "L1")
    assert (err.reason, err.field, err.code) == ("NOT_A_FACTORY", "org_id",
                                                 grpc.StatusCode.INVALID_ARGUMENT)
    assert "工厂" in err.message_zh
    # An HQ admin without an org_id means headquarters itself: refused the same way.
    if kind == "headquarters":
        assert "总部" in err.message_zh
        assert refused(new_line, conn, 0, "L1").reason == "NOT_A_FACTORY"


def test_line_codes_are_unique_per_factory(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    f1 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01")
    f2 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F02")
    new_line(conn, f1, "L1")
    err = refused(new_line, conn, f1, "L1")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    assert new_line(conn, f2, "L1").org_id == f2  # every factory has its own line 1


def test_factories_see_only_their_own_lines(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    f1 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01")
    f2 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F02")
    line1 = new_line(admin, f1, "L1")
    line2 = new_line(admin, f2, "L2")
    at_f1 = tenant.user_with("f1_lines", LINE_PERMS, f1)
    at_f2 = tenant.user_with("f2_lines", LINE_PERMS, f2)
    assert [x.code for x in at_f1.call(production(at_f1).ListLines, query()).items] == ["L1"]
    assert [x.code for x in at_f2.call(production(at_f2).ListLines, query()).items] == ["L2"]
    both = admin.call(production(admin).ListLines, query(sort=["code"]))
    assert [x.id for x in both.items] == [line1.id, line2.id]
    # Factory 2 can neither change factory 1's line nor put a line into factory 1.
    err = refused(_update, at_f2, line1, name="hijacked")
    assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    err = refused(new_line, at_f2, f1, "L9")
    assert (err.reason, err.field) == ("OUT_OF_SCOPE", "org_id")
    err = refused(_update, at_f1, line1, org_id=f2)
    assert err.reason == "OUT_OF_SCOPE"


def test_other_tenant_sees_no_lines(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    made = new_line(tenant.connect(), tenant.add_org(tenant.ids.hq_org_id, "factory", "F01"))
    other = other_tenant.connect()
    assert other.call(production(other).ListLines, query()).page.total == 0
    err = refused(_update, other, made, org_id=0)
    assert err.reason == "NOT_FOUND"
    err = refused(new_line, other, made.org_id, "L1")
    assert err.reason == "OUT_OF_SCOPE"


def test_line_permissions(tenant: TenantFixture) -> None:
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01")
    made = new_line(tenant.connect(), factory)
    reader = tenant.user_with("line_reader", ["line.read"], factory)
    assert reader.call(production(reader).ListLines, query()).page.total == 1
    for attempt in (lambda: new_line(reader, factory, "L2"),
                    lambda: _update(reader, made, name="x")):
        err = refused(attempt)
        assert (err.reason, err.code) == ("PERMISSION_DENIED", grpc.StatusCode.PERMISSION_DENIED)
    nobody = tenant.user_with("line_nobody", ["lot.read"], factory)
    assert refused(nobody.call, production(nobody).ListLines, query()).reason == \
        "PERMISSION_DENIED"


def test_lines_filter_sort_search(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    f1 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F01")
    f2 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F02")
    for org, code, name in ((f1, "L1", "灌装线"), (f1, "L2", "包装线"), (f2, "L1", "压榨线")):
        new_line(conn, org, code, name)
    stub = production(conn)
    in_f1 = conn.call(stub.ListLines, query(filters=[("org_id", "EQ", str(f1))],
                                            sort=["-code"]))
    assert [x.code for x in in_f1.items] == ["L2", "L1"]
    assert [x.name for x in conn.call(stub.ListLines, query(search="装")).items] == [
        "灌装线", "包装线"]
    two = conn.call(stub.ListLines, query(filters=[("org_id", "IN", [str(f1), str(f2)])],
                                          page_size=2, page=2))
    assert (two.page.total, len(two.items)) == (3, 1)
