"""Who a shipment may go to. Against an order: its customer. Direct (onward flow, no order):
a dealer or store the sender's trading party may sell to (the orders area's rule). Return
(退货): an organisation above the sender that holds stock. Transfer: another warehouse of the
sender's trading party, or between the brand's own factories, branches and warehouses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.accounts.models import Organisation
from server.accounts.orgs import path_ids
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.orders import parties
from server.warehouse.models import Warehouse

RETURN_TO = frozenset({"headquarters", "factory", "branch", "dealer"})
INTERNAL = frozenset({"headquarters", "factory", "licensed_factory", "branch"})
KIND_WORDS = {"direct": ("直发", "direct shipment"), "return": ("退货", "return"),
              "transfer": ("调拨", "transfer")}


def _org(ctx: CallContext, org_id: int) -> Organisation:
    org = ctx.session.execute(select(Organisation).where(
        Organisation.tenant_id == ctx.tenant_id, Organisation.id == org_id)).scalar_one_or_none()
    if org is None:
        raise DomainError(Reason.NOT_FOUND, field="customer_org_id", entity="customer",
                          id=org_id)
    return org


def _refuse(kind: str, target: str, zh: str, en: str) -> DomainError:
    words = KIND_WORDS[kind]
    return DomainError(Reason.SHIP_TARGET_NOT_ALLOWED, field="customer_org_id", target=target,
                       kind=both(*words), rule=both(zh, en))


def direct_customer(ctx: CallContext, sender_org_id: int, customer_org_id: int) -> Organisation:
    if not customer_org_id:
        raise DomainError(Reason.REQUIRED, field="customer_org_id")
    customer = _org(ctx, customer_org_id)
    parties.check_customer(parties.trading_party(ctx, sender_org_id), customer,
                           "customer_org_id")
    return customer


def return_targets(ctx: CallContext, sender_org_id: int) -> list[Organisation]:
    """Organisations above the sender that take returns, nearest first."""
    sender = _org(ctx, sender_org_id)
    ids = path_ids(sender.path)[:-1]
    trader = parties.trading_party(ctx, sender_org_id)
    above = {o.id: o for o in ctx.session.execute(select(Organisation).where(
        Organisation.tenant_id == ctx.tenant_id, Organisation.id.in_(ids),
        Organisation.kind.in_(RETURN_TO), Organisation.active.is_(True))).scalars()}
    return [above[i] for i in reversed(ids) if i in above and i != trader.id]


def return_target(ctx: CallContext, sender_org_id: int, target_id: int) -> Organisation:
    if not target_id:
        raise DomainError(Reason.REQUIRED, field="customer_org_id")
    allowed = {o.id: o for o in return_targets(ctx, sender_org_id)}
    if target_id not in allowed:
        raise _refuse("return", _org(ctx, target_id).name, "退货只能退给上级经销商、分公司或总部",
                      "goods are returned to a dealer, branch or headquarters above the sender")
    return allowed[target_id]


def _internal(ctx: CallContext, org_id: int) -> bool:
    return parties.trading_party(ctx, org_id).kind in INTERNAL


def transfer_allowed(ctx: CallContext, sender_org_id: int, target: Warehouse) -> bool:
    same = parties.trading_party(ctx, sender_org_id).id == \
        parties.trading_party(ctx, target.org_id).id
    return same or (_internal(ctx, sender_org_id) and _internal(ctx, target.org_id))


def transfer_target(ctx: CallContext, sender_org_id: int, from_warehouse_id: int | None,
                    to_warehouse_id: int) -> Warehouse:
    if not to_warehouse_id:
        raise DomainError(Reason.REQUIRED, field="to_warehouse_id")
    target = ctx.session.execute(select(Warehouse).where(
        Warehouse.tenant_id == ctx.tenant_id, Warehouse.id == to_warehouse_id,
        Warehouse.active.is_(True))).scalar_one_or_none()
    if target is None or target.id == from_warehouse_id:
        raise DomainError(Reason.NOT_FOUND, field="to_warehouse_id", entity="warehouse",
                          id=to_warehouse_id)
    if not transfer_allowed(ctx, sender_org_id, target):
        raise _refuse("transfer", target.name,
                      "调拨只在本方仓库之间，或品牌自有的工厂、分公司仓库之间",
                      "transfers go between one's own warehouses, or between the brand's own "
                      "factories and branches")
    return target


def transfer_targets(ctx: CallContext, sender_org_id: int, from_warehouse_id: int | None,
                     search: str) -> list[tuple[Warehouse, Organisation]]:
    rows = ctx.session.execute(
        select(Warehouse, Organisation).join(Organisation, Organisation.id == Warehouse.org_id)
        .where(Warehouse.tenant_id == ctx.tenant_id, Warehouse.active.is_(True))
        .order_by(Organisation.path, Warehouse.code)).all()
    needle = search.strip().lower()
    return [(w, o) for w, o in rows
            if w.id != from_warehouse_id and transfer_allowed(ctx, sender_org_id, w)
            and (not needle or needle in f"{w.code} {w.name} {o.name}".lower())]


def direct_targets(ctx: CallContext, sender_org_id: int, search: str) -> list[Any]:
    stmt = parties.customers(ctx, parties.trading_party(ctx, sender_org_id))
    if search.strip():
        like = f"%{search.strip()}%"
        stmt = stmt.where(Organisation.name.ilike(like) | Organisation.code.ilike(like))
    return list(ctx.session.execute(stmt.order_by(Organisation.path).limit(500)).scalars())
