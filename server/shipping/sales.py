"""At the store: sales (销售出库) — a scanned bottle (or case) leaves stock as sold, with the
salesperson; a bottle sold out of a case takes the case apart — and exchanges (换货) of damaged
goods: the damaged unit is looked up by its code (what it is, who sold it, when) and, when this
organisation's side sold it, comes back into stock marked damaged (to return up the chain)
while the replacement leaves as sold. Each command takes an operation id."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy import select, text

from server.accounts.models import Organisation, Tenant
from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.core.repository import Repository
from server.core.validate import text as clean_text
from server.production.models import ProductionLot
from server.stock import holdings, ops
from server.stock.detach import Breaker
from server.stock.reading import Reader, Scanned
from server.stock.receipts import moment
from server.stock.units import unit
from shared.pb import shipping_pb2

H = shipping_pb2
_RESERVED = text("""
    SELECT s.shipment_no FROM shipment_unit u JOIN shipment s ON s.id = u.shipment_id
    WHERE u.tenant_id = :t AND u.top_id = :top AND u.reserved
      AND (u.node_id = :n OR u.node_id = :top OR u.node_id = :parent) LIMIT 1""")
_SOLD_TODAY = text("""SELECT coalesce(sum(items), 0) FROM stock_move
    WHERE tenant_id = :t AND from_org_id = :o AND kind IN ('sell', 'exchange_out')
      AND at >= :day""")
_SOLD = text("""SELECT m.at, o.name FROM stock_move m JOIN organisation o ON o.id = m.from_org_id
    WHERE m.tenant_id = :t AND m.node_id = ANY(CAST(:ids AS bigint[]))
      AND m.kind IN ('sell', 'exchange_out')
    ORDER BY m.at DESC LIMIT 1""")


class _Orgs(Repository[Organisation]):
    model = Organisation
    entity = "organisation"


class SalesService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.reader = Reader(ctx, keys)
        self.orgs = _Orgs(ctx)

    def _seller(self, org_id: int) -> Organisation:
        return self.orgs.org_in_scope(org_id or self.ctx.user.org_id)

    def _in_stock_here(self, scanned: Scanned, seller: Organisation) -> None:
        """In stock at the seller (its own stock or one of its warehouses), not on a draft
        shipment, not recalled, not damaged."""
        code, held = scanned.code, scanned.holding
        if code.voided:
            raise DomainError(Reason.STOCK_CODE_VOIDED, field="code", code=code.shown)
        if held is None or held.state != "in_stock" or scanned.node is None:
            raise DomainError(Reason.STOCK_NOT_IN_STOCK, field="code", code=code.shown,
                              where=self.reader.where(scanned))
        if held.org_id != seller.id:
            raise DomainError(Reason.STOCK_NOT_HERE, field="code", code=code.shown,
                              here=seller.name, where=self.reader.where(scanned))
        if held.recall_id:
            raise DomainError(Reason.STOCK_RECALLED, field="code", code=code.shown,
                              recall=self.reader.recall_no(held.recall_id))
        if held.condition == "damaged":
            raise DomainError(Reason.STOCK_DAMAGED, field="code", code=code.shown)
        node = scanned.node
        busy = self.session.execute(_RESERVED, {
            "t": self.ctx.tenant_id, "top": held.node_id, "n": node.id,
            "parent": node.parent_id or 0}).scalar()
        if busy:
            raise DomainError(Reason.STOCK_IN_DOCUMENT, field="code", code=code.shown,
                              document="shipment", number=busy)

    def sell(self, raw: str, org_id: int, salesperson: str, op: str,
             at: Timestamp | None) -> shipping_pb2.SaleResult:
        done = ops.replay(self.ctx, op, "sell")
        if done is not None:
            result = H.SaleResult.FromString(done)
            result.replayed = True
            return result
        seller = self._seller(org_id)
        salesperson = clean_text(salesperson, "salesperson", max_len=64)
        scanned = self.reader.scan(raw)
        self._in_stock_here(scanned, seller)
        assert scanned.node is not None
        when = moment(at)
        contents = self.reader.contents(scanned)
        breaker = Breaker(self.ctx)
        breaker.detach([scanned.node], when=when, reason="门店销售拆箱 opened to sell")
        holdings.relocate(self.session, self.ctx.tenant_id, [scanned.node.id], kind="sell",
                          state="sold", at=when, user_id=self.ctx.user.user_id,
                          actor_org_id=self.ctx.user.org_id, keep_place=True,
                          salesperson=salesperson)
        breaker.finish()
        result = H.SaleResult(
            unit=unit(self.reader, self.reader.printed(scanned.node), scanned.node.level,
                      contents, at=when),
            sold_today=self._sold_today(seller.id))
        ops.record(self.ctx, op, result.SerializeToString())
        return result

    def _sold_today(self, org_id: int) -> int:
        zone = self.session.execute(select(Tenant.timezone).where(
            Tenant.id == self.ctx.tenant_id)).scalar_one()
        local = datetime.now(ZoneInfo(zone or "Asia/Shanghai"))
        day = local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
        return int(self.session.execute(_SOLD_TODAY, {"t": self.ctx.tenant_id, "o": org_id,
                                                      "day": day}).scalar_one())

    # --- exchanges ------------------------------------------------------------------------------

    def check(self, raw: str, org_id: int) -> H.ExchangeCheck:
        seller = self._seller(org_id)
        scanned = self.reader.scan(raw)
        why = self._why_not(scanned, seller)
        out = H.ExchangeCheck(allowed=not why, holder=_zh(self.reader.where(scanned)))
        if why:
            out.reason, out.reason_en = why.split("\x1f")
        node = scanned.node
        if node is not None:
            contents = self.reader.contents(scanned)
            out.unit.CopyFrom(unit(self.reader, self.reader.printed(node), node.level,
                                   contents))
            sold = self._sold(scanned)
            if sold is not None:
                out.sold_at.FromDatetime(sold[0])
                out.sold_by = sold[1]
        lot = scanned.code.lot_id
        if lot:
            produced = self.session.execute(select(ProductionLot.production_date).where(
                ProductionLot.id == lot)).scalar_one_or_none()
            out.production_date = produced.isoformat() if produced else ""
        return out

    def _sold(self, scanned: Scanned) -> tuple[datetime, str] | None:
        ids = [n.id for n in (scanned.node, scanned.top) if n is not None]
        row = self.session.execute(_SOLD, {"t": self.ctx.tenant_id,
                                           "ids": "{" + ",".join(map(str, ids)) + "}"}).first()
        return (row[0], row[1]) if row else None

    def _why_not(self, scanned: Scanned, seller: Organisation) -> str:
        """'' when the seller's side sold the unit and it is not back already."""
        held = scanned.holding
        if scanned.node is None or held is None:
            return both("此码没有经过渠道（从未入库）", "it never entered the sales channel")
        if held.state != "sold":
            return both("此码尚未售出", "it has not been sold")
        if not held.org_path.startswith(seller.path):
            return both("此码不是本店（或下级门店）售出的", "another store sold it")
        return ""

    def exchange(self, damaged_raw: str, replacement_raw: str, org_id: int, reason: str,
                 salesperson: str, op: str) -> H.ExchangeResult:
        done = ops.replay(self.ctx, op, "exchange")
        if done is not None:
            result = H.ExchangeResult.FromString(done)
            result.replayed = True
            return result
        seller = self._seller(org_id)
        reason = clean_text(reason, "reason", max_len=200, required=True)
        salesperson = clean_text(salesperson, "salesperson", max_len=64)
        damaged = self.reader.scan(damaged_raw)
        why = self._why_not(damaged, seller)
        if why:
            raise DomainError(Reason.EXCHANGE_NOT_ALLOWED, field="damaged_code",
                              code=damaged.code.shown, why=why)
        replacement = self.reader.scan(replacement_raw)
        self._in_stock_here(replacement, seller)
        assert damaged.node is not None and replacement.node is not None
        if damaged.level != replacement.level or \
                damaged.code.product_id != replacement.code.product_id:
            raise DomainError(Reason.EXCHANGE_NOT_ALLOWED, field="replacement_code",
                              code=replacement.code.shown,
                              why=both("换出的须是同一产品、同一包装", "the replacement must be "
                                       "the same product and packaging"))
        when = datetime.now(UTC)
        damaged_contents = self.reader.contents(damaged)
        replacement_contents = self.reader.contents(replacement)
        breaker = Breaker(self.ctx)
        breaker.detach([damaged.node, replacement.node], when=when, reason="换货 exchange")
        t, user, actor = self.ctx.tenant_id, self.ctx.user.user_id, self.ctx.user.org_id
        holdings.relocate(self.session, t, [damaged.node.id], kind="exchange_in",
                          state="in_stock", at=when, user_id=user, actor_org_id=actor,
                          org_id=seller.id, warehouse_id=None, location_id=None,
                          condition="damaged", reason=reason, salesperson=salesperson)
        holdings.relocate(self.session, t, [replacement.node.id], kind="exchange_out",
                          state="sold", at=when, user_id=user, actor_org_id=actor,
                          keep_place=True, reason=reason, salesperson=salesperson)
        breaker.finish()
        self.ctx.record("stock_holding", damaged.node.id, {"state": "sold"},
                        {"state": "in_stock", "condition": "damaged", "reason": reason,
                         "replacement": self.reader.printed(replacement.node)},
                        action="exchange")
        result = H.ExchangeResult(
            damaged=unit(self.reader, self.reader.printed(damaged.node), damaged.level,
                         damaged_contents),
            replacement=unit(self.reader, self.reader.printed(replacement.node),
                             replacement.level, replacement_contents))
        ops.record(self.ctx, op, result.SerializeToString())
        return result


def _zh(text_: str) -> str:
    return text_.split("\x1f")[0]

