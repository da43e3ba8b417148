"""Recall: lots found by a material recorded on them, who holds how many units now grouped by
holder, marking them recalled (shipping and selling refuse them, returns take them back)."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, flow_pb2, shipping_pb2, stock_pb2
from tests.catalog.helpers import field, new_category, new_lot, new_product
from tests.packing.helpers import scan
from tests.stock.helpers import Channel, accept, new_shipment, op, send, ship_refused

F, H, S = flow_pb2, shipping_pb2, stock_pb2


def _lot_with_material(channel: Channel) -> tuple[int, list[str]]:
    """Another product whose lot records its raw material batch; 3 cases packed, received."""
    admin = channel.admin
    category = new_category(admin, "OILX", fields=[field("raw_batch", scope="lot",
                                                         label="原料批次")])
    product = new_product(admin, category.id, "PX", items_per_case=4, cases_per_pallet=3)
    lot = new_lot(admin, product.id, "X-01", line_id=channel.plant.line_id,
                  custom={"raw_batch": "HS-2609-17"})
    run = channel.plant.start(admin, station="X", product_id=product.id, lot_id=lot.id,
                              cases_per_pallet=-1)
    cases = []
    for n in range(3):
        for code in channel.plant.codes("item", 160 + n * 4, 163 + n * 4):
            scan(admin, run.id, code)
        cases.append(channel.plant.code("case", 40 + n))
        scan(admin, run.id, cases[-1])
    channel.receive(cases, location="B-01")
    return lot.id, cases


def test_recall_groups_holders_and_marks_the_units(channel: Channel) -> None:
    keeper, d1, store = channel.user("keeper"), channel.user("dealer1"), channel.user("store")
    admin = channel.admin
    packed = channel.pack(pallets=2)  # lot 20261013/01, 24 items
    channel.receive([p.pallet for p in packed])
    shipped = send(keeper, [packed[0].pallet], order_id=channel.order("L1", 3).id)
    accept(d1, shipped.id, channel.warehouses["WH-L1"])
    on_way = send(d1, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_DIRECT,
                  warehouse_id=channel.warehouses["WH-L1"], customer_org_id=channel.orgs["S1"])
    material_lot, material_cases = _lot_with_material(channel)
    # 问题原料用在了哪个批次?
    found = admin.call(admin.flow.SearchLots, F.FindLotsRequest(text="hs-2609-17"))
    assert [x.id for x in found.items] == [material_lot]
    assert {f.label: f.value for f in found.items[0].fields} == {"原料批次": "HS-2609-17"}

    lot_id = channel.plant.lot_id
    preview = admin.call(admin.flow.GetRecallHolders, F.RecallRequest(lot_ids=[lot_id]))
    rows = {(h.org_name, h.state, h.to_name): (h.pallets, h.cases, h.items)
            for h in preview.holders}
    assert rows == {("一厂", S.HOLDING_STATE_IN_STOCK, ""): (1, 3, 12),
                    ("济南鲁源", S.HOLDING_STATE_IN_STOCK, ""): (1, 2, 8),
                    ("济南鲁源", S.HOLDING_STATE_IN_TRANSIT, "永辉超市青岛店"): (0, 1, 4)}
    assert (preview.total_items, preview.unreceived_items, preview.hidden_items) == (24, 0, 0)
    # The dealer sees only its part, the rest counted.
    mine = d1.call(d1.flow.GetRecallHolders, F.RecallRequest(lot_ids=[lot_id]))
    assert {h.org_name for h in mine.holders} == {"济南鲁源"} and mine.hidden_items == 12

    try:
        d1.call(d1.flow.CreateRecall, F.CreateRecallRequest(lot_ids=[lot_id], reason="x",
                                                            operation_id=op()))
        raise AssertionError("a dealer recalled the factory's lot")
    except ServerError as exc:
        assert exc.reason == "PERMISSION_DENIED"
    recall = admin.call(admin.flow.CreateRecall, F.CreateRecallRequest(
        lot_ids=[lot_id, material_lot], reason="原料 HS-2609-17 酸价超标", operation_id=op()))
    assert recall.recall_no.startswith("RC") and recall.items == 36
    assert recall.public_notice  # the default notice for consumers
    assert sum(h.recalled_items for h in recall.holders.holders) == 36

    # Recalled goods do not ship, except back up the chain.
    onward = new_shipment(keeper, order_id=channel.order("L1", 3).id)
    assert ship_refused(keeper, onward.id, packed[1].pallet).reason == "STOCK_RECALLED"
    accept(store, on_way.id)
    try:
        store.call(store.shipping.Sell, H.SellRequest(code=packed[0].items[0][0],
                                                      operation_id=op()))
        raise AssertionError("sold a recalled bottle")
    except ServerError as exc:
        assert exc.reason == "STOCK_RECALLED" and recall.recall_no in exc.message_en
    back = send(store, [packed[0].cases[0]], kind=H.SHIPMENT_KIND_RETURN,
                from_org_id=channel.orgs["S1"], customer_org_id=channel.orgs["L1"])
    accept(d1, back.id, channel.warehouses["WH-L1"])
    listed = admin.call(admin.flow.ListRecalls, common_pb2.ListQuery()).items
    assert [(r.recall_no, len(r.lots)) for r in listed] == [(recall.recall_no, 2)]
    assert material_cases  # received into location B-01 above
