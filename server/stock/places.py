"""Where stock may go: an active warehouse in the caller's subtree and, optionally, an active
location of it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.warehouse.models import Warehouse, WarehouseLocation
from server.warehouse.repository import WarehouseRepository


@dataclass(frozen=True)
class Place:
    org_id: int
    warehouse: Warehouse | None
    location: WarehouseLocation | None

    @property
    def warehouse_id(self) -> int | None:
        return self.warehouse.id if self.warehouse else None

    @property
    def location_id(self) -> int | None:
        return self.location.id if self.location else None


def warehouse(ctx: CallContext, warehouse_id: int, field: str = "warehouse_id") -> Warehouse:
    """An active warehouse the caller's subtree runs."""
    if not warehouse_id:
        raise DomainError(Reason.REQUIRED, field=field)
    try:
        found = WarehouseRepository(ctx).get(warehouse_id)
    except DomainError as exc:
        raise DomainError(Reason.NOT_FOUND, field=field, entity="warehouse",
                          id=warehouse_id) from exc
    if not found.active:
        raise DomainError(Reason.INVALID_VALUE, field=field,
                          detail=f"{found.name}: inactive / 仓库已停用")
    return found


def location(ctx: CallContext, wh: Warehouse, location_id: int) -> WarehouseLocation | None:
    """An active location of the warehouse, or None when none is given."""
    if not location_id:
        return None
    found = ctx.session.execute(select(WarehouseLocation).where(
        WarehouseLocation.tenant_id == ctx.tenant_id, WarehouseLocation.id == location_id)
    ).scalar_one_or_none()
    if found is None or found.warehouse_id != wh.id:
        raise DomainError(Reason.NOT_FOUND, field="location_id", entity="location",
                          id=location_id)
    if not found.active:
        raise DomainError(Reason.INVALID_VALUE, field="location_id",
                          detail=f"{found.code}: inactive / 库位已停用")
    return found


def place(ctx: CallContext, warehouse_id: int, location_id: int) -> Place:
    wh = warehouse(ctx, warehouse_id)
    return Place(wh.org_id, wh, location(ctx, wh, location_id))
