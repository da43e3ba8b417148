"""Stock tables. A holding (`stock_holding`) is one **top node** of the packing tree (a pallet,
a case on no pallet, a loose item) in someone's hands: holder organisation, warehouse, location
and state. Everything under a top is where the top is (design decision 2), so shipping a
40-case pallet changes one holding row. `stock_content` is what a holding holds per product and
lot (items and cases), kept right when containers are broken or merged, so inventory and recall
read the few holdings instead of millions of items. `stock_move` is the log of every movement
(EPCIS ObjectEvent shaped: what, when, from where to where, why, who); `goods_receipt` the
receipt documents (入库单); `stock_op` the journal of commands by operation id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    LargeBinary,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, TenantMixin, TimestampMixin

HOLDING_STATES = ("in_stock", "in_transit", "sold", "out")
CONDITIONS = ("ok", "damaged")
MOVE_KINDS = ("receipt", "move", "ship", "receive", "sell", "exceptional", "exchange_in",
              "exchange_out")
RECEIPT_KINDS = ("production", "shipment")
RECEIPT_STATUSES = ("open", "confirmed", "cancelled")
LEVELS = ("item", "case", "pallet")


def _fk(table: str, *, nullable: bool = True, index: bool = False,
        ondelete: str = "RESTRICT") -> Mapped[int | None]:
    return mapped_column(BigInteger, ForeignKey(f"{table}.id", ondelete=ondelete),
                         nullable=nullable, index=index)


class StockHolding(Base, TenantMixin):
    """A top node in someone's hands. `org_id` holds it (the sender while in transit, the store
    that sold it once sold); `shipment_id` is the shipment carrying it while in transit."""

    __tablename__ = "stock_holding"
    __table_args__ = (
        CheckConstraint(f"state IN {HOLDING_STATES!r}", name="state"),
        CheckConstraint(f"condition IN {CONDITIONS!r}", name="condition"),
        CheckConstraint(f"level IN {LEVELS!r}", name="level"),
        Index("ix_stock_holding_tenant_org_state", "tenant_id", "org_id", "state"),
        Index("ix_stock_holding_tenant_warehouse", "tenant_id", "warehouse_id", "state",
              postgresql_where=text("warehouse_id IS NOT NULL")),
        Index("ix_stock_holding_tenant_shipment", "tenant_id", "shipment_id",
              postgresql_where=text("shipment_id IS NOT NULL")),
        Index("ix_stock_holding_tenant_recall", "tenant_id", "recall_id",
              postgresql_where=text("recall_id IS NOT NULL")),
    )

    node_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("pack_node.id", ondelete="RESTRICT"), primary_key=True)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False)
    warehouse_id: Mapped[int | None] = _fk("warehouse")
    location_id: Mapped[int | None] = _fk("warehouse_location", index=True)
    shipment_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    condition: Mapped[str] = mapped_column(String(8), nullable=False, server_default="ok")
    out_reason: Mapped[str] = mapped_column(String(16), nullable=False, server_default="")
    recall_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                            server_default=func.now())


class StockContent(Base, TenantMixin):
    """What a holding holds of one product and lot: items, and cases among them."""

    __tablename__ = "stock_content"
    __table_args__ = (
        ForeignKeyConstraint(["node_id"], ["stock_holding.node_id"], ondelete="CASCADE",
                             name="fk_stock_content_node_id_stock_holding"),
        Index("ix_stock_content_tenant_node", "tenant_id", "node_id"),
        Index("ix_stock_content_tenant_lot", "tenant_id", "lot_id",
              postgresql_where=text("lot_id IS NOT NULL")),
        Index("ix_stock_content_tenant_product", "tenant_id", "product_id"),
        CheckConstraint("items >= 0 AND cases >= 0", name="counts"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    node_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    product_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product.id", ondelete="RESTRICT"), nullable=False)
    lot_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("production_lot.id", ondelete="RESTRICT"), nullable=True)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


class StockMove(Base, TenantMixin):
    """One movement of a holding (what, when, from where to where, why, who)."""

    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint(f"kind IN {MOVE_KINDS!r}", name="kind"),
        Index("ix_stock_move_tenant_node", "tenant_id", "node_id", "at"),
        Index("ix_stock_move_tenant_to_org", "tenant_id", "to_org_id", "at"),
        Index("ix_stock_move_tenant_from_org", "tenant_id", "from_org_id", "at"),
        Index("ix_stock_move_tenant_shipment", "tenant_id", "shipment_id",
              postgresql_where=text("shipment_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    node_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    org_id: Mapped[int] = mapped_column(BigInteger, nullable=False)  # who acted
    from_org_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    from_warehouse_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    from_location_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_org_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_warehouse_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_location_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    shipment_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    receipt_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    reason: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    salesperson: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")


class GoodsReceipt(Base, TenantMixin, TimestampMixin):
    """A receipt (入库单): goods from production into a factory warehouse, or a shipment's
    goods into the receiver's stock. Scanned units are listed until confirmed."""

    __tablename__ = "goods_receipt"
    __table_args__ = (
        UniqueConstraint("tenant_id", "receipt_no"),
        CheckConstraint(f"kind IN {RECEIPT_KINDS!r}", name="kind"),
        CheckConstraint(f"status IN {RECEIPT_STATUSES!r}", name="status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organisation.id", ondelete="RESTRICT"), nullable=False,
        index=True)
    warehouse_id: Mapped[int | None] = _fk("warehouse")
    location_id: Mapped[int | None] = _fk("warehouse_location", index=True)
    shipment_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    run_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="open")
    note: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    items: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    pallets: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_by_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class GoodsReceiptUnit(Base, TenantMixin):
    """A code scanned into a receipt (with what it held when scanned)."""

    __tablename__ = "goods_receipt_unit"
    __table_args__ = (UniqueConstraint("receipt_id", "node_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("goods_receipt.id", ondelete="CASCADE"), nullable=False)
    node_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    level: Mapped[str] = mapped_column(String(8), nullable=False)
    items: Mapped[int] = mapped_column(BigInteger, nullable=False)
    cases: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    product_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    lot_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    expected: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())


class StockOp(Base, TenantMixin):
    """A stock or shipping command applied, by operation id, with its first response."""

    __tablename__ = "stock_op"
    __table_args__ = (
        Index("uq_stock_op_tenant_id_operation_id", "tenant_id", "operation_id", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    operation_id: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    response: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False,
                                                 server_default=func.now())
