"""Operation ids: a command repeated after a timeout (same id) returns what the first call made
instead of applying again. Calls with the same id are serialised by an advisory lock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.validate import text as clean_text
from server.orders.models import OrderOperation

MAX_OPERATION_ID = 64
# pg_advisory_xact_lock(class, key): one call at a time per (tenant, key).
_LOCK = 0x4F52  # "OR"


def operation_id(value: str, *, required: bool = False) -> str:
    return clean_text(value, "operation_id", max_len=MAX_OPERATION_ID, required=required)


class Operations:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx

    def lock(self, key: str) -> None:
        """Serialise calls on the same key (an operation id, an ERP order number) until the
        transaction ends."""
        self.ctx.session.execute(text("SELECT pg_advisory_xact_lock(:cls, hashtext(:key))"),
                                 {"cls": _LOCK, "key": f"{self.ctx.tenant_id}/{key}"})

    def earlier(self, op: str, kind: str, key: str = "") -> OrderOperation | None:
        """Lock the id and return its earlier record; OPERATION_ID_REUSED when the id was used
        for another kind of command or another order number."""
        if not op:
            return None
        self.lock(f"op/{op}")
        done = self.ctx.session.execute(select(OrderOperation).where(
            OrderOperation.tenant_id == self.ctx.tenant_id,
            OrderOperation.operation_id == op)).scalar_one_or_none()
        if done is not None and (done.kind != kind or done.key != key):
            raise DomainError(Reason.OPERATION_ID_REUSED, field="operation_id",
                              operation_id=op, kind=f"{done.kind} {done.key}".strip())
        return done

    def remember(self, op: str, kind: str, *, key: str = "", entity_id: int | None = None,
                 summary: dict[str, Any] | None = None) -> None:
        if not op:
            return
        self.ctx.session.add(OrderOperation(
            tenant_id=self.ctx.tenant_id, operation_id=op, kind=kind, key=key,
            entity_id=entity_id, summary=summary or {}, created_by_id=self.ctx.user.user_id))
        self.ctx.session.flush()
