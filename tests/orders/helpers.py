"""A small channel for the order tests, built through the real RPCs: headquarters, a factory
with its finished-goods warehouse, two sibling dealers (one with a sub-dealer and a store), their
warehouses, and two products (4 and 6 items per case)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.accounts.models import Organisation, RolePermission, User, UserRole
from server.audit import writer as audit_log
from server.core.context import CallContext, Principal, bind
from server.core.policy import Policy
from shared.pb import orders_pb2, warehouse_pb2
from tests.catalog.helpers import new_category, new_product
from tests.support.tenants import TenantFixture

O = orders_pb2  # noqa: E741
CASE, ITEM = O.QUANTITY_UNIT_CASE, O.QUANTITY_UNIT_ITEM
ORDER_PERMS = ["sales_order.read", "sales_order.write", "warehouse.read", "product.read"]


@dataclass
class World:
    conn: Connection  # the tenant's administrator
    hq: int
    factory: int
    factory_wh_org: int
    dealer: int  # D1
    sub_dealer: int  # D11, below D1
    store: int  # S1, below D1
    sibling: int  # D2, beside D1
    factory_wh: int  # warehouse ids
    dealer_wh: int
    sibling_wh: int
    oil: int  # product ids: 花生油 4L (4 per case)
    small: int  # 花生油 1.8L (6 per case)


def warehouse(conn: Connection, org_id: int, code: str, name: str = "") -> int:
    return int(conn.call(conn.warehouse.CreateWarehouse, warehouse_pb2.Warehouse(
        org_id=org_id, code=code, name=name or f"{code} 仓库", active=True)).id)


def build_world(tenant: TenantFixture) -> World:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    factory = tenant.add_org(hq, "factory", "F01", "一厂")
    factory_wh_org = tenant.add_org(factory, "warehouse", "F01-WH", "一厂成品仓")
    dealer = tenant.add_org(hq, "dealer", "D1", "鲁源商贸")
    sub_dealer = tenant.add_org(dealer, "dealer", "D11", "海润批发")
    store = tenant.add_org(dealer, "store", "S1", "永辉超市")
    sibling = tenant.add_org(hq, "dealer", "D2", "中原商贸")
    category = new_category(conn, "OIL", fields=())
    oil = new_product(conn, category.id, "10120091", name="花生油 4L", items_per_case=4,
                      gtin="6901234567892").id
    small = new_product(conn, category.id, "10120092", name="花生油 1.8L", items_per_case=6).id
    return World(conn, hq, factory, factory_wh_org, dealer, sub_dealer, store, sibling,
                 warehouse(conn, factory_wh_org, "WH-F01", "一厂成品仓库"),
                 warehouse(conn, dealer, "WH-D1", "鲁源仓库"),
                 warehouse(conn, sibling, "WH-D2", "中原仓库"), oil, small)


def line(product_id: int, quantity: int, unit: int = ITEM) -> orders_pb2.OrderLine:
    return O.OrderLine(product_id=product_id, quantity=quantity, unit=unit)  # type: ignore[arg-type]


def order_msg(warehouse_id: int, customer: int, lines: list[orders_pb2.OrderLine],
              **kw: Any) -> orders_pb2.SalesOrder:
    return O.SalesOrder(warehouse_id=warehouse_id, customer_org_id=customer, lines=lines, **kw)


def create_order(conn: Connection, warehouse_id: int, customer: int,
                 lines: list[orders_pb2.OrderLine], operation_id: str = "",
                 **kw: Any) -> orders_pb2.SalesOrder:
    return conn.call(conn.orders.CreateSalesOrder, O.CreateSalesOrderRequest(
        order=order_msg(warehouse_id, customer, lines, **kw), operation_id=operation_id))


@contextmanager
def service_context(sessions: sessionmaker[Session], tenant: TenantFixture,
                    username: str) -> Iterator[CallContext]:
    """A call context for a tenant user, as the interceptor would make it, for calling server
    functions other areas use directly (part B's shipping); audited and committed at the end
    like a call."""
    with sessions() as s:
        user = s.execute(select(User).where(User.tenant_id == tenant.ids.tenant_id,
                                            User.username == username)).scalar_one()
        org = s.get(Organisation, user.org_id)
        assert org is not None
        perms = frozenset(s.execute(select(RolePermission.permission).join(
            UserRole, UserRole.role_id == RolePermission.role_id).where(
            UserRole.user_id == user.id)).scalars())
        principal = Principal(user.id, user.username, user.tenant_id, tenant.code, org.id,
                              org.path, perms, 0)
        ctx = CallContext(method="test", policy=Policy(), peer="test", session=s,
                          principal=principal)
        with bind(ctx):
            yield ctx
            audit_log.write_success(ctx, None)
        s.commit()
