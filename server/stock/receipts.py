"""Receipts (入库单): goods from production into a factory warehouse (scanned pallets and cases,
or everything a collection record packed in one step) and a shipment's goods into the
receiver's stock (receiving.py). Scans list units on an open receipt; confirming puts them into
stock with their put-away location, each holding one row whatever it holds. Every command
takes an operation id."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy import select, text

from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.core.listing import Page, paginate
from server.core.validate import text as clean_text
from server.orders.numbers import next_number
from server.packing import tree
from server.stock import holdings, ops, places, production, receiving
from server.stock.models import GoodsReceipt, GoodsReceiptUnit
from server.stock.reading import Reader, Scanned
from server.stock.repository import ReceiptRepository
from server.stock.units import one_of, stored, totals, unit
from shared.pb import common_pb2, stock_pb2

S = stock_pb2
LEVEL_ZH = {"item": "单品", "case": "箱", "pallet": "托盘"}
_IN_OPEN = text("""
    SELECT r.receipt_no FROM goods_receipt_unit u JOIN goods_receipt r ON r.id = u.receipt_id
    WHERE u.tenant_id = :t AND u.node_id = :n AND r.status = 'open' AND r.id <> :r LIMIT 1""")
_RUN_TOPS = text("""
    SELECT DISTINCT coalesce(n.root_id, n.id) FROM pack_node n
    WHERE n.tenant_id = :t AND n.run_id = :run""")
_RECEIVABLE = text("""
    SELECT t.id FROM pack_node t
    WHERE t.tenant_id = :t AND t.id = ANY(CAST(:ids AS bigint[])) AND t.pending_run_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM stock_holding h WHERE h.tenant_id = :t AND h.node_id = t.id)
      AND NOT EXISTS (SELECT 1 FROM goods_receipt_unit u JOIN goods_receipt r
                      ON r.id = u.receipt_id AND r.status = 'open'
                      WHERE u.tenant_id = :t AND u.node_id = t.id)
    ORDER BY t.id""")


def now() -> datetime:
    return datetime.now(UTC)


def moment(stamp: Timestamp | None) -> datetime:
    if stamp is not None and (stamp.seconds or stamp.nanos):
        return stamp.ToDatetime(tzinfo=UTC)
    return now()


@dataclass(frozen=True)
class ReceiptView:
    row: Any
    units: list[stock_pb2.ScannedUnit] = field(default_factory=list)
    expected: stock_pb2.DocumentTotals | None = None
    missing: int = 0
    extra: int = 0


class ReceiptService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.repo = ReceiptRepository(ctx)
        self.reader = Reader(ctx, keys)

    # --- reading --------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.session, self.repo.listing(), query, self.repo.list_spec())
        return Page([ReceiptView(r) for r in page.rows], page.info)

    def view(self, receipt_id: int) -> ReceiptView:
        receipt = self.repo.get(receipt_id)
        row = self.session.execute(
            self.repo.listing().where(GoodsReceipt.id == receipt_id)).one()
        rows = self.repo.units(receipt_id)
        nodes = {n.id: n for n in _nodes(self, [r[0] for r in rows])}
        units = [stored(self.reader, self.reader.printed(nodes[r[0]]), tuple(r[1:]))  # type: ignore[arg-type]
                 for r in rows]
        if receipt.kind != "shipment":
            return ReceiptView(row, units)
        expected, missing, extra = receiving.summary(self.ctx, receipt)
        return ReceiptView(row, units, expected, missing, extra)

    # --- commands -------------------------------------------------------------------------------

    def open(self, warehouse_id: int, location_id: int, shipment_id: int, note: str,
             op: str) -> GoodsReceipt:
        done = ops.replay(self.ctx, op, "receipt_open")
        if done is not None:
            return self.repo.get(int(done))
        receipt = GoodsReceipt(status="open", created_by_id=self.ctx.user.user_id,
                               note=clean_text(note, "note", max_len=500))
        if shipment_id:
            shipment, place = receiving.place_for(self.ctx, shipment_id, warehouse_id,
                                                  location_id)
            receipt.kind, receipt.shipment_id = "shipment", shipment.id
        else:
            place = places.place(self.ctx, warehouse_id, location_id)
            receipt.kind = "production"
        receipt.org_id, receipt.warehouse_id = place.org_id, place.warehouse_id
        receipt.location_id = place.location_id
        receipt.receipt_no = next_number(self.ctx, "receipt", "GR")
        self.repo.add(receipt, code=receipt.receipt_no, field="receipt_no")
        self.ctx.record("goods_receipt", receipt.id, None,
                        {"receipt_no": receipt.receipt_no, "kind": receipt.kind,
                         "warehouse_id": receipt.warehouse_id, "shipment_id": shipment_id},
                        action="create")
        ops.record(self.ctx, op, str(receipt.id).encode())
        return receipt

    def _open_receipt(self, receipt_id: int) -> GoodsReceipt:
        receipt = self.repo.get(receipt_id, for_update=True)
        if receipt.status != "open":
            raise DomainError(Reason.DOCUMENT_NOT_OPEN, document="goods_receipt",
                              number=receipt.receipt_no, status=receipt.status)
        return receipt

    def scan(self, receipt_id: int, raw: str, op: str,
             at: Timestamp | None) -> stock_pb2.StockScanResult:
        done = ops.replay(self.ctx, op, "receipt_scan")
        if done is not None:
            return _replayed(done)
        receipt = self._open_receipt(receipt_id)
        scanned = self.reader.scan(raw)
        if receipt.kind == "shipment":
            node, contents, expected, message = receiving.check_scan(self.ctx, self.reader,
                                                                    receipt, scanned)
        else:
            node, contents, message = self._production(receipt, scanned)
            expected = True
        product, lot = one_of(contents)
        when = moment(at)
        self.session.add(GoodsReceiptUnit(
            tenant_id=self.ctx.tenant_id, receipt_id=receipt.id, node_id=node.id,
            level=node.level, items=sum(c.items for c in contents),
            cases=sum(c.cases for c in contents), product_id=product, lot_id=lot,
            expected=expected, scanned_at=when))
        self.session.flush()
        result = S.StockScanResult(
            outcome=S.STOCK_SCAN_OUTCOME_ADDED if expected else S.STOCK_SCAN_OUTCOME_EXTRA,
            unit=unit(self.reader, self.reader.printed(node), node.level, contents,
                      expected=expected, at=when),
            totals=totals(self.session, "goods_receipt_unit", "receipt_id", receipt.id),
            message=message.split("\x1f")[0], message_en=message.split("\x1f")[-1])
        ops.record(self.ctx, op, result.SerializeToString())
        return result

    def _production(self, receipt: GoodsReceipt, scanned: Scanned) -> tuple[Any, Any, str]:
        """A packed code from production: its top (a case of a pallet brings the pallet), not
        in stock yet and in no other open receipt."""
        code = scanned.code
        if code.voided:
            raise DomainError(Reason.STOCK_CODE_VOIDED, field="code", code=code.shown)
        node = scanned.node
        if node is None:
            if code.level != "item" or not code.activated:
                raise DomainError(Reason.STOCK_NOT_PACKED, field="code", code=code.shown,
                                  detail=both(f"空{LEVEL_ZH[code.level]}，或码未激活",
                                              "empty, or not activated"))
            node = production.ensure_node(self.ctx, code)
            scanned = Scanned(code, node, node, None)
        if node.pending_run_id is not None:
            raise DomainError(Reason.STOCK_NOT_PACKED, field="code", code=code.shown,
                              detail=both("还在装箱工位上未封箱", "still open at a station"))
        if node.level != "item" and not node.child_count:
            raise DomainError(Reason.STOCK_NOT_PACKED, field="code", code=code.shown,
                              detail=both(f"空{LEVEL_ZH[node.level]}", f"an empty {node.level}"))
        top = scanned.top or node
        if scanned.holding is not None:
            raise DomainError(Reason.STOCK_ALREADY_RECEIVED, field="code", code=code.shown,
                              where=self.reader.where(scanned))
        duplicate = self.session.execute(select(GoodsReceiptUnit.id).where(
            GoodsReceiptUnit.receipt_id == receipt.id,
            GoodsReceiptUnit.node_id == top.id)).first()
        if duplicate is not None:
            raise DomainError(Reason.STOCK_ALREADY_SCANNED, field="code", code=code.shown,
                              detail="")
        elsewhere = self.session.execute(_IN_OPEN, {"t": self.ctx.tenant_id, "n": top.id,
                                                    "r": receipt.id}).scalar()
        if elsewhere:
            raise DomainError(Reason.STOCK_IN_DOCUMENT, field="code", code=code.shown,
                              document="goods_receipt", number=elsewhere)
        contents = holdings.count(self.session, self.ctx.tenant_id, [top.id])[top.id]
        message = ""
        if top.id != node.id:
            pallet = self.reader.printed(top)
            message = both(f"整托入库：托盘 {pallet}", f"the whole pallet {pallet}")
        return top, contents, message

    def unscan(self, receipt_id: int, raw: str, op: str) -> stock_pb2.StockScanResult:
        done = ops.replay(self.ctx, op, "receipt_unscan")
        if done is not None:
            return _replayed(done)
        receipt = self._open_receipt(receipt_id)
        scanned = self.reader.scan(raw)
        ids = [n.id for n in (scanned.node, scanned.top) if n is not None]
        row = self.session.execute(select(GoodsReceiptUnit).where(
            GoodsReceiptUnit.receipt_id == receipt.id,
            GoodsReceiptUnit.node_id.in_(ids))).scalars().first()
        if row is None:
            raise DomainError(Reason.STOCK_NOT_SCANNED, field="code", code=scanned.code.shown,
                              document="goods_receipt", number=receipt.receipt_no)
        node = next(n for n in (scanned.node, scanned.top) if n is not None and n.id == row.node_id)
        shown = stored(self.reader, self.reader.printed(node),
                       (row.level, row.items, row.cases, row.product_id, row.lot_id,
                        row.expected, row.scanned_at))
        self.session.delete(row)
        self.session.flush()
        result = S.StockScanResult(
            outcome=S.STOCK_SCAN_OUTCOME_REMOVED, unit=shown,
            totals=totals(self.session, "goods_receipt_unit", "receipt_id", receipt.id))
        ops.record(self.ctx, op, result.SerializeToString())
        return result

    def confirm(self, receipt_id: int, op: str) -> GoodsReceipt:
        done = ops.replay(self.ctx, op, "receipt_confirm")
        if done is not None:
            return self.repo.get(int(done))
        receipt = self._open_receipt(receipt_id)
        units = self.repo.units(receipt.id)
        if not units:
            raise DomainError(Reason.DOCUMENT_EMPTY, document="goods_receipt",
                              number=receipt.receipt_no)
        when = now()
        if receipt.kind == "shipment":
            receiving.confirm(self.ctx, self.reader, receipt, units, when)
        else:
            self._put_away(receipt, [int(u[0]) for u in units], when)
        self._close(receipt, when)
        ops.record(self.ctx, op, str(receipt.id).encode())
        return receipt

    def _put_away(self, receipt: GoodsReceipt, node_ids: list[int], when: datetime) -> None:
        t = self.ctx.tenant_id
        made = holdings.create(self.session, t, node_ids, org_id=receipt.org_id,
                               warehouse_id=receipt.warehouse_id,
                               location_id=receipt.location_id, at=when)
        if len(made) < len(node_ids):  # received meanwhile through another receipt
            taken = next(i for i in node_ids if i not in set(made))
            node = _nodes(self, [taken])[0]
            scanned = self.reader.of(self.reader.codes.at_keys([(node.batch_id, node.serial)])[0])
            raise DomainError(Reason.STOCK_ALREADY_RECEIVED, code=self.reader.printed(node),
                              where=self.reader.where(scanned))
        holdings.log_in(self.session, t, made, kind="receipt", at=when,
                        user_id=self.ctx.user.user_id, actor_org_id=self.ctx.user.org_id,
                        receipt_id=receipt.id)

    def _close(self, receipt: GoodsReceipt, when: datetime) -> None:
        counted = totals(self.session, "goods_receipt_unit", "receipt_id", receipt.id,
                         "AND expected")
        receipt.status, receipt.confirmed_at = "confirmed", when
        receipt.items, receipt.cases, receipt.pallets = counted.items, counted.cases, \
            counted.pallets
        self.repo.flush()
        self.ctx.record("goods_receipt", receipt.id, {"status": "open"},
                        {"status": "confirmed", "items": receipt.items, "cases": receipt.cases,
                         "pallets": receipt.pallets, "units": counted.units},
                        action="confirm")

    def cancel(self, receipt_id: int, op: str) -> GoodsReceipt:
        done = ops.replay(self.ctx, op, "receipt_cancel")
        if done is not None:
            return self.repo.get(int(done))
        receipt = self.repo.get(receipt_id, for_update=True)
        if receipt.status != "cancelled":
            if receipt.status != "open":
                raise DomainError(Reason.DOCUMENT_NOT_OPEN, document="goods_receipt",
                                  number=receipt.receipt_no, status=receipt.status)
            receipt.status = "cancelled"
            self.repo.flush()
            self.ctx.record("goods_receipt", receipt.id, {"status": "open"},
                            {"status": "cancelled"}, action="cancel")
        ops.record(self.ctx, op, str(receipt.id).encode())
        return receipt

    def receive_run(self, run_id: int, warehouse_id: int, location_id: int,
                    op: str) -> GoodsReceipt:
        """Everything a collection record packed that is not in stock yet, in one step."""
        done = ops.replay(self.ctx, op, "receive_run")
        if done is not None:
            return self.repo.get(int(done))
        place = places.place(self.ctx, warehouse_id, location_id)
        run = production.receivable_run(self.ctx, place, run_id)
        t = self.ctx.tenant_id
        tops = [int(i) for i in self.session.execute(_RUN_TOPS, {"t": t, "run": run.id}).scalars()]
        ready = [int(i) for i in self.session.execute(
            _RECEIVABLE, {"t": t, "ids": "{" + ",".join(map(str, tops)) + "}"}).scalars()]
        if not ready:
            raise DomainError(Reason.DOCUMENT_EMPTY, document="pack_run", number=run.id)
        receipt = GoodsReceipt(kind="production", status="open", org_id=place.org_id,
                               warehouse_id=place.warehouse_id, location_id=place.location_id,
                               run_id=run.id, created_by_id=self.ctx.user.user_id,
                               receipt_no=next_number(self.ctx, "receipt", "GR"))
        self.repo.add(receipt, code=receipt.receipt_no, field="receipt_no")
        counted = holdings.count(self.session, t, ready)
        for node in _nodes(self, ready):
            contents = counted[node.id]
            product, lot = one_of(contents)
            self.session.add(GoodsReceiptUnit(
                tenant_id=t, receipt_id=receipt.id, node_id=node.id, level=node.level,
                items=sum(c.items for c in contents), cases=sum(c.cases for c in contents),
                product_id=product, lot_id=lot))
        self.session.flush()
        when = now()
        self._put_away(receipt, ready, when)
        self._close(receipt, when)
        ops.record(self.ctx, op, str(receipt.id).encode())
        return receipt

    def receive_shipment(self, shipment_id: int, warehouse_id: int, location_id: int,
                         op: str) -> GoodsReceipt:
        """A whole shipment accepted from the sender's list in one step."""
        done = ops.replay(self.ctx, op, "receive_shipment")
        if done is not None:
            return self.repo.get(int(done))
        shipment, place = receiving.place_for(self.ctx, shipment_id, warehouse_id, location_id)
        receipt = GoodsReceipt(kind="shipment", status="open", org_id=place.org_id,
                               warehouse_id=place.warehouse_id, location_id=place.location_id,
                               shipment_id=shipment.id, created_by_id=self.ctx.user.user_id,
                               receipt_no=next_number(self.ctx, "receipt", "GR"))
        self.repo.add(receipt, code=receipt.receipt_no, field="receipt_no")
        when = now()
        receiving.receive_all(self.ctx, shipment, receipt, when)
        self._close(receipt, when)
        ops.record(self.ctx, op, str(receipt.id).encode())
        return receipt

    def receivable_runs(self, warehouse_id: int) -> list[tuple[Any, ...]]:
        return production.receivable_runs(self.ctx, places.warehouse(self.ctx, warehouse_id))


def _nodes(service: ReceiptService, ids: list[int]) -> list[Any]:
    return tree.by_ids(service.session, service.ctx.tenant_id, ids)


def _replayed(data: bytes) -> stock_pb2.StockScanResult:
    result = S.StockScanResult.FromString(data)
    result.replayed = True
    return result
