"""AuditService: search the audit log within the caller's tenant and organisation subtree."""

from __future__ import annotations

import json
from typing import Any

import grpc
from sqlalchemy import Select, select

from server.accounts.models import Organisation
from server.audit.models import AuditEntry
from server.core.context import CallContext, current
from server.core.convert import ts
from server.core.listing import ListSpec, paginate
from server.core.policy import Policy, method_name, read
from server.core.repository import subtree_ids
from shared.pb import audit_pb2, audit_pb2_grpc, common_pb2

POLICIES: dict[str, Policy] = {
    method_name("AuditService", "SearchAudit"): read("audit.read"),
}

_A = AuditEntry
SPEC = ListSpec(
    fields={"id": _A.id, "at": _A.at, "username": _A.username, "user_id": _A.user_id,
            "org_id": _A.org_id, "method": _A.method, "action": _A.action, "entity": _A.entity,
            "entity_id": _A.entity_id, "outcome": _A.outcome, "reason_code": _A.reason_code},
    search=(_A.username, _A.method, _A.entity, _A.entity_id),
    default_sort=("-id",),
)


def base_query(ctx: CallContext) -> Select[AuditEntry, str | None]:
    p = ctx.user
    return (select(AuditEntry, Organisation.name)
            .outerjoin(Organisation, Organisation.id == AuditEntry.org_id)
            .where(AuditEntry.tenant_id == p.tenant_id,
                   AuditEntry.org_id.in_(subtree_ids(p.tenant_id, p.org_path))))


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def entry_to_proto(entry: AuditEntry, org_name: str | None) -> audit_pb2.AuditEntry:
    return audit_pb2.AuditEntry(
        id=entry.id, at=ts(entry.at), user_id=entry.user_id or 0, username=entry.username,
        org_id=entry.org_id or 0, org_name=org_name or "", method=entry.method,
        action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
        before_json=_json(entry.before), after_json=_json(entry.after),
        request_json=_json(entry.request), outcome=entry.outcome,
        reason_code=entry.reason_code, peer=entry.peer)


class AuditServicer(audit_pb2_grpc.AuditServiceServicer):
    def SearchAudit(self, request: common_pb2.ListQuery,
                    context: grpc.ServicerContext) -> audit_pb2.SearchAuditResponse:
        ctx = current()
        page = paginate(ctx.session, base_query(ctx), request, SPEC)
        return audit_pb2.SearchAuditResponse(
            items=[entry_to_proto(e, name) for e, name in page.rows], page=page.info)
