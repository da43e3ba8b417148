"""The command journal: an operation id applies once. The first call claims the id by inserting
its journal row; a repeat (a scanner's double send, a replay after the link came back, a retry
racing the original) finds the row — waiting on the unique key while the first call is still
running — and gets the first call's response. Reusing an id for another kind of command is
refused. Scans are also the run's history that Undo walks back."""

from __future__ import annotations

from sqlalchemy import select

from server.codes.batches import operation_id
from server.core import rawsql
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.rawsql import Statement
from server.packing.models import PackOp

SCAN_KINDS = ("item", "close_case", "add_case", "close_pallet", "link_range")
_CLAIM = Statement("""
    INSERT INTO pack_op (tenant_id, operation_id, kind, response, user_id)
    VALUES (:t, :op, :kind, '', :u)
    ON CONFLICT (tenant_id, operation_id) WHERE operation_id <> '' DO NOTHING
    RETURNING id""")
_FILL = Statement("""UPDATE pack_op SET kind = :kind, response = :response, run_id = :run,
                                   node_id = :node
                WHERE tenant_id = :t AND operation_id = :op""")
_CLAIMS = "yima.pack_claims"


def replay(ctx: CallContext, op: str, kinds: tuple[str, ...]) -> bytes | None:
    """The first response of an operation id already applied; None when this call claims it
    (and must then `record` its response)."""
    op = operation_id(op)
    if not op:
        return None
    claimed = rawsql.first(ctx.session, _CLAIM, {"t": ctx.tenant_id, "op": op,
                                                 "kind": kinds[0], "u": ctx.user.user_id})
    if claimed is not None:
        ctx.session.info.setdefault(_CLAIMS, set()).add(op)
        return None
    row = ctx.session.execute(select(PackOp.kind, PackOp.response).where(
        PackOp.tenant_id == ctx.tenant_id, PackOp.operation_id == op)).one()
    if row[0] not in kinds:
        raise DomainError(Reason.OPERATION_ID_REUSED, field="operation_id", operation_id=op,
                          kind=row[0])
    return bytes(row[1])


def record(ctx: CallContext, op: str, kind: str, response: bytes, *, run_id: int | None = None,
           node_id: int | None = None) -> None:
    """Journal a command with the response repeats will get."""
    op = operation_id(op)
    claims = ctx.session.info.get(_CLAIMS, set())
    if op and op in claims:
        claims.discard(op)
        filled = rawsql.run(ctx.session, _FILL, {"t": ctx.tenant_id, "op": op, "kind": kind,
                                                 "response": response, "run": run_id,
                                                 "node": node_id})
        if filled:
            return
    ctx.session.add(PackOp(tenant_id=ctx.tenant_id, operation_id=op, kind=kind, run_id=run_id,
                           node_id=node_id, response=response, user_id=ctx.user.user_id))
    ctx.session.flush()


def last_scan(ctx: CallContext, run_id: int) -> PackOp | None:
    """The run's last scan not undone yet, locked."""
    return ctx.session.execute(
        select(PackOp).where(PackOp.tenant_id == ctx.tenant_id, PackOp.run_id == run_id,
                             PackOp.kind.in_(SCAN_KINDS), PackOp.undone.is_(False))
        .order_by(PackOp.id.desc()).limit(1).with_for_update()).scalar_one_or_none()
