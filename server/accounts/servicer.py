"""AuthService and AccountsService: proto in, domain call, proto out."""

from __future__ import annotations

from datetime import UTC, datetime

import grpc
from sqlalchemy import select

from server.accounts import permissions
from server.accounts.convert import (
    kind_from_proto,
    kind_to_proto,
    org_data,
    org_to_proto,
    role_to_proto,
    user_data,
    user_to_proto,
)
from server.accounts.models import Organisation, Role, Tenant, User, UserRole
from server.accounts.orgs import OrganisationService
from server.accounts.sessions import AuthSettings, LoginService, permissions_of
from server.accounts.users import RoleService, UserService
from server.core.context import CallContext, current
from server.core.convert import ts
from server.core.policy import Policy, method_name, read, write
from shared.pb import accounts_pb2, accounts_pb2_grpc, auth_pb2, auth_pb2_grpc, common_pb2

_A, _U = "AuthService", "AccountsService"
POLICIES: dict[str, Policy] = {
    method_name(_A, "Login"): Policy(public=True, mutating=True, action="login", entity="user"),
    method_name(_A, "Logout"): Policy(mutating=True, action="logout", entity="user",
                                      before_password_change=True),
    method_name(_A, "Me"): Policy(before_password_change=True),
    method_name(_A, "ChangePassword"): Policy(mutating=True, action="change_password",
                                              entity="user", before_password_change=True),
    method_name(_U, "ListOrganisations"): read("org.read"),
    method_name(_U, "GetOrganisation"): read("org.read"),
    method_name(_U, "CreateOrganisation"): write("org.write", "create", "organisation"),
    method_name(_U, "UpdateOrganisation"): write("org.write", "update", "organisation"),
    method_name(_U, "MoveOrganisation"): write("org.write", "move", "organisation"),
    method_name(_U, "DeleteOrganisation"): write("org.write", "delete", "organisation"),
    method_name(_U, "ListUsers"): read("user.read"),
    method_name(_U, "CreateUser"): write("user.write", "create", "user"),
    method_name(_U, "UpdateUser"): write("user.write", "update", "user"),
    method_name(_U, "ResetPassword"): write("user.reset_password", "reset_password", "user"),
    method_name(_U, "ListRoles"): read("role.read"),
    method_name(_U, "CreateRole"): write("role.write", "create", "role"),
    method_name(_U, "UpdateRole"): write("role.write", "update", "role"),
    method_name(_U, "DeleteRole"): write("role.write", "delete", "role"),
    method_name(_U, "ListPermissions"): read("role.read"),
}


def principal_proto(ctx: CallContext, user: User) -> auth_pb2.Principal:
    tenant = ctx.session.get(Tenant, user.tenant_id)
    org = ctx.session.get(Organisation, user.org_id)
    assert tenant is not None and org is not None
    role_names = list(ctx.session.execute(
        select(Role.name).join(UserRole, UserRole.role_id == Role.id)
        .where(UserRole.user_id == user.id).order_by(Role.id)).scalars())
    return auth_pb2.Principal(
        user_id=user.id, username=user.username, display_name=user.display_name,
        tenant_id=tenant.id, tenant_code=tenant.code, tenant_name=tenant.name, org_id=org.id,
        org_name=org.name, org_kind=kind_to_proto(org.kind),
        permissions=sorted(permissions_of(ctx.session, user.id)), role_names=role_names,
        locale=user.locale, timezone=tenant.timezone,
        must_change_password=user.must_change_password,
    )


class AuthServicer(auth_pb2_grpc.AuthServiceServicer):
    def __init__(self, settings: AuthSettings) -> None:
        self.settings = settings

    def Login(self, request: auth_pb2.LoginRequest,
              context: grpc.ServicerContext) -> auth_pb2.LoginResponse:
        ctx = current()
        token, auth, user = LoginService(ctx, self.settings).login(
            request.tenant_code, request.username, request.password, request.client_info)
        return auth_pb2.LoginResponse(token=token, expires_at=ts(auth.expires_at),
                                      principal=principal_proto(ctx, user))

    def Logout(self, request: common_pb2.Empty,
               context: grpc.ServicerContext) -> common_pb2.Empty:
        LoginService(current(), self.settings).logout()
        return common_pb2.Empty()

    def Me(self, request: common_pb2.Empty, context: grpc.ServicerContext) -> auth_pb2.Principal:
        ctx = current()
        user = ctx.session.get(User, ctx.user.user_id)
        assert user is not None
        return principal_proto(ctx, user)

    def ChangePassword(self, request: auth_pb2.ChangePasswordRequest,
                       context: grpc.ServicerContext) -> common_pb2.Empty:
        LoginService(current(), self.settings).change_password(request.old_password,
                                                               request.new_password)
        return common_pb2.Empty()


def _orgs_to_proto(service: OrganisationService,
                   orgs: list[Organisation]) -> list[accounts_pb2.Organisation]:
    known = service.ancestors_of(orgs)
    return [org_to_proto(o, known, service.dealer_level(o, known)) for o in orgs]


def _users_to_proto(ctx: CallContext, users: list[User]) -> list[accounts_pb2.User]:
    service = UserService(ctx)
    role_ids = service.repo.role_ids([u.id for u in users])
    roles = {r.id: r.name for r in service.roles.in_tenant(
        sorted({rid for ids in role_ids.values() for rid in ids}))}
    orgs = OrganisationService(ctx).repo.by_ids({u.org_id for u in users})
    now = datetime.now(UTC)
    return [user_to_proto(u, orgs[u.org_id].name if u.org_id in orgs else "", role_ids[u.id],
                          [roles[r] for r in role_ids[u.id] if r in roles],
                          bool(u.locked_until and u.locked_until > now)) for u in users]


