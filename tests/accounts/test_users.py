"""Users over the real API: initial passwords, duplicates, deactivation, password resets."""

from __future__ import annotations

import grpc

from client.connection import Connection
from server import registry
from shared.pb import accounts_pb2, auth_pb2, common_pb2
from tests.accounts.helpers import eq, list_all, new_org, new_role, new_user, refused, update_user
from tests.core.rpc_catalogue import all_rpcs, refusal
from tests.support.tenants import TenantFixture

INITIAL = "Initial123"
CHANGED = "Changed123"


def sign_in(tenant: TenantFixture, username: str, password: str) -> Connection:
    conn = tenant.anonymous()
    conn.login(tenant.code, username, password)
    return conn


def test_new_user_must_change_the_initial_password(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    role = new_role(admin, "viewer", ["org.read", "user.read"])
    created = new_user(admin, tenant.ids.hq_org_id, "zhang", INITIAL, [role.id])
    assert (created.username, created.active, list(created.role_names)) == (
        "zhang", True, ["viewer role"])
    conn = tenant.anonymous()
    resp = conn.login(tenant.code, "zhang", INITIAL)
    assert resp.principal.must_change_password
    # Until the password is changed, everything but Me/ChangePassword/Logout/Ping is refused,
    # even what the user's roles allow.
    policies = registry.all_policies()
    rpcs = all_rpcs()
    blocked = [p for p, pol in policies.items()
               if not pol.public and not pol.before_password_change and not pol.gateway
               and p in rpcs]
    assert "/yima.v1.AccountsService/ListOrganisations" in blocked
    for path in blocked:
        err = refusal(conn, rpcs[path])
        assert err is not None and err.reason == "PASSWORD_CHANGE_REQUIRED", path
        assert err.code == grpc.StatusCode.FAILED_PRECONDITION
    assert conn.call(conn.auth.Me, common_pb2.Empty()).must_change_password
    conn.call(conn.system.Ping, common_pb2.Empty())
    conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=INITIAL, new_password=CHANGED))
    # The same session now works, with the user's permissions and no more.
    assert not conn.call(conn.auth.Me, common_pb2.Empty()).must_change_password
    assert list_all(conn, conn.accounts.ListOrganisations)
    assert refused(conn.call, conn.accounts.ListRoles,
                   common_pb2.ListQuery()).reason == "PERMISSION_DENIED"
    assert not sign_in(tenant, "zhang", CHANGED).principal.must_change_password  # type: ignore[union-attr]


def test_duplicate_usernames_are_refused(tenant: TenantFixture,
                                         other_tenant: TenantFixture) -> None:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    new_user(admin, hq, "alice", INITIAL)
    err = refused(new_user, admin, hq, "alice", INITIAL)
    assert err.code == grpc.StatusCode.ALREADY_EXISTS
    assert (err.reason, err.field) == ("DUPLICATE", "username")
    assert "alice" in err.message_zh and "alice" in err.message_en
    # Sign-in ignores case, so usernames differing only in case would be ambiguous.
    assert refused(new_user, admin, hq, "Alice", INITIAL).reason == "DUPLICATE"
    # Another tenant may have its own alice.
    other = other_tenant.connect()
    assert new_user(other, other_tenant.ids.hq_org_id, "alice", INITIAL).username == "alice"


