"""What a product page fetches after the query, by its scan token: the product image, a
certificate or quality report, and the complaint form. The token names the tenant and the scan,
so nothing of another tenant, product or lot can be reached through it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from server.core.errors import DomainError, Reason, not_found
from server.core.validate import text as clean
from server.scans.deps import ScanDeps
from server.scans.models import COMPLAINT_KINDS
from server.scans.regions import ip_prefix

FILE_SECONDS = 24 * 3600  # a page left open for a day still shows its image and documents
COMPLAINTS_PER_HOUR = 5   # per address
# Pages that show the product: a voided, never activated or unknown code vouches for nothing.
VOUCHED = ("genuine", "code_required", "wrong_code", "code_locked")


@dataclass(frozen=True)
class File:
    mime: str
    data: bytes
    filename: str
    sha256: str


class PublicFiles:
    def __init__(self, deps: ScanDeps) -> None:
        self.deps = deps

    def file(self, token: str, document_id: int) -> File:
        ref = self.deps.secrets().open(token, FILE_SECONDS)
        if document_id:
            sql = """
                SELECT d.mime, d.data, d.title, d.sha256 FROM scan s
                JOIN scan_document d ON d.tenant_id = s.tenant_id AND d.id = :doc
                     AND (d.product_id = s.product_id OR d.lot_id = s.lot_id)
                WHERE s.id = :scan AND s.tenant_id = :tenant AND s.result IN :vouched
                LIMIT 1"""
        else:
            sql = """
                SELECT i.mime, i.data, 'product', i.sha256 FROM scan s
                JOIN product_image i ON i.product_id = s.product_id AND i.tenant_id = s.tenant_id
                WHERE s.id = :scan AND s.tenant_id = :tenant AND s.result IN :vouched"""
        with self.deps.engine.connect() as conn:
            row = conn.execute(text(sql), {"scan": ref.scan_id, "tenant": ref.tenant_id,
                                           "doc": document_id, "vouched": VOUCHED}).first()
        if row is None:
            raise not_found("document", document_id)
        mime, data, title, sha = row
        extension = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}[mime]
        return File(mime, bytes(data), f"{title}.{extension}", sha)

    def complain(self, token: str, kind: str, body: str, contact: str, ip: str) -> int:
        """Store a complaint for the brand; at most COMPLAINTS_PER_HOUR per address."""
        ref = self.deps.secrets().open(token, FILE_SECONDS)
        if kind not in COMPLAINT_KINDS:
            raise DomainError(Reason.INVALID_VALUE, field="kind", detail=kind or "—")
        body = clean(body, "text", max_len=1000, required=True)
        contact = clean(contact, "contact", max_len=100)
        with self.deps.engine.connect() as conn:
            row = conn.execute(text("""
                WITH rate AS (
                    INSERT INTO scan_rate (key, window_start, hits)
                    VALUES (:key, date_trunc('hour', now()), 1)
                    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + 1
                    RETURNING hits)
                INSERT INTO scan_complaint (tenant_id, scan_id, kind, text, contact, code,
                                            product_id, lot_id, district_code)
                SELECT s.tenant_id, s.id, :kind, :text, :contact, s.code, s.product_id,
                       s.lot_id, coalesce(nullif(s.district_code, ''), s.city_code)
                FROM scan s, rate
                WHERE s.id = :scan AND s.tenant_id = :tenant AND rate.hits <= :limit
                RETURNING id"""), {"key": f"complaint:{ip_prefix(ip) or ip}", "kind": kind,
                                   "text": body, "contact": contact, "scan": ref.scan_id,
                                   "tenant": ref.tenant_id,
                                   "limit": COMPLAINTS_PER_HOUR}).first()
        if row is None:
            raise DomainError(Reason.SCAN_RATE_LIMITED, seconds=3600)
        return int(row[0])
