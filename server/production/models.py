"""Production tables: lines (run by a factory) and production lots."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin


class ProductionLine(Base, TenantMixin, TimestampMixin):
    """A production line of a factory or licensed factory."""

    # Codes are unique per factory: every factory has its own "L1".

    __tablename__ = "production_line"
    __table_args__ = (UniqueConstraint("tenant_id", "org_id", "code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class ProductionLot(Base, TenantMixin, TimestampMixin):
    """A production lot (GS1 AI 10) of one product, made by one factory, maybe on one line."""

    __tablename__ = "production_lot"
    __table_args__ = (
        UniqueConstraint("tenant_id", "product_id", "lot_no"),
        Index("ix_production_lot_tenant_date", "tenant_id", "production_date"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    line_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_line.id", ondelete="RESTRICT"), nullable=True,
        index=True,
    )
    lot_no: Mapped[str] = mapped_column(String(20), nullable=False)
    production_date: Mapped[date] = mapped_column(Date, nullable=False)
    shift: Mapped[str] = mapped_column(String(32), nullable=False, server_default="")
    custom: Mapped[dict[str, str]] = mapped_column(JSONB, nullable=False,
                                                   server_default=text("'{}'::jsonb"))
