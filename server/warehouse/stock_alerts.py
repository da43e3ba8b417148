"""Low-stock warning settings (库存预警): the minimum number of items of a product a dealer or
store should hold, set by that organisation or one above it (the caller's subtree). Raising
the warnings needs inventory and comes with part B."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.catalog.models import Product
from server.catalog.repository import ProductRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import positive, snapshot, text
from server.warehouse.models import StockAlert
from server.warehouse.repository import StockAlertRepository
from shared.pb import common_pb2

FIELDS = ("id", "org_id", "product_id", "min_items", "note")
WATCHED_KINDS = frozenset({"dealer", "store"})
MAX_ITEMS = 1_000_000_000


@dataclass(frozen=True)
class StockAlertInput:
    org_id: int
    product_id: int
    min_items: int
    note: str = ""


class StockAlertService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = StockAlertRepository(ctx)
        self.products = ProductRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def row(self, alert_id: int) -> Any:
        return self.ctx.session.execute(
            self.repo.listing().where(StockAlert.id == alert_id)).one()

    def _product(self, product_id: int) -> Product:
        if not product_id:
            raise DomainError(Reason.REQUIRED, field="product_id")
        try:
            return self.products.get(product_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="product_id", entity="product",
                              id=product_id) from exc

    def set(self, data: StockAlertInput) -> StockAlert:
        """Create or replace the setting for the organisation and product."""
        if not data.org_id:
            raise DomainError(Reason.REQUIRED, field="org_id")
        org = self.repo.org_in_scope(data.org_id)
        if org.kind not in WATCHED_KINDS:
            raise DomainError(Reason.INVALID_VALUE, field="org_id",
                              detail=f"{org.name}: only dealers and stores / "
                                     "只能为经销商或门店设置")
        product = self._product(data.product_id)
        min_items = positive(data.min_items, "min_items", maximum=MAX_ITEMS)
        note = text(data.note, "note", max_len=200)
        alert = self.repo.find(org.id, product.id)
        before = snapshot(alert, FIELDS) if alert is not None else None
        if alert is None:
            alert = StockAlert(org_id=org.id, product_id=product.id)
        alert.min_items, alert.note = min_items, note
        alert.updated_by_id = self.ctx.user.user_id
        if before is None:
            self.repo.add(alert)
        else:
            self.repo.flush()
        self.ctx.record("stock_alert", alert.id, before, snapshot(alert, FIELDS),
                        action="update" if before else "create")
        return alert

    def delete(self, alert_id: int) -> None:
        alert = self.repo.get(alert_id, for_update=True)
        before = snapshot(alert, FIELDS)
        self.repo.delete(alert)
        self.ctx.record("stock_alert", alert_id, before, None, action="delete")
