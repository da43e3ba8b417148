"""ShippingService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.codes.keys import KeyStore
from server.core.context import current
from server.core.convert import enum_name
from server.core.policy import Policy, method_name, read, write
from server.shipping import targets
from server.shipping.confirm import ConfirmService
from server.shipping.convert import (
    discrepancy_to_proto,
    header,
    shipment_input,
    shipment_to_proto,
)
from server.shipping.discrepancies import DiscrepancyService
from server.shipping.sales import SalesService
from server.shipping.scanning import ScanningService
from server.shipping.shipments import ShipmentService
from server.stock import places
from shared.pb import common_pb2, shipping_pb2, shipping_pb2_grpc, stock_pb2

H = shipping_pb2
_H = "ShippingService"
POLICIES: dict[str, Policy] = {
    method_name(_H, "ListShipments"): read("stock.read"),
    method_name(_H, "GetShipment"): read("stock.read"),
    method_name(_H, "CreateShipment"): write("stock.ship", "create", "shipment"),
    method_name(_H, "UpdateShipment"): write("stock.ship", "update", "shipment"),
    # Scans write one audit row each (the call), like packing's: the shipment's confirm
    # records what left.
    method_name(_H, "ScanShipment"): write("stock.ship", "scan", "shipment"),
    method_name(_H, "UnscanShipment"): write("stock.ship", "unscan", "shipment"),
    method_name(_H, "ConfirmShipment"): write("stock.ship", "confirm", "shipment"),
    method_name(_H, "CancelShipment"): write("stock.ship", "cancel", "shipment"),
    method_name(_H, "ListShipmentTargets"): read("stock.ship"),
    method_name(_H, "ListDiscrepancies"): read("stock.read"),
    method_name(_H, "ResolveDiscrepancy"): write("stock.ship", "resolve", "discrepancy"),
    method_name(_H, "Sell"): write("stock.sell", "sell", "stock_holding"),
    method_name(_H, "GetExchangeCheck"): read("stock.sell"),
    method_name(_H, "Exchange"): write("stock.sell", "exchange", "stock_holding"),
}


class ShippingServicer(shipping_pb2_grpc.ShippingServiceServicer):
    def __init__(self, keys: KeyStore) -> None:
        self.keys = keys

    def _view(self, shipment_id: int) -> shipping_pb2.Shipment:
        return shipment_to_proto(ShipmentService(current(), self.keys).view(shipment_id))

    def ListShipments(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> shipping_pb2.ListShipmentsResponse:
        page = ShipmentService(current(), self.keys).list_page(request)
        return H.ListShipmentsResponse(items=[shipment_to_proto(v) for v in page.rows],
                                       page=page.info)

    def GetShipment(self, request: common_pb2.IdRequest,
                    context: grpc.ServicerContext) -> shipping_pb2.Shipment:
        return self._view(request.id)

    def CreateShipment(self, request: shipping_pb2.CreateShipmentRequest,
                       context: grpc.ServicerContext) -> shipping_pb2.Shipment:
        shipment = ShipmentService(current(), self.keys).create(shipment_input(request),
                                                                request.operation_id)
        return self._view(shipment.id)

    def UpdateShipment(self, request: shipping_pb2.Shipment,
                       context: grpc.ServicerContext) -> shipping_pb2.Shipment:
        ShipmentService(current(), self.keys).update(request.id, header(request))
        return self._view(request.id)

    def ScanShipment(self, request: stock_pb2.StockScanRequest,
                     context: grpc.ServicerContext) -> stock_pb2.StockScanResult:
        return ScanningService(current(), self.keys).scan(
            request.document_id, request.code, request.operation_id,
            request.scanned_at if request.HasField("scanned_at") else None)

    def UnscanShipment(self, request: stock_pb2.StockScanRequest,
                       context: grpc.ServicerContext) -> stock_pb2.StockScanResult:
        return ScanningService(current(), self.keys).unscan(
            request.document_id, request.code, request.operation_id)

    def ConfirmShipment(self, request: shipping_pb2.ConfirmShipmentRequest,
                        context: grpc.ServicerContext) -> shipping_pb2.Shipment:
        shipment = ConfirmService(current(), self.keys).confirm(
            request.id, request.operation_id, header(request))
        return self._view(shipment.id)

    def CancelShipment(self, request: stock_pb2.DocumentCommand,
                       context: grpc.ServicerContext) -> shipping_pb2.Shipment:
        shipment = ShipmentService(current(), self.keys).cancel(
            request.id, request.reason, request.operation_id)
        return self._view(shipment.id)

    def ListShipmentTargets(self, request: shipping_pb2.ListShipmentTargetsRequest,
                            context: grpc.ServicerContext
                            ) -> shipping_pb2.ListShipmentTargetsResponse:
        ctx = current()
        kind = enum_name(H.ShipmentKind, "SHIPMENT_KIND_", request.kind)
        sender = places.warehouse(ctx, request.warehouse_id).org_id \
            if request.warehouse_id else ctx.user.org_id
        wh = request.warehouse_id or None
        out = H.ListShipmentTargetsResponse()
        if kind == "transfer":
            for w, org in targets.transfer_targets(ctx, sender, wh, request.search):
                out.items.append(H.ShipmentTarget(
                    org_id=org.id, org_code=org.code, org_name=org.name, org_kind=org.kind,
                    warehouse_id=w.id, warehouse_name=w.name, region_code=w.region_code))
            return out
        orgs = targets.return_targets(ctx, sender) if kind == "return" else \
            targets.direct_targets(ctx, sender, request.search) if kind == "direct" else []
        for org in orgs:
            out.items.append(H.ShipmentTarget(org_id=org.id, org_code=org.code,
                                              org_name=org.name, org_kind=org.kind,
                                              region_code=org.region_code))
        return out

    def ListDiscrepancies(self, request: common_pb2.ListQuery,
                          context: grpc.ServicerContext
                          ) -> shipping_pb2.ListDiscrepanciesResponse:
        page = DiscrepancyService(current(), self.keys).list_page(request)
        return H.ListDiscrepanciesResponse(items=[discrepancy_to_proto(v) for v in page.rows],
                                           page=page.info)

    def ResolveDiscrepancy(self, request: shipping_pb2.ResolveDiscrepancyRequest,
                           context: grpc.ServicerContext) -> shipping_pb2.Discrepancy:
        service = DiscrepancyService(current(), self.keys)
        found = service.resolve(request.id, request.resolution)
        page = service.list_page(common_pb2.ListQuery(filters=[common_pb2.Filter(
            field="id", value=str(found.id))]))
        return discrepancy_to_proto(page.rows[0])

    def Sell(self, request: shipping_pb2.SellRequest,
             context: grpc.ServicerContext) -> shipping_pb2.SaleResult:
        return SalesService(current(), self.keys).sell(
            request.code, request.org_id, request.salesperson, request.operation_id,
            request.scanned_at if request.HasField("scanned_at") else None)

    def GetExchangeCheck(self, request: shipping_pb2.CheckExchangeRequest,
                      context: grpc.ServicerContext) -> shipping_pb2.ExchangeCheck:
        return SalesService(current(), self.keys).check(request.code, request.org_id)

    def Exchange(self, request: shipping_pb2.ExchangeRequest,
                 context: grpc.ServicerContext) -> shipping_pb2.ExchangeResult:
        return SalesService(current(), self.keys).exchange(
            request.damaged_code, request.replacement_code, request.org_id, request.reason,
            request.salesperson, request.operation_id)
