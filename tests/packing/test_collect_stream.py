"""The collection stream acknowledges every record in order: applied, refused with a reason (the
stream goes on), or a duplicate — by record id, or the same record under a new id."""

from __future__ import annotations

import uuid

from shared.pb import common_pb2, packing_pb2
from tests.packing.helpers import Plant, container, events


def _record(plant: Plant, parent: str, children: list[str], rid: str = "",
            short: bool = False) -> packing_pb2.CollectRecord:
    return packing_pb2.CollectRecord(
        record_id=rid or uuid.uuid4().hex, line_id=plant.line_id, station="PC-7",
        product_id=plant.product_id, lot_id=plant.lot_id, parent_code=parent,
        child_codes=children, short=short)


def test_every_record_gets_its_own_acknowledgement(plant: Plant) -> None:
    conn = plant.tenant.user_with("collector", ["pack.collect"], plant.factory_id)
    items, cases = plant.codes("item", 1, 12), plant.codes("case", 1, 4)
    records = [
        _record(plant, cases[0], items[0:4], "r1"),
        _record(plant, cases[0], items[0:4], "r1"),  # the same id again
        _record(plant, cases[0], items[0:4]),          # the same record under a new id
        _record(plant, cases[1], items[4:7]),          # short, not accepted as short
        _record(plant, cases[1], items[4:7], short=True),
        _record(plant, cases[2], [items[0], *items[8:11]]),  # a bottle already in case 1
        _record(plant, plant.code("pallet", 1), cases[:2], short=True),
    ]
    acks = list(conn.call(conn.packing.Collect, iter(records), timeout=60))
    assert [a.record_id for a in acks] == [r.record_id for r in records]
    assert [(a.ok, a.duplicate, a.reason) for a in acks] == [
        (True, False, ""), (True, True, ""), (True, True, ""), (False, False, "PACK_SHORT"),
        (True, False, ""), (False, False, "PACK_ALREADY_PACKED"), (True, False, "")]
    assert "“" in acks[5].message_zh and acks[5].message_en
    assert [c.code for c in container(plant.admin, plant.code("pallet", 1)).children] == \
        cases[:2]
    assert len(events(plant.admin)) == 3
    runs = plant.admin.call(plant.admin.packing.ListRuns, common_pb2.ListQuery()).items
    assert [(r.station, r.cases, r.items, r.pallets) for r in runs] == [("PC-7", 2, 7, 1)]
