"""Users and roles: who may create whom, and no one grants what they do not hold."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func

from server.accounts import passwords, permissions
from server.accounts.models import Role, User
from server.accounts.repository import RoleRepository, UserRepository
from server.accounts.sessions import permissions_of, revoke_sessions
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, not_found
from server.core.listing import Page, paginate
from server.core.validate import code, snapshot, text
from shared.pb import common_pb2

USER_FIELDS = ("id", "org_id", "username", "display_name", "phone", "email", "active", "locale")
ROLE_FIELDS = ("id", "code", "name", "description")
LOCALES = ("", "zh_CN", "en")


class UserService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = UserRepository(ctx)
        self.roles = RoleRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.base(), query, self.repo.list_spec())

    def _grantable(self, role_ids: list[int]) -> list[int]:
        """Roles must exist in the tenant and hold only permissions the caller holds."""
        found = self.roles.in_tenant(role_ids)
        missing = set(role_ids) - {r.id for r in found}
        if missing:
            raise not_found("role", min(missing))
        held = self.ctx.user.permissions
        for perms in self.roles.permissions([r.id for r in found]).values():
            for perm in perms:
                if perm not in held:
                    raise DomainError(Reason.PERMISSION_NOT_HELD, field="role_ids",
                                      permission=perm)
        return sorted({r.id for r in found})

    def _check_manageable(self, user: User) -> None:
        """Editing or resetting an account is as good as holding its permissions: refused when
        the user holds a permission the caller does not (no taking over the administrator)."""
        held = self.ctx.user.permissions
        for perm in sorted(permissions_of(self.ctx.session, user.id)):
            if perm not in held:
                raise DomainError(Reason.PERMISSION_NOT_HELD, permission=perm)

    def _apply(self, user: User, data: dict[str, Any]) -> None:
        user.display_name = text(data["display_name"], "display_name", max_len=100, required=True)
        user.phone = text(data["phone"], "phone", max_len=40)
        email = text(data["email"], "email", max_len=200)
        if email and "@" not in email:
            raise DomainError(Reason.INVALID_VALUE, field="email", detail=email)
        user.email = email
        if data["locale"] not in LOCALES:
            raise DomainError(Reason.INVALID_VALUE, field="locale", detail=data["locale"])
        user.locale = data["locale"]

    def _snapshot(self, user: User) -> dict[str, Any]:
        snap = snapshot(user, USER_FIELDS)
        snap["role_ids"] = self.repo.role_ids([user.id])[user.id]
        return snap

    def create(self, org_id: int, username: str, password: str, role_ids: list[int],
               data: dict[str, Any]) -> User:
        org = self.repo.org_in_scope(org_id)
        username = code(username, "username")
        # Sign-in ignores case, so names differing only in case would be ambiguous.
        if self.repo.exists_where(User.tenant_id == self.ctx.tenant_id,
                                  func.lower(User.username) == username.lower()):
            raise DomainError(Reason.DUPLICATE, field="username", entity="user", value=username)
        passwords.check_strength(password)
        grant = self._grantable(role_ids)
        user = User(org_id=org.id, username=username, active=True, must_change_password=True,
                    password_hash=passwords.hash_password(password))
        self._apply(user, data)
        self.repo.add(user, code=username, field="username")
        self.repo.set_roles(user, grant)
        self.ctx.record("user", user.id, None, self._snapshot(user), action="create")
        return user

    def update(self, user_id: int, org_id: int, active: bool, role_ids: list[int],
               data: dict[str, Any]) -> User:
        user = self.repo.get(user_id, for_update=True)
        self._check_manageable(user)
        before = self._snapshot(user)
        if user.id == self.ctx.user.user_id and not active:
            raise DomainError(Reason.INVALID_VALUE, field="active",
                              detail="cannot deactivate yourself / 不能停用自己的账号")
        if org_id and org_id != user.org_id:
            user.org_id = self.repo.org_in_scope(org_id).id
        current = set(before["role_ids"])
        if set(role_ids) != current:
            # Removing a role is allowed only if the caller could have granted it.
            self._grantable(sorted(current ^ set(role_ids)))
            self.repo.set_roles(user, sorted(set(role_ids)))
        self._apply(user, data)
        if user.active and not active:
            revoke_sessions(self.ctx.session, user.id)
        user.active = active
        self.repo.flush()
        self.ctx.record("user", user.id, before, self._snapshot(user), action="update")
        return user

    def reset_password(self, user_id: int, new_password: str) -> None:
        user = self.repo.get(user_id, for_update=True)
        self._check_manageable(user)
        passwords.check_strength(new_password, "new_password")
        user.password_hash = passwords.hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.password_changed_at = datetime.now(UTC)
        revoke_sessions(self.ctx.session, user.id)
        self.repo.flush()
        self.ctx.record("user", user.id, None, {"password_reset": True, "unlocked": True},
                        action="reset_password")


class RoleService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = RoleRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.base(), query, self.repo.list_spec())

    def _checked(self, perms: list[str]) -> list[str]:
        held = self.ctx.user.permissions
        for perm in perms:
            if perm not in permissions.ALL:
                raise DomainError(Reason.INVALID_VALUE, field="permissions", detail=perm)
            if perm not in held:
                raise DomainError(Reason.PERMISSION_NOT_HELD, field="permissions", permission=perm)
        return sorted(set(perms))

    def _snapshot(self, role: Role) -> dict[str, Any]:
        snap = snapshot(role, ROLE_FIELDS)
        snap["permissions"] = self.repo.permissions([role.id])[role.id]
        return snap

    def _apply(self, role: Role, data: dict[str, str]) -> None:
        role.name = text(data["name"], "name", max_len=100, required=True)
        role.description = text(data["description"], "description", max_len=500)

    def create(self, role_code: str, perms: list[str], data: dict[str, str]) -> Role:
        role = Role(code=code(role_code), builtin=False)
        self._apply(role, data)
        checked = self._checked(perms)
        self.repo.add(role, code=role.code)
        self.repo.set_permissions(role, checked)
        self.ctx.record("role", role.id, None, self._snapshot(role), action="create")
        return role

    def update(self, role_id: int, role_code: str, perms: list[str],
               data: dict[str, str]) -> Role:
        role = self.repo.get(role_id, for_update=True)
        before = self._snapshot(role)
        if role.builtin and (sorted(set(perms)) != before["permissions"] or role_code != role.code):
            raise DomainError(Reason.INVALID_VALUE, field="permissions",
                              detail="built-in role / 内置角色的编码和权限不可修改")
        changed = set(perms) ^ set(before["permissions"])
        self._checked(sorted(changed))
        if changed and self.repo.held_outside(role.id, self.ctx.user.org_path):
            # Changing a role changes what its holders may do: only for holders in one's scope.
            raise DomainError(Reason.OUT_OF_SCOPE, field="permissions")
        role.code = code(role_code)
        self._apply(role, data)
        self.repo.flush(code=role.code)
        self.repo.set_permissions(role, sorted(set(perms)))
        self.ctx.record("role", role.id, before, self._snapshot(role), action="update")
        return role

    def delete(self, role_id: int) -> None:
        role = self.repo.get(role_id, for_update=True)
        if role.builtin:
            raise DomainError(Reason.IN_USE, entity="role", detail="built-in role / 内置角色")
        if self.repo.user_counts([role.id]).get(role.id):
            raise DomainError(Reason.IN_USE, entity="role",
                              detail="users hold it / 仍有用户使用该角色")
        before = self._snapshot(role)
        self.repo.delete(role)
        self.ctx.record("role", role_id, before, None, action="delete")
