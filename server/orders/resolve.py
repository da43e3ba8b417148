"""Codes an ERP knows → records, in one query per kind: products by code, GTIN or barcode;
customers by organisation code; warehouses by code within the caller's scope."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select

from server.accounts.models import Organisation
from server.catalog.models import Product
from server.core.context import CallContext
from server.gs1.checkdigit import GS1Error, normalise_gtin
from server.warehouse.models import Warehouse
from server.warehouse.repository import WarehouseRepository


def _gtin14(value: str) -> str:
    try:
        return normalise_gtin(value)
    except GS1Error:
        return ""


def products(ctx: CallContext, codes: Iterable[str]) -> dict[str, Product]:
    """Each code's product: its product code first, then its GTIN (any length, as GTIN-14),
    then its barcode. Unknown codes are left out."""
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    gtins = {g for g in (_gtin14(c) for c in wanted) if g}
    rows = list(ctx.session.execute(select(Product).where(
        Product.tenant_id == ctx.tenant_id,
        or_(Product.code.in_(wanted), Product.gtin.in_(gtins or {""}),
            Product.barcode.in_(wanted)))).scalars())
    by_code = {p.code: p for p in rows}
    by_gtin = {p.gtin: p for p in rows if p.gtin}
    by_barcode = {p.barcode: p for p in rows if p.barcode}
    out: dict[str, Product] = {}
    for c in wanted:
        found = by_code.get(c) or by_gtin.get(_gtin14(c)) or by_barcode.get(c)
        if found is not None:
            out[c] = found
    return out


def organisations(ctx: CallContext, values: Iterable[str]) -> dict[str, list[Organisation]]:
    """The tenant's organisations by code, else by name (names may repeat, hence lists).
    Customers need not lie in the caller's scope."""
    wanted = {v for v in values if v}
    if not wanted:
        return {}
    rows = list(ctx.session.execute(select(Organisation).where(
        Organisation.tenant_id == ctx.tenant_id,
        or_(Organisation.code.in_(wanted), Organisation.name.in_(wanted)))).scalars())
    return _by_code_or_name(wanted, rows)


def warehouses(ctx: CallContext, values: Iterable[str]) -> dict[str, list[Warehouse]]:
    """Warehouses in the caller's scope by code, else by name; codes are unique per
    organisation only, so a value may name several."""
    wanted = {v for v in values if v}
    if not wanted:
        return {}
    repo = WarehouseRepository(ctx)
    rows = list(ctx.session.execute(repo.base().where(
        or_(Warehouse.code.in_(wanted), Warehouse.name.in_(wanted)))).scalars())
    return _by_code_or_name(wanted, rows)


def _by_code_or_name(wanted: set[str], rows: list[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for value in wanted:
        found = [r for r in rows if r.code == value] or [r for r in rows if r.name == value]
        if found:
            out[value] = found
    return out
