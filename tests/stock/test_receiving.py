"""Receiving at a dealer: scanned in, what was shipped but not scanned is reported missing to
the sender and what was not shipped extra; a case scanned out of a shipped pallet breaks it
and every count stays right; a unit reported missing can still be received later."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, shipping_pb2, stock_pb2
from tests.stock.helpers import Channel, accept, inventory, op, send

H, S = shipping_pb2, stock_pb2


def _scan_in(conn: object, receipt_id: int, code: str) -> stock_pb2.StockScanResult:
    return conn.call(conn.stock.ScanReceipt, S.StockScanRequest(  # type: ignore[attr-defined]
        document_id=receipt_id, code=code, operation_id=op()))


def test_scanned_in_with_missing_and_extra_units_reported_to_the_sender(
        channel: Channel) -> None:
    keeper, d1 = channel.user("keeper"), channel.user("dealer1")
    packed = channel.pack(pallets=3)
    channel.receive([p.pallet for p in packed])
    order = channel.order("L1", 9)
    shipped = send(keeper, [packed[0].pallet, packed[1].pallet], order_id=order.id)
    receipt = d1.call(d1.stock.OpenReceipt, S.OpenReceiptRequest(
        shipment_id=shipped.id, warehouse_id=channel.warehouses["WH-L1"], operation_id=op()))
    assert receipt.kind == S.RECEIPT_KIND_SHIPMENT and receipt.expected.items == 24
    # The first pallet's label is torn: its cases are scanned; one case did not arrive.
    for case in packed[0].cases[:2]:
        assert _scan_in(d1, receipt.id, case).outcome == S.STOCK_SCAN_OUTCOME_ADDED
    _scan_in(d1, receipt.id, packed[1].pallet)
    extra = _scan_in(d1, receipt.id, packed[2].cases[0])  # loaded by mistake, not shipped
    assert extra.outcome == S.STOCK_SCAN_OUTCOME_EXTRA and "extra" in extra.message_en
    try:
        _scan_in(d1, receipt.id, packed[1].cases[0])  # already in (its pallet is)
        raise AssertionError("scanned twice")
    except ServerError as exc:
        assert exc.reason == "STOCK_ALREADY_SCANNED"
    done = d1.call(d1.stock.ConfirmReceipt, S.DocumentCommand(id=receipt.id, operation_id=op()))
    assert (done.missing_units, done.extra_units) == (1, 1)
    assert (done.totals.pallets, done.totals.cases, done.totals.items) == (1, 5, 20)
    assert inventory(d1) == {("济南鲁源", "WH-L1 仓库"): (1, 5, 20)}
    # The missing case is still on its way with the shipment (the sender's records).
    assert inventory(keeper, state="in_transit") == {("一厂", "WH-F1 仓库"): (0, 1, 4)}
    assert inventory(keeper) == {("一厂", "WH-F1 仓库"): (1, 3, 12)}  # the extra never left
    got = keeper.call(keeper.shipping.GetShipment, common_pb2.IdRequest(id=shipped.id))
    assert got.status == H.SHIPMENT_STATUS_RECEIVED_SHORT and got.open_discrepancies == 2
    issues = keeper.call(keeper.shipping.ListDiscrepancies, common_pb2.ListQuery(
        sort=[common_pb2.Sort(field="id")])).items
    assert [(d.kind, d.code, d.unit.items) for d in issues] == [
        (H.DISCREPANCY_KIND_MISSING, packed[0].cases[2], 4),
        (H.DISCREPANCY_KIND_EXTRA, packed[2].cases[0], 4)]
    assert "一厂" in issues[1].where  # where the records say the extra case is
    # The dealer finds the case a day later: received, and the discrepancy settles itself.
    late = accept(d1, shipped.id, channel.warehouses["WH-L1"])
    assert late.totals.items == 4
    got = keeper.call(keeper.shipping.GetShipment, common_pb2.IdRequest(id=shipped.id))
    assert got.status == H.SHIPMENT_STATUS_RECEIVED and got.open_discrepancies == 1
    # The sender settles the extra one.
    settled = keeper.call(keeper.shipping.ResolveDiscrepancy, H.ResolveDiscrepancyRequest(
        id=issues[1].id, resolution="已补开发货单"))
    assert settled.resolved and settled.resolution == "已补开发货单"
    try:
        d1.call(d1.shipping.ResolveDiscrepancy, H.ResolveDiscrepancyRequest(
            id=issues[1].id, resolution="x"))
        raise AssertionError("the receiver settled the sender's discrepancy")
    except ServerError as exc:
        assert exc.reason == "OUT_OF_SCOPE"
    assert inventory(d1) == {("济南鲁源", "WH-L1 仓库"): (1, 6, 24)}


def test_only_the_receiver_receives_and_only_what_is_on_its_way(channel: Channel) -> None:
    keeper, d2 = channel.user("keeper"), channel.user("dealer2")
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    shipped = send(keeper, [packed[0].pallet], order_id=channel.order("L1", 3).id)
    try:
        accept(d2, shipped.id)
        raise AssertionError("another dealer received L1's shipment")
    except ServerError as exc:
        assert exc.reason == "NOT_FOUND"
    accept(channel.user("dealer1"), shipped.id)
    try:
        accept(channel.user("dealer1"), shipped.id)
        raise AssertionError("received twice")
    except ServerError as exc:
        assert exc.reason == "RECEIVE_NOTHING"
