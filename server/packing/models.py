"""Packing tables. `pack_node` is the current tree: one row per code that ever took part in an
aggregation, with a parent pointer and the top-most container (`root_id`) kept beside it, so
"where is this bottle" and "what is under this pallet" are one index probe each. `pack_event` is
the append-only, per-tenant hash-chained history (EPCIS AggregationEvent shaped); `pack_chain`
holds each tenant's chain head. `pack_run` is a collection record; `pack_op` the journal of
commands by operation id (idempotency and undo)."""

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
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin

LEVELS = ("item", "case", "pallet")
SOURCES = ("station", "collector")
RUN_STATUSES = ("open", "closed", "deleted")
PALLET_ENDS = ("", "keep_open", "submitted")
ACTIONS = ("add", "delete")
BIZ_STEPS = ("packing", "unpacking", "replacing")
OP_KINDS = ("item", "close_case", "add_case", "close_pallet", "link_range", "undo",
            "start_run", "end_run", "change_product", "delete_run", "disaggregate", "replace",
            "record")


class PackSettings(Base, TenantMixin):
    """A tenant's packing rules."""

    __tablename__ = "pack_settings"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    allow_mixed_lots: Mapped[bool] = mapped_column(Boolean, nullable=False,
                                                   server_default="false")
    allow_mixed_products: Mapped[bool] = mapped_column(Boolean, nullable=False,
                                                       server_default="false")


class PackRun(Base, TenantMixin):
    """A collection record (采集记录): what one station or line collector packed for one line,
    product and lot. Counters are what the run packed (undo and deleting the run take back)."""

    __tablename__ = "pack_run"
    __table_args__ = (
        CheckConstraint(f"source IN {SOURCES!r}", name="source"),
        CheckConstraint(f"status IN {RUN_STATUSES!r}", name="status"),
        CheckConstraint(f"pallet_end IN {PALLET_ENDS!r}", name="pallet_end"),
        CheckConstraint("items_per_case > 0 AND cases_per_pallet >= 0", name="spec"),
        Index("ix_pack_run_tenant_line_station", "tenant_id", "line_id", "station", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True)
    line_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("production_line.id", ondelete="RESTRICT"), nullable=False,
        index=True)
    station: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=False, index=True)
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=True,
        index=True)
    items_per_case: Mapped[int] = mapped_column(Integer, nullable=False)
    cases_per_pallet: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="open")
    pallet_end: Mapped[str] = mapped_column(String(16), nullable=False, server_default="")
    items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    pallets: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
    uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)


class PackNode(Base, TenantMixin):
    """A code in the packing tree. `parent_id` is its case or pallet, `root_id` the top-most
    container above it (NULL for both when nothing holds it): a bottle's whereabouts are its
    root's. `pending_run_id` marks a code in a station's open case or open pallet."""

    __tablename__ = "pack_node"
    __table_args__ = (
        UniqueConstraint("tenant_id", "batch_id", "serial"),
        CheckConstraint(f"level IN {LEVELS!r}", name="level"),
        CheckConstraint("child_count >= 0", name="child_count"),
        Index("ix_pack_node_tenant_parent", "tenant_id", "parent_id",
              postgresql_where=text("parent_id IS NOT NULL")),
        Index("ix_pack_node_tenant_root", "tenant_id", "root_id",
              postgresql_where=text("root_id IS NOT NULL")),
        Index("ix_pack_node_tenant_pending", "tenant_id", "pending_run_id",
              postgresql_where=text("pending_run_id IS NOT NULL")),
        Index("ix_pack_node_tenant_run", "tenant_id", "run_id",
              postgresql_where=text("run_id IS NOT NULL")),
        Index("ix_pack_node_tenant_lot", "tenant_id", "lot_id",
              postgresql_where=text("lot_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("code_batch.id", ondelete="RESTRICT"), nullable=False)
    serial: Mapped[int] = mapped_column(BigInteger, nullable=False)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("pack_node.id", ondelete="RESTRICT"), nullable=True)
    root_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    pending_run_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    run_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    child_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    fuzzy: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    short: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    virtual: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    packed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class PackEvent(Base, TenantMixin):
    """One aggregation change (EPCIS AggregationEvent): what (parent, children), when (event and
    record time), where (read point = line/station, business location = factory), why (biz step,
    reason), who (user, run). `hash` = SHA-256(prev_hash ‖ canonical event): see chain.py."""

    __tablename__ = "pack_event"
    __table_args__ = (
        UniqueConstraint("tenant_id", "seq"),
        CheckConstraint(f"action IN {ACTIONS!r}", name="action"),
        CheckConstraint(f"biz_step IN {BIZ_STEPS!r}", name="biz_step"),
        Index("ix_pack_event_tenant_parent", "tenant_id", "parent_id"),
        Index("ix_pack_event_children", "child_ids", postgresql_using="gin"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    biz_step: Mapped[str] = mapped_column(String(16), nullable=False)
    parent_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    child_ids: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), nullable=False)
    event_time: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    record_time: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                  server_default=func.now())
    org_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    line_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    station: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    run_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reason: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class PackChain(Base):
    """Each tenant's chain head: the last event's number and hash (locked to append)."""

    __tablename__ = "pack_chain"

    tenant_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    last_hash: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class PackOp(Base, TenantMixin):
    """A command applied, by operation id: its first response is returned to repeats; scans
    are the run's journal that Undo walks back."""

    __tablename__ = "pack_op"
    __table_args__ = (
        CheckConstraint(f"kind IN {OP_KINDS!r}", name="kind"),
        Index("uq_pack_op_tenant_id_operation_id", "tenant_id", "operation_id", unique=True,
              postgresql_where=text("operation_id <> ''")),
        Index("ix_pack_op_tenant_run", "tenant_id", "run_id", "id",
              postgresql_where=text("run_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    operation_id: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    run_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    node_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    undone: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    response: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
