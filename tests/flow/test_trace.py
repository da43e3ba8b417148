"""跟踪查询: a bottle's full timeline inherits its case's and pallet's steps while it was in
them; a dealer sees its own part of the story; a lot's downstream and the materials search."""

from __future__ import annotations

from shared.pb import common_pb2, flow_pb2, shipping_pb2
from tests.stock.helpers import Channel, accept, op, send

F, H = flow_pb2, shipping_pb2


def _flow(channel: Channel) -> list:  # type: ignore[type-arg]
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
    store.call(store.shipping.Sell, H.SellRequest(code=packed[0].items[0][0],
                                                  salesperson="小王", operation_id=op()))
    return packed


def test_a_bottles_timeline_from_issue_to_sale(channel: Channel) -> None:
    packed = _flow(channel)
    bottle = packed[0].items[0][0]
    admin = channel.admin
    trace = admin.call(admin.flow.TraceCode, F.TraceCodeRequest(code=bottle))
    assert trace.code == bottle and trace.state == "activated" and trace.hidden_steps == 0
    kinds = [(e.kind, e.via_code, e.to_name.split(" · ")[0]) for e in trace.timeline
             if e.kind not in (F.TRACE_KIND_ISSUED, F.TRACE_KIND_ALLOCATED,
                               F.TRACE_KIND_ACTIVATED)]
    pallet, case = packed[0].pallet, packed[0].cases[0]
    assert kinds == [
        (F.TRACE_KIND_PACKED, "", case),                 # into its case at the station
        (F.TRACE_KIND_PACKED, case, pallet),             # its case onto the pallet
        (F.TRACE_KIND_RECEIPT, pallet, "一厂"),           # the pallet into the warehouse
        (F.TRACE_KIND_SHIP, pallet, "济南鲁源"),          # shipped to the L1 dealer
        (F.TRACE_KIND_RECEIVE, pallet, "济南鲁源"),
        (F.TRACE_KIND_UNPACKED, case, pallet),           # L1 takes the case off the pallet
        (F.TRACE_KIND_SHIP, case, "青岛海润"),            # L1 → L2
        (F.TRACE_KIND_RECEIVE, case, "青岛海润"),
        (F.TRACE_KIND_SHIP, case, "永辉超市青岛店"),       # L2 → store
        (F.TRACE_KIND_RECEIVE, case, "永辉超市青岛店"),
        (F.TRACE_KIND_UNPACKED, "", case),               # the store opens the case
        (F.TRACE_KIND_SELL, "", "永辉超市青岛店")]
    sale = trace.timeline[-1]
    assert "小王" in sale.detail and sale.user_name == "store"
    ship = next(e for e in trace.timeline if e.kind == F.TRACE_KIND_SHIP)
    assert ship.document_no.startswith("SH") and "鲁A12345" in ship.detail
    assert ship.to_region == "370100"
    assert trace.holder.state == 3  # sold
    assert trace.lot.lot_no == "20261013/01" and trace.lot.stations
    # Its case is at the store now, with the other three bottles.
    case_trace = admin.call(admin.flow.TraceCode, F.TraceCodeRequest(code=case))
    assert (case_trace.items, len(case_trace.children)) == (3, 3)
    assert case_trace.holder.org_name == "永辉超市青岛店"
    # The pallet: its own steps only (it never went beyond L1), one case left on it.
    pallet_trace = admin.call(admin.flow.TraceCode, F.TraceCodeRequest(code=pallet))
    assert [e.kind for e in pallet_trace.timeline if e.kind >= F.TRACE_KIND_RECEIPT] == [
        F.TRACE_KIND_RECEIPT, F.TRACE_KIND_SHIP, F.TRACE_KIND_RECEIVE]
    assert (pallet_trace.cases, pallet_trace.items) == (2, 8)


def test_a_dealer_sees_its_part_of_the_story(channel: Channel) -> None:
    packed = _flow(channel)
    d2 = channel.user("dealer2")
    trace = d2.call(d2.flow.TraceCode, F.TraceCodeRequest(code=packed[0].items[0][0]))
    moved = [e for e in trace.timeline if e.kind >= F.TRACE_KIND_RECEIPT]
    # The factory's receipt and its shipment to L1, and L1's receipt, are not L2's business.
    assert trace.hidden_steps == 3
    assert [e.kind for e in moved] == [F.TRACE_KIND_SHIP, F.TRACE_KIND_RECEIVE,
                                       F.TRACE_KIND_SHIP, F.TRACE_KIND_RECEIVE,
                                       F.TRACE_KIND_SELL]


def test_a_lots_downstream_and_the_materials_search(channel: Channel) -> None:
    _flow(channel)
    admin = channel.admin
    found = admin.call(admin.flow.SearchLots, F.FindLotsRequest(text="20261013"))
    assert [x.lot_no for x in found.items] == ["20261013/01"]
    lot = admin.call(admin.flow.GetLotTrace, common_pb2.IdRequest(id=found.items[0].id))
    assert lot.lot.packed_items == 12
    assert [(s.from_name, s.to_name, s.items) for s in lot.shipments] == [
        ("一厂", "济南鲁源", 12), ("济南鲁源", "青岛海润", 4), ("青岛海润", "永辉超市青岛店", 4)]
    held = {(h.org_name, h.state): h.items for h in lot.holders.holders}
    assert held == {("济南鲁源", 1): 8, ("永辉超市青岛店", 1): 3, ("永辉超市青岛店", 3): 1}
