"""Production lines: each run by one factory or licensed factory in the caller's subtree."""

from __future__ import annotations

from typing import Any

from server.core.context import CallContext
from server.core.listing import Page, paginate
from server.core.validate import code, snapshot, text
from server.production.models import ProductionLine
from server.production.repository import LineRepository, factory_in_scope
from shared.pb import common_pb2

FIELDS = ("id", "org_id", "code", "name", "description", "active")


class LineService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = LineRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def org_name(self, line: ProductionLine) -> str:
        return self.repo.org_in_scope(line.org_id).name

    def _apply(self, line: ProductionLine, data: dict[str, Any], default_org: int) -> None:
        line.org_id = factory_in_scope(self.repo, data["org_id"] or default_org, "line").id
        line.code = code(data["code"])
        line.name = text(data["name"], "name", max_len=200, required=True)
        line.description = text(data["description"], "description", max_len=500)

    def create(self, data: dict[str, Any]) -> ProductionLine:
        line = ProductionLine(active=True)
        # No organisation given: the caller's own (a factory clerk adds lines to their factory).
        self._apply(line, data, self.ctx.user.org_id)
        self.repo.add(line, code=line.code)
        self.ctx.record("line", line.id, None, snapshot(line, FIELDS), action="create")
        return line

    def update(self, line_id: int, active: bool, data: dict[str, Any]) -> ProductionLine:
        line = self.repo.get(line_id, for_update=True)
        before = snapshot(line, FIELDS)
        self._apply(line, data, line.org_id)
        line.active = active
        self.repo.flush(code=line.code)
        self.ctx.record("line", line.id, before, snapshot(line, FIELDS), action="update")
        return line
