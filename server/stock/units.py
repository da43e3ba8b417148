"""How documents answer a scan: the unit as scanned (code, level, what it holds) and the
document's totals, as protos."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from server.core.convert import ts
from server.stock.holdings import Content
from server.stock.reading import Reader
from shared.pb import stock_pb2

LEVEL = {"item": 1, "case": 2, "pallet": 3}
LEVEL_NAME = {v: k for k, v in LEVEL.items()}


def one_of(contents: list[Content]) -> tuple[int | None, int | None]:
    """(product, lot) when the contents hold one product (and one lot), else None for each."""
    products = {c.product_id for c in contents}
    lots = {c.lot_id for c in contents}
    product = next(iter(products)) if len(products) == 1 else None
    lot = next(iter(lots)) if len(lots) == 1 and product is not None else None
    return product, lot


def unit(reader: Reader, code: str, level: str, contents: list[Content], *,
         expected: bool = True, at: datetime | None = None,
         note: str = "") -> stock_pb2.ScannedUnit:
    product, lot = one_of(contents)
    return stock_pb2.ScannedUnit(
        code=code, level=LEVEL[level],  # type: ignore[arg-type]
        items=sum(c.items for c in contents), cases=sum(c.cases for c in contents),
        product_id=product or 0, product_name=reader.product_name(product) if product else "",
        lot_id=lot or 0, lot_no=reader.lot_no(lot), expected=expected, scanned_at=ts(at),
        note=note)


def stored(reader: Reader, code: str, row: tuple[str, int, int, int | None, int | None,
                                               bool, datetime]) -> stock_pb2.ScannedUnit:
    """A unit as a document row keeps it: (level, items, cases, product, lot, expected, at)."""
    level, items, cases, product, lot, expected, at = row
    return stock_pb2.ScannedUnit(
        code=code, level=LEVEL[level],  # type: ignore[arg-type]
        items=items, cases=cases, product_id=product or 0,
        product_name=reader.product_name(product), lot_id=lot or 0, lot_no=reader.lot_no(lot),
        expected=expected, scanned_at=ts(at))


def totals(session: Session, table: str, key: str, doc_id: int,
           where: str = "") -> stock_pb2.DocumentTotals:
    """Units, pallets, cases and items of a document's rows."""
    row = session.execute(text(f"""
        SELECT count(*), count(*) FILTER (WHERE level = 'pallet'),
               CAST(coalesce(sum(cases), 0) AS bigint), CAST(coalesce(sum(items), 0) AS bigint)
        FROM {table} WHERE {key} = :d {where}"""), {"d": doc_id}).one()
    return stock_pb2.DocumentTotals(units=row[0], pallets=row[1], cases=row[2], items=row[3])
