"""Create a tenant with its headquarters, built-in administrator role and first administrator.
Used by `yima admin create-tenant`, the demo data and the tests; runs outside any RPC."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.accounts import passwords, permissions
from server.accounts.models import Organisation, Role, RolePermission, Tenant, User, UserRole
from server.core.validate import code


@dataclass(frozen=True)
class NewTenant:
    tenant_id: int
    hq_org_id: int
    admin_role_id: int
    admin_user_id: int


def create_tenant(session: Session, tenant_code: str, name: str, admin_username: str,
                  admin_password: str, *, hq_code: str = "HQ", must_change_password: bool = True,
                  timezone: str = "Asia/Shanghai") -> NewTenant:
    """Add a tenant, its headquarters organisation, the built-in admin role and admin user."""
    tenant_code = code(tenant_code, max_len=32)
    passwords.check_strength(admin_password)
    # Sign-in matches the company code ignoring case, so codes must differ in more than case.
    if session.execute(select(Tenant.id).where(
            func.lower(Tenant.code) == tenant_code.lower())).first():
        raise SystemExit(f"tenant {tenant_code!r} already exists")
    tenant = Tenant(code=tenant_code, name=name, timezone=timezone, active=True)
    session.add(tenant)
    session.flush()
    hq = Organisation(tenant_id=tenant.id, parent_id=None, path="", kind="headquarters",
                      code=hq_code, name=name, active=True)
    session.add(hq)
    session.flush()
    hq.path = f"/{hq.id}/"
    role = Role(tenant_id=tenant.id, code="admin", name="系统管理员",
                description="Built-in: every permission / 内置：全部权限", builtin=True)
    session.add(role)
    session.flush()
    for perm in sorted(permissions.ALL):
        session.add(RolePermission(tenant_id=tenant.id, role_id=role.id, permission=perm))
    admin = User(tenant_id=tenant.id, org_id=hq.id, username=admin_username,
                 display_name="管理员", password_hash=passwords.hash_password(admin_password),
                 must_change_password=must_change_password, active=True)
    session.add(admin)
    session.flush()
    session.add(UserRole(tenant_id=tenant.id, user_id=admin.id, role_id=role.id))
    session.flush()
    return NewTenant(tenant.id, hq.id, role.id, admin.id)


def sync_admin_roles(session: Session) -> None:
    """Give every built-in admin role any permission added to the catalogue since it was made."""
    roles = session.execute(select(Role).where(Role.builtin.is_(True), Role.code == "admin"))
    for role in roles.scalars():
        held = set(session.execute(select(RolePermission.permission)
                                   .where(RolePermission.role_id == role.id)).scalars())
        for perm in sorted(permissions.ALL - held):
            session.add(RolePermission(tenant_id=role.tenant_id, role_id=role.id,
                                       permission=perm))
    session.flush()
