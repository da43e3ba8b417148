"""FlowService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.codes.keys import KeyStore
from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.flow import lots
from server.flow.recall import RecallService
from server.flow.trace import TraceService
from shared.pb import common_pb2, flow_pb2, flow_pb2_grpc

F = flow_pb2
_F = "FlowService"
POLICIES: dict[str, Policy] = {
    # Audited like the codes area's lookups: who looked at a code's trail, and when.
    method_name(_F, "TraceCode"): Policy(permission="flow.read", mutating=True, action="trace",
                                         entity="code"),
    method_name(_F, "GetLotTrace"): read("flow.read"),
    method_name(_F, "SearchLots"): read("flow.read"),
    method_name(_F, "GetRecallHolders"): read("recall.read"),
    method_name(_F, "CreateRecall"): write("recall.manage", "create", "recall"),
    method_name(_F, "ListRecalls"): read("recall.read"),
    method_name(_F, "GetRecall"): read("recall.read"),
}


class FlowServicer(flow_pb2_grpc.FlowServiceServicer):
    def __init__(self, keys: KeyStore) -> None:
        self.keys = keys

    def TraceCode(self, request: flow_pb2.TraceCodeRequest,
                  context: grpc.ServicerContext) -> flow_pb2.CodeTrace:
        return TraceService(current(), self.keys).trace(request.code)

    def GetLotTrace(self, request: common_pb2.IdRequest,
                 context: grpc.ServicerContext) -> flow_pb2.LotTrace:
        ctx = current()
        return F.LotTrace(lot=lots.lot_info(ctx, request.id, packed=True),
                          shipments=lots.shipments(ctx, request.id),
                          holders=lots.holders(ctx, [request.id]))

    def SearchLots(self, request: flow_pb2.FindLotsRequest,
                 context: grpc.ServicerContext) -> flow_pb2.FindLotsResponse:
        return F.FindLotsResponse(items=lots.find(current(), request.text, request.product_id))

    def GetRecallHolders(self, request: flow_pb2.RecallRequest,
                      context: grpc.ServicerContext) -> flow_pb2.RecallHolders:
        return RecallService(current()).preview(list(request.lot_ids))

    def CreateRecall(self, request: flow_pb2.CreateRecallRequest,
                     context: grpc.ServicerContext) -> flow_pb2.Recall:
        service = RecallService(current())
        recall = service.create(list(request.lot_ids), request.reason, request.public_notice,
                                request.operation_id)
        return service.view(recall.id)

    def ListRecalls(self, request: common_pb2.ListQuery,
                    context: grpc.ServicerContext) -> flow_pb2.ListRecallsResponse:
        service = RecallService(current())
        page = service.list_page(request)
        return F.ListRecallsResponse(items=[service.to_proto(r) for r in page.rows],
                                     page=page.info)

    def GetRecall(self, request: common_pb2.IdRequest,
                  context: grpc.ServicerContext) -> flow_pb2.Recall:
        return RecallService(current()).view(request.id)
