"""Production records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.catalog import fields
from server.core.convert import ts
from server.production.lots import LotInput
from server.production.models import ProductionLine, ProductionLot
from shared.pb import production_pb2


def line_data(msg: production_pb2.Line) -> dict[str, Any]:
    return {"org_id": msg.org_id, "code": msg.code, "name": msg.name,
            "description": msg.description}


def line_to_proto(line: ProductionLine, org_name: str) -> production_pb2.Line:
    return production_pb2.Line(id=line.id, org_id=line.org_id, code=line.code, name=line.name,
                               description=line.description, active=line.active,
                               org_name=org_name)


def lot_input(msg: production_pb2.Lot) -> LotInput:
    return LotInput(product_id=msg.product_id, lot_no=msg.lot_no,
                    production_date=msg.production_date, line_id=msg.line_id, shift=msg.shift,
                    org_id=msg.org_id, custom=dict(msg.custom))


def lot_to_proto(row: Any) -> production_pb2.Lot:
    """A lot from a listing row (lot, product code/name, field JSON, line and factory name)."""
    lot: ProductionLot = row[0]
    product_code, product_name, stored_fields, line_name, org_name = row[1:]
    return production_pb2.Lot(
        id=lot.id, org_id=lot.org_id, product_id=lot.product_id, lot_no=lot.lot_no,
        production_date=lot.production_date.isoformat(), line_id=lot.line_id or 0,
        shift=lot.shift, custom=fields.visible(fields.load(stored_fields), "lot", lot.custom),
        product_code=product_code, product_name=product_name, line_name=line_name or "",
        org_name=org_name, created_at=ts(lot.created_at))
