"""Exchanges of damaged goods looked up by their code, and returns up the chain."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, shipping_pb2, stock_pb2
from tests.stock.helpers import Channel, accept, inventory, new_shipment, op, send, ship_refused

H, S = shipping_pb2, stock_pb2


def _to_store(channel: Channel) -> list:  # type: ignore[type-arg]
    keeper, d1, d2, store = (channel.user(n) for n in ("keeper", "dealer1", "dealer2", "store"))
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    accept(d1, send(keeper, [packed[0].pallet], order_id=channel.order("L1", 3).id).id,
           channel.warehouses["WH-L1"])
    accept(d2, send(d1, [packed[0].cases[0], packed[0].cases[1]], kind=H.SHIPMENT_KIND_DIRECT,
                    warehouse_id=channel.warehouses["WH-L1"],
                    customer_org_id=channel.orgs["L2"]).id, channel.warehouses["WH-L2"])
    accept(store, send(d2, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
                       warehouse_id=channel.warehouses["WH-L2"],
                       customer_org_id=channel.orgs["S1"]).id)
    return packed


def test_a_damaged_bottle_is_exchanged_and_returned_up_the_chain(channel: Channel) -> None:
    store, d2 = channel.user("store"), channel.user("dealer2")
    packed = _to_store(channel)
    sold, spare = packed[0].items[0][0], packed[0].items[0][1]
    store.call(store.shipping.Sell, H.SellRequest(code=sold, salesperson="小王",
                                                  operation_id=op()))
    # Not sold yet: nothing to exchange.
    unsold = store.call(store.shipping.GetExchangeCheck, H.CheckExchangeRequest(code=spare))
    assert not unsold.allowed and "not been sold" in unsold.reason_en
    check = store.call(store.shipping.GetExchangeCheck, H.CheckExchangeRequest(code=sold))
    assert check.allowed and check.sold_by == "永辉超市青岛店"
    assert check.unit.product_id == channel.plant.product_id and check.production_date
    done = store.call(store.shipping.Exchange, H.ExchangeRequest(
        damaged_code=sold, replacement_code=spare, reason="瓶身破损", salesperson="小王",
        operation_id=op()))
    assert (done.damaged.code, done.replacement.code) == (sold, spare)
    assert inventory(store) == {("永辉超市青岛店", ""): (0, 1, 3)}  # 2 sellable + 1 damaged
    damaged = store.call(store.stock.ListInventory, common_pb2.ListQuery(filters=[
        common_pb2.Filter(field="condition", value="damaged")])).items
    assert [(r.items, r.damaged) for r in damaged] == [(1, True)]
    # A damaged bottle is not shipped onward or sold; it goes back up the chain.
    try:
        store.call(store.shipping.Sell, H.SellRequest(code=sold, operation_id=op()))
        raise AssertionError("sold a damaged bottle")
    except ServerError as exc:
        assert exc.reason == "STOCK_DAMAGED"
    targets = store.call(store.shipping.ListShipmentTargets, H.ListShipmentTargetsRequest(
        kind=H.SHIPMENT_KIND_RETURN)).items
    assert [t.org_name for t in targets][:2] == ["青岛海润", "济南鲁源"]
    returned = send(store, [sold], kind=H.SHIPMENT_KIND_RETURN, from_org_id=channel.orgs["S1"],
                    customer_org_id=channel.orgs["L2"])
    assert returned.kind == H.SHIPMENT_KIND_RETURN and returned.totals.items == 1
    accept(d2, returned.id, channel.warehouses["WH-L2"])
    rows = d2.call(d2.stock.ListInventory, common_pb2.ListQuery(filters=[
        common_pb2.Filter(field="org_id", value=str(channel.orgs["L2"]))])).items
    assert sorted((r.items, r.damaged) for r in rows) == [(1, True), (4, False)]
    # Another store's customer cannot exchange here: the dealer's sibling did not sell it.
    check = channel.user("dealer2b").call(channel.user("dealer2b").shipping.GetExchangeCheck,
                                          H.CheckExchangeRequest(code=spare))
    assert not check.allowed and "another store" in check.reason_en


def test_returns_go_only_up_the_chain(channel: Channel) -> None:
    d2, d1 = channel.user("dealer2"), channel.user("dealer1")
    packed = _to_store(channel)
    try:
        new_shipment(d2, kind=H.SHIPMENT_KIND_RETURN, warehouse_id=channel.warehouses["WH-L2"],
                     customer_org_id=channel.orgs["L2B"])
        raise AssertionError("returned to a sibling")
    except ServerError as exc:
        assert exc.reason == "SHIP_TARGET_NOT_ALLOWED"
    back = send(d2, [packed[0].cases[1]], kind=H.SHIPMENT_KIND_RETURN,
                warehouse_id=channel.warehouses["WH-L2"], customer_org_id=channel.orgs["L1"])
    accept(d1, back.id, channel.warehouses["WH-L1"])
    # The pallet's last case (a pallet still) and the returned case.
    assert inventory(d1)[("济南鲁源", "WH-L1 仓库")] == (1, 2, 8)
    # A shipment of the returned case: the receiver's stock, any shipment may take it again.
    onward = new_shipment(d1, kind=H.SHIPMENT_KIND_DIRECT,
                          warehouse_id=channel.warehouses["WH-L1"],
                          customer_org_id=channel.orgs["L2B"])
    assert ship_refused(d1, onward.id, packed[0].cases[0]).reason == "STOCK_NOT_HERE"
