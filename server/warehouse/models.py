"""Warehouse table (locations and stock come with the warehousing issue)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, UniqueConstraint
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
