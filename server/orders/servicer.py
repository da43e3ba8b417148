"""SalesOrderService and ExceptionalShipmentService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.accounts.convert import org_to_proto
from server.accounts.orgs import OrganisationService
from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.orders import convert
from server.orders.erp import ErpOrders
from server.orders.exceptional import ExceptionalShipmentService
from server.orders.import_orders import OrderImporter
from server.orders.sales_orders import SalesOrderService
from shared.pb import common_pb2, orders_pb2, orders_pb2_grpc

_S = "SalesOrderService"
_X = "ExceptionalShipmentService"
POLICIES: dict[str, Policy] = {
    method_name(_S, "ListSalesOrders"): read("sales_order.read"),
    method_name(_S, "GetSalesOrder"): read("sales_order.read"),
    method_name(_S, "ListOrderCustomers"): read("sales_order.read"),
    method_name(_S, "CreateSalesOrder"): write("sales_order.write", "create", "sales_order"),
    method_name(_S, "UpdateSalesOrder"): write("sales_order.write", "update", "sales_order"),
    method_name(_S, "ConfirmSalesOrder"): write("sales_order.write", "confirm", "sales_order"),
    method_name(_S, "CancelSalesOrder"): write("sales_order.write", "cancel", "sales_order"),
    method_name(_S, "ImportSalesOrders"): write("sales_order.write", "import", "sales_order"),
    method_name(_S, "UpsertSalesOrder"): write("sales_order.erp", "upsert", "sales_order"),
    method_name(_X, "ListExceptionalShipments"): read("exceptional.read"),
    method_name(_X, "GetExceptionalShipment"): read("exceptional.read"),
    method_name(_X, "CreateExceptionalShipment"): write("exceptional.request", "create",
                                                        "exceptional_shipment"),
    method_name(_X, "ApproveExceptionalShipment"): write("exceptional.approve", "approve",
                                                         "exceptional_shipment"),
    method_name(_X, "RejectExceptionalShipment"): write("exceptional.approve", "reject",
                                                        "exceptional_shipment"),
    method_name(_X, "WithdrawExceptionalShipment"): write("exceptional.request", "withdraw",
                                                          "exceptional_shipment"),
}


def _order(service: SalesOrderService, order_id: int) -> orders_pb2.SalesOrder:
    return convert.order_to_proto(service.view(order_id))


class SalesOrderServicer(orders_pb2_grpc.SalesOrderServiceServicer):
    def ListSalesOrders(self, request: common_pb2.ListQuery,
                        context: grpc.ServicerContext) -> orders_pb2.ListSalesOrdersResponse:
        page = SalesOrderService(current()).list_page(request)
        return orders_pb2.ListSalesOrdersResponse(
            items=[convert.order_to_proto(v) for v in page.rows], page=page.info)

    def GetSalesOrder(self, request: common_pb2.IdRequest,
                      context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        return _order(SalesOrderService(current()), request.id)

    def ListOrderCustomers(self, request: orders_pb2.ListOrderCustomersRequest,
                           context: grpc.ServicerContext
                           ) -> orders_pb2.ListOrderCustomersResponse:
        orgs, known, page = SalesOrderService(current()).customers_page(request.warehouse_id,
                                                                         request.query)
        return orders_pb2.ListOrderCustomersResponse(
            items=[org_to_proto(o, known, OrganisationService.dealer_level(o, known))
                   for o in orgs], page=page.info)

    def CreateSalesOrder(self, request: orders_pb2.CreateSalesOrderRequest,
                         context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        service = SalesOrderService(current())
        order = service.create(convert.order_input(request.order), request.operation_id)
        return _order(service, order.id)

    def UpdateSalesOrder(self, request: orders_pb2.SalesOrder,
                         context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        service = SalesOrderService(current())
        return _order(service, service.update(request.id, convert.order_input(request)).id)

    def ConfirmSalesOrder(self, request: common_pb2.IdRequest,
                          context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        service = SalesOrderService(current())
        return _order(service, service.confirm(request.id).id)

    def CancelSalesOrder(self, request: orders_pb2.CancelSalesOrderRequest,
                         context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        service = SalesOrderService(current())
        return _order(service, service.cancel(request.id, request.reason).id)

    def ImportSalesOrders(self, request: orders_pb2.ImportSalesOrdersRequest,
                          context: grpc.ServicerContext
                          ) -> orders_pb2.ImportSalesOrdersResponse:
        result = OrderImporter(current()).run(convert.import_input(request))
        return convert.import_to_proto(result)

    def UpsertSalesOrder(self, request: orders_pb2.UpsertSalesOrderRequest,
                         context: grpc.ServicerContext) -> orders_pb2.SalesOrder:
        ctx = current()
        order = ErpOrders(ctx).upsert(convert.upsert_input(request))
        return _order(SalesOrderService(ctx), order.id)


def _request(service: ExceptionalShipmentService,
             request_id: int) -> orders_pb2.ExceptionalShipment:
    return convert.exceptional_to_proto(service.view(request_id))


class ExceptionalShipmentServicer(orders_pb2_grpc.ExceptionalShipmentServiceServicer):
    def ListExceptionalShipments(self, request: common_pb2.ListQuery,
                                 context: grpc.ServicerContext
                                 ) -> orders_pb2.ListExceptionalShipmentsResponse:
        page = ExceptionalShipmentService(current()).list_page(request)
        return orders_pb2.ListExceptionalShipmentsResponse(
            items=[convert.exceptional_to_proto(v) for v in page.rows], page=page.info)

    def GetExceptionalShipment(self, request: common_pb2.IdRequest,
                               context: grpc.ServicerContext) -> orders_pb2.ExceptionalShipment:
        return _request(ExceptionalShipmentService(current()), request.id)

    def CreateExceptionalShipment(self, request: orders_pb2.CreateExceptionalShipmentRequest,
                                  context: grpc.ServicerContext
                                  ) -> orders_pb2.ExceptionalShipment:
        service = ExceptionalShipmentService(current())
        made = service.create(convert.exceptional_input(request.shipment),
                              request.operation_id)
        return _request(service, made.id)

    def ApproveExceptionalShipment(self, request: orders_pb2.DecideExceptionalShipmentRequest,
                                   context: grpc.ServicerContext
                                   ) -> orders_pb2.ExceptionalShipment:
        service = ExceptionalShipmentService(current())
        return _request(service, service.approve(request.id, request.comment).id)

    def RejectExceptionalShipment(self, request: orders_pb2.DecideExceptionalShipmentRequest,
                                  context: grpc.ServicerContext
                                  ) -> orders_pb2.ExceptionalShipment:
        service = ExceptionalShipmentService(current())
        return _request(service, service.reject(request.id, request.comment).id)

    def WithdrawExceptionalShipment(self, request: common_pb2.IdRequest,
                                    context: grpc.ServicerContext
                                    ) -> orders_pb2.ExceptionalShipment:
        service = ExceptionalShipmentService(current())
        return _request(service, service.withdraw(request.id).id)
