"""The audit log over the real API: every change and every refusal, who/when/what/before/after,
no secrets, searchable, and scoped like everything else."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server import registry
from server.audit.models import AuditEntry
from shared.pb import accounts_pb2, audit_pb2, auth_pb2, common_pb2
from tests.accounts.helpers import (
    audit,
    eq,
    get_org,
    move_org,
    new_org,
    new_role,
    new_user,
    refused,
    update_user,
)
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture

ACCOUNT_SERVICES = ("/yima.v1.AuthService/", "/yima.v1.AccountsService/")


def run_every_accounts_change(tenant: TenantFixture, initial: str, reset: str,
                              changed: str) -> Connection:
    """One successful call of every mutating Auth/Accounts RPC; returns the admin connection."""
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    branch = new_org(admin, hq, "branch", "BR", "华东")
    dealer = new_org(admin, hq, "dealer", "DL", "老名字")
    renamed = accounts_pb2.Organisation()
    renamed.CopyFrom(dealer)
    renamed.name = "新名字"
    admin.call(admin.accounts.UpdateOrganisation, renamed)
    move_org(admin, dealer.id, branch.id)
    leaf = new_org(admin, dealer.id, "store", "ST")
    admin.call(admin.accounts.DeleteOrganisation, common_pb2.IdRequest(id=leaf.id))
    role = new_role(admin, "viewer", ["org.read"])
    admin.call(admin.accounts.UpdateRole, accounts_pb2.Role(
        id=role.id, code="viewer", name="查看", permissions=["org.read", "user.read"]))
    spare = new_role(admin, "spare", [])
    admin.call(admin.accounts.DeleteRole, common_pb2.IdRequest(id=spare.id))
    user = new_user(admin, dealer.id, "auditee", initial, [role.id])
    update_user(admin, user, display_name="被审计者")
    admin.call(admin.accounts.ResetPassword, accounts_pb2.ResetPasswordRequest(
        user_id=user.id, new_password=reset))
    conn = tenant.anonymous()
    conn.login(tenant.code, "auditee", reset)
    conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=reset, new_password=changed))
    conn.call(conn.auth.Logout, common_pb2.Empty())
    return admin


def test_every_change_leaves_who_when_what(tenant: TenantFixture) -> None:
    started = datetime.now(UTC) - timedelta(seconds=5)
    admin = run_every_accounts_change(tenant, "Initial123", "Reset12345", "Changed123")
    rows = audit(admin, eq("outcome", "ok"))
    methods = {r.method for r in rows}
    mutating = {p for p, pol in registry.all_policies().items()
                if pol.mutating and p.startswith(ACCOUNT_SERVICES)}
    assert mutating <= methods, f"no audit row for {sorted(mutating - methods)}"
    hq_name = get_org(admin, tenant.ids.hq_org_id).name
    for row in rows:
        assert row.at.ToDatetime(UTC) >= started
        assert row.username in ("admin", "auditee") and row.user_id
        assert row.action and row.entity and row.entity_id
        assert row.peer
        if row.username == "admin":
            assert (row.org_id, row.org_name) == (tenant.ids.hq_org_id, hq_name)
    # Reading is not auditing: list and get calls leave no rows.
    assert not {r.method.rsplit("/", 1)[1] for r in rows} & {"ListOrganisations", "ListRoles"}


def test_update_shows_before_and_after(tenant: TenantFixture) -> None:
    admin = run_every_accounts_change(tenant, "Initial123", "Reset12345", "Changed123")
    update = audit(admin, eq("method", "/yima.v1.AccountsService/UpdateOrganisation"))
    assert len(update) == 1
    before, after = json.loads(update[0].before_json), json.loads(update[0].after_json)
    assert (before["name"], after["name"]) == ("老名字", "新名字")
    assert before["code"] == after["code"] == "DL"
    move = audit(admin, eq("action", "move"))[0]
    assert json.loads(move.before_json)["parent_id"] != json.loads(move.after_json)["parent_id"]
    role = audit(admin, eq("method", "/yima.v1.AccountsService/UpdateRole"))[0]
    assert json.loads(role.before_json)["permissions"] == ["org.read"]
    assert json.loads(role.after_json)["permissions"] == ["org.read", "user.read"]
    created = audit(admin, eq("method", "/yima.v1.AccountsService/CreateUser"))[0]
    assert created.before_json == "" and json.loads(created.after_json)["username"] == "auditee"
    deleted = audit(admin, eq("method", "/yima.v1.AccountsService/DeleteRole"))[0]
    assert json.loads(deleted.before_json)["code"] == "spare" and deleted.after_json == ""


def test_refusals_leave_error_rows_with_their_reason(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    new_org(admin, tenant.ids.hq_org_id, "dealer", "TWICE")
    refused(new_org, admin, tenant.ids.hq_org_id, "dealer", "TWICE")
    nosy = tenant.user_with("nosy", [])
    refused(nosy.call, nosy.accounts.ListUsers, common_pb2.ListQuery())
    refused(tenant.anonymous().login, tenant.code, "admin", "Wrong12345")
    refused(tenant.anonymous().login, tenant.code, "nobody", "Wrong12345")
    errors = audit(admin, eq("outcome", "error"))
    found = {(r.method.rsplit("/", 1)[1], r.reason_code, r.username) for r in errors}
    assert ("CreateOrganisation", "DUPLICATE", "admin") in found
    assert ("ListUsers", "PERMISSION_DENIED", "nosy") in found
    assert ("Login", "BAD_CREDENTIALS", "admin") in found
    # Guessing usernames shows up too, filed under the company that was tried.
    assert ("Login", "BAD_CREDENTIALS", "nobody") in found
    dup = next(r for r in errors if r.reason_code == "DUPLICATE")
    assert json.loads(dup.request_json)["code"] == "TWICE"
    # The refused change itself left no "ok" row.
    oks = audit(admin, eq("method", "/yima.v1.AccountsService/CreateOrganisation"),
                eq("outcome", "ok"))
    assert len(oks) == 1


def test_passwords_never_reach_the_log(tenant: TenantFixture,
                                       sessions: sessionmaker[Session]) -> None:
    tag = uuid.uuid4().hex[:8]
    secrets = [f"Init{tag}1", f"Reset{tag}2", f"Chg{tag}3", f"Bad{tag}4"]
    admin = run_every_accounts_change(tenant, *secrets[:3])
    refused(tenant.anonymous().login, tenant.code, "auditee", secrets[3])
    refused(tenant.anonymous().login, f"no{tag}", "admin", secrets[3])
    created = audit(admin, eq("method", "/yima.v1.AccountsService/CreateUser"))[0]
    assert json.loads(created.request_json)["password"] == "***"
    with sessions() as s:
        rows = s.execute(select(AuditEntry).where(or_(
            AuditEntry.tenant_id == tenant.ids.tenant_id,
            AuditEntry.tenant_id.is_(None)))).scalars().all()
        assert len(rows) > 10
        for row in rows:
            dumped = json.dumps([row.request, row.before, row.after], ensure_ascii=False)
            for secret in (*secrets, ADMIN_PASSWORD):
                assert secret not in dumped, (row.method, dumped)


def test_search_pages_filters_and_sorts(tenant: TenantFixture) -> None:
    admin = run_every_accounts_change(tenant, "Initial123", "Reset12345", "Changed123")
    everything = audit(admin)
    ids = [r.id for r in everything]
    assert ids == sorted(ids, reverse=True)  # newest first by default
    total = len(ids)
    pages: list[int] = []
    for page in range(1, total // 4 + 2):
        resp = admin.call(admin.audit.SearchAudit, common_pb2.ListQuery(page=page, page_size=4))
        assert resp.page.total == total
        pages += [r.id for r in resp.items]
    assert pages == ids
    ascending = admin.call(admin.audit.SearchAudit, common_pb2.ListQuery(
        page_size=500, sort=[common_pb2.Sort(field="id")])).items
    assert [r.id for r in ascending] == sorted(ids)
    by_action = audit(admin, common_pb2.Filter(field="action", op=common_pb2.FILTER_OP_IN,
                                               values=["create", "delete"]))
    assert by_action and {r.action for r in by_action} == {"create", "delete"}
    users = audit(admin, eq("entity", "user"), eq("username", "auditee"))
    assert {r.action for r in users} >= {"login", "change_password", "logout"}
    searched = audit(admin, search="MoveOrganisation")
    assert [r.action for r in searched] == ["move"]
    err = refused(admin.call, admin.audit.SearchAudit,
                  common_pb2.ListQuery(filters=[eq("request", "x")]))
    assert err.reason == "LIST_FIELD_UNKNOWN"


def test_an_auditor_sees_only_their_subtree(tenant: TenantFixture,
                                            other_tenant: TenantFixture) -> None:
    admin = tenant.connect()
    hq = tenant.ids.hq_org_id
    a = new_org(admin, hq, "dealer", "A")
    a1 = new_org(admin, a.id, "dealer", "A1")
    b = new_org(admin, hq, "dealer", "B")
    for name, org in (("writer_a", a), ("writer_a1", a1), ("writer_b", b)):
        conn = tenant.user_with(name, ["org.write", "org.read"], org.id)
        new_org(conn, org.id, "store", f"S-{name}")
    auditor = tenant.user_with("auditor_a", ["audit.read"], a.id)
    seen = audit(auditor)
    assert {r.username for r in seen} == {"writer_a", "writer_a1", "auditor_a"}
    assert {r.org_id for r in seen} <= {a.id, a1.id}
    head = tenant.user_with("auditor_hq", ["audit.read"])
    assert {"writer_a", "writer_a1", "writer_b", "admin"} <= {r.username for r in audit(head)}
    # Another tenant's auditor sees none of it, and this tenant sees none of theirs.
    other = other_tenant.connect()
    new_org(other, other_tenant.ids.hq_org_id, "dealer", "X")
    assert all(r.org_id != hq for r in audit(other))
    assert {r.org_id for r in audit(head)} <= {hq, a.id, a1.id, b.id}
    assert isinstance(seen[0], audit_pb2.AuditEntry)
