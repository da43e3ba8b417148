"""Warehouse locations (库位): code unique within the warehouse, optional name and zone; changed
by whoever may change the warehouse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, snapshot, text
from server.warehouse.models import Warehouse, WarehouseLocation
from server.warehouse.repository import LocationRepository, WarehouseRepository
from shared.pb import common_pb2

FIELDS = ("id", "warehouse_id", "code", "name", "zone", "active")


@dataclass(frozen=True)
class LocationInput:
    warehouse_id: int
    code: str
    name: str = ""
    zone: str = ""
    active: bool = True


class LocationService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = LocationRepository(ctx)
        self.warehouses = WarehouseRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def row(self, location_id: int) -> Any:
        """The location as a listing row (location, warehouse code/name/org, org name)."""
        return self.ctx.session.execute(
            self.repo.listing().where(WarehouseLocation.id == location_id)).one()

    def _warehouse(self, warehouse_id: int) -> Warehouse:
        if not warehouse_id:
            raise DomainError(Reason.REQUIRED, field="warehouse_id")
        try:
            return self.warehouses.get(warehouse_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="warehouse_id", entity="warehouse",
                              id=warehouse_id) from exc

    def _apply(self, location: WarehouseLocation, data: LocationInput) -> None:
        location.code = code(data.code)
        location.name = text(data.name, "name", max_len=200)
        location.zone = text(data.zone, "zone", max_len=64)
        location.active = data.active

    def create(self, data: LocationInput) -> WarehouseLocation:
        location = WarehouseLocation(warehouse_id=self._warehouse(data.warehouse_id).id)
        self._apply(location, data)
        self.repo.add(location, code=location.code)
        self.ctx.record("location", location.id, None, snapshot(location, FIELDS),
                        action="create")
        return location

    def update(self, location_id: int, data: LocationInput) -> WarehouseLocation:
        """Replace code, name, zone and active; a location never moves to another warehouse."""
        location = self.repo.get(location_id, for_update=True)
        if data.warehouse_id and data.warehouse_id != location.warehouse_id:
            raise DomainError(Reason.INVALID_VALUE, field="warehouse_id",
                              detail="a location stays in its warehouse / 库位不能换仓库")
        before = snapshot(location, FIELDS)
        self._apply(location, data)
        self.repo.flush(code=location.code)
        self.ctx.record("location", location.id, before, snapshot(location, FIELDS),
                        action="update")
        return location

    def delete(self, location_id: int) -> None:
        location = self.repo.get(location_id, for_update=True)
        before = snapshot(location, FIELDS)
        self.repo.delete(location)
        self.ctx.record("location", location_id, before, None, action="delete")
