"""Sales orders over gRPC: entry with lines in items or cases, generated numbers, who may buy from
whom, the state rules, the seller's and the customer's view, and scope between sibling dealers."""

from __future__ import annotations

import re

import grpc
import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.orders.models import SalesOrderLine
from shared.pb import common_pb2, orders_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.orders.helpers import (
    CASE,
    ITEM,
    ORDER_PERMS,
    O,
    World,
    build_world,
    create_order,
    line,
    order_msg,
)
from tests.support.tenants import TenantFixture


@pytest.fixture
def world(tenant: TenantFixture) -> World:
    return build_world(tenant)


def _get(conn: Connection, order_id: int) -> orders_pb2.SalesOrder:
    return conn.call(conn.orders.GetSalesOrder, common_pb2.IdRequest(id=order_id))


def _update(conn: Connection, order: orders_pb2.SalesOrder, **changes: object
            ) -> orders_pb2.SalesOrder:
    msg = O.SalesOrder()
    msg.CopyFrom(order)
    for key, value in changes.items():
        if key == "lines":
            del msg.lines[:]
            msg.lines.extend(value)  # type: ignore[arg-type]
        else:
            setattr(msg, key, value)
    return conn.call(conn.orders.UpdateSalesOrder, msg)


def test_order_round_trip_with_cases_and_items(world: World) -> None:
    conn = world.conn
    made = create_order(conn, world.factory_wh, world.dealer,
                        [line(world.oil, 10, CASE), line(world.small, 5)],
                        requested_date="2026-12-01", note="春节备货")
    assert re.fullmatch(r"SO\d{8}0001", made.order_no)
    assert (made.status, made.source, made.org_id, made.org_name) == (
        O.ORDER_STATUS_DRAFT, O.ORDER_SOURCE_CLIENT, world.factory_wh_org, "一厂成品仓")
    assert (made.warehouse_name, made.customer_code, made.customer_name) == (
        "一厂成品仓库", "D1", "鲁源商贸")
    assert [(x.line_no, x.product_name, x.quantity, x.unit, x.quantity_items, x.shipped_items)
            for x in made.lines] == [(1, "花生油 4L", 10, CASE, 40, 0),
                                     (2, "花生油 1.8L", 5, ITEM, 5, 0)]
    assert (made.line_count, made.total_items, made.editable) == (2, 45, True)
    second = create_order(conn, world.factory_wh, world.sibling, [line(world.oil, 1)])
    assert second.order_no == made.order_no[:-1] + "2"

    changed = _update(conn, made, lines=[line(world.oil, 3, CASE)], requested_date="",
                      order_no="ERP-7378281")
    assert (changed.order_no, changed.requested_date, changed.total_items) == (
        "ERP-7378281", "", 12)
    confirmed = conn.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=made.id))
    assert confirmed.status == O.ORDER_STATUS_CONFIRMED and confirmed.confirmed_at.seconds
    again = conn.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=made.id))
    assert again.confirmed_at == confirmed.confirmed_at  # confirming twice changes nothing
    listed = conn.call(conn.orders.ListSalesOrders, query(
        filters=[("status", "EQ", "confirmed")]))
    assert [(o.order_no, o.total_items, len(o.lines)) for o in listed.items] == [
        ("ERP-7378281", 12, 0)]
    upd = audit_rows(conn, "sales_order", made.id, "update")[0]
    assert upd["before"]["lines"] == [[world.oil, "case", 10, 40], [world.small, "item", 5, 5]]
    assert upd["after"]["lines"] == [[world.oil, "case", 3, 12]]
    assert [r["action"] for r in audit_rows(conn, "sales_order", made.id)] == [
        "confirm", "update", "create"]


def test_repeated_create_with_an_operation_id_makes_one_order(world: World) -> None:
    first = create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 2)],
                         operation_id="op-1")
    again = create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 2)],
                         operation_id="op-1")
    assert again.id == first.id
    assert world.conn.call(world.conn.orders.ListSalesOrders, query()).page.total == 1


def test_who_may_buy_from_whom(world: World) -> None:
    conn = world.conn

    def customers(warehouse_id: int) -> set[str]:
        found = conn.call(conn.orders.ListOrderCustomers, O.ListOrderCustomersRequest(
            warehouse_id=warehouse_id, query=common_pb2.ListQuery(page_size=100)))
        return {o.code for o in found.items}

    # A factory's warehouse ships to any dealer or store; a dealer's to those below it.
    assert customers(world.factory_wh) == {"D1", "D11", "S1", "D2"}
    assert customers(world.dealer_wh) == {"D11", "S1"}
    assert create_order(conn, world.dealer_wh, world.store, [line(world.oil, 1)]).id
    err = refused(create_order, conn, world.dealer_wh, world.sibling, [line(world.oil, 1)])
    assert (err.reason, err.field) == ("CUSTOMER_NOT_ALLOWED", "customer_org_id")
    assert "中原商贸" in err.message_zh and "鲁源商贸" in err.message_zh
    err = refused(create_order, conn, world.factory_wh, world.factory, [line(world.oil, 1)])
    assert err.reason == "CUSTOMER_NOT_ALLOWED"  # a factory is no customer
    err = refused(create_order, conn, world.dealer_wh, world.dealer, [line(world.oil, 1)])
    assert err.reason == "CUSTOMER_NOT_ALLOWED"  # nor is the seller itself


