"""Warehouse repositories: warehouses, their locations and low-stock settings are seen within
the caller's organisation subtree."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from server.accounts.models import Organisation, User
from server.catalog.models import Product
from server.core.listing import ListSpec
from server.core.repository import Repository, subtree_ids
from server.warehouse.models import StockAlert, Warehouse, WarehouseLocation


class WarehouseRepository(Repository[Warehouse]):
    model = Warehouse
    entity = "warehouse"

    def list_spec(self) -> ListSpec:
        w = Warehouse
        return ListSpec(
            fields={"id": w.id, "code": w.code, "name": w.name, "org_id": w.org_id,
                    "region_code": w.region_code, "active": w.active,
                    "created_at": w.created_at},
            search=(w.code, w.name, w.address, Organisation.name), default_sort=("id",))

    def listing(self) -> Select[Any]:
        """Warehouses with the name of the organisation running each."""
        return (self.base().join(Organisation, Organisation.id == Warehouse.org_id)
                .add_columns(Organisation.name))


class LocationRepository(Repository[WarehouseLocation]):
    """Locations are seen through their warehouse's organisation."""

    model = WarehouseLocation
    entity = "location"

    def base(self) -> Select[Any]:
        p = self.ctx.user
        return (select(WarehouseLocation)
                .join(Warehouse, Warehouse.id == WarehouseLocation.warehouse_id)
                .where(WarehouseLocation.tenant_id == p.tenant_id,
                       Warehouse.org_id.in_(subtree_ids(p.tenant_id, p.org_path))))

    def list_spec(self) -> ListSpec:
        x = WarehouseLocation
        return ListSpec(
            fields={"id": x.id, "warehouse_id": x.warehouse_id, "code": x.code, "name": x.name,
                    "zone": x.zone, "active": x.active, "org_id": Warehouse.org_id},
            search=(x.code, x.name, x.zone, Warehouse.code, Warehouse.name),
            default_sort=("warehouse_id", "code", "id"))

    def listing(self) -> Select[Any]:
        """Locations with their warehouse's code, name and organisation."""
        return (self.base().join(Organisation, Organisation.id == Warehouse.org_id)
                .add_columns(Warehouse.code, Warehouse.name, Warehouse.org_id, Organisation.name))


class StockAlertRepository(Repository[StockAlert]):
    """Warning settings are seen within the caller's subtree (the organisation they watch)."""

    model = StockAlert
    entity = "stock_alert"

    def list_spec(self) -> ListSpec:
        a = StockAlert
        return ListSpec(
            fields={"id": a.id, "org_id": a.org_id, "product_id": a.product_id,
                    "min_items": a.min_items, "updated_at": a.updated_at},
            search=(Organisation.code, Organisation.name, Product.code, Product.name, a.note),
            default_sort=("org_id", "product_id"))

    def listing(self) -> Select[Any]:
        """Settings with organisation, product and the name of who set them last."""
        return (self.base().join(Organisation, Organisation.id == StockAlert.org_id)
                .join(Product, Product.id == StockAlert.product_id)
                .join(User, User.id == StockAlert.updated_by_id)
                .add_columns(Organisation.code, Organisation.name, Product.code, Product.name,
                             Product.items_per_case, User.display_name, User.username))

    def find(self, org_id: int, product_id: int) -> StockAlert | None:
        return self.session.execute(self.base().where(
            StockAlert.org_id == org_id, StockAlert.product_id == product_id)
            .with_for_update()).scalar_one_or_none()
