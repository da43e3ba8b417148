"""Catalogue records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from server.catalog import fields
from server.catalog.models import ProductCategory
from server.catalog.products import ProductInput, ProductView
from server.core.convert import enum_name, enum_value, ts
from shared.pb import catalog_pb2

TYPE_PREFIX, SCOPE_PREFIX = "FIELD_TYPE_", "FIELD_SCOPE_"


def field_from_proto(msg: catalog_pb2.FieldDefinition) -> fields.FieldDef:
    return fields.FieldDef(
        key=msg.key, label=msg.label, type=enum_name(catalog_pb2.FieldType, TYPE_PREFIX, msg.type),
        shown=msg.shown, required=msg.required,
        scope=enum_name(catalog_pb2.FieldScope, SCOPE_PREFIX, msg.scope),
        choices=tuple(msg.choices))


def field_to_proto(d: fields.FieldDef) -> catalog_pb2.FieldDefinition:
    return catalog_pb2.FieldDefinition(
        key=d.key, label=d.label,
        type=catalog_pb2.FieldType.ValueType(
            enum_value(catalog_pb2.FieldType, TYPE_PREFIX, d.type)),
        shown=d.shown, required=d.required,
        scope=catalog_pb2.FieldScope.ValueType(
            enum_value(catalog_pb2.FieldScope, SCOPE_PREFIX, d.scope)),
        choices=d.choices)


def category_data(msg: catalog_pb2.Category) -> dict[str, str]:
    return {"code": msg.code, "name": msg.name, "description": msg.description}


def category_fields(msg: catalog_pb2.Category) -> list[fields.FieldDef]:
    return [field_from_proto(f) for f in msg.fields]


def category_to_proto(category: ProductCategory, owner_org_name: str,
                      product_count: int) -> catalog_pb2.Category:
    return catalog_pb2.Category(
        id=category.id, code=category.code, name=category.name,
        description=category.description,
        fields=[field_to_proto(d) for d in fields.load(category.fields)],
        owner_org_id=category.owner_org_id, owner_org_name=owner_org_name,
        product_count=product_count)


def product_input(msg: catalog_pb2.Product) -> ProductInput:
    return ProductInput(
        category_id=msg.category_id, code=msg.code, name=msg.name, spec=msg.spec, gtin=msg.gtin,
        barcode=msg.barcode, colour_no=msg.colour_no, unit=msg.unit,
        items_per_case=msg.items_per_case, cases_per_pallet=msg.cases_per_pallet,
        custom=dict(msg.custom), active=msg.active)


def product_to_proto(view: ProductView) -> catalog_pb2.Product:
    p = view.product
    return catalog_pb2.Product(
        id=p.id, category_id=p.category_id, code=p.code, name=p.name, spec=p.spec, gtin=p.gtin,
        barcode=p.barcode, colour_no=p.colour_no, unit=p.unit, items_per_case=p.items_per_case,
        cases_per_pallet=p.cases_per_pallet,
        custom=fields.visible(view.defs, "product", p.custom), active=p.active,
        category_name=view.category_name, has_image=bool(view.image_mime), image=view.image,
        image_mime=view.image_mime, owner_org_id=p.owner_org_id, created_at=ts(p.created_at),
        updated_at=ts(p.updated_at))


def products_from_rows(rows: Iterable[Any]) -> list[catalog_pb2.Product]:
    """Proto products from listing rows (product, category name, field JSON, image type)."""
    return [product_to_proto(ProductView(product, name, fields.load(stored), mime or ""))
            for product, name, stored, mime in rows]
