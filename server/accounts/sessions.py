"""Sign-in and session tokens: random, stored hashed, sliding idle expiry with a hard cap,
lockout after repeated wrong passwords."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, select, update
from sqlalchemy.orm import Session

from server.accounts import passwords
from server.accounts.models import AuthSession, Organisation, RolePermission, Tenant, User, UserRole
from server.core.context import CallContext, Principal
from server.core.errors import DomainError, Reason

_TOUCH_EVERY = timedelta(seconds=60)


@dataclass(frozen=True)
class AuthSettings:
    session_ttl: timedelta = timedelta(minutes=480)
    session_max: timedelta = timedelta(hours=24)
    max_failed_logins: int = 5
    lockout: timedelta = timedelta(minutes=15)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def permissions_of(session: Session, user_id: int) -> frozenset[str]:
    rows = session.execute(
        select(RolePermission.permission).join(UserRole, UserRole.role_id == RolePermission.role_id)
        .where(UserRole.user_id == user_id).distinct()
    ).scalars()
    return frozenset(rows)


def _principal_query() -> Select[Any]:
    perms = (select(func.coalesce(func.array_agg(RolePermission.permission.distinct()), []))
             .join(UserRole, UserRole.role_id == RolePermission.role_id)
             .where(UserRole.user_id == User.id).scalar_subquery())
    return (select(AuthSession, User, Tenant.code, Tenant.active, Organisation.path,
                   Organisation.active, perms)
            .join(User, User.id == AuthSession.user_id)
            .join(Tenant, Tenant.id == User.tenant_id)
            .join(Organisation, Organisation.id == User.org_id)
            .where(AuthSession.token_hash == bindparam("token_hash")))


# Built once: constructing the statement and its cache key on every call cost about a quarter
# of a millisecond of CPU per RPC (measured with bench/rpc_floor.py).
_PRINCIPAL_QUERY = _principal_query()


class SessionAuthenticator:
    """Turns a bearer token into a Principal with one query (plus a touch once a minute)."""

    def __init__(self, settings: AuthSettings) -> None:
        self.settings = settings

    def authenticate(self, session: Session, token: str, peer: str) -> Principal:
        row = session.execute(_PRINCIPAL_QUERY, {"token_hash": token_hash(token)}).one_or_none()
        if row is None:
            raise DomainError(Reason.UNAUTHENTICATED)
        auth, user, tenant_code, tenant_active, org_path, org_active, permission_list = row
        now = _now()
        if auth.revoked_at is not None or auth.expires_at <= now or auth.absolute_expires_at <= now:
            raise DomainError(Reason.SESSION_EXPIRED)
        if not (user.active and tenant_active and org_active):
            raise DomainError(Reason.ACCOUNT_DISABLED)
        if now - auth.last_seen_at > _TOUCH_EVERY:
            session.execute(update(AuthSession).where(AuthSession.id == auth.id).values(
                last_seen_at=now,
                expires_at=min(now + self.settings.session_ttl, auth.absolute_expires_at)))
        return Principal(user_id=user.id, username=user.username, tenant_id=user.tenant_id,
                         tenant_code=tenant_code, org_id=user.org_id, org_path=org_path,
                         permissions=frozenset(permission_list or ()), session_id=auth.id,
                         must_change_password=user.must_change_password)


class LoginService:
    def __init__(self, ctx: CallContext, settings: AuthSettings) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.settings = settings

    def login(self, tenant_code: str, username: str, password: str,
              client_info: str) -> tuple[str, AuthSession, User]:
        """Check the password and open a session; count failures and lock after too many."""
        user = self.session.execute(
            select(User).join(Tenant, Tenant.id == User.tenant_id)
            .where(func.lower(Tenant.code) == tenant_code.strip().lower(),
                   func.lower(User.username) == username.strip().lower(),
                   Tenant.active.is_(True))
            .with_for_update(of=User)
        ).scalar_one_or_none()
        now = _now()
        if user is None:
            passwords.verify_password(None, password)
            # File the attempt under the company tried (at its headquarters), so its
            # administrators can see usernames being guessed.
            hq = self.session.execute(
                select(Organisation.tenant_id, Organisation.id)
                .join(Tenant, Tenant.id == Organisation.tenant_id)
                .where(func.lower(Tenant.code) == tenant_code.strip().lower(),
                       Organisation.parent_id.is_(None))).first()
            self.ctx.actor = (None, username.strip()[:64], hq[0] if hq else None,
                              hq[1] if hq else None)
            raise DomainError(Reason.BAD_CREDENTIALS)
        self.ctx.actor = (user.id, user.username, user.tenant_id, user.org_id)
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise DomainError(Reason.ACCOUNT_LOCKED, minutes=minutes)
        if not passwords.verify_password(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= self.settings.max_failed_logins:
                user.locked_until = now + self.settings.lockout
                user.failed_logins = 0
                error = DomainError(Reason.ACCOUNT_LOCKED,
                                    minutes=int(self.settings.lockout.total_seconds() // 60))
            else:
                error = DomainError(Reason.BAD_CREDENTIALS)
            error.commit = True  # the failure count must survive the refusal
            raise error
        org_active = self.session.execute(
            select(Organisation.active).where(Organisation.id == user.org_id)).scalar_one()
        if not user.active or not org_active:
            raise DomainError(Reason.ACCOUNT_DISABLED)
        if passwords.needs_rehash(user.password_hash):
            user.password_hash = passwords.hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        token = secrets.token_urlsafe(32)
        auth = AuthSession(
            tenant_id=user.tenant_id, user_id=user.id, token_hash=token_hash(token),
            created_at=now, last_seen_at=now,
            expires_at=min(now + self.settings.session_ttl, now + self.settings.session_max),
            absolute_expires_at=now + self.settings.session_max,
            client_info=client_info[:200], peer=self.ctx.peer[:100],
        )
        self.session.add(auth)
        self.session.flush()
        self.ctx.record("user", user.id, None, {"session_id": auth.id, "client": client_info[:200]},
                        action="login")
        return token, auth, user

    def logout(self) -> None:
        principal = self.ctx.user
        self.session.execute(update(AuthSession).where(AuthSession.id == principal.session_id)
                             .values(revoked_at=_now()))
        self.ctx.record("user", principal.user_id, None, {"session_id": principal.session_id},
                        action="logout")

    def change_password(self, old: str, new: str) -> None:
        principal = self.ctx.user
        user = self.session.get(User, principal.user_id, with_for_update=True)
        assert user is not None
        if not passwords.verify_password(user.password_hash, old):
            raise DomainError(Reason.WRONG_PASSWORD, field="password")
        passwords.check_strength(new, "new_password")
        if old == new:
            raise DomainError(Reason.INVALID_VALUE, field="new_password",
                              detail="same as the current password / 与原密码相同")
        user.password_hash = passwords.hash_password(new)
        user.must_change_password = False
        user.password_changed_at = _now()
        # Other sessions of this user end; the current one stays signed in.
        self.session.execute(update(AuthSession).where(
            AuthSession.user_id == user.id, AuthSession.id != principal.session_id,
            AuthSession.revoked_at.is_(None)).values(revoked_at=_now()))
        self.ctx.record("user", user.id, None, {"password_changed": True}, action="change_password")


def revoke_sessions(session: Session, user_id: int) -> None:
    session.execute(update(AuthSession).where(AuthSession.user_id == user_id,
                                              AuthSession.revoked_at.is_(None))
                    .values(revoked_at=_now()))
