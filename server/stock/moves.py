"""Put-away and moves (移库): scanned codes in the caller's stock go to a location of the same
or another warehouse of the same side; a code inside a container is taken out of it first.
Goods for another party go on a transfer shipment instead (STOCK_MOVE_ACROSS)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.orders import parties
from server.stock import holdings, ops, places
from server.stock.detach import Breaker
from server.stock.reading import Reader
from server.stock.units import unit
from shared.pb import stock_pb2

MAX_CODES = 2000
_RESERVED = text("""
    SELECT s.shipment_no FROM shipment_unit u JOIN shipment s ON s.id = u.shipment_id
    WHERE u.tenant_id = :t AND u.top_id = :top AND u.reserved LIMIT 1""")


def move(ctx: CallContext, keys: KeyStore, codes: list[str], warehouse_id: int,
         location_id: int, op: str) -> stock_pb2.MoveStockResponse:
    done = ops.replay(ctx, op, "move")
    if done is not None:
        result = stock_pb2.MoveStockResponse.FromString(done)
        result.replayed = True
        return result
    if not codes:
        raise DomainError(Reason.REQUIRED, field="codes")
    if len(codes) > MAX_CODES:
        raise DomainError(Reason.INVALID_VALUE, field="codes", detail=f"≤ {MAX_CODES}")
    target = places.place(ctx, warehouse_id, location_id)
    assert target.warehouse is not None
    reader = Reader(ctx, keys)
    scanned = [reader.scan(raw) for raw in codes]
    user_path = ctx.user.org_path
    traders: dict[int, int] = {}

    def trader(org_id: int) -> int:
        if org_id not in traders:
            traders[org_id] = parties.trading_party(ctx, org_id).id
        return traders[org_id]

    for s in scanned:
        held = s.holding
        if held is None or held.state != "in_stock" or s.node is None \
                or not held.org_path.startswith(user_path):
            raise DomainError(Reason.STOCK_NOT_IN_STOCK, field="codes", code=s.code.shown,
                              where=reader.where(s))
        busy = ctx.session.execute(_RESERVED, {"t": ctx.tenant_id, "top": held.node_id}
                                   ).scalar()
        if busy:
            raise DomainError(Reason.STOCK_IN_DOCUMENT, field="codes", code=s.code.shown,
                              document="shipment", number=busy)
        if trader(held.org_id) != trader(target.org_id):
            owner = parties.trading_party(ctx, target.org_id).name
            raise DomainError(Reason.STOCK_MOVE_ACROSS, field="warehouse_id",
                              target=target.warehouse.name, owner=owner)
    when = datetime.now(UTC)
    shown = [unit(reader, reader.printed(s.node), s.node.level, reader.contents(s))
             for s in scanned if s.node is not None]
    breaker = Breaker(ctx)
    breaker.detach([s.node for s in scanned if s.node is not None], when=when,
                   reason="移库拆分 split to move")
    ids = list(dict.fromkeys(s.node.id for s in scanned if s.node is not None))
    holdings.relocate(ctx.session, ctx.tenant_id, ids, kind="move", state="in_stock", at=when,
                      user_id=ctx.user.user_id, actor_org_id=ctx.user.org_id,
                      org_id=target.org_id, warehouse_id=target.warehouse_id,
                      location_id=target.location_id)
    breaker.finish()
    ctx.record("stock_holding", ",".join(map(str, ids[:20])), None, {
        "moved": len(ids), "warehouse_id": target.warehouse_id,
        "location_id": target.location_id}, action="move")
    result = stock_pb2.MoveStockResponse(moved=shown, totals=stock_pb2.DocumentTotals(
        units=len(shown), pallets=sum(1 for u in shown if u.level == 3),
        cases=sum(u.cases for u in shown), items=sum(u.items for u in shown)))
    ops.record(ctx, op, result.SerializeToString())
    return result
