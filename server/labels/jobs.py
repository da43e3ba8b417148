"""Print jobs: what is printed, by whom, where. Starting a job records it and hands out the label
data; a serial printed before needs reprint = true and a reason, and is audited as a reprint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from server.catalog.models import Product
from server.codes.keys import KeyStore
from server.codes.labels_data import label_data
from server.codes.models import CodeBatch
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import snapshot, text
from server.labels import layout
from server.labels.models import MAX_LABELS_PER_JOB, TARGETS, LabelTemplate, PrintJob
from server.labels.repository import PrintJobRepository, TemplateRepository
from server.production.models import ProductionLot
from server.production.repository import LotRepository
from shared.pb import common_pb2, labels_pb2

FIELDS = ("id", "org_id", "user_id", "username", "batch_id", "first_serial", "last_serial",
          "template_id", "lot_id", "target", "printer", "reprint", "reprint_reason", "status",
          "printed_count", "error")
FINISHED = ("printed", "failed", "cancelled")
MAX_JOBS_NAMED = 10  # overlapping jobs named in a refusal


@dataclass(frozen=True)
class StartInput:
    batch_id: int
    first_serial: int
    last_serial: int
    template_id: int
    target: str
    printer: str = ""
    reprint: bool = False
    reprint_reason: str = ""
    lot_id: int = 0


@dataclass(frozen=True)
class JobData:
    """A started job and everything the client needs to print it."""

    job: PrintJob
    batch_no: str
    template: LabelTemplate
    labels: list[labels_pb2.LabelData]
    product: Product | None
    lot: ProductionLot | None


class PrintJobService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.repo = PrintJobRepository(ctx)
        self.templates = TemplateRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def _snapshot(self, job: PrintJob) -> dict[str, Any]:
        return snapshot(job, FIELDS)

    def _check_request(self, data: StartInput) -> None:
        if not data.batch_id:
            raise DomainError(Reason.REQUIRED, field="batch_id")
        if not data.template_id:
            raise DomainError(Reason.REQUIRED, field="template_id")
        if not data.target:
            raise DomainError(Reason.REQUIRED, field="target")
        if data.target not in TARGETS:
            raise DomainError(Reason.INVALID_VALUE, field="target", detail=data.target)
        if data.first_serial < 1:
            raise DomainError(Reason.INVALID_VALUE, field="first_serial", detail="≥ 1")
        if data.last_serial < data.first_serial:
            raise DomainError(Reason.INVALID_VALUE, field="last_serial",
                              detail=f"≥ {data.first_serial}")
        count = data.last_serial - data.first_serial + 1
        if count > MAX_LABELS_PER_JOB:
            raise DomainError(Reason.PRINT_JOB_TOO_LARGE, field="last_serial",
                              max=MAX_LABELS_PER_JOB, count=count)
        if data.target == "zpl" and not data.printer.strip():
            raise DomainError(Reason.REQUIRED, field="printer")
        text(data.printer, "printer", max_len=200)
        text(data.reprint_reason, "reprint_reason", max_len=500)

    def _template(self, data: StartInput) -> tuple[LabelTemplate, set[str]]:
        try:
            template = self.templates.with_logo(data.template_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="template_id", entity="template",
                              id=data.template_id) from exc
        if not template.active:
            raise DomainError(Reason.INVALID_VALUE, field="template_id",
                              detail=f"{template.name}: inactive / 已停用")
        uses = layout.used_placeholders(layout.load(template.elements))
        if "verification_code" in uses and data.target == "pdf":
            # Verification codes leave the server only to a printer or inside the print file.
            raise DomainError(Reason.VERIFICATION_CODE_TO_FILE, field="target",
                              template=template.name)
        return template, uses

    def _lot(self, lot_id: int) -> ProductionLot | None:
        if not lot_id:
            return None
        try:
            return LotRepository(self.ctx).get(lot_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="lot_id", entity="lot",
                              id=lot_id) from exc

    def _product(self, batch: CodeBatch, lot: ProductionLot | None,
                 uses: set[str]) -> Product | None:
        product_id = batch.product_id or (lot.product_id if lot else None)
        if lot is not None and batch.product_id and lot.product_id != batch.product_id:
            raise DomainError(Reason.INVALID_VALUE, field="lot_id",
                              detail="the lot is of another product / 该生产批次属于其他产品")
        if uses & layout.LOT_PLACEHOLDERS and lot is None:
            raise DomainError(Reason.REQUIRED, field="lot_id")
        if uses & layout.PRODUCT_PLACEHOLDERS and not product_id:
            # The batch names no product: a lot says which one.
            raise DomainError(Reason.REQUIRED, field="lot_id")
        return self.ctx.session.get(Product, product_id) if product_id else None

    def _overlaps(self, data: StartInput) -> list[PrintJob]:
        """Earlier jobs over these serials; refused unless marked as a reprint with a reason."""
        self.repo.lock_batch(data.batch_id)
        jobs = self.repo.printed_over(data.batch_id, data.first_serial, data.last_serial)
        reason = data.reprint_reason.strip()
        if jobs and not (data.reprint and reason):
            first = max(data.first_serial, min(j.first_serial for j in jobs))
            last = min(data.last_serial, max(_printed_last(j) for j in jobs))
            named = ", ".join(f"#{j.id}" for j in jobs[:MAX_JOBS_NAMED])
            if len(jobs) > MAX_JOBS_NAMED:
                named += f" … (+{len(jobs) - MAX_JOBS_NAMED})"
            raise DomainError(Reason.REPRINT_REASON_REQUIRED, field="reprint_reason",
                              first=first, last=last, jobs=named)
        if data.reprint and not reason:
            raise DomainError(Reason.REQUIRED, field="reprint_reason")
        return jobs

    def start(self, data: StartInput) -> JobData:
        self._check_request(data)
        template, uses = self._template(data)
        lot = self._lot(data.lot_id)
        verification = "verification_code" in uses
        batch, labels = label_data(self.ctx, data.batch_id, data.first_serial, data.last_serial,
                                   verification=verification, key_store=self.keys)
        if batch.level != template.level:
            raise DomainError(Reason.LABEL_LEVEL_MISMATCH, field="template_id",
                              template=template.name, template_level=template.level,
                              batch_no=batch.batch_no, batch_level=batch.level)
        if verification and not batch.verification_digits:
            raise DomainError(Reason.INVALID_VALUE, field="template_id",
                              detail=f"batch {batch.batch_no} has no verification codes / "
                                     f"码包 {batch.batch_no} 没有验证码")
        product = self._product(batch, lot, uses)
        overlaps = self._overlaps(data)
        user = self.ctx.user
        job = PrintJob(org_id=user.org_id, user_id=user.user_id, username=user.username,
                       batch_id=data.batch_id, first_serial=data.first_serial,
                       last_serial=data.last_serial, template_id=template.id,
                       lot_id=lot.id if lot else None, target=data.target,
                       printer=data.printer.strip(), reprint=data.reprint,
                       reprint_reason=data.reprint_reason.strip() if data.reprint else "",
                       status="started", printed_count=0, error="")
        self.repo.add(job)
        after = self._snapshot(job)
        after["overlapping_jobs"] = [j.id for j in overlaps]
        self.ctx.record("print_job", job.id, None, after,
                        action="reprint" if data.reprint else "start")
        return JobData(job, batch.batch_no, template, labels, product, lot)

    def finish(self, job_id: int, status: str, printed_count: int, error: str) -> PrintJob:
        """Record how a job ended. The job's own user may; so may whoever holds print.read
        over it (a supervisor closing a job left open by a crashed PC)."""
        job = self.repo.get(job_id, for_update=True)
        user = self.ctx.user
        if job.user_id != user.user_id and not user.can("print.read"):
            raise DomainError(Reason.PERMISSION_DENIED, permission="print.read")
        if status not in FINISHED:
            raise DomainError(Reason.INVALID_VALUE, field="status",
                              detail="printed, failed or cancelled / 已打印、失败或已取消")
        total = job.last_serial - job.first_serial + 1
        if printed_count < 0 or printed_count > total:
            raise DomainError(Reason.INVALID_VALUE, field="printed_count", detail=f"0..{total}")
        if status == "printed" and printed_count == 0:
            printed_count = total
        error = text(error, "error", max_len=1000)
        if job.status != "started":
            if (job.status, job.printed_count, job.error) == (status, printed_count, error):
                return job  # the same report repeated (a retry over a flaky link)
            raise DomainError(Reason.PRINT_JOB_FINISHED, field="status", id=job.id)
        before = self._snapshot(job)
        job.status, job.printed_count, job.error = status, printed_count, error
        job.finished_at = datetime.now(UTC)
        self.repo.flush()
        self.ctx.record("print_job", job.id, before, self._snapshot(job), action="finish")
        return job

    def view(self, job: PrintJob) -> tuple[PrintJob, str, str]:
        """The job with its batch number and template name."""
        row = self.ctx.session.execute(self.repo.listing().where(PrintJob.id == job.id)).one()
        return row[0], row[1], row[2]


def _printed_last(job: PrintJob) -> int:
    if job.status in ("started", "printed"):
        return job.last_serial
    return job.first_serial + job.printed_count - 1
