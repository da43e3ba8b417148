"""Sign-in, sessions, lockout and password changes over a real gRPC channel."""

from __future__ import annotations

import grpc
import pytest
from sqlalchemy import update

from client.connection import ServerError
from server.accounts.models import AuthSession
from shared.pb import auth_pb2, common_pb2
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
