"""End to end through the API: factory → level-1 dealer → level-2 dealer → store → sale, with
inventory checked at every step, at pallet, case and item granularity."""

from __future__ import annotations

from shared.pb import common_pb2, orders_pb2, shipping_pb2, stock_pb2
from tests.stock.helpers import Channel, accept, inventory, op, send

H, S = shipping_pb2, stock_pb2


def test_goods_flow_from_factory_to_a_sale_with_inventory_at_every_step(
        channel: Channel) -> None:
    keeper, d1, d2, store = (channel.user(n) for n in ("keeper", "dealer1", "dealer2", "store"))
    packed = channel.pack(pallets=2)  # 2 pallets × 3 cases × 4 items
    receipt = channel.receive([p.pallet for p in packed])
    assert receipt.status == S.RECEIPT_STATUS_CONFIRMED
    assert (receipt.totals.pallets, receipt.totals.cases, receipt.totals.items) == (2, 6, 24)
    assert inventory(keeper) == {("一厂", "WH-F1 仓库"): (2, 6, 24)}

    # Against an order of 5 cases: one whole pallet and two cases of the other.
    order = channel.order("L1", 5)
    shipped = send(keeper, [packed[0].pallet, packed[1].cases[0], packed[1].cases[1]],
                   order_id=order.id)
    assert shipped.status == H.SHIPMENT_STATUS_SHIPPED
    assert (shipped.totals.pallets, shipped.totals.cases, shipped.totals.items) == (1, 5, 20)
    assert (shipped.vehicle, shipped.driver, shipped.handler) == ("鲁A12345", "王师傅", "李仓管")
    # What is left: the broken pallet's last case.
    assert inventory(keeper) == {("一厂", "WH-F1 仓库"): (1, 1, 4)}
    got = keeper.call(keeper.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id))
    assert got.status == orders_pb2.ORDER_STATUS_SHIPPED and got.shipped_items == 20
    assert inventory(d1) == {}  # in transit until received
    in_transit = inventory(keeper, state="in_transit")
    assert in_transit == {("一厂", "WH-F1 仓库"): (1, 5, 20)}

    accept(d1, shipped.id, channel.warehouses["WH-L1"])
    assert inventory(d1) == {("济南鲁源", "WH-L1 仓库"): (1, 5, 20)}

    # L1 breaks the pallet: two of its cases go on to L2 (no order: onward flow).
    onward = send(d1, [packed[0].cases[0], packed[0].cases[1]], kind=H.SHIPMENT_KIND_DIRECT,
                  warehouse_id=channel.warehouses["WH-L1"], customer_org_id=channel.orgs["L2"])
    assert (onward.totals.cases, onward.totals.items) == (2, 8)
    assert inventory(d1)[("济南鲁源", "WH-L1 仓库")] == (1, 3, 12)
    accept(d2, onward.id, channel.warehouses["WH-L2"])
    assert inventory(d2) == {("青岛海润", "WH-L2 仓库"): (0, 2, 8)}
    # The superior dealer sees its subordinate's stock; the subordinate not its superior's.
    assert inventory(d1) == {("济南鲁源", "WH-L1 仓库"): (1, 3, 12),
                             ("青岛海润", "WH-L2 仓库"): (0, 2, 8)}

    # L2 sends one case to its store; the store accepts it (no warehouse: its own stock).
    to_store = send(d2, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
                    warehouse_id=channel.warehouses["WH-L2"], customer_org_id=channel.orgs["S1"])
    accept(store, to_store.id)
    assert inventory(store) == {("永辉超市青岛店", ""): (0, 1, 4)}

    # A sale of one bottle opens the case: 3 bottles left, loose.
    bottle = packed[0].items[0][2]
    sale = store.call(store.shipping.Sell, H.SellRequest(code=bottle, salesperson="小王",
                                                        operation_id=op()))
    assert sale.unit.items == 1 and sale.sold_today == 1
    assert inventory(store) == {("永辉超市青岛店", ""): (0, 1, 3)}
    sold = inventory(store, state="sold")
    assert sold == {("永辉超市青岛店", ""): (0, 0, 1)}
    assert inventory(d2)[("青岛海润", "WH-L2 仓库")] == (0, 1, 4)
    moves = store.call(store.stock.ListStockMoves, common_pb2.ListQuery(
        filters=[common_pb2.Filter(field="kind", value="sell")])).items
    assert [(m.code, m.salesperson, m.items) for m in moves] == [(bottle, "小王", 1)]
