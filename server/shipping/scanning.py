"""Scanning into a draft shipment: whatever label is on top — a pallet, a case, a bottle. A code
is refused with the reason when it is not in stock at the shipping warehouse, recalled or
damaged (except going back up the chain), already in this or another draft (itself, or the
pallet it is on, or a case on it), not on the order, or more than the order still wants. A
case of a virtual pallet (no printed label: 虚拟托盘码) stands for its whole pallet when the
pallet fits and has not been shipped before (a factory ships its pallets whole; a dealer takes
them apart; a case moved off the pallet first ships alone). Scans of one shipment take turns
(its row lock), scans touching one pallet too (an advisory lock on it), so two handhelds never
take the same goods."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy import select, text

from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.orders.models import ExceptionalShipment, SalesOrder
from server.packing.tree import Node
from server.shipping import progress
from server.shipping.models import Shipment, ShipmentUnit
from server.shipping.shipments import ShipmentService
from server.stock import ops
from server.stock.holdings import Content, Holding
from server.stock.reading import Reader, Scanned
from server.stock.receipts import moment
from server.stock.units import one_of, stored, unit
from shared.pb import stock_pb2

S = stock_pb2
# The pallet's lock first (scans touching one pallet take turns), then what drafts hold of it.
_RESERVED = text("""
    SELECT pg_advisory_xact_lock(CAST(:top AS bigint));
    SELECT u.shipment_id, s.shipment_no, u.node_id, n.parent_id, n.root_id
    FROM shipment_unit u JOIN shipment s ON s.id = u.shipment_id
    JOIN pack_node n ON n.id = u.node_id
    WHERE u.tenant_id = :t AND u.top_id = :top AND u.reserved""")
_SHIPPED = text("""SELECT 1 FROM stock_move
    WHERE tenant_id = :t AND node_id = :n AND kind = 'ship' LIMIT 1""")
# The draft's totals and what it holds per product, in one statement.
_TOTALS = text("""
    SELECT count(*), count(*) FILTER (WHERE u.level = 'pallet'),
           CAST(coalesce(sum(u.cases), 0) AS bigint), CAST(coalesce(sum(u.items), 0) AS bigint),
           (SELECT json_agg(json_build_array(x.product_id, x.code, x.name, x.per_case, x.items)
                            ORDER BY x.code)
            FROM (SELECT v.product_id, coalesce(p.code, '') AS code,
                         coalesce(p.name, '') AS name, coalesce(p.items_per_case, 0) AS per_case,
                         sum(v.items) AS items
                  FROM shipment_unit v LEFT JOIN product p ON p.id = v.product_id
                  WHERE v.shipment_id = :s GROUP BY 1, 2, 3, 4) x)
    FROM shipment_unit u WHERE u.shipment_id = :s""")
HINT = {"pallet": ("，请改扫托盘中的箱", "; scan its cases instead"),
        "case": ("，请改扫箱中的单品", "; scan its bottles instead"), "item": ("", "")}


class ScanningService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.shipments = ShipmentService(ctx, keys)
        self.reader = Reader(ctx, keys)

    def scan(self, shipment_id: int, raw: str, op: str,
             at: Timestamp | None) -> stock_pb2.StockScanResult:
        done = ops.replay(self.ctx, op, "ship_scan")
        if done is not None:
            return replayed(done)
        shipment = self.shipments.draft(shipment_id)
        scanned = self.reader.scan(raw)
        code, node, top, held = scanned.code, scanned.node, scanned.top, scanned.holding
        if code.voided:
            raise DomainError(Reason.STOCK_CODE_VOIDED, field="code", code=code.shown)
        if node is None or top is None or held is None:
            raise DomainError(Reason.STOCK_NOT_IN_STOCK, field="code", code=code.shown,
                              where=self.reader.where(scanned))
        self._check_holding(shipment, scanned, held)
        reserved = self.session.execute(_RESERVED, {"t": self.ctx.tenant_id,
                                                    "top": top.id}).all()
        message = ""
        if node.level == "case" and top.virtual and top.id != node.id and not reserved \
                and self._fits(shipment, held.contents) and not self._shipped_before(top.id):
            node, scanned = top, Scanned(code, top, top, held)
            message = both(f"虚拟托盘整托发货：{self.reader.printed(top)}",
                           f"the whole virtual pallet {self.reader.printed(top)}")
        self._check_reserved(shipment, code.shown, node, reserved)
        contents = self.reader.contents(scanned)
        lines = self._check_lines(shipment, code.shown, node.level, contents)
        product, lot = one_of(contents)
        when = moment(at)
        self.session.add(ShipmentUnit(
            tenant_id=self.ctx.tenant_id, shipment_id=shipment.id, node_id=node.id,
            top_id=top.id, level=node.level, items=sum(c.items for c in contents),
            cases=sum(c.cases for c in contents), product_id=product, lot_id=lot,
            scanned_at=when))
        self._flush(code.shown)
        result = self._answer(shipment, S.STOCK_SCAN_OUTCOME_ADDED,
                              unit(self.reader, self.reader.printed(node), node.level,
                                   contents, at=when), message, lines)
        ops.record(self.ctx, op, result.SerializeToString())
        return result

    def unscan(self, shipment_id: int, raw: str, op: str) -> stock_pb2.StockScanResult:
        done = ops.replay(self.ctx, op, "ship_unscan")
        if done is not None:
            return replayed(done)
        shipment = self.shipments.draft(shipment_id)
        scanned = self.reader.scan(raw)
        ids = [n.id for n in (scanned.node, scanned.top) if n is not None]
        if scanned.node is not None and scanned.node.parent_id:
            ids.append(scanned.node.parent_id)
        row = self.session.execute(select(ShipmentUnit).where(
            ShipmentUnit.shipment_id == shipment.id, ShipmentUnit.node_id.in_(ids))
            .order_by(ShipmentUnit.id)).scalars().first()
        if row is None:
            raise DomainError(Reason.STOCK_NOT_SCANNED, field="code", code=scanned.code.shown,
                              document="shipment", number=shipment.shipment_no)
        from server.packing import tree

        node = tree.by_ids(self.session, self.ctx.tenant_id, [row.node_id])[0]
        shown = stored(self.reader, self.reader.printed(node),
                       (row.level, row.items, row.cases, row.product_id, row.lot_id, True,
                        row.scanned_at))
        self.session.delete(row)
        self.session.flush()
        result = self._answer(shipment, S.STOCK_SCAN_OUTCOME_REMOVED, shown, "")
        ops.record(self.ctx, op, result.SerializeToString())
        return result

    # --- rules ----------------------------------------------------------------------------------

    def _check_holding(self, shipment: Shipment, scanned: Scanned, held: Holding) -> None:
        code = scanned.code.shown
        if held.state != "in_stock":
            raise DomainError(Reason.STOCK_NOT_IN_STOCK, field="code", code=code,
                              where=self.reader.where(scanned))
        if not at_source(shipment, held):
            raise DomainError(Reason.STOCK_NOT_HERE, field="code", code=code,
                              here=source_name(self.ctx, shipment),
                              where=self.reader.where(scanned))
        if shipment.kind == "return":
            return
        if held.recall_id:
            raise DomainError(Reason.STOCK_RECALLED, field="code", code=code,
                              recall=self.reader.recall_no(held.recall_id))
        if held.condition == "damaged":
            raise DomainError(Reason.STOCK_DAMAGED, field="code", code=code)

    def _check_reserved(self, shipment: Shipment, code: str, node: Node,
                        reserved: Sequence[Any]) -> None:
        for shipment_id, number, other, parent, root in reserved:
            inside = other in (node.parent_id, node.root_id)  # node is on the scanned pallet
            holds = node.id in (parent, root)  # the scanned one is on node
            if other != node.id and not inside and not holds:
                continue
            if shipment_id != shipment.id:
                raise DomainError(Reason.STOCK_IN_DOCUMENT, field="code", code=code,
                                  document="shipment", number=number)
            detail = "" if other == node.id else both("（所在的托盘或箱已扫描）",
                                                      " (its pallet or case, or a part of it)")
            raise DomainError(Reason.STOCK_ALREADY_SCANNED, field="code", code=code,
                              detail=detail)

    def _shipped_before(self, node_id: int) -> bool:
        """A pallet that left its first holder already is broken up as a dealer wants."""
        return self.session.execute(_SHIPPED, {"t": self.ctx.tenant_id, "n": node_id}
                                    ).first() is not None

    def _fits(self, shipment: Shipment, contents: list[Content]) -> bool:
        """Whether a whole pallet fits what the order still wants (always, without one)."""
        if not (shipment.order_id or shipment.exceptional_id):
            return True
        remaining = {x.product_id: x.remaining for x in progress.lines(self.ctx, shipment)}
        wanted: dict[int, int] = {}
        for c in contents:
            wanted[c.product_id] = wanted.get(c.product_id, 0) + c.items
        return len(wanted) == 1 and all(remaining.get(p, -1) >= n for p, n in wanted.items())

    def _check_lines(self, shipment: Shipment, code: str, level: str,
                     contents: list[Content]) -> list[progress.Line] | None:
        """The order's lines with the scan counted (None without an order): refuses another
        product, or more than a line still wants."""
        if not (shipment.order_id or shipment.exceptional_id):
            return None
        products = {c.product_id for c in contents}
        if len(products) > 1:
            raise DomainError(Reason.SHIP_MIXED, field="code", code=code)
        document, number = self._document(shipment)
        product = next(iter(products))
        lines = progress.lines(self.ctx, shipment)
        line = next((x for x in lines if x.product_id == product), None)
        name = self.reader.product_name(product)
        if line is None:
            raise DomainError(Reason.SHIP_WRONG_PRODUCT, field="code", code=code, product=name,
                              document=document, number=number)
        items = sum(c.items for c in contents)
        if items > line.remaining:
            raise DomainError(Reason.SHIP_OVER_SCAN, field="code", code=code, product=name,
                              items=items, remaining=line.remaining, document=document,
                              number=number,
                              hint=both(*HINT[level]) if line.remaining else "")
        return [replace(x, scanned=x.scanned + items) if x is line else x for x in lines]

    def _document(self, shipment: Shipment) -> tuple[str, str]:
        if shipment.order_id:
            return "sales_order", self.session.execute(select(SalesOrder.order_no).where(
                SalesOrder.id == shipment.order_id)).scalar_one()
        return "exceptional_shipment", self.session.execute(
            select(ExceptionalShipment.request_no).where(
                ExceptionalShipment.id == shipment.exceptional_id)).scalar_one()

    def _flush(self, code: str) -> None:
        from sqlalchemy.exc import IntegrityError

        try:
            self.session.flush()
        except IntegrityError as exc:  # another draft took it a moment ago
            raise DomainError(Reason.STOCK_IN_DOCUMENT, field="code", code=code,
                              document="shipment", number="—") from exc

    def _answer(self, shipment: Shipment, outcome: int, shown: stock_pb2.ScannedUnit,
                message: str, lines: list[progress.Line] | None = None
                ) -> stock_pb2.StockScanResult:
        zh, _, en = message.partition("\x1f")
        row = self.session.execute(_TOTALS, {"s": shipment.id}).one()
        if lines is None:  # without an order, the lines are what was scanned
            lines = [progress.Line(0, int(p or 0), c, n, int(k), 0, 0, int(i), 0)
                     for p, c, n, k, i in row[4] or []]
        return S.StockScanResult(
            outcome=outcome, unit=shown,  # type: ignore[arg-type]
            totals=S.DocumentTotals(units=row[0], pallets=row[1], cases=row[2], items=row[3]),
            lines=[x.proto() for x in lines], message=zh, message_en=en or zh)


def at_source(shipment: Shipment, held: Holding) -> bool:
    """In stock where the shipment ships from: its warehouse, or the sender's own stock."""
    if shipment.warehouse_id:
        return held.warehouse_id == shipment.warehouse_id
    return held.org_id == shipment.org_id and held.warehouse_id is None


def source_name(ctx: CallContext, shipment: Shipment) -> str:
    from server.accounts.models import Organisation
    from server.warehouse.models import Warehouse

    if shipment.warehouse_id:
        return ctx.session.execute(select(Warehouse.name).where(
            Warehouse.id == shipment.warehouse_id)).scalar_one()
    return ctx.session.execute(select(Organisation.name).where(
        Organisation.id == shipment.org_id)).scalar_one()


def replayed(data: bytes) -> stock_pb2.StockScanResult:
    result = S.StockScanResult.FromString(data)
    result.replayed = True
    return result
