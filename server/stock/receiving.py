"""Receiving a shipment (收货) at a branch, dealer or store: accepted whole from the sender's
list in one step, or scanned in. Scanned units on the shipment are received (a case scanned
out of a shipped pallet takes the pallet apart: the case is received, the rest stays on its
way); what was shipped but not scanned is reported to the sender as missing, what was scanned
but not shipped as extra. Units reported missing can still be received later."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, text

from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.packing import tree
from server.packing.tree import Node
from server.shipping.models import Discrepancy, Shipment
from server.shipping.repository import ShipmentRepository
from server.stock import holdings, places
from server.stock.detach import Breaker
from server.stock.holdings import Content
from server.stock.models import GoodsReceipt
from server.stock.places import Place
from server.stock.reading import Reader, Scanned
from shared.pb import stock_pb2

RECEIVABLE = ("shipped", "received_short")
_OVERLAP = """
    SELECT u.node_id FROM goods_receipt_unit u
    JOIN goods_receipt r ON r.id = u.receipt_id
    JOIN pack_node n ON n.id = u.node_id
    WHERE u.tenant_id = :t AND {which}
      AND (u.node_id = :node OR u.node_id = :parent OR u.node_id = :root
           OR n.parent_id = :node OR n.root_id = :node)
    LIMIT 1"""
_MINE = text(_OVERLAP.format(which="r.id = :r"))
_OTHERS = text(_OVERLAP.format(
    which="r.shipment_id = :s AND r.status = 'open' AND r.id <> :r"))
_OTHER_NO = text("SELECT receipt_no FROM goods_receipt WHERE id = (SELECT receipt_id FROM "
                 "goods_receipt_unit WHERE tenant_id = :t AND node_id = :n "
                 "ORDER BY id DESC LIMIT 1)")
_IN_TRANSIT = text("""SELECT node_id FROM stock_holding
    WHERE tenant_id = :t AND shipment_id = :s AND state = 'in_transit' ORDER BY node_id""")
_UNITS_FROM_HOLDINGS = text("""
    INSERT INTO goods_receipt_unit (tenant_id, receipt_id, node_id, level, items, cases,
                                    product_id, lot_id, expected)
    SELECT :t, :r, h.node_id, h.level, coalesce(sum(c.items), 0), coalesce(sum(c.cases), 0),
           CASE WHEN count(DISTINCT c.product_id) = 1 THEN min(c.product_id) END,
           CASE WHEN count(DISTINCT c.product_id) = 1 AND count(DISTINCT c.lot_id) = 1
                     AND count(c.lot_id) = count(*) THEN min(c.lot_id) END, true
    FROM stock_holding h
    LEFT JOIN stock_content c ON c.tenant_id = h.tenant_id AND c.node_id = h.node_id
    WHERE h.tenant_id = :t AND h.node_id = ANY(CAST(:ids AS bigint[]))
    GROUP BY h.node_id, h.level""")
_NEW_ISSUES = text("""
    INSERT INTO shipment_discrepancy (tenant_id, shipment_id, receipt_id, node_id, kind, level,
                                      items)
    SELECT :t, :s, :r, x.node_id, :kind, n.level, x.items
    FROM unnest(CAST(:ids AS bigint[]), CAST(:items AS bigint[])) AS x(node_id, items)
    JOIN pack_node n ON n.tenant_id = :t AND n.id = x.node_id
    WHERE NOT EXISTS (SELECT 1 FROM shipment_discrepancy d
                      WHERE d.tenant_id = :t AND d.shipment_id = :s AND d.node_id = x.node_id
                        AND d.kind = :kind AND d.status = 'open')""")
_SETTLE_MISSING = text("""
    UPDATE shipment_discrepancy d
    SET status = 'resolved', resolution = :note, resolved_by_id = :u, resolved_at = :at
    WHERE d.tenant_id = :t AND d.shipment_id = :s AND d.kind = 'missing' AND d.status = 'open'
      AND NOT EXISTS (SELECT 1 FROM stock_holding h
                      WHERE h.tenant_id = :t AND h.node_id = d.node_id
                        AND h.shipment_id = :s AND h.state = 'in_transit')""")
_MISSING_ITEMS = text("""SELECT coalesce(sum(c.items), 0) FROM stock_content c
    WHERE c.tenant_id = :t AND c.node_id = :n""")


def place_for(ctx: CallContext, shipment_id: int, warehouse_id: int,
              location_id: int) -> tuple[Shipment, Place]:
    """The shipment (locked) and where its goods go: a warehouse of the receiver's, or the
    receiver itself (a store keeps no warehouse); a transfer goes to its warehouse."""
    repo = ShipmentRepository(ctx)
    shipment = repo.get(shipment_id, for_update=True)
    receiver = repo.receiver_side(shipment)
    if shipment.status not in RECEIVABLE:
        raise DomainError(Reason.RECEIVE_NOTHING, number=shipment.shipment_no,
                          status=shipment.status)
    warehouse_id = warehouse_id or shipment.to_warehouse_id or 0
    if not warehouse_id:
        return shipment, Place(receiver.id, None, None)
    wh = places.warehouse(ctx, warehouse_id)
    owner = repo.org_in_scope(wh.org_id)
    if not owner.path.startswith(receiver.path):
        raise DomainError(Reason.INVALID_VALUE, field="warehouse_id",
                          detail=f"{wh.name}: not the receiver's / 不是收货方的仓库")
    return shipment, Place(wh.org_id, wh, places.location(ctx, wh, location_id))


def check_scan(ctx: CallContext, reader: Reader, receipt: GoodsReceipt,
               scanned: Scanned) -> tuple[Node, list[Content], bool, str]:
    """A code scanned at receipt: on the shipment (expected) or not (extra); never twice."""
    code, node = scanned.code, scanned.node
    if node is None:
        raise DomainError(Reason.STOCK_NOT_IN_STOCK, field="code", code=code.shown,
                          where=reader.where(scanned))
    params = {"t": ctx.tenant_id, "r": receipt.id, "s": receipt.shipment_id, "node": node.id,
              "parent": node.parent_id or 0, "root": node.root_id or 0}
    if ctx.session.execute(_MINE, params).first() is not None:
        raise DomainError(Reason.STOCK_ALREADY_SCANNED, field="code", code=code.shown,
                          detail="")
    h = scanned.holding
    expected = h is not None and h.state == "in_transit" and h.shipment_id == receipt.shipment_id
    if expected and ctx.session.execute(_OTHERS, params).first() is not None:
        number = ctx.session.execute(_OTHER_NO, {"t": ctx.tenant_id, "n": node.id}).scalar()
        raise DomainError(Reason.STOCK_IN_DOCUMENT, field="code", code=code.shown,
                          document="goods_receipt", number=number or "")
    message = "" if expected else both("不在本发货单上，确认后作为多收报告给发货方",
                                       "not on this shipment: reported to the sender as extra")
    return node, reader.contents(scanned), expected, message


def confirm(ctx: CallContext, reader: Reader, receipt: GoodsReceipt, units: Sequence[Any],
            when: datetime) -> None:
    """Receive the scanned units of the shipment; report what is missing and extra."""
    session, t = ctx.session, ctx.tenant_id
    shipment = ShipmentRepository(ctx).get(receipt.shipment_id or 0, for_update=True)
    if shipment.status not in RECEIVABLE:
        raise DomainError(Reason.RECEIVE_NOTHING, number=shipment.shipment_no,
                          status=shipment.status)
    expected = [int(u[0]) for u in units if u[6]]
    extra = [(int(u[0]), int(u[2])) for u in units if not u[6]]
    breaker = Breaker(ctx)
    nodes = tree.by_ids(session, t, expected, lock=True)
    breaker.detach(nodes, when=when, reason="收货拆分 split at receipt")
    # A container received in parts is opened whole: what did not arrive is reported as the
    # cases (or bottles) that are missing, not as a pallet that is no longer one.
    opened = {n.parent_id for n in nodes if n.parent_id is not None}
    rest = [k for p in sorted(opened) for k in tree.children(session, t, p)]
    breaker.detach(rest, when=when, reason="收货拆分 split at receipt")
    found = holdings.read(session, t, expected)
    for node_id in expected:
        h = found.get(node_id)
        if h is None or h.state != "in_transit" or h.shipment_id != shipment.id:
            node = tree.by_ids(session, t, [node_id])[0]
            raise DomainError(Reason.STOCK_NOT_IN_STOCK, code=reader.printed(node),
                              where=both("已不在本发货单的在途货物中",
                                         "no longer on its way with this shipment"))
    _receive(ctx, shipment, receipt, expected, when)
    missing = [int(i) for i in session.execute(_IN_TRANSIT, {"t": t, "s": shipment.id})
               .scalars()]
    _issues(ctx, shipment, receipt, "missing", [
        (i, int(session.execute(_MISSING_ITEMS, {"t": t, "n": i}).scalar_one()))
        for i in missing])
    _issues(ctx, shipment, receipt, "extra", extra)
    _finish(ctx, shipment, when, short=bool(missing))
    breaker.finish()


def receive_all(ctx: CallContext, shipment: Shipment, receipt: GoodsReceipt,
                when: datetime) -> int:
    """Everything still on its way with the shipment, received in one step."""
    session, t = ctx.session, ctx.tenant_id
    ids = [int(i) for i in session.execute(_IN_TRANSIT, {"t": t, "s": shipment.id}).scalars()]
    if not ids:
        raise DomainError(Reason.RECEIVE_NOTHING, number=shipment.shipment_no,
                          status=shipment.status)
    session.execute(_UNITS_FROM_HOLDINGS, {"t": t, "r": receipt.id,
                                           "ids": "{" + ",".join(map(str, ids)) + "}"})
    _receive(ctx, shipment, receipt, ids, when)
    _finish(ctx, shipment, when, short=False)
    return len(ids)


def _receive(ctx: CallContext, shipment: Shipment, receipt: GoodsReceipt, ids: list[int],
             when: datetime) -> None:
    holdings.relocate(ctx.session, ctx.tenant_id, ids, kind="receive", state="in_stock",
                      at=when, user_id=ctx.user.user_id, actor_org_id=ctx.user.org_id,
                      org_id=receipt.org_id, warehouse_id=receipt.warehouse_id,
                      location_id=receipt.location_id, shipment_id=shipment.id,
                      receipt_id=receipt.id)


def _issues(ctx: CallContext, shipment: Shipment, receipt: GoodsReceipt, kind: str,
            rows: list[tuple[int, int]]) -> None:
    if rows:
        ctx.session.execute(_NEW_ISSUES, {
            "t": ctx.tenant_id, "s": shipment.id, "r": receipt.id, "kind": kind,
            "ids": "{" + ",".join(str(r[0]) for r in rows) + "}",
            "items": "{" + ",".join(str(r[1]) for r in rows) + "}"})


def _finish(ctx: CallContext, shipment: Shipment, when: datetime, *, short: bool) -> None:
    ctx.session.execute(_SETTLE_MISSING, {
        "t": ctx.tenant_id, "s": shipment.id, "u": ctx.user.user_id, "at": when,
        "note": "后来收到 received later"})
    before = {"status": shipment.status}
    shipment.status = "received_short" if short else "received"
    shipment.received_at = when
    ctx.session.flush()
    ctx.record("shipment", shipment.id, before, {"status": shipment.status}, action="receive")


def summary(ctx: CallContext, receipt: GoodsReceipt) -> tuple[stock_pb2.DocumentTotals, int, int]:
    """What the receipt's shipment carries, and the discrepancies this receipt reported."""
    shipment = ctx.session.get(Shipment, receipt.shipment_id)
    expected = stock_pb2.DocumentTotals()
    if shipment is not None:
        expected = stock_pb2.DocumentTotals(pallets=shipment.pallets, cases=shipment.cases,
                                            items=shipment.items)
    counts: dict[str, int] = dict(ctx.session.execute(  # type: ignore[arg-type]
        select(Discrepancy.kind, text("count(*)")).where(
            Discrepancy.tenant_id == ctx.tenant_id, Discrepancy.receipt_id == receipt.id)
        .group_by(Discrepancy.kind)).all())
    return expected, int(counts.get("missing", 0)), int(counts.get("extra", 0))
