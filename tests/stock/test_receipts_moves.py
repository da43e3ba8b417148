"""Receipts from production (scanned, or a whole collection record in one step), put-away and
moves between locations, packing corrections on goods in stock, low-stock warnings."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, packing_pb2, shipping_pb2, stock_pb2, warehouse_pb2
from tests.packing.helpers import scan
from tests.stock.helpers import Channel, accept, inventory, op, send

H, P, S = shipping_pb2, packing_pb2, stock_pb2


def _scan_receipt(conn: object, receipt_id: int, code: str) -> stock_pb2.StockScanResult:
    return conn.call(conn.stock.ScanReceipt, S.StockScanRequest(  # type: ignore[attr-defined]
        document_id=receipt_id, code=code, operation_id=op()))


def test_a_production_receipt_scans_tops_and_refuses_what_is_not_ready(
        channel: Channel) -> None:
    keeper = channel.user("keeper")
    packed = channel.pack(pallets=2)
    receipt = keeper.call(keeper.stock.OpenReceipt, S.OpenReceiptRequest(
        warehouse_id=channel.warehouse, location_id=channel.locations["A-01"],
        operation_id=op()))
    whole = _scan_receipt(keeper, receipt.id, packed[0].cases[1])  # a case stands for its pallet
    assert whole.unit.code == packed[0].pallet and "whole pallet" in whole.message_en
    try:
        _scan_receipt(keeper, receipt.id, packed[0].pallet)
        raise AssertionError("scanned twice")
    except ServerError as exc:
        assert exc.reason == "STOCK_ALREADY_SCANNED"
    empty = channel.plant.code("case", 55)  # never packed
    try:
        _scan_receipt(keeper, receipt.id, empty)
        raise AssertionError("an empty case was received")
    except ServerError as exc:
        assert exc.reason == "STOCK_NOT_PACKED"
    other = keeper.call(keeper.stock.OpenReceipt, S.OpenReceiptRequest(
        warehouse_id=channel.warehouse, operation_id=op()))
    try:
        _scan_receipt(keeper, other.id, packed[0].pallet)
        raise AssertionError("one pallet on two receipts")
    except ServerError as exc:
        assert exc.reason == "STOCK_IN_DOCUMENT" and receipt.receipt_no in exc.message_en
    keeper.call(keeper.stock.UnscanReceipt, S.StockScanRequest(
        document_id=receipt.id, code=packed[0].pallet, operation_id=op()))
    _scan_receipt(keeper, other.id, packed[0].pallet)
    keeper.call(keeper.stock.CancelReceipt, S.DocumentCommand(id=receipt.id, operation_id=op()))
    confirm_op = op()
    done = keeper.call(keeper.stock.ConfirmReceipt, S.DocumentCommand(id=other.id,
                                                                      operation_id=confirm_op))
    again = keeper.call(keeper.stock.ConfirmReceipt, S.DocumentCommand(id=other.id,
                                                                       operation_id=confirm_op))
    assert done.status == again.status == S.RECEIPT_STATUS_CONFIRMED and done.totals.items == 12
    try:
        _scan_receipt(keeper, other.id, packed[1].pallet)
        raise AssertionError("a confirmed receipt took a scan")
    except ServerError as exc:
        assert exc.reason == "DOCUMENT_NOT_OPEN"
    third = keeper.call(keeper.stock.OpenReceipt, S.OpenReceiptRequest(
        warehouse_id=channel.warehouse, operation_id=op()))
    again_in = None
    try:
        _scan_receipt(keeper, third.id, packed[0].items[0][0])
    except ServerError as exc:
        again_in = exc
    assert again_in is not None and again_in.reason == "STOCK_ALREADY_RECEIVED"
    assert "一厂" in again_in.message_zh


def test_a_collection_record_is_received_in_one_step(channel: Channel) -> None:
    keeper = channel.user("keeper")
    channel.pack(pallets=2)
    runs = keeper.call(keeper.stock.ListReceivableRuns, S.ListReceivableRunsRequest(
        warehouse_id=channel.warehouse)).items
    assert [(r.units, r.lot_no) for r in runs] == [(2, "20261013/01")]
    receipt = keeper.call(keeper.stock.ReceiveRun, S.ReceiveRunRequest(
        run_id=runs[0].run_id, warehouse_id=channel.warehouse,
        location_id=channel.locations["B-01"], operation_id=op()))
    assert (receipt.totals.pallets, receipt.totals.items, receipt.location_code) == \
        (2, 24, "B-01")
    assert keeper.call(keeper.stock.ListReceivableRuns, S.ListReceivableRunsRequest(
        warehouse_id=channel.warehouse)).items == []


def test_moves_between_locations_and_packing_corrections_keep_counts(channel: Channel) -> None:
    keeper, admin = channel.user("keeper"), channel.admin
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    # A case taken off the pallet to B-01; the pallet stays on A-01.
    moved = keeper.call(keeper.stock.MoveStock, S.MoveStockRequest(
        codes=[packed[0].cases[2]], warehouse_id=channel.warehouse,
        location_id=channel.locations["B-01"], operation_id=op()))
    assert moved.totals.items == 4
    rows = keeper.call(keeper.stock.ListInventory, common_pb2.ListQuery()).items
    assert sorted((r.location_code, r.pallets, r.cases, r.items) for r in rows) == [
        ("A-01", 1, 2, 8), ("B-01", 0, 1, 4)]
    # A used location cannot be deleted (part A's IN_USE).
    try:
        admin.call(admin.warehouse.DeleteLocation, common_pb2.IdRequest(
            id=channel.locations["B-01"]))
        raise AssertionError("a used location was deleted")
    except ServerError as exc:
        assert exc.reason == "IN_USE"
    # Quality control takes a bottle out of a case in stock: the bottle is a holding of its own
    # at the case's place; the counts do not change.
    admin.call(admin.packing.Disaggregate, P.DisaggregateRequest(
        container_code=packed[0].cases[0], child_codes=[packed[0].items[0][0]],
        reason="质检抽检", operation_id=op()))
    rows = keeper.call(keeper.stock.ListInventory, common_pb2.ListQuery()).items
    assert sorted((r.location_code, r.pallets, r.cases, r.loose_items, r.items)
                  for r in rows) == [("A-01", 1, 2, 1, 8), ("B-01", 0, 1, 0, 4)]
    # Repacked: a station puts the loose bottle into a new case, which joins its holding.
    run = channel.plant.start(admin, station="QC", cases_per_pallet=-1)
    scan(admin, run.id, packed[0].items[0][0])
    for code in channel.plant.codes("item", 190, 192):
        scan(admin, run.id, code)
    scan(admin, run.id, channel.plant.code("case", 58))
    rows = keeper.call(keeper.stock.ListInventory, common_pb2.ListQuery()).items
    assert sorted((r.location_code, r.pallets, r.cases, r.loose_items, r.items)
                  for r in rows) == [("A-01", 1, 3, 0, 11), ("B-01", 0, 1, 0, 4)]
    # Goods for another party go on a transfer shipment, not a move.
    try:
        keeper.call(keeper.stock.MoveStock, S.MoveStockRequest(
            codes=[packed[0].pallet], warehouse_id=channel.warehouses["WH-L1"],
            operation_id=op()))
        raise AssertionError("moved into a dealer's warehouse")
    except ServerError as exc:
        assert exc.reason == "NOT_FOUND"  # the keeper does not even see it


def test_low_stock_warnings_follow_inventory(channel: Channel) -> None:
    keeper, d1 = channel.user("keeper"), channel.user("dealer1")
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    d1.call(d1.warehouse.SetStockAlert, warehouse_pb2.StockAlert(
        org_id=channel.orgs["L1"], product_id=channel.plant.product_id, min_items=10))
    warned = d1.call(d1.stock.ListStockWarnings, common_pb2.ListQuery()).items
    assert [(w.org_name, w.items, w.min_items) for w in warned] == [("济南鲁源", 0, 10)]
    accept(d1, send(keeper, [packed[0].pallet], order_id=channel.order("L1", 3).id).id,
           channel.warehouses["WH-L1"])
    assert d1.call(d1.stock.ListStockWarnings, common_pb2.ListQuery()).items == []
    assert inventory(d1)[("济南鲁源", "WH-L1 仓库")] == (1, 3, 12)
    # Two cases go on: 4 left, below 10.
    send(d1, [packed[0].cases[0], packed[0].cases[1]], kind=H.SHIPMENT_KIND_DIRECT,
         warehouse_id=channel.warehouses["WH-L1"], customer_org_id=channel.orgs["L2"])
    warned = d1.call(d1.stock.ListStockWarnings, common_pb2.ListQuery()).items
    assert [(w.items, w.min_items) for w in warned] == [(4, 10)]
