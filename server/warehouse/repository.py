"""Warehouse repository: warehouses are seen within the caller's organisation subtree."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select

from server.accounts.models import Organisation
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.warehouse.models import Warehouse


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
