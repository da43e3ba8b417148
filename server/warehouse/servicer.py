"""WarehouseService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.warehouse.convert import warehouse_data, warehouse_to_proto
from server.warehouse.warehouses import WarehouseService
from shared.pb import common_pb2, warehouse_pb2, warehouse_pb2_grpc

_W = "WarehouseService"
POLICIES: dict[str, Policy] = {
    method_name(_W, "ListWarehouses"): read("warehouse.read"),
    method_name(_W, "CreateWarehouse"): write("warehouse.write", "create", "warehouse"),
    method_name(_W, "UpdateWarehouse"): write("warehouse.write", "update", "warehouse"),
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
