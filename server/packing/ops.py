"""The command journal: an operation id applies once. A repeat (a scanner's double send, a
replay after the link came back, a retry racing the original) waits for the first call under an
advisory lock, then gets the first call's response; reusing an id for another kind of command is
refused. Scans are also the run's history that Undo walks back."""

from __future__ import annotations

from sqlalchemy import select, text

from server.codes.batches import operation_id
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.packing.models import PackOp

_LOCK_CLASS = 0x5041  # "PA"
SCAN_KINDS = ("item", "close_case", "add_case", "close_pallet", "link_range")


def replay(ctx: CallContext, op: str, kinds: tuple[str, ...]) -> bytes | None:
    """The first response of an operation id already applied (None when new); the id is
    locked until the call ends."""
    op = operation_id(op)
    if not op:
        return None
    ctx.session.execute(text("SELECT pg_advisory_xact_lock(:c, hashtext(:k))"),
                        {"c": _LOCK_CLASS, "k": f"{ctx.tenant_id}/{op}"})
    row = ctx.session.execute(select(PackOp.kind, PackOp.response).where(
        PackOp.tenant_id == ctx.tenant_id, PackOp.operation_id == op)).first()
    if row is None:
        return None
    if row[0] not in kinds:
        raise DomainError(Reason.OPERATION_ID_REUSED, field="operation_id", operation_id=op,
                          kind=row[0])
    return bytes(row[1])


def record(ctx: CallContext, op: str, kind: str, response: bytes, *, run_id: int | None = None,
           node_id: int | None = None) -> PackOp:
    """Journal a command with the response repeats will get."""
    entry = PackOp(tenant_id=ctx.tenant_id, operation_id=operation_id(op), kind=kind,
                   run_id=run_id, node_id=node_id, response=response,
                   user_id=ctx.user.user_id)
    ctx.session.add(entry)
    ctx.session.flush()
    return entry


def last_scan(ctx: CallContext, run_id: int) -> PackOp | None:
    """The run's last scan not undone yet, locked."""
    return ctx.session.execute(
        select(PackOp).where(PackOp.tenant_id == ctx.tenant_id, PackOp.run_id == run_id,
                             PackOp.kind.in_(SCAN_KINDS), PackOp.undone.is_(False))
        .order_by(PackOp.id.desc()).limit(1).with_for_update()).scalar_one_or_none()
