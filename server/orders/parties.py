"""Who sells to whom. The seller of an order is its warehouse's organisation; the trading party
behind it is the nearest organisation at or above that is not a warehouse or department.
Headquarters and factories sell to any dealer or store of the tenant; a branch or dealer to the
dealers and stores below it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from server.accounts.models import Organisation
from server.accounts.orgs import path_ids
from server.core.context import CallContext
from server.core.errors import DomainError, Reason

CUSTOMER_KINDS = ("dealer", "store")
SELL_TO_ANYONE = frozenset({"headquarters", "factory"})
PASS_THROUGH = frozenset({"warehouse", "department"})


def trading_party(ctx: CallContext, org_id: int) -> Organisation:
    """The organisation that sells through the given one's warehouses."""
    org = ctx.session.get(Organisation, org_id)
    assert org is not None and org.tenant_id == ctx.tenant_id
    ids = path_ids(org.path)
    known = {o.id: o for o in ctx.session.execute(select(Organisation).where(
        Organisation.tenant_id == ctx.tenant_id, Organisation.id.in_(ids))).scalars()}
    for org_id_ in reversed(ids):
        candidate = known.get(org_id_)
        if candidate is not None and candidate.kind not in PASS_THROUGH:
            return candidate
    return org


def customers(ctx: CallContext, trader: Organisation) -> Select[Any]:
    """Active dealers and stores the trading party may sell to."""
    stmt = select(Organisation).where(Organisation.tenant_id == ctx.tenant_id,
                                      Organisation.kind.in_(CUSTOMER_KINDS),
                                      Organisation.active.is_(True),
                                      Organisation.id != trader.id)
    if trader.kind not in SELL_TO_ANYONE:
        stmt = stmt.where(Organisation.path.startswith(trader.path))
    return stmt


def may_sell_to(trader: Organisation, customer: Organisation) -> bool:
    if customer.kind not in CUSTOMER_KINDS or customer.id == trader.id:
        return False
    return trader.kind in SELL_TO_ANYONE or customer.path.startswith(trader.path)


def check_customer(trader: Organisation, customer: Organisation, field: str) -> None:
    """CUSTOMER_NOT_ALLOWED unless the trading party may sell to the (active) customer."""
    if not may_sell_to(trader, customer):
        raise DomainError(Reason.CUSTOMER_NOT_ALLOWED, field=field, customer=customer.name,
                          seller=trader.name)
    if not customer.active:
        raise DomainError(Reason.INVALID_VALUE, field=field,
                          detail=f"{customer.name}: inactive / 客户已停用")
