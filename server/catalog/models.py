"""Catalogue tables: product categories (with custom field definitions), products, images."""

from __future__ import annotations

from datetime import datetime
from typing import Any

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
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

FIELD_TYPES = ("text", "number", "date", "boolean", "choice")
FIELD_SCOPES = ("product", "lot")
IMAGE_MIMES = ("image/png", "image/jpeg")


class ProductCategory(Base, TenantMixin, TimestampMixin):
    """A category of products with its custom field definitions (JSON, see catalog.fields)."""

    __tablename__ = "product_category"
    __table_args__ = (UniqueConstraint("tenant_id", "code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    owner_org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False,
                                                         server_default=text("'[]'::jsonb"))


class Product(Base, TenantMixin, TimestampMixin):
    """A trade item. `gtin` is the GTIN-14 form ('' when the product has none)."""

    __tablename__ = "product"
    __table_args__ = (
        UniqueConstraint("tenant_id", "code"),
        # A GTIN names one trade item: at most one product of a tenant carries it.
        Index("uq_product_tenant_id_gtin", "tenant_id", "gtin", unique=True,
              postgresql_where=text("gtin <> ''")),
        CheckConstraint("items_per_case > 0", name="items_per_case"),
        CheckConstraint("cases_per_pallet > 0", name="cases_per_pallet"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    owner_org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    category_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product_category.id", ondelete="RESTRICT"), nullable=False,
        index=True,
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    spec: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    gtin: Mapped[str] = mapped_column(String(14), nullable=False, server_default="")
    barcode: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    colour_no: Mapped[str] = mapped_column(String(32), nullable=False, server_default="")
    unit: Mapped[str] = mapped_column(String(16), nullable=False, server_default="")
    items_per_case: Mapped[int] = mapped_column(Integer, nullable=False)
    cases_per_pallet: Mapped[int] = mapped_column(Integer, nullable=False)
    custom: Mapped[dict[str, str]] = mapped_column(JSONB, nullable=False,
                                                   server_default=text("'{}'::jsonb"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class ProductImage(Base, TenantMixin):
    """A product's picture, kept apart so that listing products never reads image bytes."""

    __tablename__ = "product_image"
    __table_args__ = (CheckConstraint(f"mime IN {IMAGE_MIMES!r}", name="mime"),)

    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="CASCADE"), primary_key=True
    )
    mime: Mapped[str] = mapped_column(String(32), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )
