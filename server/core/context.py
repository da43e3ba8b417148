"""The call context: who is calling, the RPC's database session and the changes to audit.

Interceptors create it and put it in a context variable for the duration of the call; servicers
read it with `current()` and hand it to services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from server.core.errors import DomainError, Reason
from server.core.policy import Policy


@dataclass(frozen=True)
class Principal:
    """The signed-in user as the server sees them for one call."""

    user_id: int
    username: str
    tenant_id: int
    tenant_code: str
    org_id: int
    org_path: str
    permissions: frozenset[str]
    session_id: int
    must_change_password: bool = False

    def can(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass
class Change:
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class CallContext:
    method: str
    policy: Policy
    peer: str
    session: Session
    principal: Principal | None = None
    changes: list[Change] = field(default_factory=list)
    # Set by Login: the user the audit row is about when nobody was signed in yet.
    actor: tuple[int | None, str, int | None, int | None] | None = None

    @property
    def user(self) -> Principal:
        """The signed-in principal; raises UNAUTHENTICATED on a public call with none."""
        if self.principal is None:
            raise DomainError(Reason.UNAUTHENTICATED)
        return self.principal

    @property
    def tenant_id(self) -> int:
        return self.user.tenant_id

    def record(self, entity: str, entity_id: object, before: dict[str, Any] | None,
               after: dict[str, Any] | None, action: str | None = None) -> None:
        """Note a change for the audit log, written in the same transaction as the change."""
        self.changes.append(Change(entity, str(entity_id), action or self.policy.action or "update",
                                   before, after))


_current: ContextVar[CallContext] = ContextVar("yima_call_context")


def current() -> CallContext:
    return _current.get()


@contextmanager
def bind(ctx: CallContext) -> Iterator[CallContext]:
    token = _current.set(ctx)
    try:
        yield ctx
    finally:
        _current.reset(token)