def test_user_input_is_validated(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    weak = refused(new_user, admin, hq, "weak", "password")
    assert (weak.reason, weak.field) == ("WEAK_PASSWORD", "password")
    bad_name = refused(new_user, admin, hq, "has space", INITIAL)
    assert (bad_name.reason, bad_name.field) == ("INVALID_VALUE", "username")
    assert refused(new_user, admin, 0, "noorg", INITIAL).reason == "OUT_OF_SCOPE"
    assert [u.username for u in list_all(admin, admin.accounts.ListUsers)] == ["admin"]


def test_deactivating_a_user_ends_their_sessions(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    role = new_role(admin, "viewer", ["org.read"])
    user = new_user(admin, tenant.ids.hq_org_id, "li", INITIAL, [role.id])
    conn = sign_in(tenant, "li", INITIAL)
    conn.call(conn.system.Ping, common_pb2.Empty())
    off = update_user(admin, user, active=False)
    assert not off.active
    assert refused(conn.call, conn.system.Ping, common_pb2.Empty()).code in (
        grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.PERMISSION_DENIED)
    assert refused(sign_in, tenant, "li", INITIAL).reason == "ACCOUNT_DISABLED"
    # Reactivated, the old token stays dead: deactivation revoked it.
    update_user(admin, off, active=True)
    assert refused(conn.call, conn.system.Ping, common_pb2.Empty()).reason == "SESSION_EXPIRED"
    fresh = sign_in(tenant, "li", INITIAL)
    fresh.call(fresh.system.Ping, common_pb2.Empty())
    me = next(u for u in list_all(admin, admin.accounts.ListUsers) if u.username == "admin")
    assert refused(update_user, admin, me, active=False).field == "active"


def test_reset_password_unlocks_and_revokes(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    user = new_user(admin, tenant.ids.hq_org_id, "wang", INITIAL)
    conn = sign_in(tenant, "wang", INITIAL)
    conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=INITIAL, new_password=CHANGED))
    for _ in range(5):
        refused(tenant.anonymous().login, tenant.code, "wang", "Wrong12345")
    assert refused(sign_in, tenant, "wang", CHANGED).reason == "ACCOUNT_LOCKED"
    listed = list_all(admin, admin.accounts.ListUsers, common_pb2.ListQuery(
        filters=[eq("username", "wang")]))
    assert listed[0].locked
    admin.call(admin.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=user.id, new_password="Reset12345"))
    assert not list_all(admin, admin.accounts.ListUsers, common_pb2.ListQuery(
        filters=[eq("username", "wang")]))[0].locked
    assert refused(conn.call, conn.system.Ping, common_pb2.Empty()).reason == "SESSION_EXPIRED"
    assert refused(sign_in, tenant, "wang", CHANGED).reason == "BAD_CREDENTIALS"
    fresh = sign_in(tenant, "wang", "Reset12345")
    assert fresh.principal is not None and fresh.principal.must_change_password
    weak = refused(admin.call, admin.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=user.id, new_password="short"))
    assert (weak.reason, weak.field) == ("WEAK_PASSWORD", "new_password")


def test_role_changes_apply_to_the_next_call(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    viewer = new_role(admin, "viewer", ["org.read"])
    user = new_user(admin, tenant.ids.hq_org_id, "zhao", INITIAL, [viewer.id])
    conn = sign_in(tenant, "zhao", INITIAL)
    conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=INITIAL, new_password=CHANGED))
    assert list_all(conn, conn.accounts.ListOrganisations)
    update_user(admin, user, role_ids=[])
    err = refused(conn.call, conn.accounts.ListOrganisations, common_pb2.ListQuery())
    assert (err.reason, err.params.get("permission")) == ("PERMISSION_DENIED", "org.read")


def test_list_users_filters_and_shows_names(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    dealer = new_org(admin, tenant.ids.hq_org_id, "dealer", "D", "济南经销商")
    role = new_role(admin, "clerk", ["org.read"])
    for i in range(3):
        new_user(admin, dealer.id, f"clerk{i}", INITIAL, [role.id])
    rows = list_all(admin, admin.accounts.ListUsers, common_pb2.ListQuery(
        filters=[eq("org_id", dealer.id)], sort=[common_pb2.Sort(field="username",
                                                                 descending=True)]))
    assert [u.username for u in rows] == ["clerk2", "clerk1", "clerk0"]
    assert {u.org_name for u in rows} == {"济南经销商"}
    assert {tuple(u.role_names) for u in rows} == {("clerk role",)}
    page = admin.call(admin.accounts.ListUsers, common_pb2.ListQuery(search="clerk", page_size=2))
    assert page.page.total == 3 and len(page.items) == 2
