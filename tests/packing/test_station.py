"""A station packs bottles into cases and cases onto pallets by scanning only; every refusal
names what is wrong; codes are activated by packing; a repeated operation applies once."""

from __future__ import annotations

from shared.pb import codes_pb2, common_pb2
from tests.catalog.helpers import new_category, new_lot, new_product
from tests.packing.helpers import P, Plant, container, events, refused, scan


def test_items_then_case_then_pallet_build_the_tree(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    assert (run.items_per_case, run.cases_per_pallet) == (4, 3)
    items = plant.codes("item", 1, 12)
    cases = plant.codes("case", 1, 3)
    for c in range(3):
        for i in range(4):
            result = scan(conn, run.id, items[c * 4 + i])
            assert result.outcome == P.SCAN_OUTCOME_ITEM_ADDED
            assert result.case_items == i + 1
        closed = scan(conn, run.id, cases[c])
        assert closed.outcome == P.SCAN_OUTCOME_CASE_CLOSED
        assert (closed.container_code, closed.case_items, closed.pallet_cases) == \
            (cases[c], 0, c + 1)
        assert closed.activated
    pallet = plant.code("pallet", 1)
    done = scan(conn, run.id, pallet)
    assert done.outcome == P.SCAN_OUTCOME_PALLET_CLOSED
    assert (done.run_items, done.run_cases, done.run_pallets, done.pallet_cases) == (12, 3, 1, 0)
    top = container(conn, pallet)
    assert [c.code for c in top.children] == cases and top.item_count == 12
    bottle = container(conn, items[5])
    assert (bottle.parent_code, bottle.root_code) == (cases[1], pallet)
    # Packing activated every code for the run's product and lot.
    info = conn.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=items[5]))
    assert info.state == codes_pb2.CODE_STATE_ACTIVATED
    assert (info.product_id, info.lot_id) == (plant.product_id, plant.lot_id)
    log = events(conn)
    assert [(e.action, e.parent_code, len(e.child_codes)) for e in log] == [
        (P.PACK_ACTION_ADD, cases[0], 4), (P.PACK_ACTION_ADD, cases[1], 4),
        (P.PACK_ACTION_ADD, cases[2], 4), (P.PACK_ACTION_ADD, pallet, 3)]
    assert [e.seq for e in log] == [1, 2, 3, 4]
    assert log[1].prev_hash == log[0].hash and log[0].read_point.endswith("S1")


