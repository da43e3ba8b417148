"""Shipping tables: shipments (发货单) with the codes scanned into them, what they carried per
product and lot (written when confirmed), and discrepancies found when they are received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

# order: against a sales order; direct: to a dealer or store below without an order (onward
# flow); transfer: to another warehouse of one's own side; return: back up the chain (退货);
# exceptional: an approved exceptional shipment (异常出库), to nobody.
SHIPMENT_KINDS = ("order", "direct", "transfer", "return", "exceptional")
SHIPMENT_STATUSES = ("draft", "shipped", "received", "received_short", "cancelled")
DISCREPANCY_KINDS = ("missing", "extra")
DISCREPANCY_STATUSES = ("open", "resolved")


def _fk(table: str, *, nullable: bool = True, index: bool = False) -> Mapped[int | None]:
    return mapped_column(BigInteger, ForeignKey(f"{table}.id", ondelete="RESTRICT"),
                         nullable=nullable, index=index)


class Shipment(Base, TenantMixin, TimestampMixin):
    """A shipment (发货单) from one warehouse: scanned while draft, confirmed once (the goods
    leave: in transit to the receiver, or gone for an exceptional shipment), received by the
    receiver. `org_id` is the sender (the warehouse's organisation)."""

    __tablename__ = "shipment"
    __table_args__ = (
        UniqueConstraint("tenant_id", "shipment_no"),
        CheckConstraint(f"kind IN {SHIPMENT_KINDS!r}", name="kind"),
        CheckConstraint(f"status IN {SHIPMENT_STATUSES!r}", name="status"),
        Index("ix_shipment_tenant_customer", "tenant_id", "customer_org_id"),
        Index("ix_shipment_tenant_order", "tenant_id", "order_id",
              postgresql_where=text("order_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    shipment_no: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False,
        index=True)
    # The shipping warehouse; none when the sender keeps no warehouse (a store returning goods).
    warehouse_id: Mapped[int | None] = _fk("warehouse", index=True)
    customer_org_id: Mapped[int | None] = _fk("organisation")
    to_warehouse_id: Mapped[int | None] = _fk("warehouse")
    order_id: Mapped[int | None] = _fk("sales_order")
    exceptional_id: Mapped[int | None] = _fk("exceptional_shipment", index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="draft")
    vehicle: Mapped[str] = mapped_column(String(32), nullable=False, server_default="")
    driver: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    driver_phone: Mapped[str] = mapped_column(String(40), nullable=False, server_default="")
    handler: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    pallets: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False)
    shipped_by_id: Mapped[int | None] = _fk("app_user")
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")


class ShipmentUnit(Base, TenantMixin):
    """A code scanned into a shipment: the node (pallet, case or item) and the holding it was
    taken from (`top_id`). `reserved` while the shipment is a draft: a code is in one draft at
    a time (the partial unique key is where two handhelds racing for it meet)."""

    __tablename__ = "shipment_unit"
    __table_args__ = (
        UniqueConstraint("shipment_id", "node_id"),
        Index("uq_shipment_unit_tenant_reserved_node", "tenant_id", "node_id", unique=True,
              postgresql_where=text("reserved")),
        Index("ix_shipment_unit_tenant_reserved_top", "tenant_id", "top_id",
              postgresql_where=text("reserved")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("shipment.id", ondelete="CASCADE"), nullable=False)
    node_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    top_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reserved: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())


class ShipmentLine(Base, TenantMixin):
    """What a confirmed shipment carried of one product and lot (the 发货清单)."""

    __tablename__ = "shipment_line"
    __table_args__ = (
        Index("ix_shipment_line_shipment", "shipment_id"),
        Index("ix_shipment_line_tenant_lot", "tenant_id", "lot_id",
              postgresql_where=text("lot_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("shipment.id", ondelete="CASCADE"), nullable=False)
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=False)
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=True)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


class Discrepancy(Base, TenantMixin, TimestampMixin):
    """Found at receipt and reported to the sender: a code shipped but not received (missing),
    or received but not on the shipment (extra)."""

    __tablename__ = "shipment_discrepancy"
    __table_args__ = (
        CheckConstraint(f"kind IN {DISCREPANCY_KINDS!r}", name="kind"),
        CheckConstraint(f"status IN {DISCREPANCY_STATUSES!r}", name="status"),
        Index("ix_shipment_discrepancy_shipment", "shipment_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("shipment.id", ondelete="CASCADE"), nullable=False)
    receipt_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    node_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    status: Mapped[str] = mapped_column(String(8), nullable=False, server_default="open")
    resolution: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    resolved_by_id: Mapped[int | None] = _fk("app_user")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
