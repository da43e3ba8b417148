"""Server-side paging, filtering and sorting for list calls, over a whitelist of fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeAlias

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Integer,
    Select,
    String,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from server.core.errors import DomainError, Reason
from shared.pb import common_pb2

Column = ColumnElement[Any] | InstrumentedAttribute[Any]
AnySelect: TypeAlias = Select[*tuple[Any, ...]]  # a select of any number of columns
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class ListSpec:
    """What a list call can filter and sort by, what free-text search covers, and its order."""

    fields: Mapping[str, Column]
    search: Sequence[Column] = ()
    default_sort: Sequence[str] = ("id",)


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    info: common_pb2.PageInfo


def _coerce(column: Column, raw: str, field: str) -> Any:
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            if raw.lower() not in {"true", "false", "1", "0"}:
                raise ValueError(raw)
            return raw.lower() in {"true", "1"}
        if isinstance(kind, (Integer, BigInteger)):
            return int(raw)
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(raw)
        if isinstance(kind, Date):
            return date.fromisoformat(raw)
    except ValueError as exc:
        raise DomainError(Reason.INVALID_VALUE, field=field, detail=raw) from exc
    return raw


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _condition(spec: ListSpec, flt: common_pb2.Filter) -> ColumnElement[bool]:
    column = spec.fields.get(flt.field)
    if column is None:
        raise DomainError(Reason.LIST_FIELD_UNKNOWN, field=flt.field)
    op = flt.op
    F = common_pb2.FilterOp
    if op == F.FILTER_OP_IN:
        return column.in_([_coerce(column, v, flt.field) for v in flt.values])
    if op in (F.FILTER_OP_CONTAINS, F.FILTER_OP_PREFIX):
        pattern = _like_escape(flt.value)
        pattern = f"%{pattern}%" if op == F.FILTER_OP_CONTAINS else f"{pattern}%"
        return func.cast(column, String).ilike(pattern, escape="\\")
    value = _coerce(column, flt.value, flt.field)
    if op in (F.FILTER_OP_UNSPECIFIED, F.FILTER_OP_EQ):
        return column == value
    if op == F.FILTER_OP_NE:
        return column != value
    if isinstance(column.type, Boolean):
        raise DomainError(Reason.INVALID_VALUE, field=flt.field,
                          detail="yes/no fields compare with = or ≠ only / "
                                 "是否字段只能等于或不等于")
    ordered = {F.FILTER_OP_LT: column.__lt__, F.FILTER_OP_LE: column.__le__,
               F.FILTER_OP_GT: column.__gt__, F.FILTER_OP_GE: column.__ge__}
    return ordered[op](value)  # type: ignore[no-any-return]


def apply_filters(stmt: AnySelect, query: common_pb2.ListQuery, spec: ListSpec) -> AnySelect:
    for flt in query.filters:
        stmt = stmt.where(_condition(spec, flt))
    if query.search.strip() and spec.search:
        pattern = f"%{_like_escape(query.search.strip())}%"
        stmt = stmt.where(or_(*(func.cast(c, String).ilike(pattern, escape="\\")
                                for c in spec.search)))
    return stmt


def paginate(session: Session, stmt: AnySelect, query: common_pb2.ListQuery,
             spec: ListSpec) -> Page:
    """Apply filters, search, sort and page; return the rows and the page info with the total."""
    page_size = query.page_size or DEFAULT_PAGE_SIZE
    if page_size < 0 or page_size > MAX_PAGE_SIZE:
        raise DomainError(Reason.INVALID_VALUE, field="page_size",
                          detail=f"1..{MAX_PAGE_SIZE}")
    page = max(query.page, 1)
    stmt = apply_filters(stmt, query, spec)
    total = session.execute(select(func.count()).select_from(stmt.order_by(None).subquery()))
    order = []
    for s in query.sort:
        column = spec.fields.get(s.field)
        if column is None:
            raise DomainError(Reason.LIST_FIELD_UNKNOWN, field=s.field)
        order.append(column.desc().nulls_last() if s.descending else column.asc().nulls_first())
    for name in spec.default_sort:  # a stable tie-breaker keeps pages from overlapping
        desc = name.startswith("-")
        column = spec.fields[name.lstrip("-")]
        order.append(column.desc() if desc else column.asc())
    rows = session.execute(stmt.order_by(*order).limit(page_size)
                           .offset((page - 1) * page_size)).all()
    return Page(rows=list(rows), info=common_pb2.PageInfo(
        total=int(total.scalar_one()), page=page, page_size=page_size))
