"""Production lots: one product, one producing factory (the line's by default), custom values
checked against the product category's lot fields."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from server.catalog import fields
from server.catalog.models import Product, ProductCategory
from server.catalog.repository import ProductRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, iso_date, snapshot, text
from server.production.models import ProductionLine, ProductionLot
from server.production.repository import LineRepository, LotRepository, factory_in_scope
from shared.pb import common_pb2

FIELDS = ("id", "org_id", "product_id", "lot_no", "production_date", "line_id", "shift",
          "custom")
# GS1 AI (10) carries at most 20 characters: a longer lot number could not be printed in a code.
MAX_LOT_NO = 20


@dataclass(frozen=True)
class LotInput:
    """What a client may set on a lot (create and update replace all of it)."""

    product_id: int
    lot_no: str
    production_date: str
    line_id: int = 0
    shift: str = ""
    org_id: int = 0
    custom: dict[str, str] = field(default_factory=dict)


class LotService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = LotRepository(ctx)
        self.lines = LineRepository(ctx)
        self.products = ProductRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def row(self, lot_id: int) -> Any:
        """The lot as a listing row (lot, product code/name, field JSON, line and org names)."""
        self.repo.get(lot_id)
        return self.ctx.session.execute(
            self.repo.listing().where(ProductionLot.id == lot_id)).one()

    def _product(self, product_id: int) -> Product:
        if not product_id:
            raise DomainError(Reason.REQUIRED, field="product_id")
        try:
            return self.products.get(product_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="product_id", entity="product",
                              id=product_id) from exc

    def _line(self, line_id: int) -> ProductionLine | None:
        if not line_id:
            return None
        try:
            line = self.lines.get(line_id)
        except DomainError as exc:  # another factory's line looks like no line at all
            raise DomainError(Reason.NOT_FOUND, field="line_id", entity="line",
                              id=line_id) from exc
        if not line.active:
            raise DomainError(Reason.INVALID_VALUE, field="line_id",
                              detail=f"{line.name}: inactive / 产线已停用")
        return line

    def _org_id(self, requested: int, line: ProductionLine | None, default: int) -> int:
        """The producing factory: the line's, or the requested one, or the default."""
        if line is not None:
            if requested and requested != line.org_id:
                raise DomainError(Reason.INVALID_VALUE, field="org_id",
                                  detail="the line belongs to another factory / "
                                         "该产线属于其他工厂")
            return factory_in_scope(self.repo, line.org_id, "lot").id
        return factory_in_scope(self.repo, requested or default, "lot").id

    def _apply(self, lot: ProductionLot, product: Product, data: LotInput,
               default_org: int) -> None:
        line = self._line(data.line_id)
        lot.org_id = self._org_id(data.org_id, line, default_org)
        lot.line_id = line.id if line else None
        lot.lot_no = code(data.lot_no, "lot_no", max_len=MAX_LOT_NO)
        made_on = iso_date(data.production_date, "production_date", required=True)
        assert made_on is not None  # required=True refuses an empty date
        lot.production_date = made_on
        lot.shift = text(data.shift, "shift", max_len=32)
        category = self.ctx.session.get(ProductCategory, product.category_id)
        assert category is not None  # a foreign key guarantees it
        lot.custom = fields.check_values(fields.load(category.fields), "lot", data.custom,
                                         lot.custom or {})

    def _snapshot(self, lot: ProductionLot) -> dict[str, Any]:
        return copy.deepcopy(snapshot(lot, FIELDS))

    def create(self, data: LotInput) -> ProductionLot:
        product = self._product(data.product_id)
        if not product.active:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail=f"{product.name}: inactive / 产品已停用")
        lot = ProductionLot(product_id=product.id, custom={})
        # Without a line or an organisation: the caller's own, which must be a factory.
        self._apply(lot, product, data, self.ctx.user.org_id)
        self.repo.add(lot, code=lot.lot_no, field="lot_no")
        self.ctx.record("lot", lot.id, None, self._snapshot(lot), action="create")
        return lot

    def update(self, lot_id: int, data: LotInput) -> ProductionLot:
        """Replace the lot's details, except its product (delete and re-enter a wrong one)."""
        # Codes and records made for the lot name its product: changing it would rewrite them.
        lot = self.repo.get(lot_id, for_update=True)
        before = self._snapshot(lot)
        if data.product_id and data.product_id != lot.product_id:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail="a lot's product cannot change / 批次的产品不能更改")
        product = self._product(lot.product_id)
        self._apply(lot, product, data, lot.org_id)
        self.repo.flush(code=lot.lot_no, field="lot_no")
        self.ctx.record("lot", lot.id, before, self._snapshot(lot), action="update")
        return lot

    def delete(self, lot_id: int) -> None:
        lot = self.repo.get(lot_id, for_update=True)
        before = self._snapshot(lot)
        self.repo.delete(lot)
        self.ctx.record("lot", lot_id, before, None, action="delete")
