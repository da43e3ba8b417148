"""Inventory (库存) read from holdings and their contents, never from the items under them: per
holder, warehouse, location, product and lot, at pallet, case and item granularity; one row per
holding; the movement log (出入库记录); products below a dealer's low-stock settings (库存预警).
Everything is limited to the caller's subtree, so a dealer sees its own and its subordinates'
stock and never a sibling's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Boolean, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.catalog.models import Product
from server.core.context import CallContext
from server.core.listing import ListSpec, Page, apply_filters, paginate
from server.core.repository import subtree_ids
from server.packing.models import PackNode
from server.production.models import ProductionLot
from server.shipping.models import Shipment
from server.stock.models import GoodsReceipt, StockContent, StockHolding, StockMove
from server.warehouse.models import StockAlert, Warehouse, WarehouseLocation
from shared.pb import common_pb2, stock_pb2

H, C = StockHolding, StockContent
FromOrg = aliased(Organisation, name="from_org")
ToOrg = aliased(Organisation, name="to_org")
FromWh = aliased(Warehouse, name="from_wh")
ToWh = aliased(Warehouse, name="to_wh")
FromLoc = aliased(WarehouseLocation, name="from_loc")
ToLoc = aliased(WarehouseLocation, name="to_loc")


def _has_state(query: common_pb2.ListQuery) -> bool:
    return any(f.field == "state" for f in query.filters)


class Inventory:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.session = ctx.session
        p = ctx.user
        self.mine = subtree_ids(p.tenant_id, p.org_path)

    # --- grouped --------------------------------------------------------------------------------

    def _grouped(self) -> Any:
        recalled = cast(H.recall_id.is_not(None), Boolean)
        keys = (H.org_id, H.warehouse_id, H.location_id, C.product_id, C.lot_id, H.state,
                H.condition, recalled)
        return (select(*[k.label(n) for k, n in zip(keys, (
            "org_id", "warehouse_id", "location_id", "product_id", "lot_id", "state",
            "condition", "recalled"), strict=True)],
            cast(func.count().filter(H.level == "pallet"), BigInteger).label("pallets"),
            cast(func.sum(C.cases), BigInteger).label("cases"),
            cast(func.coalesce(func.sum(C.items).filter(H.level == "item"), 0),
                 BigInteger).label("loose"),
            cast(func.sum(C.items), BigInteger).label("items"))
            .select_from(H).join(C, and_(C.tenant_id == H.tenant_id, C.node_id == H.node_id))
            .where(H.tenant_id == self.ctx.tenant_id, H.org_id.in_(self.mine))
            .group_by(*keys).subquery("inv"))

    def inventory(self, query: common_pb2.ListQuery) -> tuple[Page, stock_pb2.DocumentTotals]:
        g = self._grouped()
        spec = ListSpec(
            fields={"org_id": g.c.org_id, "warehouse_id": g.c.warehouse_id,
                    "location_id": g.c.location_id, "product_id": g.c.product_id,
                    "lot_id": g.c.lot_id, "state": g.c.state, "condition": g.c.condition,
                    "recalled": g.c.recalled, "items": g.c["items"], "pallets": g.c.pallets,
                    "cases": g.c.cases},
            search=(Organisation.name, Product.name, Product.code, ProductionLot.lot_no,
                    Warehouse.name),
            default_sort=("org_id", "warehouse_id", "location_id", "product_id", "lot_id",
                          "state", "condition", "recalled"))
        stmt = (select(g, Organisation.name, Organisation.kind, Organisation.region_code,
                       Warehouse.name, WarehouseLocation.code, Product.code, Product.name,
                       Product.spec, Product.items_per_case, ProductionLot.lot_no)
                .join(Organisation, Organisation.id == g.c.org_id)
                .join(Product, Product.id == g.c.product_id)
                .outerjoin(Warehouse, Warehouse.id == g.c.warehouse_id)
                .outerjoin(WarehouseLocation, WarehouseLocation.id == g.c.location_id)
                .outerjoin(ProductionLot, ProductionLot.id == g.c.lot_id))
        if not _has_state(query):
            stmt = stmt.where(g.c.state == "in_stock")
        filtered = apply_filters(stmt, query, spec).subquery()
        sums = self.session.execute(select(
            func.count(), func.coalesce(func.sum(filtered.c.pallets), 0),
            func.coalesce(func.sum(filtered.c.cases), 0),
            func.coalesce(func.sum(filtered.c["items"]), 0))).one()
        totals = stock_pb2.DocumentTotals(units=int(sums[0]), pallets=int(sums[1]),
                                          cases=int(sums[2]), items=int(sums[3]))
        return paginate(self.session, stmt, query, spec), totals

    # --- one row per holding --------------------------------------------------------------------

    def holdings(self, query: common_pb2.ListQuery) -> Page:
        content = (select(C.node_id.label("node_id"),
                          cast(func.sum(C.items), BigInteger).label("items"),
                          cast(func.sum(C.cases), BigInteger).label("cases"),
                          case((func.count(func.distinct(C.product_id)) == 1,
                                func.min(C.product_id))).label("product_id"),
                          case((and_(func.count(func.distinct(C.lot_id)) == 1,
                                     func.count(C.lot_id) == func.count()),
                                func.min(C.lot_id))).label("lot_id"))
                   .where(C.tenant_id == self.ctx.tenant_id).group_by(C.node_id)
                   .subquery("content"))
        spec = ListSpec(
            fields={"node_id": H.node_id, "org_id": H.org_id, "warehouse_id": H.warehouse_id,
                    "location_id": H.location_id, "state": H.state, "level": H.level,
                    "shipment_id": H.shipment_id, "since": H.since,
                    "product_id": content.c.product_id, "lot_id": content.c.lot_id,
                    "condition": H.condition, "items": content.c["items"]},
            search=(Organisation.name, Warehouse.name, WarehouseLocation.code, Product.name),
            default_sort=("-since", "node_id"))
        stmt = (select(H, content.c["items"], content.c.cases, Product.name,
                       ProductionLot.lot_no, Organisation.name, Warehouse.name,
                       WarehouseLocation.code, Shipment.shipment_no, PackNode.batch_id,
                       PackNode.serial)
                .join(content, content.c.node_id == H.node_id)
                .join(PackNode, PackNode.id == H.node_id)
                .join(Organisation, Organisation.id == H.org_id)
                .outerjoin(Product, Product.id == content.c.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == content.c.lot_id)
                .outerjoin(Warehouse, Warehouse.id == H.warehouse_id)
                .outerjoin(WarehouseLocation, WarehouseLocation.id == H.location_id)
                .outerjoin(Shipment, Shipment.id == H.shipment_id)
                .where(H.tenant_id == self.ctx.tenant_id, H.org_id.in_(self.mine)))
        if not _has_state(query):
            stmt = stmt.where(H.state == "in_stock")
        return paginate(self.session, stmt, query, spec)

    # --- the movement log -----------------------------------------------------------------------

    def moves(self, query: common_pb2.ListQuery) -> Page:
        m = StockMove
        spec = ListSpec(
            fields={"id": m.id, "kind": m.kind, "at": m.at, "from_org_id": m.from_org_id,
                    "to_org_id": m.to_org_id, "org_id": func.coalesce(m.to_org_id, 0),
                    "shipment_id": m.shipment_id, "receipt_id": m.receipt_id,
                    "salesperson": m.salesperson, "node_id": m.node_id,
                    "warehouse_id": func.coalesce(m.to_warehouse_id, m.from_warehouse_id)},
            search=(m.salesperson, m.reason, FromOrg.name, ToOrg.name, Shipment.shipment_no,
                    Product.name),
            default_sort=("-at", "-id"))
        org_filter = next((f for f in query.filters if f.field == "org_id"), None)
        rest = common_pb2.ListQuery()
        rest.CopyFrom(query)
        del rest.filters[:]
        rest.filters.extend(f for f in query.filters if f.field != "org_id")
        stmt = (select(m, PackNode.level, PackNode.batch_id, PackNode.serial, Product.name,
                       ProductionLot.lot_no, User.display_name, User.username, FromOrg.name,
                       FromWh.name, FromLoc.code, ToOrg.name, ToOrg.region_code, ToWh.name,
                       ToLoc.code, Shipment.shipment_no, GoodsReceipt.receipt_no)
                .join(PackNode, PackNode.id == m.node_id)
                .outerjoin(Product, Product.id == PackNode.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == PackNode.lot_id)
                .outerjoin(User, User.id == m.user_id)
                .outerjoin(FromOrg, FromOrg.id == m.from_org_id)
                .outerjoin(FromWh, FromWh.id == m.from_warehouse_id)
                .outerjoin(FromLoc, FromLoc.id == m.from_location_id)
                .outerjoin(ToOrg, ToOrg.id == m.to_org_id)
                .outerjoin(ToWh, ToWh.id == m.to_warehouse_id)
                .outerjoin(ToLoc, ToLoc.id == m.to_location_id)
                .outerjoin(Shipment, Shipment.id == m.shipment_id)
                .outerjoin(GoodsReceipt, GoodsReceipt.id == m.receipt_id)
                .where(m.tenant_id == self.ctx.tenant_id,
                       or_(m.from_org_id.in_(self.mine), m.to_org_id.in_(self.mine))))
        if org_filter is not None:
            org_id = int(org_filter.value or 0)
            stmt = stmt.where(or_(m.from_org_id == org_id, m.to_org_id == org_id))
        return paginate(self.session, stmt, rest, spec)

    # --- low-stock warnings ---------------------------------------------------------------------

    def warnings(self, query: common_pb2.ListQuery) -> Page:
        a = StockAlert
        stock = (select(H.org_id.label("org_id"), C.product_id.label("product_id"),
                        cast(func.sum(C.items), BigInteger).label("items"))
                 .select_from(H).join(C, and_(C.tenant_id == H.tenant_id,
                                              C.node_id == H.node_id))
                 .where(H.tenant_id == self.ctx.tenant_id, H.state == "in_stock",
                        H.condition == "ok")
                 .group_by(H.org_id, C.product_id).subquery("stock"))
        have = func.coalesce(stock.c["items"], literal(0))
        spec = ListSpec(fields={"org_id": a.org_id, "product_id": a.product_id,
                                "items": have, "min_items": a.min_items},
                        search=(Organisation.name, Organisation.code, Product.name,
                                Product.code),
                        default_sort=("org_id", "product_id"))
        stmt = (
            select(a, Organisation.code, Organisation.name, Product.code, Product.name,
                   Product.items_per_case, have)
            .join(Organisation, Organisation.id == a.org_id)
            .join(Product, Product.id == a.product_id)
            .outerjoin(stock, and_(stock.c.org_id == a.org_id,
                                   stock.c.product_id == a.product_id))
            .where(a.tenant_id == self.ctx.tenant_id, a.org_id.in_(self.mine),
                   have < a.min_items))
        return paginate(self.session, stmt, query, spec)
