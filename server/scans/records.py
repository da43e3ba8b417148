"""The brand's records of consumer activity: the scan log, alerts (acknowledged by a person),
complaints (handled with a note), SMS recipients and the documents shown on product pages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from server.catalog.models import Product
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, not_found
from server.core.listing import Page, paginate
from server.core.validate import snapshot, text
from server.production.models import ProductionLot
from server.scans.models import (
    DOCUMENT_KINDS,
    AlertRecipient,
    ScanDocument,
)
from server.scans.repository import (
    AlertRepository,
    ComplaintRepository,
    DocumentRepository,
    RecipientRepository,
    ScanRepository,
)
from shared.pb import common_pb2

RECIPIENT_FIELDS = ("name", "phone", "normal", "important", "enabled")
MAX_DOCUMENT = 5 * 1024 * 1024
_MAGIC = {"application/pdf": b"%PDF-", "image/png": b"\x89PNG\r\n\x1a\n",
          "image/jpeg": b"\xff\xd8\xff"}


def _page(ctx: CallContext, repo: ScanRepository | AlertRepository | ComplaintRepository
          | DocumentRepository, query: common_pb2.ListQuery) -> Page:
    return paginate(ctx.session, repo.listing(), query, repo.list_spec())


class Records:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx

    def scans(self, query: common_pb2.ListQuery) -> Page:
        return _page(self.ctx, ScanRepository(self.ctx), query)

    def alerts(self, query: common_pb2.ListQuery) -> Page:
        return _page(self.ctx, AlertRepository(self.ctx), query)

    def alert_row(self, alert_id: int) -> object:
        repo = AlertRepository(self.ctx)
        row = self.ctx.session.execute(repo.listing().where(repo.model.id == alert_id)).one()
        return row

    def acknowledge(self, alert_id: int) -> None:
        alert = AlertRepository(self.ctx).get(alert_id, for_update=True)
        if alert.acknowledged_at is None:
            alert.acknowledged_at = datetime.now(UTC)
            alert.acknowledged_by_id = self.ctx.user.user_id
            self.ctx.session.flush()
            self.ctx.record("scan_alert", alert.id, {"acknowledged": False},
                            {"acknowledged": True}, action="acknowledge")

    def complaints(self, query: common_pb2.ListQuery) -> Page:
        return _page(self.ctx, ComplaintRepository(self.ctx), query)

    def complaint_row(self, complaint_id: int) -> object:
        repo = ComplaintRepository(self.ctx)
        return self.ctx.session.execute(repo.listing().where(repo.model.id == complaint_id)
                                        ).one()

    def handle(self, complaint_id: int, note: str) -> None:
        complaint = ComplaintRepository(self.ctx).get(complaint_id, for_update=True)
        before = snapshot(complaint, ("status", "note"))
        complaint.status = "handled"
        complaint.note = text(note, "note", max_len=500)
        complaint.handled_by_id = self.ctx.user.user_id
        complaint.handled_at = datetime.now(UTC)
        self.ctx.session.flush()
        self.ctx.record("complaint", complaint.id, before, snapshot(complaint,
                                                                   ("status", "note")),
                        action="handle")


@dataclass(frozen=True)
class RecipientInput:
    id: int
    name: str
    phone: str
    normal: bool
    important: bool
    enabled: bool


class Recipients:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = RecipientRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.base(), query, self.repo.list_spec())

    def _fill(self, row: AlertRecipient, data: RecipientInput) -> None:
        row.name = text(data.name, "name", max_len=100, required=True)
        phone = text(data.phone, "phone", max_len=32, required=True)
        if not all(ch.isdigit() or ch in "+- " for ch in phone) or \
                sum(ch.isdigit() for ch in phone) < 5:
            raise DomainError(Reason.INVALID_VALUE, field="phone",
                              detail="digits, + and - / 仅限数字、+ 和 -")
        row.phone = phone
        row.normal, row.important, row.enabled = data.normal, data.important, data.enabled

    def create(self, data: RecipientInput) -> AlertRecipient:
        row = AlertRecipient()
        self._fill(row, data)
        self.repo.add(row, code=row.phone, field="phone")
        self.ctx.record("alert_recipient", row.id, None, snapshot(row, RECIPIENT_FIELDS),
                        action="create")
        return row

    def update(self, data: RecipientInput) -> AlertRecipient:
        row = self.repo.get(data.id, for_update=True)
        before = snapshot(row, RECIPIENT_FIELDS)
        self._fill(row, data)
        self.repo.flush(code=row.phone, field="phone")
        self.ctx.record("alert_recipient", row.id, before, snapshot(row, RECIPIENT_FIELDS))
        return row

    def delete(self, recipient_id: int) -> None:
        row = self.repo.get(recipient_id, for_update=True)
        before = snapshot(row, RECIPIENT_FIELDS)
        self.repo.delete(row)
        self.ctx.record("alert_recipient", recipient_id, before, None, action="delete")


@dataclass(frozen=True)
class DocumentInput:
    product_id: int
    lot_id: int
    kind: str
    title: str
    mime: str
    data: bytes


class Documents:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = DocumentRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def row(self, document_id: int) -> object:
        return self.ctx.session.execute(
            self.repo.listing().where(ScanDocument.id == document_id)).one()

    def add(self, data: DocumentInput) -> ScanDocument:
        if bool(data.product_id) == bool(data.lot_id):
            raise DomainError(Reason.REQUIRED, field="product_id")
        if data.product_id:
            found = self.ctx.session.execute(select(Product.id).where(
                Product.tenant_id == self.ctx.tenant_id, Product.id == data.product_id)).first()
            if found is None:
                raise not_found("product", data.product_id)
        else:
            found = self.ctx.session.execute(select(ProductionLot.id).where(
                ProductionLot.tenant_id == self.ctx.tenant_id,
                ProductionLot.id == data.lot_id)).first()
            if found is None:
                raise not_found("lot", data.lot_id)
        if data.kind not in DOCUMENT_KINDS:
            raise DomainError(Reason.INVALID_VALUE, field="kind", detail=data.kind or "—")
        magic = _MAGIC.get(data.mime)
        if magic is None:
            raise DomainError(Reason.DOCUMENT_INVALID, field="mime",
                              detail="PDF, PNG or JPEG / 仅限 PDF、PNG、JPEG")
        if not data.data.startswith(magic):
            raise DomainError(Reason.DOCUMENT_INVALID, field="data",
                              detail=f"not a {data.mime} file / 文件内容与格式不符")
        if len(data.data) > MAX_DOCUMENT:
            raise DomainError(Reason.DOCUMENT_INVALID, field="data",
                              detail="at most 5 MiB / 最大 5 MiB")
        row = ScanDocument(product_id=data.product_id or None, lot_id=data.lot_id or None,
                           kind=data.kind, title=text(data.title, "title", max_len=200,
                                                      required=True),
                           mime=data.mime, size=len(data.data),
                           sha256=hashlib.sha256(data.data).hexdigest(), data=data.data,
                           created_by_id=self.ctx.user.user_id)
        self.repo.add(row)
        self.ctx.record("document", row.id, None, snapshot(
            row, ("product_id", "lot_id", "kind", "title", "mime", "size", "sha256")),
            action="create")
        return row

    def delete(self, document_id: int) -> None:
        row = self.repo.get(document_id, for_update=True)
        before = snapshot(row, ("product_id", "lot_id", "kind", "title", "mime", "size"))
        self.repo.delete(row)
        self.ctx.record("document", document_id, before, None, action="delete")
