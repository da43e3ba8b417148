"""GatewayService and ScanService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.core.context import current
from server.core.errors import DomainError, Reason
from server.core.policy import Policy, gateway, method_name, read, write
from server.scans import convert
from server.scans.deps import ScanDeps
from server.scans.locate import locate
from server.scans.public import PublicFiles
from server.scans.records import DocumentInput, Documents, RecipientInput, Recipients, Records
from server.scans.settings import SettingsService
from server.scans.verification import Verifier
from shared.pb import common_pb2, scans_pb2, scans_pb2_grpc

_G, _S = "GatewayService", "ScanService"
MAX_BATCH = 256
POLICIES: dict[str, Policy] = {
    # The gateway's calls: public pages, authenticated as the gateway. Consumer queries are
    # records (the scan log), not audited administrative changes.
    method_name(_G, "Verify"): gateway(),
    method_name(_G, "VerifyBatch"): gateway(),
    method_name(_G, "Locate"): gateway(),
    method_name(_G, "GetScanFile"): gateway(),
    method_name(_G, "SubmitComplaint"): gateway(),
    method_name(_S, "ListScans"): read("scan.read"),
    method_name(_S, "GetScanSettings"): read("scan.read"),
    method_name(_S, "UpdateScanSettings"): write("scan.settings", "update", "scan_settings"),
    method_name(_S, "ListTemplates"): read("scan.read"),
    method_name(_S, "UpdateTemplates"): write("scan.settings", "update", "scan_template"),
    method_name(_S, "GetTemplatePreview"): read("scan.read"),
    method_name(_S, "ListRecipients"): read("scan.read"),
    method_name(_S, "CreateRecipient"): write("scan.settings", "create", "alert_recipient"),
    method_name(_S, "UpdateRecipient"): write("scan.settings", "update", "alert_recipient"),
    method_name(_S, "DeleteRecipient"): write("scan.settings", "delete", "alert_recipient"),
    method_name(_S, "ListAlerts"): read("scan.read"),
    method_name(_S, "AcknowledgeAlert"): write("scan.handle", "acknowledge", "scan_alert"),
    method_name(_S, "ListComplaints"): read("scan.read"),
    method_name(_S, "HandleComplaint"): write("scan.handle", "handle", "complaint"),
    method_name(_S, "ListProductVerification"): read("scan.read"),
    method_name(_S, "SetProductVerification"): write("scan.settings", "update", "product"),
    method_name(_S, "ListDocuments"): read("scan.read"),
    method_name(_S, "AddDocument"): write("scan.settings", "create", "document"),
    method_name(_S, "DeleteDocument"): write("scan.settings", "delete", "document"),
}


class GatewayServicer(scans_pb2_grpc.GatewayServiceServicer):
    def __init__(self, deps: ScanDeps) -> None:
        self.verifier = Verifier(deps)
        self.files = PublicFiles(deps)

    def Verify(self, request: scans_pb2.VerifyRequest,
               context: grpc.ServicerContext) -> scans_pb2.Verification:
        return convert.outcome_out(self.verifier.verify(convert.request_in(request)))

    def VerifyBatch(self, request: scans_pb2.VerifyBatchRequest,
                    context: grpc.ServicerContext) -> scans_pb2.VerifyBatchResponse:
        if len(request.requests) > MAX_BATCH:
            raise DomainError(Reason.INVALID_VALUE, field="requests",
                              detail=f"at most {MAX_BATCH} / 最多 {MAX_BATCH} 个")
        outcomes = self.verifier.verify_many([convert.request_in(r) for r in request.requests])
        return scans_pb2.VerifyBatchResponse(results=[convert.outcome_out(o) for o in outcomes])

    def Locate(self, request: scans_pb2.LocateRequest,
               context: grpc.ServicerContext) -> scans_pb2.Verification:
        p, r = request.position, request.requester
        return convert.outcome_out(locate(
            self.verifier, request.scan_token, (p.latitude, p.longitude, p.accuracy_m), r.ip,
            r.device_id, r.lang))

    def GetScanFile(self, request: scans_pb2.ScanFileRequest,
                    context: grpc.ServicerContext) -> scans_pb2.ScanFile:
        f = self.files.file(request.scan_token, request.document_id)
        return scans_pb2.ScanFile(mime=f.mime, data=f.data, filename=f.filename,
                                  sha256=f.sha256)

    def SubmitComplaint(self, request: scans_pb2.ComplaintRequest,
                        context: grpc.ServicerContext) -> scans_pb2.ComplaintReceipt:
        complaint_id = self.files.complain(request.scan_token, request.kind, request.text,
                                           request.contact, request.requester.ip)
        zh = request.requester.lang != "en"
        return scans_pb2.ComplaintReceipt(
            id=complaint_id, message="感谢您的反馈，我们会尽快处理。" if zh else
            "Thank you: the brand has received your message.")


class ScanServicer(scans_pb2_grpc.ScanServiceServicer):
    def ListScans(self, request: common_pb2.ListQuery,
                  context: grpc.ServicerContext) -> scans_pb2.ListScansResponse:
        page = Records(current()).scans(request)
        return scans_pb2.ListScansResponse(items=[convert.scan_out(r) for r in page.rows],
                                           page=page.info)

    def GetScanSettings(self, request: common_pb2.Empty,
                        context: grpc.ServicerContext) -> scans_pb2.ScanSettings:
        return convert.settings_out(SettingsService(current()).get())

    def UpdateScanSettings(self, request: scans_pb2.ScanSettings,
                           context: grpc.ServicerContext) -> scans_pb2.ScanSettings:
        return convert.settings_out(
            SettingsService(current()).update(convert.settings_in(request)))

    def ListTemplates(self, request: common_pb2.Empty,
                      context: grpc.ServicerContext) -> scans_pb2.ResponseTemplates:
        return convert.templates_out(SettingsService(current()).templates())

    def UpdateTemplates(self, request: scans_pb2.ResponseTemplates,
                        context: grpc.ServicerContext) -> scans_pb2.ResponseTemplates:
        service = SettingsService(current())
        service.update_templates(convert.templates_in(request))
        return convert.templates_out(service.templates())

    def GetTemplatePreview(self, request: scans_pb2.ResponseTemplates,
                         context: grpc.ServicerContext) -> scans_pb2.ResponseTemplates:
        rendered = SettingsService(current()).preview(convert.templates_in(request))
        return convert.templates_out([(k, lang, t, False) for k, lang, t in rendered])

    def ListRecipients(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> scans_pb2.ListRecipientsResponse:
        page = Recipients(current()).list_page(request)
        return scans_pb2.ListRecipientsResponse(
            items=[convert.recipient_out(r[0]) for r in page.rows], page=page.info)

    def CreateRecipient(self, request: scans_pb2.AlertRecipient,
                        context: grpc.ServicerContext) -> scans_pb2.AlertRecipient:
        return convert.recipient_out(Recipients(current()).create(_recipient(request)))

    def UpdateRecipient(self, request: scans_pb2.AlertRecipient,
                        context: grpc.ServicerContext) -> scans_pb2.AlertRecipient:
        return convert.recipient_out(Recipients(current()).update(_recipient(request)))

    def DeleteRecipient(self, request: common_pb2.IdRequest,
                        context: grpc.ServicerContext) -> common_pb2.Empty:
        Recipients(current()).delete(request.id)
        return common_pb2.Empty()

    def ListAlerts(self, request: common_pb2.ListQuery,
                   context: grpc.ServicerContext) -> scans_pb2.ListAlertsResponse:
        page = Records(current()).alerts(request)
        return scans_pb2.ListAlertsResponse(items=[convert.alert_out(r) for r in page.rows],
                                            page=page.info)

    def AcknowledgeAlert(self, request: common_pb2.IdRequest,
                         context: grpc.ServicerContext) -> scans_pb2.ScanAlert:
        records = Records(current())
        records.acknowledge(request.id)
        return convert.alert_out(records.alert_row(request.id))

    def ListComplaints(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> scans_pb2.ListComplaintsResponse:
        page = Records(current()).complaints(request)
        return scans_pb2.ListComplaintsResponse(
            items=[convert.complaint_out(r) for r in page.rows], page=page.info)

    def HandleComplaint(self, request: scans_pb2.HandleComplaintRequest,
                        context: grpc.ServicerContext) -> scans_pb2.Complaint:
        records = Records(current())
        records.handle(request.id, request.note)
        return convert.complaint_out(records.complaint_row(request.id))

    def ListProductVerification(
            self, request: common_pb2.ListQuery,
            context: grpc.ServicerContext) -> scans_pb2.ListProductVerificationResponse:
        page = SettingsService(current()).product_modes(request)
        return scans_pb2.ListProductVerificationResponse(
            items=[scans_pb2.ProductVerification(product_id=r[0], product_code=r[1],
                                                 product_name=r[2], mode=r[3] or "")
                   for r in page.rows], page=page.info)

    def SetProductVerification(self, request: scans_pb2.ProductVerification,
                               context: grpc.ServicerContext) -> scans_pb2.ProductVerification:
        pid, code, name, mode = SettingsService(current()).set_product_mode(request.product_id,
                                                                           request.mode)
        return scans_pb2.ProductVerification(product_id=pid, product_code=code,
                                             product_name=name, mode=mode)

    def ListDocuments(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> scans_pb2.ListDocumentsResponse:
        page = Documents(current()).list_page(request)
        return scans_pb2.ListDocumentsResponse(
            items=[convert.document_out(r) for r in page.rows], page=page.info)

    def AddDocument(self, request: scans_pb2.DocumentUpload,
                    context: grpc.ServicerContext) -> scans_pb2.ScanDocumentInfo:
        documents = Documents(current())
        doc = documents.add(DocumentInput(request.product_id, request.lot_id, request.kind,
                                          request.title, request.mime, request.data))
        return convert.document_out(documents.row(doc.id))

    def DeleteDocument(self, request: common_pb2.IdRequest,
                       context: grpc.ServicerContext) -> common_pb2.Empty:
        Documents(current()).delete(request.id)
        return common_pb2.Empty()


def _recipient(m: scans_pb2.AlertRecipient) -> RecipientInput:
    return RecipientInput(m.id, m.name, m.phone, m.normal, m.important, m.enabled)
