"""Undo, disaggregate and replace leave the tree and the event log right; the chain shows any
tampering; a collection record can be rebound to another product or deleted, audited."""

from __future__ import annotations

from sqlalchemy import text

from client.connection import ServerError
from shared.pb import codes_pb2, common_pb2
from tests.catalog.helpers import new_lot
from tests.packing.helpers import P, Plant, container, events, op, scan


def _pack_pallet(plant: Plant, run_id: int) -> tuple[list[str], list[str], str]:
    items, cases = plant.codes("item", 1, 12), plant.codes("case", 1, 3)
    for c in range(3):
        for code in items[c * 4:c * 4 + 4]:
            scan(plant.admin, run_id, code)
        scan(plant.admin, run_id, cases[c])
    pallet = plant.code("pallet", 1)
    scan(plant.admin, run_id, pallet)
    return items, cases, pallet


def _undo(plant: Plant, run_id: int) -> P.PackScanResult:
    return plant.admin.call(plant.admin.packing.Undo, P.UndoRequest(run_id=run_id,
                                                                    operation_id=op()))


def test_undo_walks_back_scan_by_scan(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    items, cases, pallet = _pack_pallet(plant, run.id)
    undone = _undo(plant, run.id)  # the pallet reopens: its cases are on the open pallet again
    assert (undone.undone, undone.pallet_cases, undone.run_pallets) == \
        (P.SCAN_OUTCOME_PALLET_CLOSED, 3, 0)
    assert container(conn, items[0]).root_code == cases[0]
    undone = _undo(plant, run.id)  # the last case reopens: its items are in the open case
    assert (undone.undone, undone.case_items, undone.pallet_cases, undone.run_items) == \
        (P.SCAN_OUTCOME_CASE_CLOSED, 4, 2, 8)
    assert container(conn, items[11]).parent_code == "" and container(conn, items[11]).pending
    assert container(conn, cases[2]).children == []
    undone = _undo(plant, run.id)  # the last item leaves the open case
    assert (undone.undone, undone.case_items, undone.code) == \
        (P.SCAN_OUTCOME_ITEM_ADDED, 3, items[11])
    # Scanning again rebuilds it; the log tells the whole story in order.
    scan(conn, run.id, items[11])
    scan(conn, run.id, cases[2])
    scan(conn, run.id, pallet)
    log = [(e.action, e.biz_step, e.parent_code) for e in events(conn)]
    assert log[-5:] == [(P.PACK_ACTION_ADD, "packing", pallet),
                        (P.PACK_ACTION_DELETE, "unpacking", pallet),
                        (P.PACK_ACTION_DELETE, "unpacking", cases[2]),
                        (P.PACK_ACTION_ADD, "packing", cases[2]),
                        (P.PACK_ACTION_ADD, "packing", pallet)]
    assert container(conn, items[11]).root_code == pallet
    assert conn.call(conn.packing.VerifyEventChain, common_pb2.Empty()).ok


def test_disaggregate_one_then_all(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    items, cases, pallet = _pack_pallet(plant, run.id)
    left = conn.call(conn.packing.Disaggregate, P.DisaggregateRequest(
        container_code=cases[0], child_codes=[items[1]], reason="质检抽检", operation_id=op()))
    assert [c.code for c in left.children] == [items[0], items[2], items[3]]
    loose = container(conn, items[1])
    assert (loose.parent_code, loose.root_code) == ("", "")
    assert container(conn, pallet).item_count == 11
    emptied = conn.call(conn.packing.Disaggregate, P.DisaggregateRequest(
        container_code=pallet, all=True, reason="拆托", operation_id=op()))
    assert emptied.children == []
    # Cases are tops now, their items' top-most container is their case.
    assert container(conn, items[5]).root_code == cases[1]
    last = events(conn)[-2:]
    assert [(e.action, e.parent_code, sorted(e.child_codes)) for e in last] == [
        (P.PACK_ACTION_DELETE, cases[0], [items[1]]),
        (P.PACK_ACTION_DELETE, pallet, sorted(cases))]
    assert last[0].reason == "质检抽检"
    try:
        conn.call(conn.packing.Disaggregate, P.DisaggregateRequest(
            container_code=cases[1], child_codes=[items[0]], reason="x", operation_id=op()))
    except ServerError as exc:
        assert exc.reason == "PACK_NOT_A_CHILD"
    else:
        raise AssertionError("a code not in the case was removed")


def test_replace_puts_the_new_item_in_the_old_ones_place(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    items, _cases, pallet = _pack_pallet(plant, run.id)
    new = plant.code("item", 100)
    after = conn.call(conn.packing.Replace, P.ReplaceRequest(
        new_code=new, old_code=items[2], reason="漏油", operation_id=op()))
    assert sorted(c.code for c in after.children) == sorted([items[0], items[1], items[3], new])
    assert container(conn, new).root_code == pallet
    assert container(conn, items[2]).parent_code == ""
    info = conn.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=new))
    assert info.state == codes_pb2.CODE_STATE_ACTIVATED and info.lot_id == plant.lot_id
    last = events(conn)[-2:]
    assert [(e.action, e.biz_step, e.child_codes) for e in last] == [
        (P.PACK_ACTION_DELETE, "replacing", [items[2]]), (P.PACK_ACTION_ADD, "replacing", [new])]
    # A packed code cannot replace another.
    try:
        conn.call(conn.packing.Replace, P.ReplaceRequest(
            new_code=items[5], old_code=items[0], reason="x", operation_id=op()))
    except ServerError as exc:
        assert exc.reason == "PACK_ALREADY_PACKED"
    else:
        raise AssertionError("a packed code replaced another")


def test_tampering_with_the_log_is_detected(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    _pack_pallet(plant, run.id)
    assert conn.call(conn.packing.VerifyEventChain, common_pb2.Empty()).events == 4
    with plant.tenant.sessions() as s, s.begin():
        s.execute(text("UPDATE pack_event SET station = 'elsewhere' WHERE tenant_id = :t "
                       "AND seq = 2"), {"t": plant.tenant.ids.tenant_id})
    found = conn.call(conn.packing.VerifyEventChain, common_pb2.Empty())
    assert not found.ok and found.first_bad_seq == 2


def test_fuzzy_range_links_consecutive_serials(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start(cases_per_pallet=-1)
    linked = conn.call(conn.packing.LinkRange, P.LinkRangeRequest(
        run_id=run.id, case_code=plant.code("case", 7), first_item_code=plant.code("item", 41),
        operation_id=op()))
    assert linked.outcome == P.SCAN_OUTCOME_CASE_CLOSED and linked.run_items == 4
    case = container(conn, plant.code("case", 7))
    assert [c.code for c in case.children] == plant.codes("item", 41, 44)
    assert all(c.fuzzy for c in case.children)
    undone = _undo(plant, run.id)
    assert undone.undone == P.SCAN_OUTCOME_CASE_CLOSED and undone.case_items == 0


def test_change_product_and_delete_a_collection_record(plant: Plant) -> None:
    conn = plant.admin
    run = plant.start()
    items, cases, pallet = _pack_pallet(plant, run.id)
    lot2 = new_lot(conn, plant.product_id, "20261015/01", line_id=plant.line_id, custom={})
    changed = conn.call(conn.packing.ChangeRunProduct, P.ChangeRunProductRequest(
        run_id=run.id, product_id=plant.product_id, lot_id=lot2.id, reason="批号录错",
        operation_id=op()))
    assert changed.lot_no == "20261015/01" and changed.note == "批号录错"
    info = conn.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=items[7]))
    assert info.lot_no == "20261015/01"
    deleted = conn.call(conn.packing.DeleteRun, P.DeleteRunRequest(
        run_id=run.id, reason="测试数据", operation_id=op()))
    assert deleted.status == P.RUN_STATUS_DELETED
    assert container(conn, pallet).children == [] and container(conn, cases[0]).children == []
    assert container(conn, items[0]).parent_code == ""
    audit = conn.call(conn.audit.SearchAudit, common_pb2.ListQuery(
        filters=[common_pb2.Filter(field="entity", value="pack_run")], page_size=100))
    assert {"delete", "change_product"} <= {a.action for a in audit.items}
    assert conn.call(conn.packing.VerifyEventChain, common_pb2.Empty()).ok
