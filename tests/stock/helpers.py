"""A channel for tests: a factory that packs (tests.packing's plant: 4 items per case, 3 cases
per pallet) with a warehouse and two locations; a level-1 dealer with a warehouse, two level-2
dealers below it (siblings) with warehouses, a store below the first; a signed-in user at each
holding exactly what their job needs. Everything is made through the real RPCs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from client.connection import Connection, ServerError
from shared.pb import (
    codes_pb2,
    common_pb2,
    orders_pb2,
    packing_pb2,
    shipping_pb2,
    stock_pb2,
    warehouse_pb2,
)
from tests.packing.helpers import Plant, make_plant, scan

H, S, O = shipping_pb2, stock_pb2, orders_pb2  # noqa: E741
KEEPER = ["stock.read", "stock.receive", "stock.move", "stock.ship", "sales_order.read",
          "flow.read", "warehouse.read", "product.read", "lot.read", "exceptional.read"]
DEALER = ["stock.read", "stock.receive", "stock.move", "stock.ship", "stock.sell",
          "sales_order.read", "flow.read", "warehouse.read", "stock_alert.read",
          "stock_alert.write", "recall.read"]
STORE = ["stock.read", "stock.receive", "stock.ship", "stock.sell", "flow.read"]


def op() -> str:
    return uuid.uuid4().hex


@dataclass
class Packed:
    pallet: str
    cases: list[str]
    items: list[list[str]]  # per case


@dataclass
class Channel:
    plant: Plant
    admin: Connection
    factory: int
    warehouse: int
    locations: dict[str, int]
    orgs: dict[str, int]
    warehouses: dict[str, int]
    users: dict[str, Connection] = field(default_factory=dict)
    next_item: int = 1
    next_case: int = 1
    next_pallet: int = 1

    def user(self, name: str) -> Connection:
        return self.users[name]

    def pack(self, pallets: int = 1) -> list[Packed]:
        """Pallets of 3 cases of 4 items, packed at a station through the API."""
        p = self.plant
        run = p.start(self.admin, station=f"S{self.next_pallet}")
        out = []
        for _ in range(pallets):
            cases, items = [], []
            for _ in range(3):
                bottles = p.codes("item", self.next_item, self.next_item + 3)
                self.next_item += 4
                for code in bottles:
                    scan(self.admin, run.id, code)
                case = p.code("case", self.next_case)
                self.next_case += 1
                scan(self.admin, run.id, case)
                cases.append(case)
                items.append(bottles)
            pallet = p.code("pallet", self.next_pallet)
            self.next_pallet += 1
            scan(self.admin, run.id, pallet)
            out.append(Packed(pallet, cases, items))
        self.admin.call(self.admin.packing.EndRun,
                        packing_pb2.EndRunRequest(run_id=run.id, operation_id=op()))
        return out

    def receive(self, codes: list[str], location: str = "A-01") -> stock_pb2.Receipt:
        """A production receipt of the codes into the factory warehouse."""
        conn = self.user("keeper")
        receipt = conn.call(conn.stock.OpenReceipt, S.OpenReceiptRequest(
            warehouse_id=self.warehouse, location_id=self.locations[location],
            operation_id=op()))
        for code in codes:
            conn.call(conn.stock.ScanReceipt, S.StockScanRequest(
                document_id=receipt.id, code=code, operation_id=op()))
        return conn.call(conn.stock.ConfirmReceipt, S.DocumentCommand(id=receipt.id,
                                                                      operation_id=op()))

    def order(self, customer: str, cases: int, *, confirm: bool = True,
              product_id: int = 0) -> orders_pb2.SalesOrder:
        conn = self.admin
        order = conn.call(conn.orders.CreateSalesOrder, O.CreateSalesOrderRequest(
            order=O.SalesOrder(
                warehouse_id=self.warehouse, customer_org_id=self.orgs[customer],
                lines=[O.OrderLine(product_id=product_id or self.plant.product_id,
                                   quantity=cases, unit=O.QUANTITY_UNIT_CASE)]),
            operation_id=op()))
        if confirm:
            order = conn.call(conn.orders.ConfirmSalesOrder, common_pb2.IdRequest(id=order.id))
        return order


def ship(conn: Connection, shipment_id: int, code: str,
         op_id: str = "") -> stock_pb2.StockScanResult:
    return conn.call(conn.shipping.ScanShipment, S.StockScanRequest(
        document_id=shipment_id, code=code, operation_id=op_id or op()))


def ship_refused(conn: Connection, shipment_id: int, code: str) -> ServerError:
    try:
        ship(conn, shipment_id, code)
    except ServerError as exc:
        return exc
    raise AssertionError(f"{code} was accepted")


def new_shipment(conn: Connection, **kw: Any) -> shipping_pb2.Shipment:
    kind = kw.pop("kind", H.SHIPMENT_KIND_ORDER)
    return conn.call(conn.shipping.CreateShipment, H.CreateShipmentRequest(
        kind=kind, operation_id=op(), **kw))


def confirm(conn: Connection, shipment_id: int, op_id: str = "",
            **kw: Any) -> shipping_pb2.Shipment:
    return conn.call(conn.shipping.ConfirmShipment, H.ConfirmShipmentRequest(
        id=shipment_id, operation_id=op_id or op(), **kw))


def send(conn: Connection, codes: list[str], **kw: Any) -> shipping_pb2.Shipment:
    """A shipment made, scanned and confirmed."""
    shipment = new_shipment(conn, **kw)
    for code in codes:
        ship(conn, shipment.id, code)
    return confirm(conn, shipment.id, vehicle="鲁A12345", driver="王师傅", handler="李仓管")


def accept(conn: Connection, shipment_id: int, warehouse_id: int = 0) -> stock_pb2.Receipt:
    """The receiver accepts the whole shipment in one step."""
    return conn.call(conn.stock.ReceiveShipment, S.ReceiveShipmentRequest(
        shipment_id=shipment_id, warehouse_id=warehouse_id, operation_id=op()))


def inventory(conn: Connection, **filters: Any) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(holder, warehouse) → (pallets, cases, items) of everything the caller sees."""
    query = common_pb2.ListQuery(page_size=500, filters=[
        common_pb2.Filter(field=k, value=str(v)) for k, v in filters.items()])
    out: dict[tuple[str, str], tuple[int, int, int]] = {}
    for row in conn.call(conn.stock.ListInventory, query).items:
        key = (row.org_name, row.warehouse_name)
        p, c, i = out.get(key, (0, 0, 0))
        out[key] = (p + row.pallets, c + row.cases, i + row.items)
    return out


