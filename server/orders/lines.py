"""Lines of orders and exceptional shipments: a product and a quantity in items or cases, kept
also in items (cases × the product's items_per_case at the time of entry)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from server.catalog.models import Product
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.orders.models import UNITS

MAX_LINES = 500
MAX_QUANTITY = 10_000_000


@dataclass(frozen=True)
class LineInput:
    product_id: int
    quantity: int
    unit: str  # item | case


@dataclass(frozen=True)
class CheckedLine:
    product_id: int
    unit: str
    quantity: int
    quantity_items: int


def items_for(quantity: int, unit: str, items_per_case: int) -> int:
    return quantity * items_per_case if unit == "case" else quantity


def check_quantity(quantity: int, where: str = "") -> str:
    """'' when the quantity is acceptable, else the problem in both languages."""
    if 1 <= quantity <= MAX_QUANTITY:
        return ""
    prefix = f"{where}: " if where else ""
    return f"{prefix}quantity 1..{MAX_QUANTITY:,} / 数量须为 1–{MAX_QUANTITY:,}"


def check_lines(ctx: CallContext, lines: Sequence[LineInput], entity: str) -> list[CheckedLine]:
    """Every line's product exists and is active, appears once, and has a sane quantity."""
    if not lines:
        raise DomainError(Reason.REQUIRED, field="lines")
    if len(lines) > MAX_LINES:
        raise DomainError(Reason.INVALID_VALUE, field="lines",
                          detail=f"at most {MAX_LINES} lines / 最多 {MAX_LINES} 行")
    ids = {line.product_id for line in lines}
    products = {p.id: p for p in ctx.session.execute(select(Product).where(
        Product.tenant_id == ctx.tenant_id, Product.id.in_(ids))).scalars()}
    out: list[CheckedLine] = []
    seen: set[int] = set()
    for n, line in enumerate(lines, 1):
        where = f"line {n} / 第 {n} 行"
        product = products.get(line.product_id)
        if product is None:
            raise DomainError(Reason.INVALID_VALUE, field="lines",
                              detail=f"{where}: no such product / 产品不存在")
        if not product.active:
            raise DomainError(Reason.INVALID_VALUE, field="lines",
                              detail=f"{where}: {product.name} inactive / 产品已停用")
        if product.id in seen:
            raise DomainError(Reason.LINE_PRODUCT_REPEATED, field="lines",
                              product=product.name, entity=entity)
        seen.add(product.id)
        unit = line.unit or "item"
        if unit not in UNITS:
            raise DomainError(Reason.INVALID_VALUE, field="lines", detail=f"{where}: {unit}")
        problem = check_quantity(line.quantity, where)
        if problem:
            raise DomainError(Reason.INVALID_VALUE, field="lines", detail=problem)
        out.append(CheckedLine(product.id, unit, line.quantity,
                               items_for(line.quantity, unit, product.items_per_case)))
    return out


def replace_lines(ctx: CallContext, model: Any, parent: str, parent_id: int,
                  lines: Sequence[CheckedLine]) -> None:
    """Delete the parent's lines and insert these, numbered from 1, in one statement each."""
    column = getattr(model, parent)
    ctx.session.execute(delete(model).where(column == parent_id))
    ctx.session.execute(insert(model), [
        {"tenant_id": ctx.tenant_id, parent: parent_id, "line_no": n, "product_id": x.product_id,
         "unit": x.unit, "quantity": x.quantity, "quantity_items": x.quantity_items}
        for n, x in enumerate(lines, 1)])


def lines_snapshot(lines: Sequence[CheckedLine]) -> list[list[Any]]:
    """Lines for the audit log: [product id, unit, quantity, items]."""
    return [[x.product_id, x.unit, x.quantity, x.quantity_items] for x in lines]
