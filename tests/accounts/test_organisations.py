"""The organisation tree over the real API: any depth, kind rules, moving subtrees, deleting."""

from __future__ import annotations

import grpc
import pytest

from shared.pb import accounts_pb2, common_pb2
from tests.accounts.helpers import (
    eq,
    get_org,
    kind,
    list_all,
    move_org,
    new_org,
    new_user,
    refused,
)
from tests.support.tenants import USER_PASSWORD, TenantFixture


def test_tree_of_any_depth_with_depth_and_dealer_level(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    branch = new_org(conn, hq, "branch", "BR-E", "华东分公司")
    d1 = new_org(conn, branch.id, "dealer", "D1")
    d2 = new_org(conn, d1.id, "dealer", "D2")
    d3 = new_org(conn, d2.id, "dealer", "D3")
    store = new_org(conn, d3.id, "store", "S1")
    chain = [branch, d1, d2, d3, store]
    assert [o.depth for o in chain] == [1, 2, 3, 4, 5]
    assert [o.dealer_level for o in chain] == [0, 1, 2, 3, 0]
    assert [o.parent_id for o in chain] == [hq, branch.id, d1.id, d2.id, d3.id]
    assert store.parent_name == "D3 name" and branch.name == "华东分公司"
    assert store.kind == kind("store")
    # Reading back gives the same computed values; the list returns the tree in path order.
    assert get_org(conn, d3.id).dealer_level == 3
    listed = list_all(conn, conn.accounts.ListOrganisations)
    assert [o.id for o in listed] == [hq, *[o.id for o in chain]]
    assert [o.depth for o in listed] == [0, 1, 2, 3, 4, 5]
    # "Any depth": twelve dealer levels below headquarters.
    parent = hq
    for level in range(1, 13):
        parent = new_org(conn, parent, "dealer", f"DEEP{level}").id
    deepest = get_org(conn, parent)
    assert (deepest.depth, deepest.dealer_level) == (12, 12)


@pytest.mark.parametrize(("parent_kind", "child_kind"), [
    ("store", "factory"), ("store", "store"), ("warehouse", "dealer"), ("factory", "dealer"),
    ("dealer", "branch"), ("dealer", "factory"), ("regulator", "store"),
    ("branch", "headquarters"),
])
def test_kind_rules(tenant: TenantFixture, parent_kind: str, child_kind: str) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    holder = hq if parent_kind != "store" else new_org(conn, hq, "dealer", "DH").id
    parent = new_org(conn, holder, parent_kind, "P")
    err = refused(new_org, conn, parent.id, child_kind, "C")
    assert err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert (err.reason, err.field) == ("ORG_KIND_INVALID", "kind")
    assert "“" in err.message_zh and child_kind not in err.message_zh  # kinds read in Chinese
    assert all(o.code != "C" for o in list_all(conn, conn.accounts.ListOrganisations))


def test_kind_and_parent_are_required(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    no_kind = refused(conn.call, conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
        parent_id=tenant.ids.hq_org_id, code="NK", name="no kind"))
    assert (no_kind.reason, no_kind.field) == ("REQUIRED", "kind")
    no_parent = refused(conn.call, conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
        kind=kind("dealer"), code="NP", name="no parent"))
    assert (no_parent.reason, no_parent.field) == ("REQUIRED", "parent_id")


