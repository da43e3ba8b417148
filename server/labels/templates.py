"""Label templates: tenant-wide like products (every user of the tenant with label.read sees
them), owned by the creator's organisation and changed only from an organisation above it."""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, snapshot, text
from server.labels import layout
from server.labels.models import LEVELS, LabelTemplate
from server.labels.repository import TemplateRepository
from shared.pb import common_pb2

FIELDS = ("id", "owner_org_id", "code", "name", "level", "width_mm", "height_mm", "elements",
          "logo_mime", "active")


@dataclass(frozen=True)
class TemplateInput:
    """What a client may set on a template (create and update replace all of it, logo too)."""

    code: str
    name: str
    level: str
    width_mm: float
    height_mm: float
    elements: list[layout.ElementDef] = field(default_factory=list)
    logo: bytes = b""
    logo_mime: str = ""
    active: bool = True


class TemplateService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = TemplateRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.base(), query, self.repo.list_spec())

    def get(self, template_id: int) -> LabelTemplate:
        """The template with its logo."""
        return self.repo.with_logo(template_id)

    def _snapshot(self, template: LabelTemplate) -> dict[str, Any]:
        out = copy.deepcopy(snapshot(template, FIELDS))
        # The audit keeps the logo's hash, never its bytes.
        logo = template.logo or b""
        out["logo_sha256"] = hashlib.sha256(logo).hexdigest() if logo else ""
        return out

    def _apply(self, template: LabelTemplate, data: TemplateInput) -> None:
        template.code = code(data.code)
        template.name = text(data.name, "name", max_len=200, required=True)
        if not data.level:
            raise DomainError(Reason.REQUIRED, field="level")
        if data.level not in LEVELS:
            raise DomainError(Reason.INVALID_VALUE, field="level", detail=data.level)
        template.level = data.level
        template.width_mm = layout.check_size(data.width_mm, "width_mm")
        template.height_mm = layout.check_size(data.height_mm, "height_mm")
        if data.logo:
            template.logo_mime = layout.logo_mime(data.logo, data.logo_mime)
            template.logo = data.logo
        else:
            template.logo, template.logo_mime = None, ""
        elements = layout.check_elements(data.elements, template.width_mm, template.height_mm,
                                         has_logo=bool(data.logo))
        template.elements = [e.as_json() for e in elements]
        template.active = data.active

    def create(self, data: TemplateInput) -> LabelTemplate:
        template = LabelTemplate(owner_org_id=self.ctx.user.org_id)
        self._apply(template, data)
        self.repo.add(template, code=template.code)
        self.ctx.record("template", template.id, None, self._snapshot(template),
                        action="create")
        return template

    def _owned(self, template_id: int) -> LabelTemplate:
        template = self.repo.with_logo(template_id, for_update=True)
        self.repo.org_in_scope(template.owner_org_id)
        return template

    def update(self, template_id: int, data: TemplateInput) -> LabelTemplate:
        """Replace the template; an empty logo removes it."""
        template = self._owned(template_id)
        before = self._snapshot(template)
        self._apply(template, data)
        self.repo.flush(code=template.code)
        self.ctx.record("template", template.id, before, self._snapshot(template),
                        action="update")
        return template

    def delete(self, template_id: int) -> None:
        """Delete a template no print job used; one that printed stays (deactivate it)."""
        template = self._owned(template_id)
        count = self.repo.job_count(template.id)
        if count:
            raise DomainError(Reason.IN_USE, entity="template",
                              detail=f"{count} print jobs; deactivate it instead / "
                                     f"已有 {count} 个打印任务，请改为停用")
        before = self._snapshot(template)
        self.repo.delete(template)
        self.ctx.record("template", template_id, before, None, action="delete")
