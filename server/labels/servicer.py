"""LabelService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.codes.keys import KeyStore
from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from server.labels.convert import (
    job_data_to_proto,
    job_to_proto,
    jobs_from_rows,
    start_input,
    status_name,
    template_input,
    template_to_proto,
)
from server.labels.jobs import PrintJobService
from server.labels.templates import TemplateService
from shared.pb import common_pb2, labels_pb2, labels_pb2_grpc

_L = "LabelService"
POLICIES: dict[str, Policy] = {
    method_name(_L, "ListTemplates"): read("label.read"),
    method_name(_L, "GetTemplate"): read("label.read"),
    method_name(_L, "CreateTemplate"): write("label.write", "create", "template"),
    method_name(_L, "UpdateTemplate"): write("label.write", "update", "template"),
    method_name(_L, "DeleteTemplate"): write("label.write", "delete", "template"),
    method_name(_L, "StartPrintJob"): write("print.run", "start", "print_job"),
    method_name(_L, "FinishPrintJob"): write("print.run", "finish", "print_job"),
    method_name(_L, "ListPrintJobs"): read("print.read"),
}


class LabelServicer(labels_pb2_grpc.LabelServiceServicer):
    def __init__(self, keys: KeyStore) -> None:
        self.keys = keys  # the tenants' code keys, to derive the codes printed

    # templates
    def ListTemplates(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> labels_pb2.ListTemplatesResponse:
        """Templates without their logo bytes (GetTemplate returns them)."""
        page = TemplateService(current()).list_page(request)
        return labels_pb2.ListTemplatesResponse(
            items=[template_to_proto(row[0], with_logo=False) for row in page.rows],
            page=page.info)

    def GetTemplate(self, request: common_pb2.IdRequest,
                    context: grpc.ServicerContext) -> labels_pb2.LabelTemplate:
        return template_to_proto(TemplateService(current()).get(request.id))

    def CreateTemplate(self, request: labels_pb2.LabelTemplate,
                       context: grpc.ServicerContext) -> labels_pb2.LabelTemplate:
        return template_to_proto(TemplateService(current()).create(template_input(request)))

    def UpdateTemplate(self, request: labels_pb2.LabelTemplate,
                       context: grpc.ServicerContext) -> labels_pb2.LabelTemplate:
        service = TemplateService(current())
        return template_to_proto(service.update(request.id, template_input(request)))

    def DeleteTemplate(self, request: common_pb2.IdRequest,
                       context: grpc.ServicerContext) -> common_pb2.Empty:
        TemplateService(current()).delete(request.id)
        return common_pb2.Empty()

    # print jobs
    def StartPrintJob(self, request: labels_pb2.StartPrintJobRequest,
                      context: grpc.ServicerContext) -> labels_pb2.PrintJobData:
        return job_data_to_proto(PrintJobService(current(), self.keys).start(start_input(request)))

    def FinishPrintJob(self, request: labels_pb2.FinishPrintJobRequest,
                       context: grpc.ServicerContext) -> labels_pb2.PrintJob:
        service = PrintJobService(current(), self.keys)
        job = service.finish(request.job_id, status_name(request.status), request.printed_count,
                             request.error)
        return job_to_proto(*service.view(job))

    def ListPrintJobs(self, request: common_pb2.ListQuery,
                      context: grpc.ServicerContext) -> labels_pb2.ListPrintJobsResponse:
        page = PrintJobService(current(), self.keys).list_page(request)
        return labels_pb2.ListPrintJobsResponse(items=jobs_from_rows(page.rows), page=page.info)
