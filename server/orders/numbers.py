"""Document numbers per tenant, kind and day in the tenant's time zone: SO202611220001."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from server.accounts.models import Tenant
from server.core.context import CallContext
from server.orders.models import DocumentCounter


def next_number(ctx: CallContext, kind: str, prefix: str) -> str:
    """The next number of its kind today; concurrent calls each get their own (one upsert)."""
    zone = ctx.session.execute(select(Tenant.timezone).where(
        Tenant.id == ctx.tenant_id)).scalar_one()
    day = datetime.now(ZoneInfo(zone or "Asia/Shanghai")).date()
    stmt = insert(DocumentCounter).values(tenant_id=ctx.tenant_id, kind=kind, day=day, last=1)
    last = ctx.session.execute(stmt.on_conflict_do_update(
        index_elements=["tenant_id", "kind", "day"],
        set_={"last": DocumentCounter.last + 1}).returning(DocumentCounter.last)).scalar_one()
    return f"{prefix}{day:%Y%m%d}{last:04d}"