def test_changing_kind_must_fit_parent_and_children(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    branch = new_org(conn, hq, "branch", "BR")
    dealer = new_org(conn, branch.id, "dealer", "DL")
    new_org(conn, dealer.id, "store", "ST")
    leaf = new_org(conn, branch.id, "dealer", "LEAF")

    def change(org: accounts_pb2.Organisation, new_kind: str) -> accounts_pb2.Organisation:
        msg = accounts_pb2.Organisation()
        msg.CopyFrom(org)
        msg.kind = kind(new_kind)
        return conn.call(conn.accounts.UpdateOrganisation, msg)

    # A dealer holding a store cannot become a warehouse (which holds nothing).
    err = refused(change, dealer, "warehouse")
    assert err.reason == "ORG_KIND_INVALID"
    assert get_org(conn, dealer.id).kind == kind("dealer")
    # A branch cannot hold a factory.
    assert refused(change, leaf, "factory").reason == "ORG_KIND_INVALID"
    assert change(leaf, "store").kind == kind("store")
    assert refused(change, get_org(conn, hq), "branch").reason == "ORG_ROOT"


def test_move_a_subtree(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    east = new_org(conn, hq, "branch", "EAST")
    west = new_org(conn, hq, "branch", "WEST")
    d1 = new_org(conn, east.id, "dealer", "D1")
    d2 = new_org(conn, d1.id, "dealer", "D2")
    store = new_org(conn, d2.id, "store", "S")
    top = new_org(conn, west.id, "dealer", "TOP")
    moved = move_org(conn, d1.id, top.id)
    assert (moved.parent_id, moved.depth, moved.dealer_level) == (top.id, 3, 2)
    assert (get_org(conn, d2.id).depth, get_org(conn, d2.id).dealer_level) == (4, 3)
    assert get_org(conn, store.id).depth == 5
    # Who sees what follows the move: west's people now see the whole subtree, east's do not.
    west_user = tenant.user_with("westie", ["org.read"], west.id)
    east_user = tenant.user_with("eastie", ["org.read"], east.id)
    west_seen = {o.id for o in list_all(west_user, west_user.accounts.ListOrganisations)}
    assert {d1.id, d2.id, store.id} <= west_seen
    east_seen = {o.id for o in list_all(east_user, east_user.accounts.ListOrganisations)}
    assert east_seen == {east.id}
    assert refused(get_org, east_user, store.id).reason == "NOT_FOUND"
    # Moving a lower dealer straight under headquarters makes it a first-level dealer.
    up = move_org(conn, d2.id, hq)
    assert (up.depth, up.dealer_level) == (1, 1)
    assert get_org(conn, store.id).depth == 2
    assert get_org(conn, d1.id).depth == 3  # siblings and old parents keep their place


def test_move_refusals(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    d1 = new_org(conn, hq, "dealer", "D1")
    d2 = new_org(conn, d1.id, "dealer", "D2")
    store = new_org(conn, d2.id, "store", "S")
    assert refused(move_org, conn, d1.id, d2.id).reason == "ORG_CYCLE"
    assert refused(move_org, conn, d1.id, d1.id).reason == "ORG_CYCLE"
    assert refused(move_org, conn, d1.id, store.id).reason == "ORG_CYCLE"
    assert refused(move_org, conn, hq, d1.id).reason == "ORG_ROOT"
    elsewhere = new_org(conn, hq, "store", "ELSEWHERE")
    assert refused(move_org, conn, d2.id, elsewhere.id).reason == "ORG_KIND_INVALID"
    foreign = refused(move_org, conn, d2.id, other_tenant.ids.hq_org_id)
    assert foreign.reason == "OUT_OF_SCOPE"
    assert get_org(conn, d2.id).parent_id == d1.id  # nothing moved


def test_delete_only_an_empty_leaf(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    dealer = new_org(conn, hq, "dealer", "D")
    store = new_org(conn, dealer.id, "store", "S")
    staffed = new_org(conn, hq, "store", "STAFFED")
    new_user(conn, staffed.id, "clerk", USER_PASSWORD)

    def delete(org_id: int) -> None:
        conn.call(conn.accounts.DeleteOrganisation, common_pb2.IdRequest(id=org_id))

    with_children = refused(delete, dealer.id)
    assert with_children.reason == "IN_USE"
    assert with_children.code == grpc.StatusCode.FAILED_PRECONDITION
    assert refused(delete, staffed.id).reason == "IN_USE"
    assert refused(delete, hq).reason == "ORG_ROOT"
    delete(store.id)
    delete(dealer.id)
    assert refused(get_org, conn, dealer.id).reason == "NOT_FOUND"


def test_codes_are_unique_in_a_tenant(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    new_org(conn, tenant.ids.hq_org_id, "dealer", "SAME")
    err = refused(new_org, conn, tenant.ids.hq_org_id, "store", "SAME")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    assert "SAME" in err.message_zh
    other = other_tenant.connect()
    assert new_org(other, other_tenant.ids.hq_org_id, "dealer", "SAME").code == "SAME"


def test_update_and_deactivate(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    dealer = new_org(conn, tenant.ids.hq_org_id, "dealer", "D")
    staff_role = conn.call(conn.accounts.CreateRole, accounts_pb2.Role(
        code="viewer", name="viewer", permissions=["org.read"])).id
    new_user(conn, dealer.id, "dl", USER_PASSWORD, [staff_role])
    msg = accounts_pb2.Organisation()
    msg.CopyFrom(dealer)
    msg.name, msg.region_code, msg.active = "山东经销商", "370100", False
    updated = conn.call(conn.accounts.UpdateOrganisation, msg)
    assert (updated.name, updated.region_code, updated.active) == ("山东经销商", "370100", False)
    # People of a deactivated organisation cannot sign in.
    err = refused(tenant.anonymous().login, tenant.code, "dl", USER_PASSWORD)
    assert err.reason == "ACCOUNT_DISABLED"
    msg.region_code = "37010"
    assert refused(conn.call, conn.accounts.UpdateOrganisation, msg).field == "region_code"
    hq = get_org(conn, tenant.ids.hq_org_id)
    hq.active = False
    assert refused(conn.call, conn.accounts.UpdateOrganisation, hq).reason == "ORG_ROOT"


def test_list_filters_sorts_and_pages(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    for i in range(7):
        new_org(conn, hq, "dealer", f"DLR{i}", f"经销商{i}")
    new_org(conn, hq, "store", "STORE", "门店")
    query = common_pb2.ListQuery(filters=[eq("kind", "dealer")], page_size=3, page=3,
                                 sort=[common_pb2.Sort(field="code", descending=True)])
    resp = conn.call(conn.accounts.ListOrganisations, query)
    assert resp.page.total == 7
    assert [o.code for o in resp.items] == ["DLR0"]
    first = conn.call(conn.accounts.ListOrganisations, common_pb2.ListQuery(
        filters=[eq("kind", "dealer")], page_size=3,
        sort=[common_pb2.Sort(field="code", descending=True)]))
    assert [o.code for o in first.items] == ["DLR6", "DLR5", "DLR4"]
    found = conn.call(conn.accounts.ListOrganisations, common_pb2.ListQuery(search="门店"))
    assert [o.code for o in found.items] == ["STORE"]
    err = refused(conn.call, conn.accounts.ListOrganisations,
                  common_pb2.ListQuery(filters=[eq("password", "x")]))
    assert (err.reason, err.field) == ("LIST_FIELD_UNKNOWN", "password")
