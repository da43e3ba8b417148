"""Shipments (发货单): made against a sales order, an approved exceptional shipment, or (onward
flow) to a dealer or store below, to another warehouse, back up the chain; scanned while draft,
confirmed once (confirm.py), cancelled before that. Only the sender's side changes one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from server.accounts.models import Organisation
from server.codes.keys import KeyStore
from server.core import prepared
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import text
from server.orders.exceptional import ExceptionalShipmentService
from server.orders.models import SalesOrder
from server.orders.numbers import next_number
from server.orders.repository import SalesOrderRepository
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


_VIEW = prepared.Prepared("yima_shipment_view", """
SELECT so.name, w.name, ro.name, ro.region_code, tw.name, o.order_no, x.request_no, x.reason,
       cu.display_name, cu.username, su.display_name, su.username,
       (SELECT count(*) FROM shipment_discrepancy d
        WHERE d.shipment_id = s.id AND d.status = 'open'),
       so.path LIKE :path,
       (SELECT json_agg(json_build_array(u.level, u.items, u.cases, u.product_id, u.lot_id,
                                         extract(epoch FROM u.scanned_at), b.space,
                                         b.seq_start, n.serial, p.name, lot.lot_no,
                                         p.code, p.items_per_case) ORDER BY u.id)
        FROM shipment_unit u JOIN pack_node n ON n.id = u.node_id
        JOIN code_batch b ON b.id = n.batch_id
        LEFT JOIN product p ON p.id = u.product_id
        LEFT JOIN production_lot lot ON lot.id = u.lot_id
        WHERE u.shipment_id = s.id),
       (SELECT json_agg(json_build_array(l.product_id, p.name, l.lot_id, lot.lot_no, l.items,
                                         l.cases) ORDER BY l.id)
        FROM shipment_line l JOIN product p ON p.id = l.product_id
        LEFT JOIN production_lot lot ON lot.id = l.lot_id
        WHERE l.shipment_id = s.id)
FROM shipment s
JOIN organisation so ON so.id = s.org_id
JOIN app_user cu ON cu.id = s.created_by_id
LEFT JOIN warehouse w ON w.id = s.warehouse_id
LEFT JOIN organisation ro ON ro.id = s.customer_org_id
LEFT JOIN warehouse tw ON tw.id = s.to_warehouse_id
LEFT JOIN sales_order o ON o.id = s.order_id
LEFT JOIN exceptional_shipment x ON x.id = s.exceptional_id
LEFT JOIN app_user su ON su.id = s.shipped_by_id
WHERE s.tenant_id = :t AND s.id = :id
  AND (so.path LIKE :path OR coalesce(ro.path LIKE :path, false))""",
    {"t": "bigint", "id": "bigint", "path": "text"})


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
    draft_totals: stock_pb2.DocumentTotals | None = None  # a listed draft's scans so far


class ShipmentService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.session = ctx.session
        self.repo = ShipmentRepository(ctx)

    # --- reading --------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.session, self.repo.listing(), query, self.repo.list_spec())
        drafts = [r[0].id for r in page.rows if r[0].status == "draft"]
        scanned = {} if not drafts else {
            sid: stock_pb2.DocumentTotals(units=units, pallets=pallets, cases=int(cases),
                                          items=int(items))
            for sid, units, pallets, cases, items in self.session.execute(
                select(ShipmentUnit.shipment_id, func.count(),
                       func.count().filter(ShipmentUnit.level == "pallet"),
                       func.sum(ShipmentUnit.cases), func.sum(ShipmentUnit.items))
                .where(ShipmentUnit.shipment_id.in_(drafts))
                .group_by(ShipmentUnit.shipment_id))}
        return Page([ShipmentView(r, draft_totals=scanned.get(r[0].id, stock_pb2.DocumentTotals())
                                  if r[0].status == "draft" else None) for r in page.rows],
                    page.info)

    def view(self, shipment_id: int) -> ShipmentView:
        """The shipment with its names, codes, lines and progress (NOT_FOUND outside the
        caller's sending or receiving side): one prepared statement and the progress."""
        rows = prepared.run(self.session, _VIEW, {"t": self.ctx.tenant_id, "id": shipment_id,
                                                  "path": self.ctx.user.org_path + "%"})
        if not rows:
            raise DomainError(Reason.NOT_FOUND, entity="shipment", id=shipment_id)
        *names, units, lines = rows[0]
        shipment = self.session.get(Shipment, shipment_id)
        assert shipment is not None
        reader = Reader(self.ctx, self.keys)
        shown: list[stock_pb2.ScannedUnit] = []
        scanned: dict[tuple[int, str, str, int], int] = {}
        for (level, items, cases, product, lot, at, space, start, serial, name, lot_no,
             product_code, per_case) in units or []:
            if product:
                reader._names[("product", product)] = name
            if lot:
                reader._names[("lot", lot)] = lot_no
            shown.append(stored(reader, reader.printed_at(space, start, serial),
                                (level, items, cases, product, lot, True,
                                 datetime.fromtimestamp(at, UTC))))
            key = (product or 0, product_code or "", name or "", per_case or 0)
            scanned[key] = scanned.get(key, 0) + items
        line_rows = [(ShipmentLine(product_id=p, lot_id=lot, items=i, cases=c), name, lot_no or "")
                     for p, name, lot, lot_no, i, c in lines or []]
        if shipment.order_id or shipment.exceptional_id:
            lines_now = progress.lines(self.ctx, shipment)
        else:  # without an order, the lines are what was scanned
            lines_now = [progress.Line(0, p, code, name, per_case, 0, 0, n, 0)
                         for (p, code, name, per_case), n in sorted(scanned.items(),
                                                                   key=lambda x: x[0][1])]
        return ShipmentView((shipment, *names), [x.proto() for x in lines_now], shown,
                            line_rows)

    def draft(self, shipment_id: int) -> Shipment:
        """A draft of the caller's side, locked (scans of one shipment take turns)."""
        shipment = self.session.execute(
            select(Shipment).join(Organisation, Organisation.id == Shipment.org_id)
            .where(Shipment.tenant_id == self.ctx.tenant_id, Shipment.id == shipment_id,
                   Organisation.path.startswith(self.ctx.user.org_path))
            .with_for_update(of=Shipment)).scalar_one_or_none()
        if shipment is None:  # not the caller's to send: NOT_FOUND or OUT_OF_SCOPE
            self.repo.sender_side(self.repo.get(shipment_id))
            raise AssertionError("unreachable")
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
