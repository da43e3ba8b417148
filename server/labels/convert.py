"""Label records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_name, enum_value, ts
from server.labels import layout
from server.labels.jobs import JobData, StartInput
from server.labels.models import LabelTemplate, PrintJob
from server.labels.templates import TemplateInput
from shared.pb import codes_pb2, labels_pb2

LEVEL, KIND, SYMBOLOGY = "CODE_LEVEL_", "ELEMENT_KIND_", "SYMBOLOGY_"
TARGET, STATUS = "PRINT_TARGET_", "PRINT_STATUS_"


def element_from_proto(msg: labels_pb2.LabelElement) -> layout.ElementDef:
    return layout.ElementDef(
        kind=enum_name(labels_pb2.ElementKind, KIND, msg.kind), x_mm=msg.x_mm, y_mm=msg.y_mm,
        width_mm=msg.width_mm, height_mm=msg.height_mm,
        symbology=enum_name(labels_pb2.Symbology, SYMBOLOGY, msg.symbology),
        content=msg.content, font_size_pt=msg.font_size_pt, bold=msg.bold)


def element_to_proto(e: layout.ElementDef) -> labels_pb2.LabelElement:
    return labels_pb2.LabelElement(
        kind=labels_pb2.ElementKind.ValueType(enum_value(labels_pb2.ElementKind, KIND, e.kind)),
        x_mm=e.x_mm, y_mm=e.y_mm, width_mm=e.width_mm, height_mm=e.height_mm,
        symbology=labels_pb2.Symbology.ValueType(
            enum_value(labels_pb2.Symbology, SYMBOLOGY, e.symbology)),
        content=e.content, font_size_pt=e.font_size_pt, bold=e.bold)


def template_input(msg: labels_pb2.LabelTemplate) -> TemplateInput:
    return TemplateInput(
        code=msg.code, name=msg.name, level=enum_name(codes_pb2.CodeLevel, LEVEL, msg.level),
        width_mm=msg.width_mm, height_mm=msg.height_mm,
        elements=[element_from_proto(e) for e in msg.elements], logo=msg.logo,
        logo_mime=msg.logo_mime, active=msg.active)


def template_to_proto(t: LabelTemplate, *, with_logo: bool = True) -> labels_pb2.LabelTemplate:
    """The template; lists leave the logo bytes out (logo_mime says whether there is one)."""
    return labels_pb2.LabelTemplate(
        id=t.id, code=t.code, name=t.name,
        level=codes_pb2.CodeLevel.ValueType(enum_value(codes_pb2.CodeLevel, LEVEL, t.level)),
        width_mm=t.width_mm, height_mm=t.height_mm,
        elements=[element_to_proto(e) for e in layout.load(t.elements)],
        logo=(t.logo or b"") if with_logo else b"", logo_mime=t.logo_mime, active=t.active,
        updated_at=ts(t.updated_at))


def start_input(msg: labels_pb2.StartPrintJobRequest) -> StartInput:
    return StartInput(
        batch_id=msg.batch_id, first_serial=msg.first_serial, last_serial=msg.last_serial,
        template_id=msg.template_id, target=enum_name(labels_pb2.PrintTarget, TARGET, msg.target),
        printer=msg.printer, reprint=msg.reprint, reprint_reason=msg.reprint_reason,
        lot_id=msg.lot_id)


def status_name(value: int) -> str:
    return enum_name(labels_pb2.PrintStatus, STATUS, value)


def job_to_proto(job: PrintJob, batch_no: str, template_name: str) -> labels_pb2.PrintJob:
    return labels_pb2.PrintJob(
        id=job.id, batch_id=job.batch_id, batch_no=batch_no, first_serial=job.first_serial,
        last_serial=job.last_serial, template_id=job.template_id, template_name=template_name,
        target=labels_pb2.PrintTarget.ValueType(
            enum_value(labels_pb2.PrintTarget, TARGET, job.target)),
        printer=job.printer, reprint=job.reprint, reprint_reason=job.reprint_reason,
        status=labels_pb2.PrintStatus.ValueType(
            enum_value(labels_pb2.PrintStatus, STATUS, job.status)),
        printed_count=job.printed_count, error=job.error, username=job.username,
        created_at=ts(job.created_at), finished_at=ts(job.finished_at))


def jobs_from_rows(rows: list[Any]) -> list[labels_pb2.PrintJob]:
    return [job_to_proto(job, batch_no, name) for job, batch_no, name in rows]


def job_data_to_proto(data: JobData) -> labels_pb2.PrintJobData:
    product, lot = data.product, data.lot
    return labels_pb2.PrintJobData(
        job=job_to_proto(data.job, data.batch_no, data.template.name),
        template=template_to_proto(data.template), labels=data.labels,
        product_name=product.name if product else "", product_code=product.code if product else "",
        spec=product.spec if product else "", gtin=product.gtin if product else "",
        lot_no=lot.lot_no if lot else "",
        production_date=lot.production_date.isoformat() if lot else "", batch_no=data.batch_no)
