"""Accounts records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from server.accounts.models import Organisation, Role, User
from server.core.convert import enum_name, enum_value, ts
from shared.pb import accounts_pb2

KIND_PREFIX = "ORG_KIND_"


def kind_from_proto(value: int) -> str:
    return enum_name(accounts_pb2.OrgKind, KIND_PREFIX, value)


def kind_to_proto(kind: str) -> accounts_pb2.OrgKind.ValueType:
    return accounts_pb2.OrgKind.ValueType(enum_value(accounts_pb2.OrgKind, KIND_PREFIX, kind))


def org_data(msg: accounts_pb2.Organisation) -> dict[str, str]:
    return {"code": msg.code, "name": msg.name, "region_code": msg.region_code,
            "contact": msg.contact, "phone": msg.phone, "address": msg.address}


def org_to_proto(org: Organisation, known: dict[int, Organisation],
                 dealer_level: int) -> accounts_pb2.Organisation:
    parent = known.get(org.parent_id) if org.parent_id else None
    return accounts_pb2.Organisation(
        id=org.id, parent_id=org.parent_id or 0, kind=kind_to_proto(org.kind), code=org.code,
        name=org.name, region_code=org.region_code, contact=org.contact, phone=org.phone,
        address=org.address, active=org.active, parent_name=parent.name if parent else "",
        depth=org.path.strip("/").count("/"), dealer_level=dealer_level,
        created_at=ts(org.created_at),
    )


def user_data(msg: accounts_pb2.User) -> dict[str, str]:
    return {"display_name": msg.display_name, "phone": msg.phone, "email": msg.email,
            "locale": msg.locale}


def user_to_proto(user: User, org_name: str, role_ids: list[int],
                  role_names: list[str], locked: bool) -> accounts_pb2.User:
    return accounts_pb2.User(
        id=user.id, org_id=user.org_id, username=user.username, display_name=user.display_name,
        phone=user.phone, email=user.email, active=user.active, role_ids=role_ids,
        locale=user.locale, org_name=org_name, role_names=role_names, locked=locked,
        last_login_at=ts(user.last_login_at), created_at=ts(user.created_at),
    )


def role_to_proto(role: Role, permissions: list[str], user_count: int) -> accounts_pb2.Role:
    return accounts_pb2.Role(id=role.id, code=role.code, name=role.name,
                             description=role.description, permissions=permissions,
                             builtin=role.builtin, user_count=user_count)
