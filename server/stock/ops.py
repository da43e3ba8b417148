"""The journal of stock and shipping commands: an operation id applies once. The first call
claims the id by inserting its journal row; a repeat (a handheld's double send, a replay after a
VPN link came back, a retry racing the original) waits on the unique key while the first call
runs, then gets the first call's response. Reusing an id for another kind of command is
refused. (The same scheme as packing's `pack_op`, in a table of its own.)"""

from __future__ import annotations

from sqlalchemy import select, text

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.stock.models import StockOp

MAX_OPERATION_ID = 64
_CLAIM = text("""
    INSERT INTO stock_op (tenant_id, operation_id, kind, response, user_id)
    VALUES (:t, :op, :kind, '', :u)
    ON CONFLICT (tenant_id, operation_id) DO NOTHING
    RETURNING id""")
_FILL = text("""UPDATE stock_op SET response = :response
                WHERE tenant_id = :t AND operation_id = :op""")


def clean(op: str) -> str:
    op = (op or "").strip()
    if len(op) > MAX_OPERATION_ID:
        raise DomainError(Reason.TOO_LONG, field="operation_id", max=MAX_OPERATION_ID)
    return op


def replay(ctx: CallContext, op: str, kind: str) -> bytes | None:
    """The first response of an operation id already applied; None when this call claims it
    (and must `record` its response before it ends)."""
    op = clean(op)
    if not op:
        return None
    claimed = ctx.session.execute(_CLAIM, {"t": ctx.tenant_id, "op": op, "kind": kind,
                                           "u": ctx.user.user_id}).first()
    if claimed is not None:
        return None
    row = ctx.session.execute(select(StockOp.kind, StockOp.response).where(
        StockOp.tenant_id == ctx.tenant_id, StockOp.operation_id == op)).one()
    if row[0] != kind:
        raise DomainError(Reason.OPERATION_ID_REUSED, field="operation_id", operation_id=op,
                          kind=row[0])
    return bytes(row[1])


def record(ctx: CallContext, op: str, response: bytes) -> None:
    """Keep the response a repeat of this operation id will get."""
    op = clean(op)
    if op:
        ctx.session.execute(_FILL, {"t": ctx.tenant_id, "op": op, "response": response})
