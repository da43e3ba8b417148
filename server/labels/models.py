"""Label tables: templates (tenant-wide, owned by an organisation) and print jobs (who printed
which serials of which batch, with which template, where)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

LEVELS = ("item", "case", "pallet")
TARGETS = ("printer", "pdf", "zpl")
STATUSES = ("started", "printed", "failed", "cancelled")
LOGO_MIMES = ("", "image/png", "image/jpeg")
MAX_LABELS_PER_JOB = 10_000


class LabelTemplate(Base, TenantMixin, TimestampMixin):
    """A label design for one code level; `elements` is the JSON list described in
    labels.layout. The logo is deferred so that listing templates never reads its bytes."""

    __tablename__ = "label_template"
    __table_args__ = (
        UniqueConstraint("tenant_id", "code"),
        CheckConstraint(f"level IN {LEVELS!r}", name="level"),
        CheckConstraint(f"logo_mime IN {LOGO_MIMES!r}", name="logo_mime"),
        CheckConstraint("width_mm BETWEEN 10 AND 300 AND height_mm BETWEEN 10 AND 300",
                        name="size"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    owner_org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    width_mm: Mapped[float] = mapped_column(Double, nullable=False)
    height_mm: Mapped[float] = mapped_column(Double, nullable=False)
    elements: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False,
                                                           server_default=text("'[]'::jsonb"))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True,
                                               deferred_raiseload=True)
    logo_mime: Mapped[str] = mapped_column(String(32), nullable=False, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class PrintJob(Base, TenantMixin, TimestampMixin):
    """One print run: serials first..last of a batch. `org_id` is the printing user's
    organisation (the job is seen within that organisation's subtree)."""

    __tablename__ = "print_job"
    __table_args__ = (
        CheckConstraint(f"target IN {TARGETS!r}", name="target"),
        CheckConstraint(f"status IN {STATUSES!r}", name="status"),
        CheckConstraint(f"first_serial >= 1 AND last_serial >= first_serial AND "
                        f"last_serial - first_serial < {MAX_LABELS_PER_JOB}", name="serials"),
        CheckConstraint("printed_count >= 0", name="printed_count"),
        # Finds the jobs whose range overlaps a new one (reprint check).
        Index("ix_print_job_batch_serials", "tenant_id", "batch_id", "first_serial",
              "last_serial"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    batch_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("code_batch.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    first_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    template_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("label_template.id", ondelete="RESTRICT"), nullable=False,
        index=True,
    )
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=True,
        index=True,
    )
    target: Mapped[str] = mapped_column(String(16), nullable=False)
    printer: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    reprint: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    reprint_reason: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="started")
    printed_count: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    error: Mapped[str] = mapped_column(String(1000), nullable=False, server_default="")
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
