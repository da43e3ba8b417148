"""ProductionService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.production.convert import line_data, line_to_proto, lot_input, lot_to_proto
from server.production.lines import LineService
from server.production.lots import LotService
from shared.pb import common_pb2, production_pb2, production_pb2_grpc

_P = "ProductionService"
POLICIES: dict[str, Policy] = {
    method_name(_P, "ListLines"): read("line.read"),
    method_name(_P, "CreateLine"): write("line.write", "create", "line"),
    method_name(_P, "UpdateLine"): write("line.write", "update", "line"),
    method_name(_P, "ListLots"): read("lot.read"),
    method_name(_P, "GetLot"): read("lot.read"),
    method_name(_P, "CreateLot"): write("lot.write", "create", "lot"),
    method_name(_P, "UpdateLot"): write("lot.write", "update", "lot"),
    method_name(_P, "DeleteLot"): write("lot.write", "delete", "lot"),
}


class ProductionServicer(production_pb2_grpc.ProductionServiceServicer):
    # lines
    def ListLines(self, request: common_pb2.ListQuery,
                  context: grpc.ServicerContext) -> production_pb2.ListLinesResponse:
        page = LineService(current()).list_page(request)
        return production_pb2.ListLinesResponse(
            items=[line_to_proto(line, name) for line, name in page.rows], page=page.info)

    def CreateLine(self, request: production_pb2.Line,
                   context: grpc.ServicerContext) -> production_pb2.Line:
        service = LineService(current())
        line = service.create(line_data(request))
        return line_to_proto(line, service.org_name(line))

    def UpdateLine(self, request: production_pb2.Line,
                   context: grpc.ServicerContext) -> production_pb2.Line:
        service = LineService(current())
        line = service.update(request.id, request.active, line_data(request))
        return line_to_proto(line, service.org_name(line))

    # lots
    def ListLots(self, request: common_pb2.ListQuery,
                 context: grpc.ServicerContext) -> production_pb2.ListLotsResponse:
        page = LotService(current()).list_page(request)
        return production_pb2.ListLotsResponse(items=[lot_to_proto(r) for r in page.rows],
                                               page=page.info)

    def GetLot(self, request: common_pb2.IdRequest,
               context: grpc.ServicerContext) -> production_pb2.Lot:
        return lot_to_proto(LotService(current()).row(request.id))

    def CreateLot(self, request: production_pb2.Lot,
                  context: grpc.ServicerContext) -> production_pb2.Lot:
        service = LotService(current())
        return lot_to_proto(service.row(service.create(lot_input(request)).id))

    def UpdateLot(self, request: production_pb2.Lot,
                  context: grpc.ServicerContext) -> production_pb2.Lot:
        service = LotService(current())
        return lot_to_proto(service.row(service.update(request.id, lot_input(request)).id))

    def DeleteLot(self, request: common_pb2.IdRequest,
                  context: grpc.ServicerContext) -> common_pb2.Empty:
        LotService(current()).delete(request.id)
        return common_pb2.Empty()
