"""Shipping against an order refuses what does not belong with the reason, progress is live per
line, partial shipments and cancel work, a confirm repeated after a timeout applies once, and
exceptional shipments wait for approval."""

from __future__ import annotations

from client.connection import ServerError
from shared.pb import common_pb2, orders_pb2, shipping_pb2, stock_pb2
from tests.catalog.helpers import new_product
from tests.stock.helpers import (
    Channel,
    confirm,
    inventory,
    new_shipment,
    op,
    ship,
    ship_refused,
)

H, S, O = shipping_pb2, stock_pb2, orders_pb2  # noqa: E741


def test_over_scan_wrong_product_and_goods_elsewhere_are_refused(channel: Channel) -> None:
    keeper = channel.user("keeper")
    packed = channel.pack(pallets=2)
    channel.receive([packed[0].pallet])  # the second pallet stays unreceived
    order = channel.order("L1", 2)  # 2 cases = 8 items
    shipment = new_shipment(keeper, order_id=order.id)
    assert [(x.ordered_items, x.remaining_items) for x in shipment.progress] == [(8, 8)]

    over = ship_refused(keeper, shipment.id, packed[0].pallet)  # 12 items > 8
    assert over.reason == "SHIP_OVER_SCAN"
    assert "12" in over.message_en and "8" in over.message_en and "cases" in over.message_en
    first = ship(keeper, shipment.id, packed[0].cases[0])
    assert [(x.scanned_items, x.remaining_items) for x in first.lines] == [(4, 4)]
    assert first.totals.items == 4 and first.unit.level == 2
    again = ship_refused(keeper, shipment.id, packed[0].cases[0])
    assert again.reason == "STOCK_ALREADY_SCANNED"
    inside = ship_refused(keeper, shipment.id, packed[0].items[0][1])  # a bottle of that case
    assert inside.reason == "STOCK_ALREADY_SCANNED"
    unreceived = ship_refused(keeper, shipment.id, packed[1].cases[0])
    assert unreceived.reason == "STOCK_NOT_IN_STOCK" and "not received" in unreceived.message_en

    # Another product: a pallet of it is in the warehouse but not on the order.
    other = new_product(channel.admin, _category(channel), "P2", items_per_case=4,
                        cases_per_pallet=3)
    wrong = _foreign_case(channel, other.id)
    refusal = ship_refused(keeper, shipment.id, wrong)
    assert refusal.reason == "SHIP_WRONG_PRODUCT" and order.order_no in refusal.message_zh

    # Goods at another warehouse: the dealer's.
    d1 = channel.user("dealer1")
    second = ship(keeper, shipment.id, packed[0].cases[1])
    assert second.lines[0].remaining_items == 0
    done = confirm(keeper, shipment.id)
    from tests.stock.helpers import accept

    accept(d1, done.id, channel.warehouses["WH-L1"])
    order2 = channel.order("L1", 1)
    s2 = new_shipment(keeper, order_id=order2.id)
    there = ship_refused(keeper, s2.id, packed[0].cases[0])
    assert there.reason == "STOCK_NOT_IN_STOCK" or there.reason == "STOCK_NOT_HERE"
    # The keeper is not on the dealer's side: the dealer's name is not given away.
    assert "济南" not in there.message_zh


def test_unscan_partial_shipments_and_cancel(channel: Channel) -> None:
    keeper = channel.user("keeper")
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    order = channel.order("L1", 3)
    first = new_shipment(keeper, order_id=order.id)
    ship(keeper, first.id, packed[0].cases[0])
    ship(keeper, first.id, packed[0].cases[1])
    removed = keeper.call(keeper.shipping.UnscanShipment, S.StockScanRequest(
        document_id=first.id, code=packed[0].cases[1], operation_id=op()))
    assert removed.outcome == S.STOCK_SCAN_OUTCOME_REMOVED and removed.totals.units == 1
    confirm(keeper, first.id)
    got = keeper.call(keeper.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id))
    assert got.status == O.ORDER_STATUS_PARTLY_SHIPPED and got.shipped_items == 4
    # A second draft holds a case; a third cannot take it; cancelling the second frees it.
    second = new_shipment(keeper, order_id=order.id)
    ship(keeper, second.id, packed[0].cases[1])
    third = new_shipment(keeper, order_id=order.id)
    taken = ship_refused(keeper, third.id, packed[0].cases[1])
    assert taken.reason == "STOCK_IN_DOCUMENT" and second.shipment_no in taken.message_en
    reserved = ship(keeper, third.id, packed[0].cases[2])
    assert [(x.shipped_items, x.reserved_items, x.scanned_items, x.remaining_items)
            for x in reserved.lines] == [(4, 4, 4, 0)]
    # The list shows a draft's scans so far, a confirmed shipment's totals.
    listed = {x.id: (x.status, x.totals.cases, x.totals.items) for x in keeper.call(
        keeper.shipping.ListShipments, common_pb2.ListQuery()).items}
    assert listed[second.id] == listed[third.id] == (H.SHIPMENT_STATUS_DRAFT, 1, 4)
    assert listed[first.id] == (H.SHIPMENT_STATUS_SHIPPED, 1, 4)
    cancelled = keeper.call(keeper.shipping.CancelShipment, S.DocumentCommand(
        id=second.id, reason="客户改期", operation_id=op()))
    assert cancelled.status == H.SHIPMENT_STATUS_CANCELLED
    ship(keeper, third.id, packed[0].cases[1])
    done = confirm(keeper, third.id)
    assert done.totals.items == 8
    got = keeper.call(keeper.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id))
    assert got.status == O.ORDER_STATUS_SHIPPED and got.shipped_items == 12
    try:
        ship(keeper, done.id, packed[0].cases[1])
        raise AssertionError("a shipped shipment took a scan")
    except ServerError as exc:
        assert exc.reason == "DOCUMENT_NOT_OPEN"
    # An empty pallet is no holding: nothing of it is left in stock.
    assert inventory(keeper) == {}


