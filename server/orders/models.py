"""Sales orders with their lines, exceptional shipment requests with theirs, document numbers
and the operation ids that make repeated commands apply once."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

ORDER_STATUSES = ("draft", "confirmed", "partly_shipped", "shipped", "closed", "cancelled")
ORDER_SOURCES = ("client", "import", "erp")
UNITS = ("item", "case")
EXCEPTIONAL_REASONS = ("staff_welfare", "gift", "sample", "other")
EXCEPTIONAL_STATUSES = ("requested", "approved", "rejected", "withdrawn", "shipped")
OPERATION_KINDS = ("create_order", "import_orders", "upsert_order", "create_exceptional")


def _fk(table: str, ondelete: str = "RESTRICT", *, nullable: bool = False,
        index: bool = True) -> Any:
    return mapped_column(BigInteger, ForeignKey(f"{table}.id", ondelete=ondelete),
                         nullable=nullable, index=index)


class SalesOrder(Base, TenantMixin, TimestampMixin):
    """A sales order (销售订单): goods to ship from one warehouse to one dealer or store.
    `org_id` is the seller, the shipping warehouse's organisation (it scopes the order)."""

    __tablename__ = "sales_order"
    __table_args__ = (
        UniqueConstraint("tenant_id", "order_no"),
        CheckConstraint(f"status IN {ORDER_STATUSES!r}", name="status"),
        CheckConstraint(f"source IN {ORDER_SOURCES!r}", name="source"),
        Index("ix_sales_order_tenant_customer", "tenant_id", "customer_org_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    order_no: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    org_id: Mapped[int] = _fk("organisation")
    warehouse_id: Mapped[int] = _fk("warehouse")
    customer_org_id: Mapped[int] = _fk("organisation", index=False)
    requested_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    created_by_id: Mapped[int] = _fk("app_user")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")


class LineColumns:
    """What every line holds: a product and a quantity in `unit`, the same in items (cases ×
    the product's items_per_case at entry) and what has shipped (filled by shipping)."""

    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[int] = _fk("product")
    unit: Mapped[str] = mapped_column(String(8), nullable=False)
    quantity: Mapped[int] = mapped_column(BigInteger, nullable=False)
    quantity_items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    shipped_items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


def _line_checks(parent: str) -> tuple[Any, ...]:
    # One line per product: shipping attributes a scanned unit to its product's line.
    return (UniqueConstraint(parent, "line_no"), UniqueConstraint(parent, "product_id"),
            CheckConstraint(f"unit IN {UNITS!r}", name="unit"),
            CheckConstraint("quantity > 0 AND quantity_items > 0", name="quantity"),
            CheckConstraint("shipped_items >= 0", name="shipped_items"))


class SalesOrderLine(Base, TenantMixin, LineColumns):
    """One product of a sales order."""

    __tablename__ = "sales_order_line"
    __table_args__ = _line_checks("order_id")

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    order_id: Mapped[int] = _fk("sales_order", "CASCADE", index=False)


class ExceptionalShipment(Base, TenantMixin, TimestampMixin):
    """A request to ship goods outside any order (异常出库: staff welfare, gifts, samples not
    returned); shipped only once approved by someone other than the requester."""

    __tablename__ = "exceptional_shipment"
    __table_args__ = (
        UniqueConstraint("tenant_id", "request_no"),
        CheckConstraint(f"reason IN {EXCEPTIONAL_REASONS!r}", name="reason"),
        CheckConstraint(f"status IN {EXCEPTIONAL_STATUSES!r}", name="status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    request_no: Mapped[str] = mapped_column(String(64), nullable=False)
    org_id: Mapped[int] = _fk("organisation")
    warehouse_id: Mapped[int] = _fk("warehouse")
    reason: Mapped[str] = mapped_column(String(16), nullable=False)
    reason_text: Mapped[str] = mapped_column(String(500), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    requested_by_id: Mapped[int] = _fk("app_user")
    decided_by_id: Mapped[int | None] = _fk("app_user", nullable=True, index=False)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decision_comment: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ExceptionalShipmentLine(Base, TenantMixin, LineColumns):
    """One product of an exceptional shipment request."""

    __tablename__ = "exceptional_shipment_line"
    __table_args__ = _line_checks("request_id")

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    request_id: Mapped[int] = _fk("exceptional_shipment", "CASCADE", index=False)


class DocumentCounter(Base):
    """The last number handed out per tenant, document kind and day (SO20261122-0001)."""

    __tablename__ = "document_counter"

    tenant_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class OrderOperation(Base, TenantMixin):
    """An operation id already applied, with what it made: a retry returns that instead of
    applying again. `key` is the ERP order number for upserts; `summary` the import result."""

    __tablename__ = "order_operation"
    __table_args__ = (
        UniqueConstraint("tenant_id", "operation_id"),
        CheckConstraint(f"kind IN {OPERATION_KINDS!r}", name="kind"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    operation_id: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    key: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    entity_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    summary: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False,
                                                    server_default=text("'{}'::jsonb"))
    created_by_id: Mapped[int] = _fk("app_user", index=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
