"""Shipping repositories. A shipment is seen by the sender's subtree and by the receiver's; the
sender's side changes it, the receiver's side receives it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec
from server.core.repository import Repository, subtree_ids
from server.orders.models import ExceptionalShipment, SalesOrder
from server.shipping.models import Discrepancy, Shipment
from server.warehouse.models import Warehouse

Sender = aliased(Organisation, name="sender")
Receiver = aliased(Organisation, name="receiver")
ToWarehouse = aliased(Warehouse, name="to_warehouse")
Creator = aliased(User, name="creator")
Shipper = aliased(User, name="shipper")


class ShipmentRepository(Repository[Shipment]):
    model = Shipment
    entity = "shipment"

    def base(self) -> Select[Any]:
        p = self.ctx.user
        mine = subtree_ids(p.tenant_id, p.org_path)
        return select(Shipment).where(
            Shipment.tenant_id == p.tenant_id,
            or_(Shipment.org_id.in_(mine), Shipment.customer_org_id.in_(mine)))

    def outgoing(self) -> Any:
        """True for rows the caller's side sends."""
        p = self.ctx.user
        return Shipment.org_id.in_(subtree_ids(p.tenant_id, p.org_path))

    def list_spec(self) -> ListSpec:
        s = Shipment
        direction = case((self.outgoing(), "out"), else_="in")
        return ListSpec(
            fields={"id": s.id, "kind": s.kind, "status": s.status,
                    "warehouse_id": s.warehouse_id, "org_id": s.org_id,
                    "customer_org_id": s.customer_org_id, "order_id": s.order_id,
                    "exceptional_id": s.exceptional_id, "direction": direction,
                    "shipped_at": s.shipped_at, "created_at": s.created_at,
                    "shipment_no": s.shipment_no},
            search=(s.shipment_no, s.vehicle, s.driver, s.note, Receiver.name, Sender.name,
                    SalesOrder.order_no),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Shipments with sender, warehouse, receiver, order, request, creator and shipper,
        open discrepancies, and whether the caller's side sends it."""
        open_issues = (select(func.count()).select_from(Discrepancy)
                       .where(Discrepancy.shipment_id == Shipment.id,
                              Discrepancy.status == "open").scalar_subquery())
        return (self.base()
                .join(Sender, Sender.id == Shipment.org_id)
                .outerjoin(Warehouse, Warehouse.id == Shipment.warehouse_id)
                .outerjoin(Receiver, Receiver.id == Shipment.customer_org_id)
                .outerjoin(ToWarehouse, ToWarehouse.id == Shipment.to_warehouse_id)
                .outerjoin(SalesOrder, SalesOrder.id == Shipment.order_id)
                .outerjoin(ExceptionalShipment,
                           ExceptionalShipment.id == Shipment.exceptional_id)
                .join(Creator, Creator.id == Shipment.created_by_id)
                .outerjoin(Shipper, Shipper.id == Shipment.shipped_by_id)
                .add_columns(Sender.name, Warehouse.name, Receiver.name, Receiver.region_code,
                             ToWarehouse.name, SalesOrder.order_no,
                             ExceptionalShipment.request_no, ExceptionalShipment.reason,
                             Creator.display_name, Creator.username, Shipper.display_name,
                             Shipper.username, open_issues, self.outgoing()))

    def sender_side(self, shipment: Shipment) -> None:
        """OUT_OF_SCOPE unless the caller's subtree sends it."""
        self.org_in_scope(shipment.org_id)

    def receiver_side(self, shipment: Shipment) -> Organisation:
        """The receiver, when the caller's subtree is (or holds) it; OUT_OF_SCOPE otherwise."""
        if shipment.customer_org_id is None:
            raise DomainError(Reason.OUT_OF_SCOPE, field="shipment_id")
        return self.org_in_scope(shipment.customer_org_id)


class DiscrepancyRepository(Repository[Discrepancy]):
    """Discrepancies are seen with their shipment (sender's or receiver's side)."""

    model = Discrepancy
    entity = "discrepancy"

    def base(self) -> Select[Any]:
        p = self.ctx.user
        mine = subtree_ids(p.tenant_id, p.org_path)
        return (select(Discrepancy).join(Shipment, Shipment.id == Discrepancy.shipment_id)
                .where(Discrepancy.tenant_id == p.tenant_id,
                       or_(Shipment.org_id.in_(mine), Shipment.customer_org_id.in_(mine))))

    def list_spec(self) -> ListSpec:
        d = Discrepancy
        return ListSpec(fields={"id": d.id, "shipment_id": d.shipment_id, "status": d.status,
                                "kind": d.kind, "created_at": d.created_at},
                        search=(Shipment.shipment_no,), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        resolver = aliased(User, name="resolver")
        return (self.base()
                .join(Sender, Sender.id == Shipment.org_id)
                .outerjoin(Receiver, Receiver.id == Shipment.customer_org_id)
                .outerjoin(resolver, resolver.id == Discrepancy.resolved_by_id)
                .add_columns(Shipment.shipment_no, Sender.name, Receiver.name,
                             resolver.display_name, resolver.username))
