"""Roles over the real API: nobody grants what they do not hold; the built-in admin role is fixed;
a role in use stays."""

from __future__ import annotations

import grpc

from client.connection import Connection
from server.accounts import permissions
from shared.pb import accounts_pb2, common_pb2
from tests.accounts.helpers import list_all, new_role, new_user, refused, update_user
from tests.support.tenants import USER_PASSWORD, TenantFixture


def roles_by_code(conn: Connection) -> dict[str, accounts_pb2.Role]:
    return {r.code: r for r in list_all(conn, conn.accounts.ListRoles)}


def test_create_update_and_delete_a_role(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    role = new_role(admin, "sales", ["org.read", "user.read", "org.read"])
    assert list(role.permissions) == ["org.read", "user.read"]
    assert (role.builtin, role.user_count) == (False, 0)
    changed = admin.call(admin.accounts.UpdateRole, accounts_pb2.Role(
        id=role.id, code="sales", name="销售", permissions=["org.read"]))
    assert (changed.name, list(changed.permissions)) == ("销售", ["org.read"])
    dup = refused(new_role, admin, "sales", ["org.read"])
    assert (dup.reason, dup.field) == ("DUPLICATE", "code")
    unknown = refused(new_role, admin, "weird", ["org.fly"])
    assert (unknown.reason, unknown.field) == ("INVALID_VALUE", "permissions")
    admin.call(admin.accounts.DeleteRole, common_pb2.IdRequest(id=role.id))
    assert "sales" not in roles_by_code(admin)


def test_cannot_create_a_role_with_a_permission_not_held(tenant: TenantFixture) -> None:
    designer = tenant.user_with("designer", ["role.read", "role.write", "org.read"])
    assert new_role(designer, "reader", ["org.read"]).permissions == ["org.read"]
    err = refused(new_role, designer, "escalate", ["org.read", "user.write"])
    assert err.code == grpc.StatusCode.PERMISSION_DENIED
    assert (err.reason, err.field) == ("PERMISSION_NOT_HELD", "permissions")
    assert err.params["permission"] == "user.write" and "user.write" in err.message_zh
    assert "escalate" not in roles_by_code(designer)
    # Nor by adding it to an existing role.
    reader = roles_by_code(designer)["reader"]
    upd = refused(designer.call, designer.accounts.UpdateRole, accounts_pb2.Role(
        id=reader.id, code="reader", name="r", permissions=["org.read", "audit.read"]))
    assert upd.reason == "PERMISSION_NOT_HELD"
    assert list(roles_by_code(designer)["reader"].permissions) == ["org.read"]


def test_cannot_give_a_user_a_role_with_permissions_not_held(tenant: TenantFixture) -> None:
    hr = tenant.user_with("hr", ["user.read", "user.write", "role.read", "org.read"])
    admin_role = tenant.ids.admin_role_id
    err = refused(new_user, hr, tenant.ids.hq_org_id, "mole", USER_PASSWORD, [admin_role])
    assert (err.reason, err.field) == ("PERMISSION_NOT_HELD", "role_ids")
    assert "mole" not in {u.username for u in list_all(hr, hr.accounts.ListUsers)}
    modest = tenant.add_role("modest", ["org.read"])
    user = new_user(hr, tenant.ids.hq_org_id, "mole", USER_PASSWORD, [modest])
    assert refused(update_user, hr, user, role_ids=[modest, admin_role]).reason == \
        "PERMISSION_NOT_HELD"
    after = next(u for u in list_all(hr, hr.accounts.ListUsers) if u.username == "mole")
    assert list(after.role_ids) == [modest]
    # Nor to themselves.
    me = next(u for u in list_all(hr, hr.accounts.ListUsers) if u.username == "hr")
    assert refused(update_user, hr, me,
                   role_ids=[*me.role_ids, admin_role]).reason == "PERMISSION_NOT_HELD"


def test_cannot_take_over_a_more_powerful_account(tenant: TenantFixture) -> None:
    helpdesk = tenant.user_with("helpdesk", ["user.read", "user.write", "user.reset_password"])
    users = {u.username: u for u in list_all(helpdesk, helpdesk.accounts.ListUsers)}
    reset = refused(helpdesk.call, helpdesk.accounts.ResetPassword,
                    accounts_pb2.ResetPasswordRequest(user_id=users["admin"].id,
                                                      new_password="Takeover123"))
    assert reset.reason == "PERMISSION_NOT_HELD"
    disable = refused(update_user, helpdesk, users["admin"], active=False)
    assert disable.reason == "PERMISSION_NOT_HELD"
    tenant.anonymous().login(tenant.code, "admin", "Admin12345")  # untouched
    # A user holding no more than the helpdesk is theirs to manage.
    peer_role = tenant.add_role("peer", ["user.read"])
    tenant.add_user("peer", tenant.ids.hq_org_id, [peer_role])
    peer = next(u for u in list_all(helpdesk, helpdesk.accounts.ListUsers)
                if u.username == "peer")
    helpdesk.call(helpdesk.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=peer.id, new_password="Fresh12345"))
    assert not update_user(helpdesk, peer, active=False).active


