"""Scan tables: the scan log, per-code counters, abuse counters, the tenant's response templates
and alert settings, alerts with their delivery outbox, complaints and public documents.

The two tables every consumer query writes (`scan`, `scan_code_stat`) carry `tenant_id` without
a foreign key, and name batches, products and lots without one: a foreign key makes every insert
take a KEY SHARE lock on the referenced row, and thousands of concurrent scans of one brand's
products would pile MultiXacts onto a handful of hot rows. Scans are an append-only log that
may outlive what they name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, deferred, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

METHODS = ("qr", "manual", "kiosk")
RESULTS = ("genuine", "code_required", "wrong_code", "code_locked", "not_activated", "voided",
           "unknown", "malformed")
VERDICTS = ("genuine", "caution", "suspect", "counterfeit", "pending", "refused")
LOCATION_SOURCES = ("", "gps", "ip")
VERIFICATION_MODES = ("off", "optional", "required")
TEMPLATE_KINDS = ("first", "repeat", "over_limit", "not_activated", "voided", "unknown",
                  "wrong_code", "suspect")
LANGS = ("zh", "en")
ALERT_KINDS = ("count", "suspect", "enumeration", "verification_attempts")
ALERT_LEVELS = ("normal", "important")
DELIVERY_STATUSES = ("pending", "sent", "failed")
COMPLAINT_KINDS = ("complaint", "suggestion", "counterfeit")
COMPLAINT_STATUSES = ("new", "handled")
DOCUMENT_KINDS = ("certificate", "quality_report", "other")
DOCUMENT_MIMES = ("application/pdf", "image/png", "image/jpeg")


def _tenant_no_fk() -> Mapped[int]:
    return mapped_column(BigInteger, nullable=False)


class Scan(Base):
    """One consumer query (or refused attempt) as the brand sees it in the scan log."""

    __tablename__ = "scan"
    __table_args__ = (
        Index("ix_scan_tenant_at", "tenant_id", "at"),
        # A code's own history, newest first: the verdict reads its last scans.
        Index("ix_scan_tenant_code", "tenant_id", "batch_id", "serial", "id"),
        CheckConstraint(f"method IN {METHODS!r}", name="method"),
        CheckConstraint(f"result IN {RESULTS!r}", name="result"),
        CheckConstraint(f"verdict IN {VERDICTS!r}", name="verdict"),
        CheckConstraint(f"location_source IN {LOCATION_SOURCES!r}", name="location_source"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tenant_id: Mapped[int] = _tenant_no_fk()
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                         server_default=func.now())
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    batch_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    serial: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    result: Mapped[str] = mapped_column(String(16), nullable=False)
    verdict: Mapped[str] = mapped_column(String(16), nullable=False)
    reasons: Mapped[list[str]] = mapped_column(ARRAY(String(32)), nullable=False,
                                               server_default="{}")
    counted: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    ordinal: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    verified: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    device: Mapped[str] = mapped_column(String(16), nullable=False, server_default="")
    ip_prefix: Mapped[str] = mapped_column(String(48), nullable=False, server_default="")
    user_agent: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    lang: Mapped[str] = mapped_column(String(8), nullable=False, server_default="zh")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)  # WGS-84, ~100 m
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    accuracy_m: Mapped[int | None] = mapped_column(Integer, nullable=True)
    location_source: Mapped[str] = mapped_column(String(8), nullable=False, server_default="")
    province_code: Mapped[str] = mapped_column(String(6), nullable=False, server_default="")
    city_code: Mapped[str] = mapped_column(String(6), nullable=False, server_default="")
    district_code: Mapped[str] = mapped_column(String(6), nullable=False, server_default="")


class ScanCodeStat(Base):
    """Per-code counters: how often the code was queried, and when first."""

    __tablename__ = "scan_code_stat"
    __table_args__ = (PrimaryKeyConstraint("tenant_id", "batch_id", "serial"),)

    tenant_id: Mapped[int] = _tenant_no_fk()
    batch_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    queries: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    first_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                               server_default=func.now())
    first_scan_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                              server_default=func.now())


class ScanRate(Base):
    """Fixed-window counters shared by every gateway and server process (rate limits per IP
    and per code, unknown codes per source, wrong verification codes per code). UNLOGGED: no
    WAL for counters that matter for minutes; a crash forgets them."""

    __tablename__ = "scan_rate"
    __table_args__ = (PrimaryKeyConstraint("key", "window_start"),
                      Index("ix_scan_rate_window_start", "window_start"),
                      {"prefixes": ["UNLOGGED"]})

    key: Mapped[str] = mapped_column(String(120), nullable=False)
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    hits: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class ScanSettings(Base, TenantMixin):
    """A tenant's anti-counterfeiting settings (防伪应用 / 防伪预警)."""

    __tablename__ = "scan_settings"
    __table_args__ = (
        UniqueConstraint("tenant_id"),
        CheckConstraint(f"default_verification IN {VERIFICATION_MODES!r}",
                        name="default_verification"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    max_queries: Mapped[int] = mapped_column(Integer, nullable=False, server_default="5")
    normal_threshold: Mapped[int] = mapped_column(Integer, nullable=False, server_default="20")
    important_threshold: Mapped[int] = mapped_column(Integer, nullable=False,
                                                     server_default="50")
    sms_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    suspect_alerts: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    enumeration_threshold: Mapped[int] = mapped_column(Integer, nullable=False,
                                                       server_default="30")
    default_verification: Mapped[str] = mapped_column(String(16), nullable=False,
                                                      server_default="optional")
    brand_name: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    brand_intro: Mapped[str] = mapped_column(String(2000), nullable=False, server_default="")
    service_phone: Mapped[str] = mapped_column(String(40), nullable=False, server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now(), onupdate=func.now())


class ScanTemplate(Base, TenantMixin):
    """A response template the tenant wrote (报读设置); kinds without a row use the default."""

    __tablename__ = "scan_template"
    __table_args__ = (
        UniqueConstraint("tenant_id", "kind", "lang"),
        CheckConstraint(f"kind IN {TEMPLATE_KINDS!r}", name="kind"),
        CheckConstraint(f"lang IN {LANGS!r}", name="lang"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    lang: Mapped[str] = mapped_column(String(8), nullable=False)
    text: Mapped[str] = mapped_column(String(1000), nullable=False)


class ScanProduct(Base, TenantMixin):
    """Per-product verification code policy: off, optional or required."""

    __tablename__ = "scan_product"
    __table_args__ = (
        UniqueConstraint("tenant_id", "product_id"),
        CheckConstraint(f"verification IN {VERIFICATION_MODES!r}", name="verification"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="CASCADE"), nullable=False, index=True)
    verification: Mapped[str] = mapped_column(String(16), nullable=False)


class AlertRecipient(Base, TenantMixin, TimestampMixin):
    """Who is told by SMS (短信接收人)."""

    __tablename__ = "scan_alert_recipient"
    __table_args__ = (UniqueConstraint("tenant_id", "phone"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    phone: Mapped[str] = mapped_column(String(32), nullable=False)
    normal: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    important: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class ScanAlert(Base, TenantMixin):
    """One alert. `dedupe_key` makes each alert fire once: per code and threshold, per source
    and window, per code and day."""

    __tablename__ = "scan_alert"
    __table_args__ = (
        UniqueConstraint("tenant_id", "dedupe_key"),
        Index("ix_scan_alert_tenant_at", "tenant_id", "at"),
        CheckConstraint(f"kind IN {ALERT_KINDS!r}", name="kind"),
        CheckConstraint(f"level IN {ALERT_LEVELS!r}", name="level"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                         server_default=func.now())
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    dedupe_key: Mapped[str] = mapped_column(String(160), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    batch_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    serial: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    count: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    source: Mapped[str] = mapped_column(String(48), nullable=False, server_default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                             nullable=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True, index=True)


class AlertDelivery(Base, TenantMixin):
    """The outbox: one message to one recipient, sent by the delivery worker."""

    __tablename__ = "scan_alert_delivery"
    __table_args__ = (
        CheckConstraint(f"status IN {DELIVERY_STATUSES!r}", name="status"),
        Index("ix_scan_alert_delivery_due", "next_attempt_at",
              postgresql_where=text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    alert_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scan_alert.id", ondelete="CASCADE"), nullable=False, index=True)
    recipient_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("scan_alert_recipient.id", ondelete="SET NULL"), nullable=True,
        index=True)
    phone: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                      server_default=func.now())
    last_error: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Complaint(Base, TenantMixin):
    """A consumer's complaint or suggestion from the product page (投诉与建议)."""

    __tablename__ = "scan_complaint"
    __table_args__ = (
        Index("ix_scan_complaint_tenant_at", "tenant_id", "at"),
        CheckConstraint(f"kind IN {COMPLAINT_KINDS!r}", name="kind"),
        CheckConstraint(f"status IN {COMPLAINT_STATUSES!r}", name="status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                         server_default=func.now())
    scan_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(String(1000), nullable=False)
    contact: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    code: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    district_code: Mapped[str] = mapped_column(String(6), nullable=False, server_default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="new")
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    handled_by_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True, index=True)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ScanDocument(Base, TenantMixin):
    """A certificate or quality report shown on the product page, attached to a product or a
    lot. The bytes are deferred: listings never read them."""

    __tablename__ = "scan_document"
    __table_args__ = (
        CheckConstraint(f"kind IN {DOCUMENT_KINDS!r}", name="kind"),
        CheckConstraint(f"mime IN {DOCUMENT_MIMES!r}", name="mime"),
        CheckConstraint("(product_id IS NULL) <> (lot_id IS NULL)", name="owner"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    product_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="CASCADE"), nullable=True, index=True)
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="CASCADE"), nullable=True,
        index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    mime: Mapped[str] = mapped_column(String(32), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)
