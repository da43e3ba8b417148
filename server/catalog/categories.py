"""Product categories: tenant-wide, owned by the creator's organisation, with custom fields."""

from __future__ import annotations

import copy
from typing import Any

from server.catalog import fields
from server.catalog.models import ProductCategory
from server.catalog.repository import CategoryRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, snapshot, text
from shared.pb import common_pb2

FIELDS = ("id", "owner_org_id", "code", "name", "description", "fields")
# Distinct stored values looked at per changed field; enough to find a misfit in practice.
RECHECK_LIMIT = 10_000


class CategoryService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = CategoryRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def get(self, category_id: int) -> tuple[ProductCategory, str, int]:
        """The category, its owner organisation's name and its product count."""
        return self.repo.one(category_id)

    def _snapshot(self, category: ProductCategory) -> dict[str, Any]:
        return copy.deepcopy(snapshot(category, FIELDS))

    def _apply(self, category: ProductCategory, data: dict[str, str],
               defs: list[fields.FieldDef]) -> None:
        category.code = code(data["code"])
        category.name = text(data["name"], "name", max_len=200, required=True)
        category.description = text(data["description"], "description", max_len=500)
        category.fields = [d.as_json() for d in defs]

    def create(self, data: dict[str, str], defs: list[fields.FieldDef]) -> ProductCategory:
        checked = fields.check_definitions(defs)
        category = ProductCategory(owner_org_id=self.ctx.user.org_id)
        self._apply(category, data, checked)
        self.repo.add(category, code=category.code)
        self.ctx.record("category", category.id, None, self._snapshot(category), action="create")
        return category

    def update(self, category_id: int, data: dict[str, str],
               defs: list[fields.FieldDef]) -> ProductCategory:
        """Replace details and field definitions; catalog.fields says what stored values keep."""
        category = self.repo.get(category_id, for_update=True)
        self.repo.org_in_scope(category.owner_org_id)
        before = self._snapshot(category)
        checked = fields.check_definitions(defs)
        self._recheck(category, fields.load(category.fields), checked)
        self._apply(category, data, checked)
        self.repo.flush(code=category.code)
        self.ctx.record("category", category.id, before, self._snapshot(category),
                        action="update")
        return category

    def _recheck(self, category: ProductCategory, old: list[fields.FieldDef],
                 new: list[fields.FieldDef]) -> None:
        """Refuse definition changes that stored values would not satisfy."""
        for d in fields.needs_recheck(old, new):
            if d.scope == "product":
                entity, values = "product", self.repo.product_values(category.id, d.key,
                                                                      RECHECK_LIMIT)
            else:
                entity, values = "lot", self.repo.lot_values(category.id, d.key, RECHECK_LIMIT)
            for value in values:
                try:
                    fields.normalise(d, value)
                except ValueError as exc:
                    err = DomainError(Reason.CUSTOM_FIELD_IN_USE, field="fields", entity=entity,
                                      value=value, detail=str(exc))
                    err.params["field"] = d.label
                    err.params["key"] = d.key
                    raise err from None

    def delete(self, category_id: int) -> None:
        category = self.repo.get(category_id, for_update=True)
        self.repo.org_in_scope(category.owner_org_id)
        count = self.repo.product_count(category.id)
        if count:
            raise DomainError(Reason.IN_USE, entity="category",
                              detail=f"{count} products / 仍有 {count} 个产品")
        before = self._snapshot(category)
        self.repo.delete(category)
        self.ctx.record("category", category_id, before, None, action="delete")
