"""Warehouses, their locations (库位) and low-stock warning settings (stock comes with part B of
the warehousing issue)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin


class Warehouse(Base, TenantMixin, TimestampMixin):
    """A stock-holding place run by one organisation."""

    # Codes are unique per organisation: choosing one never reveals another's warehouses.

    __tablename__ = "warehouse"
    __table_args__ = (UniqueConstraint("tenant_id", "org_id", "code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    address: Mapped[str] = mapped_column(String(300), nullable=False, server_default="")
    region_code: Mapped[str] = mapped_column(String(6), nullable=False, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class WarehouseLocation(Base, TenantMixin, TimestampMixin):
    """A storage place inside a warehouse (库位), e.g. zone A, rack 01, level 03."""

    # Seen through its warehouse's organisation; stock put away to it comes with part B, whose
    # foreign keys then make deleting a used location IN_USE.

    __tablename__ = "warehouse_location"
    __table_args__ = (UniqueConstraint("tenant_id", "warehouse_id", "code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("warehouse.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    zone: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class StockAlert(Base, TenantMixin):
    """A low-stock warning threshold (库存预警值) for one product at one dealer or store, set by
    the organisation itself or one above it."""

    __tablename__ = "stock_alert"
    __table_args__ = (
        UniqueConstraint("tenant_id", "org_id", "product_id"),
        CheckConstraint("min_items > 0", name="min_items"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="CASCADE"), nullable=False, index=True
    )
    min_items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    updated_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )
