"""The demo's goods flowing, through the gRPC API by the demo's own accounts: the keeper
receives what the factory's station and line packed (from their collection records), moves a
case to the dispatch area, and ships against the demo order to 济南鲁源 (a case of the virtual
pallet stands for the whole pallet, as the seed's 虚拟托盘码 rule says); the L1 dealer receives
and sends three cases on to 青岛海润 (its pallet is broken there); 青岛海润 ships two against its
order to 永辉超市青岛店, which sells two bottles; a consumer brings one back damaged, it is
exchanged, and the store returns it to 青岛海润."""

from __future__ import annotations

import uuid

from client.connection import Connection
from server.demo import data
from server.demo.seed_packing import printed
from shared.pb import accounts_pb2, common_pb2, shipping_pb2, stock_pb2

H, S = shipping_pb2, stock_pb2


def _op() -> str:
    return uuid.uuid4().hex


def _login(address: str, username: str) -> Connection:
    conn = Connection(address)
    conn.login(data.TENANT_CODE, username, data.PASSWORD, "yima demo")
    return conn


def _ids(conn: Connection, method: object, key: str = "code") -> dict[str, int]:
    items = conn.call(method, common_pb2.ListQuery(page_size=500)).items  # type: ignore[arg-type]
    return {getattr(x, key): x.id for x in items}


def _grant_roles(admin: Connection) -> None:
    role_ids = {role.code: admin.call(admin.accounts.CreateRole, accounts_pb2.Role(
        code=role.code, name=role.name, description=role.description,
        permissions=role.permissions)).id for role in data.FLOW_ROLES}
    users = {u.username: u for u in admin.call(
        admin.accounts.ListUsers, common_pb2.ListQuery(page_size=500)).items}
    for username, roles in data.FLOW_GRANTS.items():
        user = accounts_pb2.User()
        user.CopyFrom(users[username])
        user.role_ids.extend(role_ids[r] for r in roles)
        admin.call(admin.accounts.UpdateUser, user)


def _send(conn: Connection, codes: list[str], **kw: object) -> H.Shipment:
    shipment = conn.call(conn.shipping.CreateShipment, H.CreateShipmentRequest(
        operation_id=_op(), **kw))  # type: ignore[arg-type]
    for code in codes:
        conn.call(conn.shipping.ScanShipment, S.StockScanRequest(
            document_id=shipment.id, code=code, operation_id=_op()))
    vehicle, driver, phone = data.SHIPMENT_VEHICLE
    return conn.call(conn.shipping.ConfirmShipment, H.ConfirmShipmentRequest(
        id=shipment.id, operation_id=_op(), vehicle=vehicle, driver=driver, driver_phone=phone,
        handler=conn.principal.display_name if conn.principal else ""))


def _accept(conn: Connection, shipment_id: int, warehouse_id: int = 0,
            location_id: int = 0) -> None:
    conn.call(conn.stock.ReceiveShipment, S.ReceiveShipmentRequest(
        shipment_id=shipment_id, warehouse_id=warehouse_id, location_id=location_id,
        operation_id=_op()))


def seed_flow(address: str, batch_ids: dict[str, int]) -> None:
    """The demo's receipts, shipments down the dealer tree, a sale, an exchange, a return."""
    admin = _login(address, data.ADMIN_USER)
    try:
        _grant_roles(admin)
        orgs = _ids(admin, admin.accounts.ListOrganisations)
        warehouses = _ids(admin, admin.warehouse.ListWarehouses)
        locations = _ids(admin, admin.warehouse.ListLocations)
        items = printed(admin, batch_ids["item"], 1, 4)
        cases = printed(admin, batch_ids["case"], 1, 6) + \
            printed(admin, batch_ids["case"], 1001, 1005)
    finally:
        admin.close()
    keeper = _login(address, "keeper")
    try:
        runs = keeper.call(keeper.stock.ListReceivableRuns, S.ListReceivableRunsRequest(
            warehouse_id=warehouses["WH-F01"])).items
        for run, location in zip(sorted(runs, key=lambda r: r.run_id), ("A-01-01", "A-01-02"),
                                 strict=True):
            keeper.call(keeper.stock.ReceiveRun, S.ReceiveRunRequest(
                run_id=run.run_id, warehouse_id=warehouses["WH-F01"],
                location_id=locations[location], operation_id=_op()))
        keeper.call(keeper.stock.MoveStock, S.MoveStockRequest(
            codes=[cases[8]], warehouse_id=warehouses["WH-F01"],
            location_id=locations["B-01-01"], operation_id=_op()))
        order = next(o for o in keeper.call(keeper.orders.ListSalesOrders, common_pb2.ListQuery(
            page_size=100)).items if o.customer_code == "D-SD01" and o.note == "元旦备货")
        to_l1 = _send(keeper, [cases[0], cases[6], cases[7]], order_id=order.id,
                      kind=H.SHIPMENT_KIND_ORDER)
    finally:
        keeper.close()
    dealer_sd = _login(address, "dealer_sd")
    try:
        _accept(dealer_sd, to_l1.id, warehouses["WH-SD01"])
        to_l2 = _send(dealer_sd, cases[:3], kind=H.SHIPMENT_KIND_DIRECT,
                      warehouse_id=warehouses["WH-SD01"], customer_org_id=orgs["D-SD02"])
    finally:
        dealer_sd.close()
    dealer_qd = _login(address, "dealer_qd")
    try:
        _accept(dealer_qd, to_l2.id, warehouses["WH-SD02"], locations["1-01"])
        order = next(o for o in dealer_qd.call(dealer_qd.orders.ListSalesOrders,
                                               common_pb2.ListQuery()).items
                     if o.customer_code == "S-SD01")
        to_store = _send(dealer_qd, cases[:2], order_id=order.id, kind=H.SHIPMENT_KIND_ORDER)
    finally:
        dealer_qd.close()
    store = _login(address, "store_yh")
    try:
        _accept(store, to_store.id)
        for code in (items[0], items[2]):
            store.call(store.shipping.Sell, H.SellRequest(
                code=code, salesperson=data.SALESPERSON, operation_id=_op()))
        store.call(store.shipping.Exchange, H.ExchangeRequest(
            damaged_code=items[2], replacement_code=items[3], reason="瓶身破损漏油",
            salesperson=data.SALESPERSON, operation_id=_op()))
        back = _send(store, [items[2]], kind=H.SHIPMENT_KIND_RETURN,
                     from_org_id=orgs["S-SD01"], customer_org_id=orgs["D-SD02"])
    finally:
        store.close()
    dealer_qd = _login(address, "dealer_qd")
    try:
        _accept(dealer_qd, back.id, warehouses["WH-SD02"], locations["1-01"])
    finally:
        dealer_qd.close()
