"""CodeService: proto in, domain call, proto out."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from server.codes import convert, keys
from server.codes.batches import BatchService
from server.codes.export import ExportInput, ExportService
from server.codes.lifecycle import LifecycleService
from server.codes.lookup import Locator
from server.codes.repository import EventRepository
from server.codes.settings import SettingsService
from server.core.context import current
from server.core.listing import paginate
from server.core.policy import Policy, method_name, read, write
from shared.pb import codes_pb2, codes_pb2_grpc, common_pb2

_C = "CodeService"
POLICIES: dict[str, Policy] = {
    method_name(_C, "GetCodeSettings"): read("code.read"),
    method_name(_C, "UpdateCodeSettings"): write("code.settings", "update", "code_settings"),
    method_name(_C, "IssueBatch"): write("code.issue", "issue", "code_batch"),
    method_name(_C, "ListBatches"): read("code.read"),
    method_name(_C, "GetBatch"): read("code.read"),
    method_name(_C, "AllocateRolls"): write("code.allocate", "allocate", "code_batch"),
    method_name(_C, "Activate"): write("code.activate", "activate", "code_event"),
    method_name(_C, "Void"): write("code.void", "void", "code_event"),
    method_name(_C, "ListCodeEvents"): read("code.read"),
    # Audited like a change: who looked up which code (and every refused guess) is on record.
    method_name(_C, "LookupCode"): Policy(permission="code.read", mutating=True,
                                          action="lookup", entity="code"),
    method_name(_C, "ExportBatch"): write("code.export", "export", "code_batch"),
}


class CodeServicer(codes_pb2_grpc.CodeServiceServicer):
    def __init__(self, key_store: keys.KeyStore) -> None:
        self.keys = key_store

    # settings
    def GetCodeSettings(self, request: common_pb2.Empty,
                        context: grpc.ServicerContext) -> codes_pb2.CodeSettings:
        return convert.settings_to_proto(SettingsService(current()).get())

    def UpdateCodeSettings(self, request: codes_pb2.CodeSettings,
                           context: grpc.ServicerContext) -> codes_pb2.CodeSettings:
        return convert.settings_to_proto(
            SettingsService(current()).update(convert.settings_input(request)))

    # batches
    def IssueBatch(self, request: codes_pb2.IssueBatchRequest,
                   context: grpc.ServicerContext) -> codes_pb2.CodeBatch:
        service = BatchService(current(), self.keys)
        batch = service.issue(convert.issue_input(request))
        return convert.batch_to_proto(service.view(batch.id))

    def ListBatches(self, request: common_pb2.ListQuery,
                    context: grpc.ServicerContext) -> codes_pb2.ListBatchesResponse:
        page, views = BatchService(current(), self.keys).list_page(request)
        return codes_pb2.ListBatchesResponse(items=[convert.batch_to_proto(v) for v in views],
                                             page=page.info)

    def GetBatch(self, request: common_pb2.IdRequest,
                 context: grpc.ServicerContext) -> codes_pb2.CodeBatch:
        return convert.batch_to_proto(BatchService(current(), self.keys).view(request.id))

    # lifecycle
    def AllocateRolls(self, request: codes_pb2.AllocateRollsRequest,
                      context: grpc.ServicerContext) -> codes_pb2.CodeRangeEvent:
        ctx = current()
        event = LifecycleService(ctx, self.keys).allocate(
            request.batch_id, request.first_roll, request.last_roll, request.org_id,
            request.note)
        return convert.event_to_proto(EventRepository(ctx).row(event.id))

    def Activate(self, request: codes_pb2.ActivateRequest,
                 context: grpc.ServicerContext) -> codes_pb2.CodeChangeResult:
        ctx = current()
        result = LifecycleService(ctx, self.keys).activate(
            convert.selection(request.selection), request.product_id, request.lot_id,
            request.operation_id)
        return convert.change_to_proto(result, EventRepository(ctx).row(result.event.id))

    def Void(self, request: codes_pb2.VoidRequest,
             context: grpc.ServicerContext) -> codes_pb2.CodeChangeResult:
        ctx = current()
        result = LifecycleService(ctx, self.keys).void(
            convert.selection(request.selection), request.reason, request.operation_id)
        return convert.change_to_proto(result, EventRepository(ctx).row(result.event.id))

    def ListCodeEvents(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> codes_pb2.ListCodeEventsResponse:
        ctx = current()
        repo = EventRepository(ctx)
        page = paginate(ctx.session, repo.listing(), request, repo.list_spec())
        return codes_pb2.ListCodeEventsResponse(
            items=[convert.event_to_proto(r) for r in page.rows], page=page.info)

    # lookup and export
    def LookupCode(self, request: codes_pb2.LookupCodeRequest,
                   context: grpc.ServicerContext) -> codes_pb2.CodeInfo:
        locator = Locator(current(), self.keys)
        return convert.code_to_proto(locator.state(locator.locate(request.code)))

    def ExportBatch(self, request: codes_pb2.ExportBatchRequest,
                    context: grpc.ServicerContext) -> Iterator[codes_pb2.ExportChunk]:
        pieces = ExportService(current(), self.keys).export(ExportInput(
            batch_id=request.batch_id, columns=convert.export_columns(request.columns),
            first_serial=request.first_serial, last_serial=request.last_serial,
            password=request.password, key=request.key))
        for data, done, total in pieces:
            yield codes_pb2.ExportChunk(data=data, codes_done=done, codes_total=total)