def make_channel(tenant: Any, keys: Any, base: str = "") -> Channel:
    """The channel; with `base`, codes print under that consumer URL base."""
    if base:
        conn = tenant.connect()
        conn.call(conn.codes.UpdateCodeSettings, codes_pb2.CodeSettings(gateway_base_url=base))
    plant = make_plant(tenant, keys, items=200)
    admin = plant.admin
    hq = tenant.ids.hq_org_id
    orgs = {
        "F1": plant.factory_id,
        "L1": tenant.add_org(hq, "dealer", "L1", "济南鲁源", "370100"),
    }
    orgs["L2"] = tenant.add_org(orgs["L1"], "dealer", "L2", "青岛海润", "370200")
    orgs["L2B"] = tenant.add_org(orgs["L1"], "dealer", "L2B", "烟台东方", "370600")
    orgs["S1"] = tenant.add_org(orgs["L2"], "store", "S1", "永辉超市青岛店", "370202")
    warehouses = {}
    for code, org in (("WH-F1", "F1"), ("WH-L1", "L1"), ("WH-L2", "L2"), ("WH-L2B", "L2B")):
        warehouses[code] = admin.call(admin.warehouse.CreateWarehouse, warehouse_pb2.Warehouse(
            org_id=orgs[org], code=code, name=f"{code} 仓库", region_code="370100")).id
    locations = {code: admin.call(admin.warehouse.CreateLocation, warehouse_pb2.Location(
        warehouse_id=warehouses["WH-F1"], code=code, active=True)).id
        for code in ("A-01", "B-01")}
    channel = Channel(plant, admin, plant.factory_id, warehouses["WH-F1"], locations, orgs,
                      warehouses)
    for name, perms, org in (("keeper", KEEPER, "F1"), ("dealer1", DEALER, "L1"),
                             ("dealer2", DEALER, "L2"), ("dealer2b", DEALER, "L2B"),
                             ("store", STORE, "S1")):
        channel.users[name] = tenant.user_with(name, perms, orgs[org])
    return channel