def test_every_refusal_says_what_is_wrong(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    items = plant.codes("item", 1, 6)
    scan(conn, run.id, items[0])
    assert refused(conn, run.id, items[0]).reason == "PACK_DUPLICATE"
    assert refused(conn, run.id, "123").reason == "CODE_MALFORMED"
    assert refused(conn, run.id, plant.code("pallet", 1)).reason == "PACK_CASE_OPEN"
    short = refused(conn, run.id, plant.code("case", 1))
    assert short.reason == "PACK_SHORT" and short.params["count"] == "1"
    closed = scan(conn, run.id, plant.code("case", 1), short_reason="尾箱")
    assert closed.short and closed.outcome == P.SCAN_OUTCOME_CASE_CLOSED
    already = refused(conn, run.id, items[0])
    assert already.reason == "PACK_ALREADY_PACKED" and plant.code("case", 1) in already.message_en
    for code in items[1:5]:
        scan(conn, run.id, code)
    full = refused(conn, run.id, items[5])
    assert full.reason == "PACK_FULL" and "4/4" in full.message_en
    # A voided code, and one of another product.
    conn.call(conn.codes.Void, codes_pb2.VoidRequest(selection=codes_pb2.CodeSelection(
        batch_id=plant.batches["item"].id, first_serial=50, last_serial=50), reason="破损"))
    scan(conn, run.id, plant.code("case", 2))
    assert refused(conn, run.id, plant.code("item", 50)).reason == "CODE_VOIDED"
    other = new_product(conn, new_category(conn, "C2", fields=[]).id, "P2")
    conn.call(conn.codes.Activate, codes_pb2.ActivateRequest(
        selection=codes_pb2.CodeSelection(batch_id=plant.batches["item"].id, first_serial=60,
                                          last_serial=60), product_id=other.id))
    wrong = refused(conn, run.id, plant.code("item", 60))
    assert wrong.reason == "PACK_WRONG_PRODUCT" and "P2 产品" in wrong.message_zh
    # Nothing of the refusals was applied.
    assert container(conn, plant.code("item", 60)).parent_code == ""


def test_wrong_level_and_an_empty_case(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start(cases_per_pallet=-1)
    assert run.cases_per_pallet == 0
    err = refused(conn, run.id, plant.code("case", 5))
    assert err.reason == "PACK_WRONG_LEVEL" and "item" in err.message_en
    run2 = plant.start(station="S2")
    assert refused(conn, run2.id, plant.code("case", 5)).reason == "PACK_EMPTY"
    assert refused(conn, run2.id, plant.code("pallet", 5)).reason == "PACK_EMPTY"


def test_other_tenants_codes_are_unknown(plant: Plant, other_tenant: object) -> None:
    from tests.support.tenants import TenantFixture
    assert isinstance(other_tenant, TenantFixture)
    stranger = other_tenant.connect()
    batch = stranger.call(stranger.codes.IssueBatch, codes_pb2.IssueBatchRequest(
        level=codes_pb2.CODE_LEVEL_ITEM, format=codes_pb2.CODE_FORMAT_DIGITS, length=18,
        count=10))
    run = plant.start()
    assert refused(plant.admin, run.id, batch.sample_code).reason == "CODE_UNKNOWN"


def test_a_repeated_operation_id_applies_once(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    first = scan(conn, run.id, plant.code("item", 1), op_id="scan-1")
    again = scan(conn, run.id, plant.code("item", 1), op_id="scan-1")
    assert again.replayed and not first.replayed
    assert again.case_items == first.case_items == 1
    reused = conn.call
    try:
        reused(conn.packing.Undo, P.UndoRequest(run_id=run.id, operation_id="scan-1"))
    except Exception as exc:
        assert getattr(exc, "reason", "") == "OPERATION_ID_REUSED"
    else:
        raise AssertionError("an operation id was reused for another command")


def test_a_pallet_left_open_continues_in_the_next_run(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    for n in range(4):
        scan(conn, run.id, plant.code("item", n + 1))
    scan(conn, run.id, plant.code("case", 1))
    ended = conn.call(conn.packing.EndRun, P.EndRunRequest(run_id=run.id))
    assert ended.status == P.RUN_STATUS_CLOSED and ended.pallet_end == P.PALLET_END_KEEP_OPEN
    lot2 = new_lot(conn, plant.product_id, "20261014/01", line_id=plant.line_id, custom={})
    nxt = plant.start(lot_id=lot2.id)
    assert nxt.id != run.id and nxt.open_pallet_cases == 1
    assert nxt.open_pallet_codes == [plant.code("case", 1)]
    # Mixed lots are refused unless the tenant allows them.
    for n in range(4):
        scan(conn, nxt.id, plant.code("item", n + 11))
    assert refused(conn, nxt.id, plant.code("case", 2)).reason == "PACK_MIXED"
    conn.call(conn.packing.UpdatePackingSettings, P.PackingSettings(allow_mixed_lots=True))
    scan(conn, nxt.id, plant.code("case", 2))
    # 尾数提交: the partial pallet closes short with a reason, under a virtual pallet code.
    short = conn.call(conn.packing.CloseVirtualPallet, P.VirtualPalletRequest(
        run_id=nxt.id, short_reason="批次结束"))
    assert short.virtual and short.short and short.container_batch_id == \
        plant.batches["pallet"].id
    assert container(conn, short.container_code).item_count == 8
    listed = conn.call(conn.packing.ListRuns, common_pb2.ListQuery())
    assert {r.id for r in listed.items} >= {run.id, nxt.id}


def test_a_factory_packs_only_the_rolls_allocated_to_it(plant: Plant) -> None:
    operator = plant.operator("op_scope")
    run = plant.start(operator)
    scan(operator, run.id, plant.code("item", 1))  # an allocated roll
    other = plant.admin.call(plant.admin.codes.IssueBatch, codes_pb2.IssueBatchRequest(
        level=codes_pb2.CODE_LEVEL_ITEM, format=codes_pb2.CODE_FORMAT_DIGITS, length=18,
        count=10))  # headquarters' own batch, not given to the factory
    assert refused(operator, run.id, other.sample_code).reason == "CODE_UNKNOWN"
