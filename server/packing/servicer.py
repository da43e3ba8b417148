"""PackingService: proto in, domain call, proto out; the collection stream commits per record."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
from sqlalchemy.orm import sessionmaker

from server.audit import writer as audit_log
from server.codes.keys import KeyStore
from server.core.context import current
from server.core.errors import DomainError
from server.core.policy import Policy, method_name, read, write
from server.packing import chain, convert
from server.packing.collect import CollectService
from server.packing.edits import EditService
from server.packing.events import EventService
from server.packing.runs import RunInput, RunService, RunView
from server.packing.scans import ScanService
from server.packing.settings import SettingsService
from shared.pb import common_pb2, packing_pb2, packing_pb2_grpc

_P = "PackingService"
POLICIES: dict[str, Policy] = {
    method_name(_P, "GetPackingSettings"): read("pack.read"),
    method_name(_P, "UpdatePackingSettings"): write("pack.manage", "update", "pack_settings"),
    method_name(_P, "StartRun"): write("pack.run", "start", "pack_run"),
    method_name(_P, "GetRun"): read("pack.read"),
    method_name(_P, "ListRuns"): read("pack.read"),
    method_name(_P, "EndRun"): write("pack.run", "end", "pack_run"),
    method_name(_P, "ChangeRunProduct"): write("pack.manage", "change_product", "pack_run"),
    method_name(_P, "DeleteRun"): write("pack.manage", "delete", "pack_run"),
    method_name(_P, "Scan"): write("pack.run", "scan", "pack_node"),
    method_name(_P, "Undo"): write("pack.run", "undo", "pack_node"),
    method_name(_P, "CloseVirtualPallet"): write("pack.run", "close_pallet", "pack_node"),
    method_name(_P, "LinkRange"): write("pack.run", "link_range", "pack_node"),
    method_name(_P, "GetContainer"): read("pack.read"),
    method_name(_P, "Disaggregate"): write("pack.run", "disaggregate", "pack_node"),
    method_name(_P, "Replace"): write("pack.run", "replace", "pack_node"),
    method_name(_P, "ListPackEvents"): read("pack.read"),
    # Audited: who checked the chain, and when, is part of the tamper evidence.
    method_name(_P, "VerifyEventChain"): Policy(permission="pack.read", mutating=True,
                                                action="verify", entity="pack_event"),
    method_name(_P, "Collect"): write("pack.collect", "collect", "pack_node"),
}


class PackingServicer(packing_pb2_grpc.PackingServiceServicer):
    def __init__(self, key_store: KeyStore) -> None:
        self.keys = key_store

    # settings
    def GetPackingSettings(self, request: common_pb2.Empty,
                           context: grpc.ServicerContext) -> packing_pb2.PackingSettings:
        return convert.settings_to_proto(SettingsService(current()).get())

    def UpdatePackingSettings(self, request: packing_pb2.PackingSettings,
                              context: grpc.ServicerContext) -> packing_pb2.PackingSettings:
        return convert.settings_to_proto(SettingsService(current()).update(
            request.allow_mixed_lots, request.allow_mixed_products))

    # runs
    def _run(self, run_id: int, codes: bool = True) -> packing_pb2.PackRun:
        return convert.run_to_proto(RunService(current(), self.keys).view(run_id, codes=codes))

    def StartRun(self, request: packing_pb2.StartRunRequest,
                 context: grpc.ServicerContext) -> packing_pb2.PackRun:
        run = RunService(current(), self.keys).start(RunInput(
            line_id=request.line_id, station=request.station, product_id=request.product_id,
            lot_id=request.lot_id, items_per_case=request.items_per_case,
            cases_per_pallet=request.cases_per_pallet), request.operation_id)
        return self._run(run.id)

    def GetRun(self, request: common_pb2.IdRequest,
               context: grpc.ServicerContext) -> packing_pb2.PackRun:
        return self._run(request.id)

    def ListRuns(self, request: common_pb2.ListQuery,
                 context: grpc.ServicerContext) -> packing_pb2.ListRunsResponse:
        service = RunService(current(), self.keys)
        page = service.list_page(request)
        return packing_pb2.ListRunsResponse(
            items=[convert.run_to_proto(RunView(row, [], [])) for row in page.rows],
            page=page.info)

    def EndRun(self, request: packing_pb2.EndRunRequest,
               context: grpc.ServicerContext) -> packing_pb2.PackRun:
        run = RunService(current(), self.keys).end(request.run_id, request.operation_id)
        return self._run(run.id)

    def ChangeRunProduct(self, request: packing_pb2.ChangeRunProductRequest,
                         context: grpc.ServicerContext) -> packing_pb2.PackRun:
        run = RunService(current(), self.keys).change_product(
            request.run_id, request.product_id, request.lot_id, request.reason,
            request.operation_id)
        return self._run(run.id, codes=False)

    def DeleteRun(self, request: packing_pb2.DeleteRunRequest,
                  context: grpc.ServicerContext) -> packing_pb2.PackRun:
        run = RunService(current(), self.keys).delete(request.run_id, request.reason,
                                                       request.operation_id)
        return self._run(run.id, codes=False)

    # scans
    def Scan(self, request: packing_pb2.ScanRequest,
             context: grpc.ServicerContext) -> packing_pb2.PackScanResult:
        return ScanService(current(), self.keys).scan(
            request.run_id, request.code, request.operation_id, request.short_reason,
            request.scanned_at if request.HasField("scanned_at") else None)

    def Undo(self, request: packing_pb2.UndoRequest,
             context: grpc.ServicerContext) -> packing_pb2.PackScanResult:
        return ScanService(current(), self.keys).undo(request.run_id, request.operation_id)

    def CloseVirtualPallet(self, request: packing_pb2.VirtualPalletRequest,
                           context: grpc.ServicerContext) -> packing_pb2.PackScanResult:
        return ScanService(current(), self.keys).close_virtual(
            request.run_id, request.batch_id, request.short_reason, request.operation_id)

    def LinkRange(self, request: packing_pb2.LinkRangeRequest,
                  context: grpc.ServicerContext) -> packing_pb2.PackScanResult:
        return ScanService(current(), self.keys).link_range(
            request.run_id, request.case_code, request.first_item_code, request.count,
            request.operation_id)

    # tree
    def GetContainer(self, request: packing_pb2.ContainerRequest,
                     context: grpc.ServicerContext) -> packing_pb2.Container:
        return convert.container_to_proto(EditService(current(), self.keys).view(request.code))

    def Disaggregate(self, request: packing_pb2.DisaggregateRequest,
                     context: grpc.ServicerContext) -> packing_pb2.Container:
        return convert.container_to_proto(EditService(current(), self.keys).disaggregate(
            request.container_code, list(request.child_codes), request.all, request.reason,
            request.operation_id))

    def Replace(self, request: packing_pb2.ReplaceRequest,
                context: grpc.ServicerContext) -> packing_pb2.Container:
        return convert.container_to_proto(EditService(current(), self.keys).replace(
            request.new_code, request.old_code, request.reason, request.operation_id))

    # the log
    def ListPackEvents(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> packing_pb2.ListPackEventsResponse:
        return EventService(current(), self.keys).list_page(request)

    def VerifyEventChain(self, request: common_pb2.Empty,
                         context: grpc.ServicerContext) -> packing_pb2.ChainVerification:
        ctx = current()
        found = chain.verify(ctx.session, ctx.tenant_id)
        return packing_pb2.ChainVerification(ok=found.ok, events=found.events,
                                             first_bad_seq=found.first_bad_seq,
                                             head_hash=found.head_hash.hex())

    # line collection
    def Collect(self, request_iterator: Iterator[packing_pb2.CollectRecord],
                context: grpc.ServicerContext) -> Iterator[packing_pb2.CollectAck]:
        ctx = current()
        refusals = sessionmaker(bind=ctx.session.get_bind())
        service = CollectService(ctx, self.keys)  # its caches live as long as the stream
        for record in request_iterator:
            try:
                ack = service.apply(record)
                audit_log.write_success(ctx, record)
                service.finish()
                ctx.session.commit()
            except DomainError as exc:
                ctx.session.rollback()
                audit_log.write_refusal(refusals, ctx, record, exc)
                ack = packing_pb2.CollectAck(record_id=record.record_id, ok=False,
                                             reason=exc.reason.name, message_zh=exc.message_zh,
                                             message_en=exc.message_en)
            finally:
                ctx.changes.clear()
            yield ack