def test_a_confirm_repeated_after_a_timeout_applies_once(channel: Channel) -> None:
    keeper = channel.user("keeper")
    packed = channel.pack(pallets=2)
    channel.receive([p.pallet for p in packed])
    order = channel.order("L1", 6)
    shipment = new_shipment(keeper, order_id=order.id)
    scan_op = op()
    first_scan = ship(keeper, shipment.id, packed[0].pallet, scan_op)
    repeat_scan = ship(keeper, shipment.id, packed[0].pallet, scan_op)  # the handheld's retry
    assert repeat_scan.replayed and repeat_scan.totals == first_scan.totals
    ship(keeper, shipment.id, packed[1].pallet)
    confirm_op = op()
    first = confirm(keeper, shipment.id, confirm_op)
    # The answer was lost on the VPN link: the client sends the same command again.
    again = confirm(keeper, shipment.id, confirm_op)
    assert again.status == first.status == H.SHIPMENT_STATUS_SHIPPED
    assert again.shipped_at == first.shipped_at
    got = keeper.call(keeper.orders.GetSalesOrder, common_pb2.IdRequest(id=order.id))
    assert got.shipped_items == 24  # not 48
    moves = keeper.call(keeper.stock.ListStockMoves, common_pb2.ListQuery(
        filters=[common_pb2.Filter(field="kind", value="ship")])).items
    assert len(moves) == 2  # one per pallet, whatever it holds
    # The same id for another command is refused.
    try:
        keeper.call(keeper.shipping.CancelShipment, S.DocumentCommand(
            id=shipment.id, operation_id=confirm_op))
        raise AssertionError("an operation id was reused")
    except ServerError as exc:
        assert exc.reason == "OPERATION_ID_REUSED"


def test_shipping_a_draft_order_is_refused(channel: Channel) -> None:
    keeper = channel.user("keeper")
    draft = channel.order("L1", 1, confirm=False)
    try:
        new_shipment(keeper, order_id=draft.id)
        raise AssertionError("a draft order shipped")
    except ServerError as exc:
        assert exc.reason == "ORDER_NOT_CONFIRMED"


def test_exceptional_shipment_is_blocked_until_approved(channel: Channel,
                                                        tenant: object) -> None:
    keeper = channel.user("keeper")
    packed = channel.pack(pallets=1)
    channel.receive([packed[0].pallet])
    request = channel.admin.call(channel.admin.exceptional.CreateExceptionalShipment,
                                 O.CreateExceptionalShipmentRequest(
        shipment=O.ExceptionalShipment(
            warehouse_id=channel.warehouse, reason=O.EXCEPTIONAL_REASON_GIFT,
            reason_text="送客户样品",
            lines=[O.OrderLine(product_id=channel.plant.product_id, quantity=1,
                               unit=O.QUANTITY_UNIT_CASE)]), operation_id=op()))
    try:
        new_shipment(keeper, kind=H.SHIPMENT_KIND_EXCEPTIONAL, exceptional_id=request.id)
        raise AssertionError("an unapproved request shipped")
    except ServerError as exc:
        assert exc.reason == "EXCEPTIONAL_NOT_APPROVED"
    approver = tenant.user_with("approver", ["exceptional.read",  # type: ignore[attr-defined]
                                             "exceptional.approve"])
    approver.call(approver.exceptional.ApproveExceptionalShipment,
                  O.DecideExceptionalShipmentRequest(id=request.id, comment="同意"))
    shipment = new_shipment(keeper, kind=H.SHIPMENT_KIND_EXCEPTIONAL, exceptional_id=request.id)
    assert ship_refused(keeper, shipment.id, packed[0].pallet).reason == "SHIP_OVER_SCAN"
    ship(keeper, shipment.id, packed[0].cases[2])
    done = confirm(keeper, shipment.id)
    assert done.status == H.SHIPMENT_STATUS_SHIPPED and done.exceptional_reason == "gift"
    got = keeper.call(keeper.exceptional.GetExceptionalShipment,
                      common_pb2.IdRequest(id=request.id))
    assert got.status == O.EXCEPTIONAL_STATUS_SHIPPED and got.lines[0].shipped_items == 4
    gone = keeper.call(keeper.stock.ListHoldings, common_pb2.ListQuery(
        filters=[common_pb2.Filter(field="state", value="out")])).items
    assert [(h.code, h.out_reason, h.state) for h in gone] == \
        [(packed[0].cases[2], "gift", S.HOLDING_STATE_OUT)]
    assert inventory(keeper) == {("一厂", "WH-F1 仓库"): (1, 2, 8)}


def _category(channel: Channel) -> int:
    from tests.catalog.helpers import new_category

    return new_category(channel.admin, "CAT2", fields=[]).id


def _foreign_case(channel: Channel, product_id: int) -> str:
    """A case of another product packed and received into the factory warehouse."""
    from tests.catalog.helpers import new_lot
    from tests.packing.helpers import scan

    lot = new_lot(channel.admin, product_id, "OTHER01", line_id=channel.plant.line_id, custom={})
    run = channel.plant.start(channel.admin, station="X", product_id=product_id, lot_id=lot.id,
                              cases_per_pallet=-1)
    items = channel.plant.codes("item", 150, 153)
    for code in items:
        scan(channel.admin, run.id, code)
    case = channel.plant.code("case", 50)
    scan(channel.admin, run.id, case)
    channel.receive([case])
    return case
