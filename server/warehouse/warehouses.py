"""Warehouses: run by an organisation that can hold stock, within the caller's subtree."""

from __future__ import annotations

from typing import Any

from server.accounts.models import Organisation
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, region_code, snapshot, text
from server.warehouse.models import Warehouse
from server.warehouse.repository import WarehouseRepository
from shared.pb import common_pb2

FIELDS = ("id", "org_id", "code", "name", "address", "region_code", "active")
STOCK_KINDS = frozenset({"headquarters", "factory", "licensed_factory", "branch", "warehouse",
                         "dealer", "store"})
# GB/T 2260 province-level prefixes (the first two digits of every division code).
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
})


def gb2260(value: str) -> str:
    """A 6-digit GB/T 2260 division code whose first two digits name a province, or ''."""
    value = region_code(value)
    if value and value[:2] not in PROVINCES:
        raise DomainError(Reason.INVALID_VALUE, field="region_code",
                          detail=f"{value[:2]} is no province / {value[:2]} 不是省级代码")
    return value


class WarehouseService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = WarehouseRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def org_name(self, warehouse: Warehouse) -> str:
        return self.repo.org_in_scope(warehouse.org_id).name

    def _org(self, org_id: int) -> Organisation:
        org = self.repo.org_in_scope(org_id)
        if org.kind not in STOCK_KINDS:
            raise DomainError(Reason.CANNOT_HOLD_STOCK, field="org_id", org=org.name,
                              kind=org.kind)
        return org

    def _apply(self, warehouse: Warehouse, data: dict[str, Any], default_org: int) -> None:
        warehouse.org_id = self._org(data["org_id"] or default_org).id
        warehouse.code = code(data["code"])
        warehouse.name = text(data["name"], "name", max_len=200, required=True)
        warehouse.address = text(data["address"], "address", max_len=300)
        warehouse.region_code = gb2260(data["region_code"])

    def create(self, data: dict[str, Any]) -> Warehouse:
        warehouse = Warehouse(active=True)
        # No organisation given: the caller's own.
        self._apply(warehouse, data, self.ctx.user.org_id)
        self.repo.add(warehouse, code=warehouse.code)
        self.ctx.record("warehouse", warehouse.id, None, snapshot(warehouse, FIELDS),
                        action="create")
        return warehouse

    def update(self, warehouse_id: int, active: bool, data: dict[str, Any]) -> Warehouse:
        warehouse = self.repo.get(warehouse_id, for_update=True)
        before = snapshot(warehouse, FIELDS)
        self._apply(warehouse, data, warehouse.org_id)
        warehouse.active = active
        self.repo.flush(code=warehouse.code)
        self.ctx.record("warehouse", warehouse.id, before, snapshot(warehouse, FIELDS),
                        action="update")
        return warehouse
