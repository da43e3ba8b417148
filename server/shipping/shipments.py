"""Shipments (发货单): made against a sales order, an approved exceptional shipment, or (onward
flow) to a dealer or store below, to another warehouse, back up the chain; scanned while draft,
confirmed once (confirm.py), cancelled before that. Only the sender's side changes one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from server.accounts.models import Organisation
from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import text
from server.orders.exceptional import ExceptionalShipmentService
from server.orders.models import SalesOrder
from server.orders.numbers import next_number
from server.orders.repository import SalesOrderRepository
from server.packing import tree
from server.shipping import progress, targets
from server.shipping.models import SHIPMENT_KINDS, Shipment, ShipmentLine, ShipmentUnit
from server.shipping.repository import ShipmentRepository
from server.stock import ops, places
from server.stock.reading import Reader
from server.stock.units import stored
from shared.pb import common_pb2, stock_pb2

SHIPPABLE_ORDER = ("confirmed", "partly_shipped")
NO_WAREHOUSE_KINDS = frozenset({"store", "dealer"})
HEADER = ("vehicle", "driver", "driver_phone", "handler", "note")
LIMITS = {"vehicle": 32, "driver": 64, "driver_phone": 40, "handler": 64, "note": 500}


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ShipmentInput:
    kind: str
    warehouse_id: int = 0
    from_org_id: int = 0
    order_id: int = 0
    exceptional_id: int = 0
    customer_org_id: int = 0
    to_warehouse_id: int = 0
    header: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ShipmentView:
    row: Any
    progress: list[stock_pb2.ProgressLine] = field(default_factory=list)
    units: list[stock_pb2.ScannedUnit] = field(default_factory=list)
    lines: list[Any] = field(default_factory=list)


class ShipmentService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.session = ctx.session
        self.repo = ShipmentRepository(ctx)

    # --- reading --------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.session, self.repo.listing(), query, self.repo.list_spec())
        return Page([ShipmentView(r) for r in page.rows], page.info)

    def view(self, shipment_id: int) -> ShipmentView:
        shipment = self.repo.get(shipment_id)
        row = self.session.execute(self.repo.listing().where(Shipment.id == shipment_id)).one()
        reader = Reader(self.ctx, self.keys)
        units = self.session.execute(select(ShipmentUnit).where(
            ShipmentUnit.shipment_id == shipment.id).order_by(ShipmentUnit.id)).scalars().all()
        nodes = {n.id: n for n in tree.by_ids(self.session, self.ctx.tenant_id,
                                              [u.node_id for u in units])}
        shown = [stored(reader, reader.printed(nodes[u.node_id]),
                        (u.level, u.items, u.cases, u.product_id, u.lot_id, True, u.scanned_at))
                 for u in units]
        lines = self.session.execute(select(ShipmentLine).where(
            ShipmentLine.shipment_id == shipment.id).order_by(ShipmentLine.id)).scalars().all()
        line_rows = [(x, reader.product_name(x.product_id), reader.lot_no(x.lot_id))
                     for x in lines]
        return ShipmentView(row, [x.proto() for x in progress.lines(self.ctx, shipment)],
                            shown, line_rows)

    def draft(self, shipment_id: int) -> Shipment:
        """A draft of the caller's side, locked (scans of one shipment take turns)."""
        shipment = self.repo.get(shipment_id, for_update=True)
        self.repo.sender_side(shipment)
        if shipment.status != "draft":
            raise DomainError(Reason.DOCUMENT_NOT_OPEN, document="shipment",
                              number=shipment.shipment_no, status=shipment.status)
        return shipment

    # --- commands -------------------------------------------------------------------------------

    def create(self, data: ShipmentInput, op: str) -> Shipment:
        done = ops.replay(self.ctx, op, "shipment_create")
        if done is not None:
            return self.repo.get(int(done))
        if data.kind not in SHIPMENT_KINDS:
            raise DomainError(Reason.INVALID_VALUE, field="kind", detail=data.kind or "—")
        shipment = Shipment(kind=data.kind, status="draft", created_by_id=self.ctx.user.user_id)
        self._header(shipment, data.header)
        if data.kind == "order":
            self._for_order(shipment, data.order_id)
        elif data.kind == "exceptional":
            request = ExceptionalShipmentService(self.ctx).for_shipping(data.exceptional_id)
            shipment.exceptional_id = request.id
            self._source(shipment, request.warehouse_id, 0)
        else:
            self._source(shipment, data.warehouse_id, data.from_org_id)
            if data.kind == "direct":
                shipment.customer_org_id = targets.direct_customer(
                    self.ctx, shipment.org_id, data.customer_org_id).id
            elif data.kind == "return":
                shipment.customer_org_id = targets.return_target(
                    self.ctx, shipment.org_id, data.customer_org_id).id
            else:
                target = targets.transfer_target(self.ctx, shipment.org_id,
                                                 shipment.warehouse_id, data.to_warehouse_id)
                shipment.to_warehouse_id, shipment.customer_org_id = target.id, target.org_id
        shipment.shipment_no = next_number(self.ctx, "shipment", "SH")
        self.repo.add(shipment, code=shipment.shipment_no, field="shipment_no")
        self.ctx.record("shipment", shipment.id, None, {
            "shipment_no": shipment.shipment_no, "kind": shipment.kind,
            "warehouse_id": shipment.warehouse_id, "customer_org_id": shipment.customer_org_id,
            "order_id": shipment.order_id, "exceptional_id": shipment.exceptional_id},
            action="create")
        ops.record(self.ctx, op, str(shipment.id).encode())
        return shipment

    def _for_order(self, shipment: Shipment, order_id: int) -> None:
        if not order_id:
            raise DomainError(Reason.REQUIRED, field="order_id")
        orders = SalesOrderRepository(self.ctx)
        order = orders.get(order_id)
        orders.org_in_scope(order.org_id)  # the seller's side ships
        check_order(order)
        shipment.order_id, shipment.customer_org_id = order.id, order.customer_org_id
        self._source(shipment, order.warehouse_id, 0)

    def _source(self, shipment: Shipment, warehouse_id: int, org_id: int) -> None:
        """Ships from a warehouse in scope, or (no warehouse) from a store's or dealer's own
        stock."""
        if warehouse_id or not org_id:
            wh = places.warehouse(self.ctx, warehouse_id)
            shipment.warehouse_id, shipment.org_id = wh.id, wh.org_id
            return
        org: Organisation = self.repo.org_in_scope(org_id)
        if org.kind not in NO_WAREHOUSE_KINDS:
            raise DomainError(Reason.REQUIRED, field="warehouse_id")
        shipment.warehouse_id, shipment.org_id = None, org.id

    def _header(self, shipment: Shipment, header: dict[str, str]) -> None:
        for key in HEADER:
            if key in header:
                setattr(shipment, key, text(header[key], key, max_len=LIMITS[key]))

    def update(self, shipment_id: int, header: dict[str, str]) -> Shipment:
        shipment = self.draft(shipment_id)
        before = {k: getattr(shipment, k) for k in HEADER}
        self._header(shipment, header)
        self.repo.flush()
        self.ctx.record("shipment", shipment.id, before, {k: getattr(shipment, k) for k in HEADER},
                        action="update")
        return shipment

    def cancel(self, shipment_id: int, reason: str, op: str) -> Shipment:
        done = ops.replay(self.ctx, op, "shipment_cancel")
        if done is not None:
            return self.repo.get(int(done))
        shipment = self.repo.get(shipment_id, for_update=True)
        self.repo.sender_side(shipment)
        if shipment.status != "cancelled":
            if shipment.status != "draft":
                raise DomainError(Reason.DOCUMENT_NOT_OPEN, document="shipment",
                                  number=shipment.shipment_no, status=shipment.status)
            shipment.status, shipment.cancelled_at = "cancelled", now()
            shipment.cancel_reason = text(reason, "cancel_reason", max_len=500)
            self.session.query(ShipmentUnit).filter(
                ShipmentUnit.shipment_id == shipment.id).update({"reserved": False})
            self.repo.flush()
            self.ctx.record("shipment", shipment.id, {"status": "draft"},
                            {"status": "cancelled", "reason": shipment.cancel_reason},
                            action="cancel")
        ops.record(self.ctx, op, str(shipment.id).encode())
        return shipment


def check_order(order: SalesOrder) -> None:
    """Only confirmed orders not fully shipped ship (ORDER_NOT_CONFIRMED)."""
    if order.status not in SHIPPABLE_ORDER:
        raise DomainError(Reason.ORDER_NOT_CONFIRMED, order_no=order.order_no,
                          status=order.status)
