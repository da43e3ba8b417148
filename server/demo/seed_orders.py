"""Demo sales orders (entered, imported from the sample ERP export, sent by the ERP account),
exceptional shipments (one approved, one waiting), warehouse locations and low-stock settings,
entered through the gRPC API by the demo's clerks, dealers and approver."""

from __future__ import annotations

from pathlib import Path

from client.connection import Connection
from server.demo import data
from shared.pb import accounts_pb2, common_pb2, orders_pb2, warehouse_pb2

SAMPLE = Path(__file__).with_name(data.ORDER_IMPORT_FILE)
O = orders_pb2  # noqa: E741


def _unit(name: str) -> orders_pb2.QuantityUnit.ValueType:
    return O.QuantityUnit.Value(f"QUANTITY_UNIT_{name.upper()}")


def _ids(conn: Connection, method: object, key: str = "code") -> dict[str, int]:
    items = conn.call(method, common_pb2.ListQuery(page_size=500)).items  # type: ignore[arg-type]
    return {getattr(x, key): x.id for x in items}


def _login(address: str, username: str) -> Connection:
    conn = Connection(address)
    conn.login(data.TENANT_CODE, username, data.PASSWORD, "yima demo")
    return conn


def _grant_roles(admin: Connection) -> None:
    role_ids = {}
    for role in data.ORDER_ROLES:
        role_ids[role.code] = admin.call(admin.accounts.CreateRole, accounts_pb2.Role(
            code=role.code, name=role.name, description=role.description,
            permissions=role.permissions)).id
    users = {u.username: u for u in admin.call(
        admin.accounts.ListUsers, common_pb2.ListQuery(page_size=500)).items}
    for username, roles in data.ORDER_GRANTS.items():
        user = accounts_pb2.User()
        user.CopyFrom(users[username])
        user.role_ids.extend(role_ids[r] for r in roles)
        admin.call(admin.accounts.UpdateUser, user)


def _lines(products: dict[str, int], lines: tuple[tuple[str, int, str], ...]
           ) -> list[orders_pb2.OrderLine]:
    return [O.OrderLine(product_id=products[code], quantity=qty, unit=_unit(unit))
            for code, qty, unit in lines]


def _orders(address: str, products: dict[str, int], orgs: dict[str, int]) -> None:
    for order in data.ORDERS:
        conn = _login(address, order.user)
        try:
            warehouses = _ids(conn, conn.warehouse.ListWarehouses)
            made = conn.call(conn.orders.CreateSalesOrder, O.CreateSalesOrderRequest(
                order=O.SalesOrder(
                    warehouse_id=warehouses[order.warehouse], customer_org_id=orgs[order.customer],
                    requested_date=order.requested_date, note=order.note,
                    lines=_lines(products, order.lines))))
            if order.confirm:
                conn.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=made.id))
        finally:
            conn.close()


def _import_and_erp(address: str) -> None:
    keeper = _login(address, "keeper")
    try:
        result = keeper.call(keeper.orders.ImportSalesOrders, O.ImportSalesOrdersRequest(
            file_name=SAMPLE.name, data=SAMPLE.read_bytes(), operation_id="demo-import-1"))
        if not result.imported:
            raise RuntimeError(f"demo import refused: {list(result.errors)}")
    finally:
        keeper.close()
    erp = _login(address, "erp")
    try:
        op, order_no, customer, warehouse, lines = data.ERP_ORDER
        erp.call(erp.orders.UpsertSalesOrder, O.UpsertSalesOrderRequest(
            operation_id=op, order_no=order_no, customer_code=customer,
            warehouse_code=warehouse, confirm=True, lines=[
                O.ErpOrderLine(product_code=code, quantity=qty, unit=_unit(unit))
                for code, qty, unit in lines]))
    finally:
        erp.close()


def _exceptional(address: str, products: dict[str, int]) -> None:
    keeper, manager = _login(address, "keeper"), _login(address, "manager")
    try:
        warehouses = _ids(keeper, keeper.warehouse.ListWarehouses)
        for x in data.EXCEPTIONAL:
            made = keeper.call(keeper.exceptional.CreateExceptionalShipment,
                               O.CreateExceptionalShipmentRequest(shipment=O.ExceptionalShipment(
                                   warehouse_id=warehouses[x.warehouse],
                                   reason=O.ExceptionalReason.Value(
                                       f"EXCEPTIONAL_REASON_{x.reason.upper()}"),
                                   reason_text=x.reason_text, lines=_lines(products, x.lines))))
            if x.approve:
                manager.call(manager.exceptional.ApproveExceptionalShipment,
                             O.DecideExceptionalShipmentRequest(id=made.id, comment=x.approve))
    finally:
        keeper.close()
        manager.close()


def _stock_alerts(address: str, products: dict[str, int], orgs: dict[str, int]) -> None:
    for username, store, product, minimum in data.STOCK_ALERTS:
        conn = _login(address, username)
        try:
            conn.call(conn.warehouse.SetStockAlert, warehouse_pb2.StockAlert(
                org_id=orgs[store], product_id=products[product], min_items=minimum))
        finally:
            conn.close()


def seed_orders(address: str) -> None:
    """Everything of the orders area; the demo accounts may sign in by now."""
    admin = _login(address, data.ADMIN_USER)
    try:
        _grant_roles(admin)
        products = _ids(admin, admin.catalog.ListProducts)
        orgs = _ids(admin, admin.accounts.ListOrganisations)
        warehouses = _ids(admin, admin.warehouse.ListWarehouses)
        for loc in data.LOCATIONS:
            admin.call(admin.warehouse.CreateLocation, warehouse_pb2.Location(
                warehouse_id=warehouses[loc.warehouse], code=loc.code, name=loc.name,
                zone=loc.zone, active=True))
    finally:
        admin.close()
    _orders(address, products, orgs)
    _import_and_erp(address)
    _exceptional(address, products)
    _stock_alerts(address, products, orgs)
