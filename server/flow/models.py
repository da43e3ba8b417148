"""Recalls (召回): lots called back, with the holdings marked when the recall was made. The
consumer page reads `recall_lot` by the scanned code's lot, so every bottle of a recalled lot
says so, wherever it is."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

RECALL_STATUSES = ("active", "closed")
DEFAULT_NOTICE = "该批次产品已被召回，请停止使用，并联系购买门店或品牌客服办理退换。"


class Recall(Base, TenantMixin, TimestampMixin):
    """A recall of one or more lots, with its reason and what was marked."""

    __tablename__ = "recall"
    __table_args__ = (
        UniqueConstraint("tenant_id", "recall_no"),
        CheckConstraint(f"status IN {RECALL_STATUSES!r}", name="status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    recall_no: Mapped[str] = mapped_column(String(32), nullable=False)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False,
        index=True)
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    public_notice: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    status: Mapped[str] = mapped_column(String(8), nullable=False, server_default="active")
    holdings: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False)


class RecallLot(Base, TenantMixin):
    """A lot named by a recall."""

    __tablename__ = "recall_lot"
    __table_args__ = (
        UniqueConstraint("recall_id", "lot_id"),
        Index("ix_recall_lot_tenant_lot", "tenant_id", "lot_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    recall_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("recall.id", ondelete="CASCADE"), nullable=False)
    lot_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=False)
