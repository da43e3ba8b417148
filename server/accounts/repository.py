"""Accounts repositories: organisations, users and roles, scoped to the caller."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from server.accounts.models import Organisation, Role, RolePermission, User, UserRole
from server.core.listing import ListSpec
from server.core.repository import Repository, subtree_ids


class OrganisationRepository(Repository[Organisation]):
    model = Organisation
    entity = "organisation"

    def base(self) -> Select[Any]:
        p = self.ctx.user
        return select(Organisation).where(Organisation.tenant_id == p.tenant_id,
                                          Organisation.path.startswith(p.org_path))

    def list_spec(self) -> ListSpec:
        o = Organisation
        return ListSpec(
            fields={"id": o.id, "code": o.code, "name": o.name, "kind": o.kind,
                    "parent_id": o.parent_id, "region_code": o.region_code, "active": o.active,
                    "path": o.path, "created_at": o.created_at},
            search=(o.code, o.name, o.contact, o.phone),
            default_sort=("path",),
        )

    def by_ids(self, ids: set[int]) -> dict[int, Organisation]:
        if not ids:
            return {}
        rows = self.session.execute(select(Organisation).where(
            Organisation.tenant_id == self.ctx.tenant_id, Organisation.id.in_(ids))).scalars()
        return {o.id: o for o in rows}

    def has_children(self, org_id: int) -> bool:
        return self.exists_where(Organisation.parent_id == org_id)

    def has_users(self, org_id: int) -> bool:
        return self.exists_where(User.org_id == org_id)

    def child_kinds(self, org_id: int) -> set[str]:
        return set(self.session.execute(select(Organisation.kind).distinct()
                                        .where(Organisation.parent_id == org_id)).scalars())


class UserRepository(Repository[User]):
    model = User
    entity = "user"

    def list_spec(self) -> ListSpec:
        u = User
        return ListSpec(
            fields={"id": u.id, "username": u.username, "display_name": u.display_name,
                    "org_id": u.org_id, "active": u.active, "created_at": u.created_at,
                    "last_login_at": u.last_login_at, "phone": u.phone},
            search=(u.username, u.display_name, u.phone, u.email),
            default_sort=("id",),
        )

    def role_ids(self, user_ids: list[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {uid: [] for uid in user_ids}
        if user_ids:
            for uid, rid in self.session.execute(
                    select(UserRole.user_id, UserRole.role_id)
                    .where(UserRole.user_id.in_(user_ids)).order_by(UserRole.role_id)):
                out[uid].append(rid)
        return out

    def set_roles(self, user: User, role_ids: list[int]) -> None:
        self.session.query(UserRole).filter(UserRole.user_id == user.id).delete()
        for rid in sorted(set(role_ids)):
            self.session.add(UserRole(tenant_id=user.tenant_id, user_id=user.id, role_id=rid))
        self.flush()


class RoleRepository(Repository[Role]):
    """Roles are tenant-wide definitions; who may grant them is checked by the service."""

    model = Role
    entity = "role"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        r = Role
        return ListSpec(fields={"id": r.id, "code": r.code, "name": r.name},
                        search=(r.code, r.name, r.description), default_sort=("id",))

    def permissions(self, role_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {rid: [] for rid in role_ids}
        if role_ids:
            for rid, perm in self.session.execute(
                    select(RolePermission.role_id, RolePermission.permission)
                    .where(RolePermission.role_id.in_(role_ids))
                    .order_by(RolePermission.permission)):
                out[rid].append(perm)
        return out

    def user_counts(self, role_ids: list[int]) -> dict[int, int]:
        if not role_ids:
            return {}
        rows = self.session.execute(select(UserRole.role_id, func.count())
                                    .where(UserRole.role_id.in_(role_ids))
                                    .group_by(UserRole.role_id))
        return {rid: n for rid, n in rows}

    def set_permissions(self, role: Role, permissions: list[str]) -> None:
        self.session.query(RolePermission).filter(RolePermission.role_id == role.id).delete()
        for perm in sorted(set(permissions)):
            self.session.add(RolePermission(tenant_id=role.tenant_id, role_id=role.id,
                                            permission=perm))
        self.flush()

    def held_outside(self, role_id: int, org_path: str) -> bool:
        """True when a user outside the organisation subtree at org_path holds the role."""
        return self.exists_where(
            UserRole.role_id == role_id, UserRole.user_id == User.id,
            User.org_id.not_in(subtree_ids(self.ctx.tenant_id, org_path)))

    def in_tenant(self, role_ids: list[int]) -> list[Role]:
        if not role_ids:
            return []
        return list(self.session.execute(self.base().where(Role.id.in_(role_ids))).scalars())