def _roles_to_proto(service: RoleService, roles: list[Role]) -> list[accounts_pb2.Role]:
    ids = [r.id for r in roles]
    perms, counts = service.repo.permissions(ids), service.repo.user_counts(ids)
    return [role_to_proto(r, perms[r.id], counts.get(r.id, 0)) for r in roles]


class AccountsServicer(accounts_pb2_grpc.AccountsServiceServicer):
    # organisations
    def ListOrganisations(self, request: common_pb2.ListQuery,
                          context: grpc.ServicerContext) -> accounts_pb2.ListOrganisationsResponse:
        service = OrganisationService(current())
        page = service.list_page(request)
        return accounts_pb2.ListOrganisationsResponse(
            items=_orgs_to_proto(service, [r[0] for r in page.rows]), page=page.info)

    def GetOrganisation(self, request: common_pb2.IdRequest,
                        context: grpc.ServicerContext) -> accounts_pb2.Organisation:
        service = OrganisationService(current())
        return _orgs_to_proto(service, [service.get(request.id)])[0]

    def CreateOrganisation(self, request: accounts_pb2.Organisation,
                           context: grpc.ServicerContext) -> accounts_pb2.Organisation:
        service = OrganisationService(current())
        org = service.create(request.parent_id, kind_from_proto(request.kind), org_data(request))
        return _orgs_to_proto(service, [org])[0]

    def UpdateOrganisation(self, request: accounts_pb2.Organisation,
                           context: grpc.ServicerContext) -> accounts_pb2.Organisation:
        service = OrganisationService(current())
        org = service.update(request.id, kind_from_proto(request.kind), request.active,
                             org_data(request))
        return _orgs_to_proto(service, [org])[0]

    def MoveOrganisation(self, request: accounts_pb2.MoveOrganisationRequest,
                         context: grpc.ServicerContext) -> accounts_pb2.Organisation:
        service = OrganisationService(current())
        return _orgs_to_proto(service, [service.move(request.id, request.new_parent_id)])[0]

    def DeleteOrganisation(self, request: common_pb2.IdRequest,
                           context: grpc.ServicerContext) -> common_pb2.Empty:
        OrganisationService(current()).delete(request.id)
        return common_pb2.Empty()

    # users
    def ListUsers(self, request: common_pb2.ListQuery,
                  context: grpc.ServicerContext) -> accounts_pb2.ListUsersResponse:
        ctx = current()
        page = UserService(ctx).list_page(request)
        return accounts_pb2.ListUsersResponse(items=_users_to_proto(ctx, [r[0] for r in page.rows]),
                                              page=page.info)

    def CreateUser(self, request: accounts_pb2.CreateUserRequest,
                   context: grpc.ServicerContext) -> accounts_pb2.User:
        ctx = current()
        u = request.user
        user = UserService(ctx).create(u.org_id, u.username, request.password, list(u.role_ids),
                                       user_data(u))
        return _users_to_proto(ctx, [user])[0]

    def UpdateUser(self, request: accounts_pb2.User,
                   context: grpc.ServicerContext) -> accounts_pb2.User:
        ctx = current()
        user = UserService(ctx).update(request.id, request.org_id, request.active,
                                       list(request.role_ids), user_data(request))
        return _users_to_proto(ctx, [user])[0]

    def ResetPassword(self, request: accounts_pb2.ResetPasswordRequest,
                      context: grpc.ServicerContext) -> common_pb2.Empty:
        UserService(current()).reset_password(request.user_id, request.new_password)
        return common_pb2.Empty()

    # roles
    def ListRoles(self, request: common_pb2.ListQuery,
                  context: grpc.ServicerContext) -> accounts_pb2.ListRolesResponse:
        service = RoleService(current())
        page = service.list_page(request)
        return accounts_pb2.ListRolesResponse(
            items=_roles_to_proto(service, [r[0] for r in page.rows]), page=page.info)

    def CreateRole(self, request: accounts_pb2.Role,
                   context: grpc.ServicerContext) -> accounts_pb2.Role:
        service = RoleService(current())
        role = service.create(request.code, list(request.permissions),
                              {"name": request.name, "description": request.description})
        return _roles_to_proto(service, [role])[0]

    def UpdateRole(self, request: accounts_pb2.Role,
                   context: grpc.ServicerContext) -> accounts_pb2.Role:
        service = RoleService(current())
        role = service.update(request.id, request.code, list(request.permissions),
                              {"name": request.name, "description": request.description})
        return _roles_to_proto(service, [role])[0]

    def DeleteRole(self, request: common_pb2.IdRequest,
                   context: grpc.ServicerContext) -> common_pb2.Empty:
        RoleService(current()).delete(request.id)
        return common_pb2.Empty()

    def ListPermissions(self, request: common_pb2.Empty,
                        context: grpc.ServicerContext) -> accounts_pb2.ListPermissionsResponse:
        return accounts_pb2.ListPermissionsResponse(items=[
            accounts_pb2.Permission(code=p.code, area=p.area, name_zh=p.zh, name_en=p.en)
            for p in permissions.CATALOGUE])
