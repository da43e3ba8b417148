"""Helpers for the master-data tests: every record is made through the real RPCs."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from client.connection import Connection, ServerError
from shared.pb import (
    catalog_pb2,
    catalog_pb2_grpc,
    common_pb2,
    production_pb2,
    production_pb2_grpc,
    warehouse_pb2_grpc,
)

# Valid GTIN-13s (GS1 China prefix 690) and their GTIN-14 forms.
GTIN_A, GTIN_A14 = "6901234567892", "06901234567892"
GTIN_B, GTIN_B14 = "6901234567908", "06901234567908"


def refused(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ServerError:
    """Run a call that must be refused and return the refusal."""
    with pytest.raises(ServerError) as err:
        call(*args, **kwargs)
    return err.value


def catalog(conn: Connection) -> catalog_pb2_grpc.CatalogServiceStub:
    return conn.stub(catalog_pb2_grpc.CatalogServiceStub)


def production(conn: Connection) -> production_pb2_grpc.ProductionServiceStub:
    return conn.stub(production_pb2_grpc.ProductionServiceStub)


def warehouses(conn: Connection) -> warehouse_pb2_grpc.WarehouseServiceStub:
    return conn.stub(warehouse_pb2_grpc.WarehouseServiceStub)


def field(key: str, type_: str = "text", scope: str = "product", *, label: str = "",
          required: bool = False, shown: bool = True,
          choices: Iterable[str] = ()) -> catalog_pb2.FieldDefinition:
    return catalog_pb2.FieldDefinition(
        key=key, label=label or key.upper(), type=catalog_pb2.FieldType.Value(
            f"FIELD_TYPE_{type_.upper()}"),
        scope=catalog_pb2.FieldScope.Value(f"FIELD_SCOPE_{scope.upper()}"), required=required,
        shown=shown, choices=list(choices))


OIL_FIELDS = (
    field("origin", label="原料产地"),
    field("grade", "choice", label="质量等级", choices=["一级", "二级"]),
    field("volume_l", "number", label="容量"),
    field("organic", "boolean", label="有机"),
    field("acid_value", "number", "lot", label="酸价"),
    field("inspector", "text", "lot", label="质检员", required=True),
)


def new_category(conn: Connection, code: str = "OIL", name: str = "",
                 fields: Iterable[catalog_pb2.FieldDefinition] = OIL_FIELDS,
                 description: str = "") -> catalog_pb2.Category:
    return conn.call(catalog(conn).CreateCategory, catalog_pb2.Category(
        code=code, name=name or f"{code} 分类", description=description, fields=list(fields)))


def product_msg(category_id: int, code: str = "P1", **kw: Any) -> catalog_pb2.Product:
    values: dict[str, Any] = {"name": f"{code} 产品", "items_per_case": 4,
                              "cases_per_pallet": 40, "unit": "桶", "active": True}
    values.update(kw)
    return catalog_pb2.Product(category_id=category_id, code=code, **values)


def new_product(conn: Connection, category_id: int, code: str = "P1",
                **kw: Any) -> catalog_pb2.Product:
    return conn.call(catalog(conn).CreateProduct, product_msg(category_id, code, **kw))


def new_line(conn: Connection, org_id: int, code: str = "L1",
             name: str = "") -> production_pb2.Line:
    return conn.call(production(conn).CreateLine, production_pb2.Line(
        org_id=org_id, code=code, name=name or f"{code} 产线", active=True))


def new_lot(conn: Connection, product_id: int, lot_no: str = "20261013/01", *,
            line_id: int = 0, org_id: int = 0, date: str = "2026-10-13", shift: str = "早班",
            custom: dict[str, str] | None = None) -> production_pb2.Lot:
    return conn.call(production(conn).CreateLot, production_pb2.Lot(
        product_id=product_id, lot_no=lot_no, production_date=date, line_id=line_id,
        org_id=org_id, shift=shift,
        custom={"inspector": "陈质检"} if custom is None else custom))


def query(**kw: Any) -> common_pb2.ListQuery:
    """A ListQuery; filters as (field, op name, value or list of values) tuples."""
    filters = []
    for name, op, value in kw.pop("filters", ()):
        flt = common_pb2.Filter(field=name, op=common_pb2.FilterOp.Value(f"FILTER_OP_{op}"))
        if isinstance(value, list):
            flt.values.extend(value)
        else:
            flt.value = value
        filters.append(flt)
    sort = [common_pb2.Sort(field=s.lstrip("-"), descending=s.startswith("-"))
            for s in kw.pop("sort", ())]
    return common_pb2.ListQuery(filters=filters, sort=sort, **kw)


def audit_rows(conn: Connection, entity: str, entity_id: int,
               action: str = "") -> list[dict[str, Any]]:
    """The audit rows about one record (newest first), before/after decoded."""
    filters = [("entity", "EQ", entity), ("entity_id", "EQ", str(entity_id))]
    if action:
        filters.append(("action", "EQ", action))
    page = conn.call(conn.audit.SearchAudit, query(filters=filters, page_size=100))
    return [{"action": e.action, "outcome": e.outcome, "method": e.method,
             "before": json.loads(e.before_json) if e.before_json else None,
             "after": json.loads(e.after_json) if e.after_json else None,
             "username": e.username} for e in page.items]
