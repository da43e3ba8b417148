"""The consumer page's journey: the public part of the channel flow (regions and dealer levels,
store names, days), a recall notice, nothing internal — and still two round trips."""

from __future__ import annotations

from server.app import Running
from shared.pb import flow_pb2, shipping_pb2
from tests.stock.helpers import Channel, accept, op, send
from tests.support.scans import Gateway, base_url

F, H = flow_pb2, shipping_pb2


def test_the_consumer_page_shows_the_public_flow(channel: Channel, gateway: Gateway,
                                                 running_server: Running) -> None:
    keeper, d1, d2, store = (channel.user(n) for n in ("keeper", "dealer1", "dealer2", "store"))
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    accept(d1, send(keeper, [packed[0].pallet], order_id=channel.order("L1", 3).id).id,
           channel.warehouses["WH-L1"])
    accept(d2, send(d1, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
                    warehouse_id=channel.warehouses["WH-L1"],
                    customer_org_id=channel.orgs["L2"]).id, channel.warehouses["WH-L2"])
    accept(store, send(d2, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
                       warehouse_id=channel.warehouses["WH-L2"],
                       customer_org_id=channel.orgs["S1"]).id)
    bottle = packed[0].items[0][0]
    store.call(store.shipping.Sell, H.SellRequest(code=bottle, salesperson="小王",
                                                  operation_id=op()))
    url = base_url(channel.plant.tenant) + bottle
    gateway.verify(url)  # warm: keys and routes in memory
    assert running_server.scans is not None
    deps = running_server.scans.deps
    before = deps.round_trips
    page = gateway.verify(url)
    assert deps.round_trips - before == 2  # the journey rides in the one READ
    steps = [(e.kind, e.title, e.place) for e in page.timeline]
    assert steps[-8:] == [
        ("received", "入库", ""),  # the factory records no region here
        ("shipped", "发往一级经销商", "山东省济南市"),
        ("received", "一级经销商收货", "山东省济南市"),
        ("shipped", "发往二级经销商", "山东省青岛市"),
        ("received", "二级经销商收货", "山东省青岛市"),
        ("shipped", "发往门店", "永辉超市青岛店 · 山东省青岛市市南区"),
        ("received", "门店收货", "永辉超市青岛店 · 山东省青岛市市南区"),
        ("sold", "门店售出", "永辉超市青岛店 · 山东省青岛市市南区")]
    assert all(e.date and not e.at.seconds for e in page.timeline[-8:])  # days, not times
    shown = " ".join(f"{e.title} {e.place} {e.detail}" for e in page.timeline)
    for private in ("济南鲁源", "青岛海润", "WH-", "SH2", "鲁A12345", "小王", "store"):
        assert private not in shown, private
    english = gateway.verify(url, lang="en")
    assert [e.title for e in english.timeline][-2:] == ["Received by the store",
                                                        "Sold by the store"]
    # A recall of the lot shows on every unit of it.
    channel.admin.call(channel.admin.flow.CreateRecall, F.CreateRecallRequest(
        lot_ids=[channel.plant.lot_id], reason="酸价超标", operation_id=op()))
    recalled = gateway.verify(base_url(channel.plant.tenant) + packed[0].items[2][0])
    last = recalled.timeline[-1]
    assert (last.kind, last.title) == ("recalled", "该批次已召回") and "召回" in last.detail
    assert "酸价" not in last.detail  # the internal reason stays inside
