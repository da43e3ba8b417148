"""Warehouse records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import ts
from server.warehouse.locations import LocationInput
from server.warehouse.models import StockAlert, Warehouse, WarehouseLocation
from server.warehouse.stock_alerts import StockAlertInput
from shared.pb import warehouse_pb2


def warehouse_data(msg: warehouse_pb2.Warehouse) -> dict[str, Any]:
    return {"org_id": msg.org_id, "code": msg.code, "name": msg.name, "address": msg.address,
            "region_code": msg.region_code}


def warehouse_to_proto(warehouse: Warehouse, org_name: str) -> warehouse_pb2.Warehouse:
    return warehouse_pb2.Warehouse(
        id=warehouse.id, org_id=warehouse.org_id, code=warehouse.code, name=warehouse.name,
        address=warehouse.address, region_code=warehouse.region_code, active=warehouse.active,
        org_name=org_name)


def location_input(msg: warehouse_pb2.Location) -> LocationInput:
    return LocationInput(warehouse_id=msg.warehouse_id, code=msg.code, name=msg.name,
                         zone=msg.zone, active=msg.active)


def location_to_proto(row: Any) -> warehouse_pb2.Location:
    """A location from a listing row (location, warehouse code, name, org id, org name)."""
    location: WarehouseLocation = row[0]
    wh_code, wh_name, org_id, org_name = row[1:]
    return warehouse_pb2.Location(
        id=location.id, warehouse_id=location.warehouse_id, code=location.code,
        name=location.name, zone=location.zone, active=location.active, warehouse_code=wh_code,
        warehouse_name=wh_name, org_id=org_id, org_name=org_name)


def stock_alert_input(msg: warehouse_pb2.StockAlert) -> StockAlertInput:
    return StockAlertInput(org_id=msg.org_id, product_id=msg.product_id,
                           min_items=msg.min_items, note=msg.note)


def stock_alert_to_proto(row: Any) -> warehouse_pb2.StockAlert:
    """A setting from a listing row (alert, org code/name, product code/name/items per case,
    who set it)."""
    alert: StockAlert = row[0]
    org_code, org_name, product_code, product_name, per_case, display, username = row[1:]
    return warehouse_pb2.StockAlert(
        id=alert.id, org_id=alert.org_id, product_id=alert.product_id,
        min_items=alert.min_items, note=alert.note, org_code=org_code, org_name=org_name,
        product_code=product_code, product_name=product_name, items_per_case=per_case,
        updated_by=display or username, updated_at=ts(alert.updated_at))