@pytest.mark.parametrize(("lines", "reason", "fld"), [
    ([], "REQUIRED", "lines"),
    ("repeat", "LINE_PRODUCT_REPEATED", "lines"),
    ("zero", "INVALID_VALUE", "lines"),
    ("unknown", "INVALID_VALUE", "lines"),
])
def test_bad_lines_are_refused(world: World, lines: object, reason: str, fld: str) -> None:
    given = {"repeat": [line(world.oil, 1), line(world.oil, 2, CASE)],
             "zero": [line(world.oil, 0)], "unknown": [line(999_999_999, 1)]}.get(
        str(lines), [])
    err = refused(create_order, world.conn, world.factory_wh, world.dealer, given)
    assert (err.reason, err.field) == (reason, fld)
    assert world.conn.call(world.conn.orders.ListSalesOrders, query()).page.total == 0


def test_order_numbers_are_unique_per_tenant(world: World) -> None:
    create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 1)],
                 order_no="XS-001")
    err = refused(create_order, world.conn, world.factory_wh, world.sibling,
                  [line(world.oil, 1)], order_no="XS-001")
    assert (err.reason, err.code, err.field) == ("ORDER_NO_TAKEN", grpc.StatusCode.ALREADY_EXISTS,
                                                 "order_no")


def test_state_rules(world: World, sessions: sessionmaker[Session]) -> None:
    conn = world.conn
    order = create_order(conn, world.factory_wh, world.dealer, [line(world.oil, 4)])
    cancelled = conn.call(conn.orders.CancelSalesOrder, O.CancelSalesOrderRequest(
        id=order.id, reason="客户取消"))
    assert (cancelled.status, cancelled.cancel_reason, cancelled.editable) == (
        O.ORDER_STATUS_CANCELLED, "客户取消", False)
    assert conn.call(conn.orders.CancelSalesOrder, O.CancelSalesOrderRequest(
        id=order.id)).cancelled_at == cancelled.cancelled_at
    err = refused(_update, conn, cancelled, note="x")
    assert err.reason == "ORDER_NOT_EDITABLE" and "已取消" in err.message_zh
    err = refused(conn.call, conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=order.id))
    assert err.reason == "ORDER_NOT_DRAFT" and "cancelled" in err.message_en

    # Once shipping has recorded anything (part B fills shipped_items), the order is fixed.
    shipping = create_order(conn, world.factory_wh, world.dealer, [line(world.oil, 4)])
    conn.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=shipping.id))
    with sessions() as s, s.begin():
        s.execute(update(SalesOrderLine).where(SalesOrderLine.order_id == shipping.id)
                  .values(shipped_items=1))
    assert not _get(conn, shipping.id).editable
    for call in (lambda: _update(conn, shipping, note="x"),
                 lambda: conn.call(conn.orders.CancelSalesOrder,
                                   O.CancelSalesOrderRequest(id=shipping.id))):
        assert refused(call).reason == "ORDER_NOT_EDITABLE"


def test_a_dealer_cannot_see_or_change_a_siblings_orders(world: World,
                                                         tenant: TenantFixture) -> None:
    mine = create_order(world.conn, world.dealer_wh, world.store, [line(world.oil, 2)])
    to_me = create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 8)])
    to_sibling = create_order(world.conn, world.factory_wh, world.sibling, [line(world.oil, 8)])
    d1 = tenant.user_with("d1", ORDER_PERMS, world.dealer)
    d2 = tenant.user_with("d2", ORDER_PERMS, world.sibling)
    assert {o.id for o in d1.call(d1.orders.ListSalesOrders, query()).items} == {
        mine.id, to_me.id}
    assert {o.id for o in d2.call(d2.orders.ListSalesOrders, query()).items} == {to_sibling.id}
    for order in (mine, to_me):
        assert refused(_get, d2, order.id).reason == "NOT_FOUND"
        assert refused(_update, d2, order, note="x").reason == "NOT_FOUND"
        assert refused(d2.call, d2.orders.CancelSalesOrder,
                       O.CancelSalesOrderRequest(id=order.id)).reason == "NOT_FOUND"
    # D2 cannot sell from D1's warehouse either.
    err = refused(create_order, d2, world.dealer_wh, world.store, [line(world.oil, 1)])
    assert (err.reason, err.field) == ("NOT_FOUND", "warehouse_id")
    # D1 sees what it ordered from the factory, but only the factory's side changes it.
    seen = _get(d1, to_me.id)
    assert (seen.customer_code, seen.editable, _get(d1, mine.id).editable) == ("D1", False, True)
    err = refused(d1.call, d1.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=to_me.id))
    assert err.reason == "OUT_OF_SCOPE"
    assert d1.call(d1.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=mine.id)).status == \
        O.ORDER_STATUS_CONFIRMED


def test_reading_needs_the_permission(world: World, tenant: TenantFixture) -> None:
    reader = tenant.user_with("reader", ["sales_order.read"], world.hq)
    create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 2)])
    assert reader.call(reader.orders.ListSalesOrders, query()).items[0].editable is False
    err = refused(create_order, reader, world.factory_wh, world.dealer, [line(world.oil, 1)])
    assert err.reason == "PERMISSION_DENIED"


def test_inactive_warehouse_customer_and_product_are_refused(world: World,
                                                             tenant: TenantFixture) -> None:
    conn = world.conn
    store2 = tenant.add_org(world.dealer, "store", "S2", "停业门店")
    org = conn.call(conn.accounts.GetOrganisation, common_pb2.IdRequest(id=store2))
    org.active = False
    conn.call(conn.accounts.UpdateOrganisation, org)
    err = refused(create_order, conn, world.factory_wh, store2, [line(world.oil, 1)])
    assert (err.reason, err.field) == ("INVALID_VALUE", "customer_org_id")
    msg = order_msg(world.factory_wh, world.dealer, [line(world.oil, 1)])
    assert conn.call(conn.orders.CreateSalesOrder, O.CreateSalesOrderRequest(order=msg)).id
