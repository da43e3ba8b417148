"""Accounts tables: tenant, organisation (materialised path), user, role, session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

ORG_KINDS = (
    "headquarters", "factory", "licensed_factory", "branch", "warehouse", "department", "dealer",
    "store", "regulator",
)


class Tenant(Base, TimestampMixin):
    """One brand owner."""

    __tablename__ = "tenant"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False,
                                          server_default="Asia/Shanghai")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class Organisation(Base, TenantMixin, TimestampMixin):
    """A node of the tenant's organisation tree; `path` is '/id/id/.../' from the root."""

    __tablename__ = "organisation"
    __table_args__ = (
        UniqueConstraint("tenant_id", "code"),
        CheckConstraint(f"kind IN {ORG_KINDS!r}", name="kind"),
        Index("ix_organisation_tenant_path", "tenant_id", "path",
              postgresql_ops={"path": "text_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    path: Mapped[str] = mapped_column(String(1000), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    region_code: Mapped[str] = mapped_column(String(12), nullable=False, server_default="")
    contact: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, server_default="")
    address: Mapped[str] = mapped_column(String(300), nullable=False, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class User(Base, TenantMixin, TimestampMixin):
    __tablename__ = "app_user"
    __table_args__ = (UniqueConstraint("tenant_id", "username"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, server_default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    locale: Mapped[str] = mapped_column(String(16), nullable=False, server_default="")
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False,
                                                       server_default="false")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                                 nullable=True)


class Role(Base, TenantMixin, TimestampMixin):
    __tablename__ = "role"
    __table_args__ = (UniqueConstraint("tenant_id", "code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")


class RolePermission(Base, TenantMixin):
    __tablename__ = "role_permission"

    role_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )
    permission: Mapped[str] = mapped_column(String(64), primary_key=True)


class UserRole(Base, TenantMixin):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("role.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class AuthSession(Base, TenantMixin):
    """A signed-in session. Only the SHA-256 of the token is stored."""

    __tablename__ = "auth_session"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False, index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                   server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    absolute_expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    client_info: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    peer: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")


# Sign-in matches company codes and usernames regardless of case, so uniqueness must too; these
# indexes also serve the sign-in lookup.
Index("uq_tenant_lower_code", func.lower(Tenant.code), unique=True)
Index("uq_app_user_tenant_id_lower_username", User.tenant_id, func.lower(User.username),
      unique=True)
