"""The ERP's UpsertSalesOrder: an account holding only sales_order.erp creates, replaces and
cancels orders by the ERP's numbers; a repeated operation id (a retry after a timeout) applies
once, even when it arrives after a later change."""

from __future__ import annotations

import pytest

from client.connection import Connection, ServerError
from shared.pb import common_pb2, orders_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.orders.helpers import CASE, ITEM, O, World, build_world, create_order, line
from tests.support.tenants import TenantFixture


@pytest.fixture
def world(tenant: TenantFixture) -> World:
    return build_world(tenant)


@pytest.fixture
def erp(tenant: TenantFixture, world: World) -> Connection:
    return tenant.user_with("erp", ["sales_order.erp"], world.hq)


def upsert(conn: Connection, op: str, order_no: str = "SO-ERP-1", *, qty: int = 10,
           timeout: float | None = None, **kw: object) -> orders_pb2.SalesOrder:
    values: dict[str, object] = {
        "customer_code": "D1", "warehouse_code": "WH-F01", "requested_date": "2026-12-20",
        "lines": [O.ErpOrderLine(product_code="10120091", quantity=qty, unit=CASE),
                  O.ErpOrderLine(product_code="6901234567908", quantity=1, unit=ITEM)]}
    values.update(kw)
    request = O.UpsertSalesOrderRequest(operation_id=op, order_no=order_no,
                                        **values)  # type: ignore[arg-type]
    return conn.call(conn.orders.UpsertSalesOrder, request, timeout=timeout)


def _orders(world: World) -> list[orders_pb2.SalesOrder]:
    return list(world.conn.call(world.conn.orders.ListSalesOrders, query()).items)


def test_erp_account_creates_replaces_and_cancels(world: World, erp: Connection,
                                                  tenant: TenantFixture) -> None:
    small_gtin = "6901234567908"
    world.conn.call(world.conn.catalog.UpdateProduct, _with_gtin(world, small_gtin))
    made = upsert(erp, "op-1", confirm=True)
    assert (made.source, made.status, made.order_no, made.total_items) == (
        O.ORDER_SOURCE_ERP, O.ORDER_STATUS_CONFIRMED, "SO-ERP-1", 41)
    changed = upsert(erp, "op-2", qty=20)  # confirm=False leaves it confirmed
    assert (changed.id, changed.status, changed.total_items) == (made.id, made.status, 81)
    cancelled = upsert(erp, "op-3", cancel=True, cancel_reason="ERP 作废")
    assert (cancelled.status, cancelled.cancel_reason) == (O.ORDER_STATUS_CANCELLED, "ERP 作废")
    err = refused(upsert, erp, "op-4")
    assert err.reason == "ORDER_NOT_EDITABLE"
    # The account can do nothing else.
    for call, request in ((erp.orders.ListSalesOrders, common_pb2.ListQuery()),
                          (erp.orders.CreateSalesOrder, O.CreateSalesOrderRequest())):
        assert refused(erp.call, call, request).reason == "PERMISSION_DENIED"
    # Someone without sales_order.erp cannot use the ERP door.
    clerk = tenant.user_with("clerk", ["sales_order.read", "sales_order.write"], world.hq)
    assert refused(upsert, clerk, "op-5").reason == "PERMISSION_DENIED"


def _with_gtin(world: World, gtin: str) -> object:
    from shared.pb import catalog_pb2

    product = world.conn.call(world.conn.catalog.GetProduct,
                              common_pb2.IdRequest(id=world.small))
    msg = catalog_pb2.Product()
    msg.CopyFrom(product)
    msg.gtin = gtin
    return msg


def test_a_repeat_after_a_timeout_applies_once(world: World, erp: Connection) -> None:
    world.conn.call(world.conn.catalog.UpdateProduct, _with_gtin(world, "6901234567908"))
    try:  # a deadline too short for an answer: the first call may or may not have applied
        upsert(erp, "op-t", timeout=0.001)
    except ServerError as exc:
        assert exc.reason == "DEADLINE_EXCEEDED"
    made = upsert(erp, "op-t")
    assert [(o.id, o.total_items) for o in _orders(world)] == [(made.id, 41)]
    assert upsert(erp, "op-t").id == made.id
    assert len(audit_rows(world.conn, "sales_order", made.id, "create")) == 1
    # A later change, then the first operation's retry arriving late: it changes nothing.
    assert upsert(erp, "op-later", qty=2).total_items == 9
    assert upsert(erp, "op-t").total_items == 9
    assert [(o.id, o.total_items) for o in _orders(world)] == [(made.id, 9)]
    assert len(audit_rows(world.conn, "sales_order", made.id, "update")) == 1


def test_erp_refusals(world: World, erp: Connection) -> None:
    world.conn.call(world.conn.catalog.UpdateProduct, _with_gtin(world, "6901234567908"))
    assert refused(upsert, erp, "").reason == "REQUIRED"
    upsert(erp, "op-a")
    err = refused(upsert, erp, "op-a", "SO-ERP-2")
    assert (err.reason, err.field) == ("OPERATION_ID_REUSED", "operation_id")
    err = refused(upsert, erp, "op-b", "SO-ERP-3", customer_code="NOPE")
    assert (err.reason, err.field) == ("NOT_FOUND", "customer_code")
    err = refused(upsert, erp, "op-c", "SO-ERP-3", warehouse_code="WH-NONE")
    assert (err.reason, err.field) == ("NOT_FOUND", "warehouse_code")
    err = refused(upsert, erp, "op-d", "SO-ERP-3",
                  lines=[O.ErpOrderLine(product_code="0000", quantity=1)])
    assert (err.reason, err.field) == ("INVALID_VALUE", "lines") and "0000" in err.message_en
    err = refused(upsert, erp, "op-e", "SO-ERP-3", cancel=True)
    assert err.reason == "NOT_FOUND"
    assert [o.order_no for o in _orders(world)] == ["SO-ERP-1"]


def test_erp_cannot_touch_orders_outside_its_scope(world: World,
                                                   tenant: TenantFixture) -> None:
    theirs = create_order(world.conn, world.factory_wh, world.dealer, [line(world.oil, 1)],
                          order_no="F-1")
    dealer_erp = tenant.user_with("derp", ["sales_order.erp"], world.dealer)
    err = refused(upsert, dealer_erp, "op-x", "F-1")
    assert err.reason == "OUT_OF_SCOPE"
    got = world.conn.call(world.conn.orders.GetSalesOrder, common_pb2.IdRequest(id=theirs.id))
    assert got.total_items == 1
