"""A tenant's packing rules (mixed pallets)."""

from __future__ import annotations

from server.core.context import CallContext
from server.core.validate import snapshot
from server.packing.models import PackSettings
from server.packing.repository import SettingsRepository

FIELDS = ("allow_mixed_lots", "allow_mixed_products")


class SettingsService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = SettingsRepository(ctx)

    def get(self) -> PackSettings:
        return self.repo.row()

    def update(self, allow_mixed_lots: bool, allow_mixed_products: bool) -> PackSettings:
        row = self.repo.row(for_update=True)
        before = snapshot(row, FIELDS)
        row.allow_mixed_lots = allow_mixed_lots or allow_mixed_products
        row.allow_mixed_products = allow_mixed_products
        self.ctx.session.flush()
        self.ctx.record("pack_settings", row.id, before, snapshot(row, FIELDS))
        return row
