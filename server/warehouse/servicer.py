"""WarehouseService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.warehouse.convert import (
    location_input,
    location_to_proto,
    stock_alert_input,
    stock_alert_to_proto,
    warehouse_data,
    warehouse_to_proto,
)
from server.warehouse.locations import LocationService
from server.warehouse.stock_alerts import StockAlertService
from server.warehouse.warehouses import WarehouseService
from shared.pb import common_pb2, warehouse_pb2, warehouse_pb2_grpc

_W = "WarehouseService"
POLICIES: dict[str, Policy] = {
    method_name(_W, "ListWarehouses"): read("warehouse.read"),
    method_name(_W, "CreateWarehouse"): write("warehouse.write", "create", "warehouse"),
    method_name(_W, "UpdateWarehouse"): write("warehouse.write", "update", "warehouse"),
    method_name(_W, "ListLocations"): read("warehouse.read"),
    method_name(_W, "CreateLocation"): write("warehouse.write", "create", "location"),
    method_name(_W, "UpdateLocation"): write("warehouse.write", "update", "location"),
    method_name(_W, "DeleteLocation"): write("warehouse.write", "delete", "location"),
    method_name(_W, "ListStockAlerts"): read("stock_alert.read"),
    method_name(_W, "SetStockAlert"): write("stock_alert.write", "update", "stock_alert"),
    method_name(_W, "DeleteStockAlert"): write("stock_alert.write", "delete", "stock_alert"),
}


class WarehouseServicer(warehouse_pb2_grpc.WarehouseServiceServicer):
    def ListWarehouses(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> warehouse_pb2.ListWarehousesResponse:
        page = WarehouseService(current()).list_page(request)
        return warehouse_pb2.ListWarehousesResponse(
            items=[warehouse_to_proto(w, name) for w, name in page.rows], page=page.info)

    def CreateWarehouse(self, request: warehouse_pb2.Warehouse,
                        context: grpc.ServicerContext) -> warehouse_pb2.Warehouse:
        service = WarehouseService(current())
        warehouse = service.create(warehouse_data(request))
        return warehouse_to_proto(warehouse, service.org_name(warehouse))

    def UpdateWarehouse(self, request: warehouse_pb2.Warehouse,
                        context: grpc.ServicerContext) -> warehouse_pb2.Warehouse:
        service = WarehouseService(current())
        warehouse = service.update(request.id, request.active, warehouse_data(request))
        return warehouse_to_proto(warehouse, service.org_name(warehouse))

    # locations
    def ListLocations(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> warehouse_pb2.ListLocationsResponse:
        page = LocationService(current()).list_page(request)
        return warehouse_pb2.ListLocationsResponse(
            items=[location_to_proto(r) for r in page.rows], page=page.info)

    def CreateLocation(self, request: warehouse_pb2.Location,
                       context: grpc.ServicerContext) -> warehouse_pb2.Location:
        service = LocationService(current())
        return location_to_proto(service.row(service.create(location_input(request)).id))

    def UpdateLocation(self, request: warehouse_pb2.Location,
                       context: grpc.ServicerContext) -> warehouse_pb2.Location:
        service = LocationService(current())
        return location_to_proto(
            service.row(service.update(request.id, location_input(request)).id))

    def DeleteLocation(self, request: common_pb2.IdRequest,
                       context: grpc.ServicerContext) -> common_pb2.Empty:
        LocationService(current()).delete(request.id)
        return common_pb2.Empty()

    # low-stock warning settings
    def ListStockAlerts(self, request: common_pb2.ListQuery,
                        context: grpc.ServicerContext) -> warehouse_pb2.ListStockAlertsResponse:
        page = StockAlertService(current()).list_page(request)
        return warehouse_pb2.ListStockAlertsResponse(
            items=[stock_alert_to_proto(r) for r in page.rows], page=page.info)

    def SetStockAlert(self, request: warehouse_pb2.StockAlert,
                      context: grpc.ServicerContext) -> warehouse_pb2.StockAlert:
        service = StockAlertService(current())
        return stock_alert_to_proto(service.row(service.set(stock_alert_input(request)).id))

    def DeleteStockAlert(self, request: common_pb2.IdRequest,
                         context: grpc.ServicerContext) -> common_pb2.Empty:
        StockAlertService(current()).delete(request.id)
        return common_pb2.Empty()
