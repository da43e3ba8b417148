"""Warehouse records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.warehouse.models import Warehouse
from shared.pb import warehouse_pb2


def warehouse_data(msg: warehouse_pb2.Warehouse) -> dict[str, Any]:
    return {"org_id": msg.org_id, "code": msg.code, "name": msg.name, "address": msg.address,
            "region_code": msg.region_code}


def warehouse_to_proto(warehouse: Warehouse, org_name: str) -> warehouse_pb2.Warehouse:
    return warehouse_pb2.Warehouse(
        id=warehouse.id, org_id=warehouse.org_id, code=warehouse.code, name=warehouse.name,
        address=warehouse.address, region_code=warehouse.region_code, active=warehouse.active,
        org_name=org_name)
