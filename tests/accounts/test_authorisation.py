"""Who may call what, over every RPC the server has: sign-in required, each permission required,
the organisation subtree and the tenant as hard walls. RPC lists come from the registry and the
descriptors, so areas added later are covered too."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import grpc
from sqlalchemy import delete, select

from server import registry
from server.accounts import permissions
from server.accounts.models import Role, RolePermission
from shared.pb import accounts_pb2, common_pb2
from tests.accounts.helpers import (
    get_org,
    list_all,
    move_org,
    new_org,
    new_role,
    new_user,
    refused,
    update_user,
)
from tests.core.rpc_catalogue import Rpc, all_rpcs, refusal
from tests.support.tenants import ADMIN_PASSWORD, USER_PASSWORD, TenantFixture

RPCS = all_rpcs()


def guarded() -> dict[str, Rpc]:
    """Every RPC the server serves that needs a signed-in caller (the consumer gateway's calls
    need the gateway's credential instead: tests/scans/test_verification.py)."""
    return {p: RPCS[p] for p, pol in registry.all_policies().items()
            if not pol.public and not pol.gateway and p in RPCS}


def by_permission() -> dict[str, list[Rpc]]:
    out: dict[str, list[Rpc]] = {}
    for p, pol in registry.all_policies().items():
        if pol.permission and p in RPCS:
            out.setdefault(pol.permission, []).append(RPCS[p])
    return out


def test_unauthenticated_calls_are_refused(tenant: TenantFixture) -> None:
    rpcs = guarded()
    assert len(rpcs) > 15
    anonymous, forged = tenant.anonymous(), tenant.anonymous()
    forged.token = "f" * 43
    wrong: list[str] = []
    for path, rpc in sorted(rpcs.items()):
        for conn in (anonymous, forged):
            err = refusal(conn, rpc)
            if err is None or (err.code, err.reason) != (grpc.StatusCode.UNAUTHENTICATED,
                                                         "UNAUTHENTICATED"):
                wrong.append(f"{path}: {err}")
    assert not wrong, wrong


def test_public_calls_need_no_sign_in(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    info = conn.call(conn.system.GetServerInfo, common_pb2.Empty())
    assert info.version and info.api_version


def test_every_permission_is_required(tenant: TenantFixture) -> None:
    nobody = tenant.user_with("nobody", [])
    wrong: list[str] = []
    for perm, rpcs in sorted(by_permission().items()):
        for rpc in rpcs:
            err = refusal(nobody, rpc)
            if err is None or err.reason != "PERMISSION_DENIED" or \
                    err.params.get("permission") != perm:
                wrong.append(f"{rpc.path}: {err}")
    assert not wrong, wrong
    # Calls that need no permission stay open to a signed-in user without any.
    nobody.call(nobody.system.Ping, common_pb2.Empty())
    assert nobody.call(nobody.auth.Me, common_pb2.Empty()).username == "nobody"


def _set_role(tenant: TenantFixture, role_code: str, perms: AbstractSet[str]) -> None:
    """Replace a role's permissions directly (they are read afresh on every call)."""
    with tenant.sessions() as s, s.begin():
        role_id = s.execute(select(Role.id).where(Role.tenant_id == tenant.ids.tenant_id,
                                                  Role.code == role_code)).scalar_one()
        s.execute(delete(RolePermission).where(RolePermission.role_id == role_id))
        s.add_all(RolePermission(tenant_id=tenant.ids.tenant_id, role_id=role_id, permission=p)
                  for p in sorted(perms))


def test_each_permission_guards_exactly_its_rpcs(tenant: TenantFixture) -> None:
    """A user holding every permission but P is refused P's RPCs; one holding only P gets past
    the permission check for them (the empty request may then fail for other reasons)."""
    all_but = tenant.user_with("allbut", [])
    only = tenant.user_with("only", [])
    wrong: list[str] = []
    for perm, rpcs in sorted(by_permission().items()):
        _set_role(tenant, "r_allbut", permissions.ALL - {perm})
        _set_role(tenant, "r_only", {perm})
        for rpc in rpcs:
            err = refusal(all_but, rpc)
            if err is None or err.reason != "PERMISSION_DENIED":
                wrong.append(f"{rpc.path} allowed without {perm}: {err}")
            err = refusal(only, rpc)
            if err is not None and err.reason in ("PERMISSION_DENIED", "INTERNAL"):
                wrong.append(f"{rpc.path} refused with {perm}: {err}")
    assert not wrong, wrong


def test_empty_requests_get_errors_for_people(tenant: TenantFixture) -> None:
    """Whatever a client sends, the answer is a catalogued reason, never a crash."""
    admin = tenant.connect()
    crashes: list[str] = []
    for path, rpc in sorted(guarded().items()):
        err = refusal(admin, rpc)
        if err is not None and err.reason == "SESSION_EXPIRED":  # the call before was Logout
            admin = tenant.connect()
            err = refusal(admin, rpc)
        if err is not None and (err.reason == "INTERNAL" or err.code == grpc.StatusCode.UNKNOWN):
            crashes.append(f"{path}: {err}")
    assert not crashes, crashes


def dealer_world(tenant: TenantFixture) -> dict[str, int]:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    a = new_org(admin, hq, "dealer", "A").id
    a1 = new_org(admin, a, "dealer", "A1").id
    a_store = new_org(admin, a1, "store", "A-S").id
    b = new_org(admin, hq, "dealer", "B").id
    b_store = new_org(admin, b, "store", "B-S").id
    viewer = new_role(admin, "viewer", ["org.read"]).id
    b_user = new_user(admin, b, "b_clerk", USER_PASSWORD, [viewer]).id
    a_user = new_user(admin, a1, "a_clerk", USER_PASSWORD, [viewer]).id
    return {"hq": hq, "a": a, "a1": a1, "a_store": a_store, "b": b, "b_store": b_store,
            "viewer": viewer, "b_user": b_user, "a_user": a_user}


def test_a_dealer_sees_and_changes_only_its_subtree(tenant: TenantFixture) -> None:
    ids = dealer_world(tenant)
    dealer = tenant.user_with("a_manager", ["org.read", "org.write", "user.read", "user.write",
                                            "user.reset_password"], ids["a"])
    orgs = {o.id for o in list_all(dealer, dealer.accounts.ListOrganisations)}
    assert orgs == {ids["a"], ids["a1"], ids["a_store"]}
    users = {u.username for u in list_all(dealer, dealer.accounts.ListUsers)}
    assert users == {"a_clerk", "a_manager"}
    for org in ("b", "b_store", "hq"):
        err = refused(get_org, dealer, ids[org])
        assert err.reason == "NOT_FOUND" and err.code == grpc.StatusCode.NOT_FOUND, org
    # Writing into a sibling dealer: refused as out of scope, and nothing is created.
    err = refused(new_user, dealer, ids["b"], "intruder", USER_PASSWORD, [ids["viewer"]])
    assert (err.reason, err.code) == ("OUT_OF_SCOPE", grpc.StatusCode.PERMISSION_DENIED)
    assert refused(new_org, dealer, ids["b"], "store", "B-S2").reason == "OUT_OF_SCOPE"
    assert refused(move_org, dealer, ids["a_store"], ids["b"]).reason == "OUT_OF_SCOPE"
    assert refused(move_org, dealer, ids["b_store"], ids["a"]).reason == "NOT_FOUND"
    assert refused(dealer.call, dealer.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=ids["b_user"], new_password="Taken12345")).reason == "NOT_FOUND"
    assert refused(dealer.call, dealer.accounts.DeleteOrganisation,
                   common_pb2.IdRequest(id=ids["b_store"])).reason == "NOT_FOUND"
    # Nor can a user of its own be sent over to the sibling.
    clerk = next(u for u in list_all(dealer, dealer.accounts.ListUsers)
                 if u.username == "a_clerk")
    assert refused(update_user, dealer, clerk, org_id=ids["b"]).reason == "OUT_OF_SCOPE"
    # Inside its own subtree the dealer works normally.
    assert new_org(dealer, ids["a1"], "store", "A-S2").dealer_level == 0
    assert new_user(dealer, ids["a_store"], "a_new", USER_PASSWORD, [ids["viewer"]]).id
    admin = tenant.connect()
    assert "intruder" not in {u.username for u in list_all(admin, admin.accounts.ListUsers)}


def test_tenants_are_walled_off(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    x = tenant.connect()
    y = other_tenant.connect()
    y_org = new_org(y, other_tenant.ids.hq_org_id, "dealer", "Y-D")
    y_user = new_user(y, y_org.id, "only_in_y", USER_PASSWORD)
    y_role = new_role(y, "y_role", ["org.read"])
    x_orgs = {o.id for o in list_all(x, x.accounts.ListOrganisations)}
    assert x_orgs == {tenant.ids.hq_org_id}
    assert {u.username for u in list_all(x, x.accounts.ListUsers)} == {"admin"}
    assert {r.code for r in list_all(x, x.accounts.ListRoles)} == {"admin"}
    assert all(r.org_id == tenant.ids.hq_org_id
               for r in x.call(x.audit.SearchAudit, common_pb2.ListQuery(page_size=500)).items)
    for org_id in (other_tenant.ids.hq_org_id, y_org.id):
        assert refused(get_org, x, org_id).reason == "NOT_FOUND"
    assert refused(x.call, x.accounts.UpdateUser, accounts_pb2.User(
        id=y_user.id, org_id=tenant.ids.hq_org_id, display_name="hijack",
        active=True)).reason == "NOT_FOUND"
    assert refused(x.call, x.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=other_tenant.ids.admin_user_id, new_password="Taken12345")).reason == "NOT_FOUND"
    assert refused(x.call, x.accounts.DeleteRole,
                   common_pb2.IdRequest(id=y_role.id)).reason == "NOT_FOUND"
    assert refused(x.call, x.accounts.UpdateRole, accounts_pb2.Role(
        id=y_role.id, code="y_role", name="n", permissions=["org.read"])).reason == "NOT_FOUND"
    assert refused(new_user, x, tenant.ids.hq_org_id, "borrower", USER_PASSWORD,
                   [y_role.id]).reason == "NOT_FOUND"
    assert refused(new_user, x, y_org.id, "planted", USER_PASSWORD).reason == "OUT_OF_SCOPE"
    assert refused(new_org, x, y_org.id, "store", "PLANTED").reason == "OUT_OF_SCOPE"
    # Y's records are untouched and Y's people cannot sign in through X's company code.
    assert {u.username for u in list_all(y, y.accounts.ListUsers)} == {"admin", "only_in_y"}
    err = refused(tenant.anonymous().login, tenant.code, "only_in_y", USER_PASSWORD)
    assert err.reason == "BAD_CREDENTIALS"
    mine = tenant.anonymous().login(tenant.code, "admin", ADMIN_PASSWORD)
    theirs = other_tenant.anonymous().login(other_tenant.code, "admin", ADMIN_PASSWORD)
    assert mine.principal.tenant_id != theirs.principal.tenant_id

