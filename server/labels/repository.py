"""Label repositories: tenant-wide templates (changed within the owner organisation's subtree)
and print jobs (seen within the subtree of the organisation that printed them)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import undefer

from server.codes.models import CodeBatch
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.labels.models import LabelTemplate, PrintJob

# pg_advisory_xact_lock(class, id): serialises print-job starts on one batch (reprint check).
_LOCK_CLASS = 0x4C42  # "LB"


class TemplateRepository(Repository[LabelTemplate]):
    model = LabelTemplate
    entity = "template"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        t = LabelTemplate
        return ListSpec(fields={"id": t.id, "code": t.code, "name": t.name, "level": t.level,
                                "active": t.active},
                        search=(t.code, t.name), default_sort=("id",))

    def with_logo(self, template_id: int, *, for_update: bool = False) -> LabelTemplate:
        """The template with its logo bytes loaded, or NOT_FOUND."""
        stmt = self.base().where(LabelTemplate.id == template_id).options(
            undefer(LabelTemplate.logo))
        if for_update:
            stmt = stmt.with_for_update()
        row = self.session.execute(stmt).scalar_one_or_none()
        if row is None:
            return self.get(template_id)  # raises NOT_FOUND
        return row  # type: ignore[no-any-return]

    def job_count(self, template_id: int) -> int:
        return int(self.session.execute(select(func.count()).where(
            PrintJob.tenant_id == self.ctx.tenant_id,
            PrintJob.template_id == template_id)).scalar_one())


class PrintJobRepository(Repository[PrintJob]):
    model = PrintJob
    entity = "print_job"

    def list_spec(self) -> ListSpec:
        j = PrintJob
        return ListSpec(
            fields={"id": j.id, "batch_id": j.batch_id, "template_id": j.template_id,
                    "status": j.status, "reprint": j.reprint, "created_at": j.created_at,
                    "username": j.username},
            search=(j.username, j.printer, j.reprint_reason), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Jobs with their batch number and template name."""
        return (self.base().join(CodeBatch, CodeBatch.id == PrintJob.batch_id)
                .join(LabelTemplate, LabelTemplate.id == PrintJob.template_id)
                .add_columns(CodeBatch.batch_no, LabelTemplate.name))

    def lock_batch(self, batch_id: int) -> None:
        """Held until the call's transaction ends: two jobs on one batch start one at a time."""
        self.session.execute(text("SELECT pg_advisory_xact_lock(:cls, :obj)"),
                             {"cls": _LOCK_CLASS, "obj": batch_id % 2_147_483_647})

    def printed_over(self, batch_id: int, first: int, last: int) -> list[PrintJob]:
        """Earlier jobs, anywhere in the tenant, that printed (or are printing) a serial in
        first..last: started or printed jobs over their whole range, failed or cancelled ones
        over the labels they reported printed."""
        j = PrintJob
        done_last = j.first_serial + j.printed_count - 1
        return list(self.session.execute(select(j).where(
            j.tenant_id == self.ctx.tenant_id, j.batch_id == batch_id,
            j.first_serial <= last,
            or_(and_(j.status.in_(("started", "printed")), j.last_serial >= first),
                and_(j.status.in_(("failed", "cancelled")), j.printed_count > 0,
                     done_last >= first)),
        ).order_by(j.id)).scalars())
