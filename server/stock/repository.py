"""Stock repositories: receipts are seen within the subtree of the receiving organisation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.stock.models import GoodsReceipt, GoodsReceiptUnit
from server.warehouse.models import Warehouse, WarehouseLocation

Sender = aliased(Organisation, name="sender")


class ReceiptRepository(Repository[GoodsReceipt]):
    model = GoodsReceipt
    entity = "goods_receipt"

    def list_spec(self) -> ListSpec:
        r = GoodsReceipt
        return ListSpec(
            fields={"id": r.id, "kind": r.kind, "status": r.status, "org_id": r.org_id,
                    "warehouse_id": r.warehouse_id, "shipment_id": r.shipment_id,
                    "created_at": r.created_at, "receipt_no": r.receipt_no,
                    "run_id": r.run_id},
            search=(r.receipt_no, r.note, Warehouse.name, Organisation.name),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Receipts with receiver, warehouse, location, shipment and sender names, creator."""
        from server.shipping.models import Shipment

        return (self.base()
                .join(Organisation, Organisation.id == GoodsReceipt.org_id)
                .outerjoin(Warehouse, Warehouse.id == GoodsReceipt.warehouse_id)
                .outerjoin(WarehouseLocation, WarehouseLocation.id == GoodsReceipt.location_id)
                .outerjoin(Shipment, Shipment.id == GoodsReceipt.shipment_id)
                .outerjoin(Sender, Sender.id == Shipment.org_id)
                .join(User, User.id == GoodsReceipt.created_by_id)
                .add_columns(Organisation.name, Warehouse.name, WarehouseLocation.code,
                             Shipment.shipment_no, Sender.name, User.display_name,
                             User.username))

    def units(self, receipt_id: int) -> list[Any]:
        """(node id, level, items, cases, product, lot, expected, scanned at) in scan order."""
        u = GoodsReceiptUnit
        return list(self.session.execute(
            select(u.node_id, u.level, u.items, u.cases, u.product_id, u.lot_id, u.expected,
                   u.scanned_at).where(u.tenant_id == self.ctx.tenant_id,
                                       u.receipt_id == receipt_id).order_by(u.id)).all())
