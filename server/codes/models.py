"""Code tables. A batch is one row however many codes it holds; what happens to its codes is kept
as ranges (`code_range`, a partition of the batch's serials into runs of equal state, split as
range changes arrive), an event log (`code_event`), and per-code rows (`code_unit`) only for codes
changed one by one. Nothing is written per code at issuance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

LEVELS = ("item", "case", "pallet")
FORMATS = ("digits", "short", "gs1")
ROLL_UNITS = ("roll", "pack", "sheet")
EVENT_KINDS = ("allocate", "activate", "void")


def _org_fk() -> Mapped[int]:
    return mapped_column(BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"),
                         nullable=False, index=True)


class CodeKey(Base, TenantMixin):
    """A tenant's secret keys, sealed (AES-256-GCM) under the server's master key."""

    __tablename__ = "code_key"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    verification_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    master_key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())


class CodeSettings(Base, TenantMixin):
    """A tenant's code settings; the row also numbers the tenant's batches."""

    __tablename__ = "code_settings"
    __table_args__ = (
        UniqueConstraint("tenant_id"),
        CheckConstraint("sscc_extension_digit BETWEEN 0 AND 9", name="sscc_extension_digit"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    gateway_base_url: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    digital_link: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    gs1_company_prefix: Mapped[str] = mapped_column(String(10), nullable=False,
                                                    server_default="")
    sscc_extension_digit: Mapped[int] = mapped_column(Integer, nullable=False,
                                                      server_default="0")
    batches_issued: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now(), onupdate=func.now())


class CodeSpace(Base, TenantMixin):
    """The sequence allocator of one code space (see codes.formats): batches take disjoint
    ranges [seq_start, seq_start + count) from `next_seq`, under this row's lock."""

    __tablename__ = "code_space"
    __table_args__ = (UniqueConstraint("tenant_id", "space"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    space: Mapped[str] = mapped_column(String(40), nullable=False)
    next_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


class CodeBatch(Base, TenantMixin, TimestampMixin):
    """A code batch: sequence numbers seq_start .. seq_start + count - 1 of one space, serials
    1 .. count. URL form and GTIN are fixed at issuance: reprints must print the same codes."""

    __tablename__ = "code_batch"
    __table_args__ = (
        UniqueConstraint("tenant_id", "batch_no"),
        # Lookup: the batch holding a sequence number is the last one starting at or before it.
        UniqueConstraint("tenant_id", "space", "seq_start"),
        Index("uq_code_batch_tenant_id_operation_id", "tenant_id", "operation_id", unique=True,
              postgresql_where=text("operation_id <> ''")),
        CheckConstraint(f"level IN {LEVELS!r}", name="level"),
        CheckConstraint(f"format IN {FORMATS!r}", name="format"),
        CheckConstraint(f"roll_unit IN {ROLL_UNITS!r}", name="roll_unit"),
        CheckConstraint("count > 0 AND seq_start >= 0", name="range"),
        CheckConstraint("labels_per_roll > 0", name="labels_per_roll"),
        CheckConstraint("verification_digits = 0 OR verification_digits BETWEEN 4 AND 8",
                        name="verification_digits"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    owner_org_id: Mapped[int] = _org_fk()
    batch_no: Mapped[str] = mapped_column(String(32), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    format: Mapped[str] = mapped_column(String(16), nullable=False)
    length: Mapped[int] = mapped_column(Integer, nullable=False)
    space: Mapped[str] = mapped_column(String(40), nullable=False)
    seq_start: Mapped[int] = mapped_column(BigInteger, nullable=False)
    count: Mapped[int] = mapped_column(BigInteger, nullable=False)
    product_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=True, index=True)
    gtin: Mapped[str] = mapped_column(String(14), nullable=False, server_default="")
    url_base: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    digital_link: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    verification_digits: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    labels_per_roll: Mapped[int] = mapped_column(Integer, nullable=False)
    roll_unit: Mapped[str] = mapped_column(String(16), nullable=False, server_default="roll")
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    operation_id: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)


class CodeEvent(Base, TenantMixin):
    """One allocation, activation or void, over serials first..last of a batch (a range), or
    over `code_count` listed codes of it (by_list; first/last then bound them). `org_id` is the
    receiving factory for an allocation, the acting user's organisation otherwise."""

    __tablename__ = "code_event"
    __table_args__ = (
        CheckConstraint(f"kind IN {EVENT_KINDS!r}", name="kind"),
        CheckConstraint("first_serial >= 1 AND last_serial >= first_serial", name="serials"),
        Index("ix_code_event_tenant_batch", "tenant_id", "batch_id", "id"),
        Index("ix_code_event_tenant_operation", "tenant_id", "operation_id",
              postgresql_where=text("operation_id <> ''")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("code_batch.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    by_list: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    first_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    code_count: Mapped[int] = mapped_column(BigInteger, nullable=False)
    skipped: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    org_id: Mapped[int] = _org_fk()
    product_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=True, index=True)
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=True,
        index=True)
    reason: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    operation_id: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())


class CodeRange(Base, TenantMixin):
    """A run of serials of one batch in the same state. A batch's ranges partition 1..count;
    a range change splits at most two of them and updates those inside, so one index probe
    finds any serial's state however many codes and events there are."""

    __tablename__ = "code_range"
    __table_args__ = (
        UniqueConstraint("tenant_id", "batch_id", "first_serial"),
        CheckConstraint("first_serial >= 1 AND last_serial >= first_serial", name="serials"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("code_batch.id", ondelete="CASCADE"), nullable=False, index=True)
    first_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    allocated_org_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=True, index=True)
    allocate_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    activate_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    void_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class CodeUnit(Base):
    """One code changed by itself (listed codes; later packing and scans). Its state combines
    with its range's: voided if either is, activated by whichever activation is newer."""

    __tablename__ = "code_unit"

    # The tenant leads the key (TenantMixin's column is not part of a primary key).
    tenant_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("code_batch.id", ondelete="CASCADE"), primary_key=True)
    serial: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    activate_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    void_event_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
