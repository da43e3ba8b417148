"""A dealer never sees or moves a sibling's stock; its superior sees both."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, shipping_pb2, stock_pb2
from tests.stock.helpers import Channel, accept, inventory, new_shipment, op, send, ship_refused

H, S = shipping_pb2, stock_pb2


def test_a_dealer_cannot_see_or_move_a_siblings_stock(channel: Channel) -> None:
    keeper, d1 = channel.user("keeper"), channel.user("dealer1")
    d2, d2b = channel.user("dealer2"), channel.user("dealer2b")
    packed = channel.pack(pallets=2)
    channel.receive([p.pallet for p in packed])
    accept(d1, send(keeper, [p.pallet for p in packed],
                    order_id=channel.order("L1", 6).id).id, channel.warehouses["WH-L1"])
    for dealer, wh, pallet in (("L2", "WH-L2", 0), ("L2B", "WH-L2B", 1)):
        shipped = send(d1, [packed[pallet].pallet], kind=H.SHIPMENT_KIND_DIRECT,
                       warehouse_id=channel.warehouses["WH-L1"],
                       customer_org_id=channel.orgs[dealer])
        accept(channel.user("dealer2" if dealer == "L2" else "dealer2b"), shipped.id,
               channel.warehouses[wh])
    assert inventory(d2) == {("青岛海润", "WH-L2 仓库"): (1, 3, 12)}
    assert inventory(d2b) == {("烟台东方", "WH-L2B 仓库"): (1, 3, 12)}
    assert set(inventory(d1)) == {("青岛海润", "WH-L2 仓库"), ("烟台东方", "WH-L2B 仓库")}
    # Lists: nothing of the sibling's holdings, moves or shipments.
    holdings = d2.call(d2.stock.ListHoldings, common_pb2.ListQuery(page_size=500)).items
    assert [h.code for h in holdings] == [packed[0].pallet]
    moves = d2.call(d2.stock.ListStockMoves, common_pb2.ListQuery(page_size=500)).items
    assert packed[1].pallet not in {m.code for m in moves}
    shipments = d2.call(d2.shipping.ListShipments, common_pb2.ListQuery()).items
    assert len(shipments) == 1 and shipments[0].customer_name == "青岛海润"
    # Filtering by the sibling's warehouse shows nothing.
    assert inventory(d2, warehouse_id=channel.warehouses["WH-L2B"]) == {}
    # Moving the sibling's pallet: refused without naming where it is.
    try:
        d2.call(d2.stock.MoveStock, S.MoveStockRequest(
            codes=[packed[1].pallet], warehouse_id=channel.warehouses["WH-L2"],
            operation_id=op()))
        raise AssertionError("moved a sibling's stock")
    except ServerError as exc:
        assert exc.reason == "STOCK_NOT_IN_STOCK" and "烟台" not in exc.message_zh
    # Shipping from the sibling's warehouse: the warehouse is not the dealer's.
    try:
        new_shipment(d2, kind=H.SHIPMENT_KIND_DIRECT, warehouse_id=channel.warehouses["WH-L2B"],
                     customer_org_id=channel.orgs["S1"])
        raise AssertionError("shipped from a sibling's warehouse")
    except ServerError as exc:
        assert exc.reason == "NOT_FOUND"
    # Scanning the sibling's pallet into its own shipment: not here, not named.
    own = new_shipment(d2, kind=H.SHIPMENT_KIND_DIRECT, warehouse_id=channel.warehouses["WH-L2"],
                       customer_org_id=channel.orgs["S1"])
    refusal = ship_refused(d2, own.id, packed[1].pallet)
    assert refusal.reason == "STOCK_NOT_HERE" and "烟台" not in refusal.message_zh
    # Selling it (as a store would): not in its stock.
    try:
        d2.call(d2.shipping.Sell, H.SellRequest(code=packed[1].items[0][0], operation_id=op()))
        raise AssertionError("sold a sibling's bottle")
    except ServerError as exc:
        assert exc.reason == "STOCK_NOT_HERE"
    # A direct shipment to a sibling is not allowed either.
    try:
        new_shipment(d2, kind=H.SHIPMENT_KIND_DIRECT, warehouse_id=channel.warehouses["WH-L2"],
                     customer_org_id=channel.orgs["L2B"])
        raise AssertionError("shipped to a sibling")
    except ServerError as exc:
        assert exc.reason == "CUSTOMER_NOT_ALLOWED"
