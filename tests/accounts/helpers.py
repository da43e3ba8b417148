"""Small helpers for the accounts and audit tests: everything goes through the real RPCs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from client.connection import Connection, ServerError
from shared.pb import accounts_pb2, audit_pb2, common_pb2


def kind(name: str) -> accounts_pb2.OrgKind.ValueType:
    """'dealer' -> ORG_KIND_DEALER."""
    return accounts_pb2.OrgKind.Value(f"ORG_KIND_{name.upper()}")


def refused(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ServerError:
    """Run a call that must be refused and return the refusal."""
    with pytest.raises(ServerError) as err:
        call(*args, **kwargs)
    return err.value


def new_org(conn: Connection, parent_id: int, kind_name: str, code: str,
            name: str = "") -> accounts_pb2.Organisation:
    return conn.call(conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
        parent_id=parent_id, kind=kind(kind_name), code=code, name=name or f"{code} name",
        active=True))


def get_org(conn: Connection, org_id: int) -> accounts_pb2.Organisation:
    return conn.call(conn.accounts.GetOrganisation, common_pb2.IdRequest(id=org_id))


def move_org(conn: Connection, org_id: int, parent_id: int) -> accounts_pb2.Organisation:
    return conn.call(conn.accounts.MoveOrganisation, accounts_pb2.MoveOrganisationRequest(
        id=org_id, new_parent_id=parent_id))


def new_role(conn: Connection, code: str, permissions: list[str]) -> accounts_pb2.Role:
    return conn.call(conn.accounts.CreateRole, accounts_pb2.Role(
        code=code, name=f"{code} role", permissions=permissions))


def new_user(conn: Connection, org_id: int, username: str, password: str,
             role_ids: list[int] | None = None) -> accounts_pb2.User:
    return conn.call(conn.accounts.CreateUser, accounts_pb2.CreateUserRequest(
        user=accounts_pb2.User(org_id=org_id, username=username, display_name=username,
                               active=True, role_ids=role_ids or []),
        password=password))


def update_user(conn: Connection, user: accounts_pb2.User, **changes: Any) -> accounts_pb2.User:
    """UpdateUser sends the whole record: start from what the server returned."""
    msg = accounts_pb2.User()
    msg.CopyFrom(user)
    for key, value in changes.items():
        if key == "role_ids":
            del msg.role_ids[:]
            msg.role_ids.extend(value)
        else:
            setattr(msg, key, value)
    return conn.call(conn.accounts.UpdateUser, msg)


def list_all(conn: Connection, method: Callable[..., Any], query: common_pb2.ListQuery | None = None
             ) -> list[Any]:
    query = query or common_pb2.ListQuery(page_size=500)
    return list(conn.call(method, query).items)


def eq(field: str, value: object) -> common_pb2.Filter:
    return common_pb2.Filter(field=field, op=common_pb2.FILTER_OP_EQ, value=str(value))


def audit(conn: Connection, *filters: common_pb2.Filter,
          **query: Any) -> list[audit_pb2.AuditEntry]:
    """The audit rows the caller may see, newest first."""
    q = common_pb2.ListQuery(page_size=500, filters=list(filters), **query)
    return list(conn.call(conn.audit.SearchAudit, q).items)
