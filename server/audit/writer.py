"""Writes audit rows: successful changes in the call's own transaction, refusals in their own."""

from __future__ import annotations

import logging
from typing import Any, cast

from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from sqlalchemy import Table, insert
from sqlalchemy.orm import Session, sessionmaker

from server.audit.models import AuditEntry
from server.core.context import CallContext, Change
from server.core.errors import DomainError

log = logging.getLogger(__name__)

_INSERT = insert(cast(Table, AuditEntry.__table__))  # Core: the ORM bulk path costs more
_SECRET_KEYS = ("password", "token", "secret")
_BULKY_KEYS = ("image", "data")


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            lowered = key.lower()
            if any(s in lowered for s in _SECRET_KEYS):
                out[key] = "***"
            elif lowered in _BULKY_KEYS:
                out[key] = f"<{len(str(item))} chars>"
            else:
                out[key] = _scrub(item)
        return out
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def request_dict(request: Any) -> dict[str, Any] | None:
    """The request as JSON with passwords and tokens blanked and blobs summarised."""
    if not isinstance(request, Message):
        return None
    return _scrub(MessageToDict(request, preserving_proto_field_name=True))


def _who(ctx: CallContext) -> dict[str, Any]:
    if ctx.principal is not None:
        p = ctx.principal
        return {"tenant_id": p.tenant_id, "user_id": p.user_id, "username": p.username,
                "org_id": p.org_id}
    if ctx.actor is not None:
        user_id, username, tenant_id, org_id = ctx.actor
        return {"tenant_id": tenant_id, "user_id": user_id, "username": username,
                "org_id": org_id}
    return {"tenant_id": None, "user_id": None, "username": "", "org_id": None}


def _peer_ip(peer: str) -> str:
    return peer[:100]


def write_success(ctx: CallContext, request: Any) -> None:
    """One row per recorded change (or one for the call), in the call's transaction. A plain
    INSERT, not the ORM's unit of work: every mutating call pays for it (a collection stream
    once per record)."""
    who = _who(ctx)
    req = request_dict(request)
    changes: list[Change | None] = [*ctx.changes] or [None]
    rows = [dict(
        **who, method=ctx.method,
        action=change.action if change else ctx.policy.action or "call",
        entity=change.entity if change else ctx.policy.entity,
        entity_id=change.entity_id if change else "",
        before=change.before if change else None,
        after=change.after if change else None,
        request=req, outcome="ok", peer=_peer_ip(ctx.peer),
    ) for change in changes]
    ctx.session.execute(_INSERT, rows[0] if len(rows) == 1 else rows)


def write_refusal(sessions: sessionmaker[Session], ctx: CallContext, request: Any,
                  error: DomainError) -> None:
    """Record a refused or failed attempt in its own transaction, so it survives the rollback."""
    try:
        with sessions() as session, session.begin():
            session.add(AuditEntry(
                **_who(ctx), method=ctx.method, action=ctx.policy.action or "call",
                entity=ctx.policy.entity, entity_id="", request=request_dict(request),
                outcome="error", reason_code=error.reason.name, peer=_peer_ip(ctx.peer),
            ))
    except Exception:  # the refusal itself must still reach the caller
        log.exception("could not write the audit row for a refused call")