def test_builtin_admin_role_is_fixed(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    builtin = roles_by_code(admin)["admin"]
    assert builtin.builtin and set(builtin.permissions) == permissions.ALL
    err = refused(admin.call, admin.accounts.DeleteRole, common_pb2.IdRequest(id=builtin.id))
    assert err.reason == "IN_USE"
    fewer = accounts_pb2.Role()
    fewer.CopyFrom(builtin)
    fewer.permissions.remove("user.write")
    assert refused(admin.call, admin.accounts.UpdateRole, fewer).field == "permissions"
    recoded = accounts_pb2.Role()
    recoded.CopyFrom(builtin)
    recoded.code = "root"
    assert refused(admin.call, admin.accounts.UpdateRole, recoded).reason == "INVALID_VALUE"
    # Its name may be changed; its permissions stay whole.
    renamed = accounts_pb2.Role()
    renamed.CopyFrom(builtin)
    renamed.name = "超级管理员"
    assert admin.call(admin.accounts.UpdateRole, renamed).name == "超级管理员"
    assert set(roles_by_code(admin)["admin"].permissions) == permissions.ALL


def test_a_role_in_use_cannot_be_deleted(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    role = new_role(admin, "clerk", ["org.read"])
    user = new_user(admin, tenant.ids.hq_org_id, "clerk1", USER_PASSWORD, [role.id])
    assert roles_by_code(admin)["clerk"].user_count == 1
    err = refused(admin.call, admin.accounts.DeleteRole, common_pb2.IdRequest(id=role.id))
    assert err.reason == "IN_USE" and err.code == grpc.StatusCode.FAILED_PRECONDITION
    update_user(admin, user, role_ids=[])
    admin.call(admin.accounts.DeleteRole, common_pb2.IdRequest(id=role.id))
    assert "clerk" not in roles_by_code(admin)


def test_role_permission_changes_apply_to_holders(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    conn = tenant.user_with("holder", ["org.read"])
    assert list_all(conn, conn.accounts.ListOrganisations)
    role = roles_by_code(admin)["r_holder"]
    admin.call(admin.accounts.UpdateRole, accounts_pb2.Role(
        id=role.id, code=role.code, name=role.name, permissions=["user.read"]))
    assert refused(conn.call, conn.accounts.ListOrganisations,
                   common_pb2.ListQuery()).reason == "PERMISSION_DENIED"
    assert list_all(conn, conn.accounts.ListUsers)


def test_permission_catalogue_is_listed_with_names(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    items = admin.call(admin.accounts.ListPermissions, common_pb2.Empty()).items
    assert [p.code for p in items] == [p.code for p in permissions.CATALOGUE]
    assert all(p.name_zh and p.name_en and p.area for p in items)


def test_a_dealer_cannot_change_roles_held_outside_its_subtree(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    a = admin.call(admin.accounts.CreateOrganisation, accounts_pb2.Organisation(
        parent_id=hq, kind=accounts_pb2.ORG_KIND_DEALER, code="A", name="A")).id
    b = admin.call(admin.accounts.CreateOrganisation, accounts_pb2.Organisation(
        parent_id=hq, kind=accounts_pb2.ORG_KIND_DEALER, code="B", name="B")).id
    shared = new_role(admin, "shared", ["org.read", "user.read"])
    own = new_role(admin, "own", ["org.read"])
    new_user(admin, b, "b_user", USER_PASSWORD, [shared.id])
    new_user(admin, a, "a_user", USER_PASSWORD, [own.id])
    dealer = tenant.user_with("a_admin", ["role.read", "role.write", "org.read", "user.read"], a)
    err = refused(dealer.call, dealer.accounts.UpdateRole, accounts_pb2.Role(
        id=shared.id, code="shared", name="shared", permissions=["org.read"]))
    assert err.reason == "OUT_OF_SCOPE"
    assert list(roles_by_code(admin)["shared"].permissions) == ["org.read", "user.read"]
    # A role held only inside the dealer's subtree is the dealer's to change.
    widened = dealer.call(dealer.accounts.UpdateRole, accounts_pb2.Role(
        id=own.id, code="own", name="own", permissions=["org.read", "user.read"]))
    assert list(widened.permissions) == ["org.read", "user.read"]
