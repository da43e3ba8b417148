"""Sign-in, sessions, lockout and password changes over a real gRPC channel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import grpc
import pytest
from sqlalchemy import select, update

from client.connection import ServerError
from server.accounts.bootstrap import create_tenant
from server.accounts.models import AuthSession, Tenant
from shared.pb import auth_pb2, common_pb2
from tests.accounts.helpers import refused
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture


def test_login_returns_principal_with_permissions(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    resp = conn.login(tenant.code, "admin", ADMIN_PASSWORD)
    assert len(resp.token) >= 40
    assert resp.principal.username == "admin"
    assert resp.principal.tenant_code == tenant.code
    assert "user.write" in resp.principal.permissions
    me = conn.call(conn.auth.Me, common_pb2.Empty())
    assert me.user_id == resp.principal.user_id


def test_unauthenticated_call_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    with pytest.raises(ServerError) as err:
        conn.call(conn.system.Ping, common_pb2.Empty())
    assert err.value.code == grpc.StatusCode.UNAUTHENTICATED
    assert err.value.reason == "UNAUTHENTICATED"
    assert err.value.message_zh == "请先登录。"


def test_forged_token_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    conn.token = "x" * 43
    with pytest.raises(ServerError) as err:
        conn.call(conn.system.Ping, common_pb2.Empty())
    assert err.value.reason == "UNAUTHENTICATED"


def test_wrong_password_and_unknown_user_look_the_same(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    with pytest.raises(ServerError) as wrong:
        conn.login(tenant.code, "admin", "nope-12345")
    with pytest.raises(ServerError) as unknown:
        conn.login(tenant.code, "ghost", "nope-12345")
    assert wrong.value.reason == unknown.value.reason == "BAD_CREDENTIALS"
    assert wrong.value.message_zh == unknown.value.message_zh


def test_lockout_after_repeated_failures(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    reasons = []
    for _ in range(5):
        with pytest.raises(ServerError) as err:
            conn.login(tenant.code, "admin", "wrong-pass-1")
        reasons.append(err.value.reason)
    assert reasons[:4] == ["BAD_CREDENTIALS"] * 4
    assert reasons[4] == "ACCOUNT_LOCKED"
    # Even the right password is refused while locked.
    with pytest.raises(ServerError) as err:
        conn.login(tenant.code, "admin", ADMIN_PASSWORD)
    assert err.value.reason == "ACCOUNT_LOCKED"
    assert "分钟" in err.value.message_zh


def test_logout_revokes_the_token(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    conn.call(conn.auth.Logout, common_pb2.Empty())
    with pytest.raises(ServerError) as err:
        conn.call(conn.system.Ping, common_pb2.Empty())
    assert err.value.reason == "SESSION_EXPIRED"


def test_expired_token_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    with tenant.sessions() as s, s.begin():
        s.execute(update(AuthSession).where(AuthSession.tenant_id == tenant.ids.tenant_id)
                  .values(expires_at=AuthSession.created_at))
    with pytest.raises(ServerError) as err:
        conn.call(conn.system.Ping, common_pb2.Empty())
    assert err.value.reason == "SESSION_EXPIRED"


def test_change_password(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    with pytest.raises(ServerError) as err:
        conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
            old_password="bad-old-1", new_password="NewPass123"))
    assert err.value.reason == "WRONG_PASSWORD"
    with pytest.raises(ServerError) as err:
        conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
            old_password=ADMIN_PASSWORD, new_password="short"))
    assert err.value.reason == "WEAK_PASSWORD"
    conn.call(conn.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=ADMIN_PASSWORD, new_password="NewPass123"))
    fresh = tenant.anonymous()
    with pytest.raises(ServerError):
        fresh.login(tenant.code, "admin", ADMIN_PASSWORD)
    fresh.login(tenant.code, "admin", "NewPass123")


def _session_row(tenant: TenantFixture) -> AuthSession:
    with tenant.sessions() as s:
        rows = s.execute(select(AuthSession).where(
            AuthSession.tenant_id == tenant.ids.tenant_id,
            AuthSession.revoked_at.is_(None))).scalars().all()
        assert len(rows) == 1
        return rows[0]


def _set_session(tenant: TenantFixture, **values: object) -> None:
    with tenant.sessions() as s, s.begin():
        s.execute(update(AuthSession).where(AuthSession.tenant_id == tenant.ids.tenant_id)
                  .values(**values))


def test_idle_expiry_slides_with_use(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    now = datetime.now(UTC)
    _set_session(tenant, last_seen_at=now - timedelta(minutes=2),
                 expires_at=now + timedelta(seconds=30))
    conn.call(conn.system.Ping, common_pb2.Empty())
    row = _session_row(tenant)
    assert row.expires_at > now + timedelta(minutes=400)  # the session TTL is 480 minutes
    assert row.last_seen_at >= now - timedelta(seconds=5)


def test_a_recently_used_session_is_not_rewritten_on_every_call(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    now = datetime.now(UTC)
    fixed = now + timedelta(minutes=7)
    _set_session(tenant, last_seen_at=now - timedelta(seconds=10), expires_at=fixed)
    conn.call(conn.system.Ping, common_pb2.Empty())
    assert _session_row(tenant).expires_at == fixed


def test_sliding_never_passes_the_absolute_limit(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    now = datetime.now(UTC)
    cap = now + timedelta(minutes=5)
    _set_session(tenant, last_seen_at=now - timedelta(minutes=2), absolute_expires_at=cap)
    conn.call(conn.system.Ping, common_pb2.Empty())
    assert _session_row(tenant).expires_at == cap
    _set_session(tenant, absolute_expires_at=now - timedelta(seconds=1))
    err = refused(conn.call, conn.system.Ping, common_pb2.Empty())
    assert err.reason == "SESSION_EXPIRED"


def test_change_password_ends_the_other_sessions_only(tenant: TenantFixture) -> None:
    here, elsewhere = tenant.connect(), tenant.connect()
    here.call(here.auth.ChangePassword, auth_pb2.ChangePasswordRequest(
        old_password=ADMIN_PASSWORD, new_password="NewPass123"))
    here.call(here.system.Ping, common_pb2.Empty())
    assert refused(elsewhere.call, elsewhere.system.Ping,
                   common_pb2.Empty()).reason == "SESSION_EXPIRED"


def test_logout_ends_only_its_own_session(tenant: TenantFixture) -> None:
    one, two = tenant.connect(), tenant.connect()
    one.call(one.auth.Logout, common_pb2.Empty())
    two.call(two.system.Ping, common_pb2.Empty())
    assert refused(one.call, one.system.Ping, common_pb2.Empty()).reason == "SESSION_EXPIRED"


def test_company_code_and_username_ignore_case(tenant: TenantFixture) -> None:
    conn = tenant.anonymous()
    resp = conn.login(tenant.code.upper(), "ADMIN", ADMIN_PASSWORD)
    assert resp.principal.tenant_code == tenant.code
    # So a second company whose code differs only in case cannot be created.
    with tenant.sessions() as s, s.begin(), pytest.raises(SystemExit):
        create_tenant(s, tenant.code.upper(), "Copycat", "admin", ADMIN_PASSWORD)


def test_a_disabled_company_is_shut_out(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    with tenant.sessions() as s, s.begin():
        s.execute(update(Tenant).where(Tenant.id == tenant.ids.tenant_id).values(active=False))
    assert refused(conn.call, conn.system.Ping, common_pb2.Empty()).reason == "ACCOUNT_DISABLED"
    err = refused(tenant.anonymous().login, tenant.code, "admin", ADMIN_PASSWORD)
    assert err.reason == "BAD_CREDENTIALS"
