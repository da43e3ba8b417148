"""Helpers for the label tests: templates, code batches and print jobs made through the RPCs."""

from __future__ import annotations

from typing import Any

from client.connection import Connection
from shared.pb import codes_pb2, codes_pb2_grpc, labels_pb2, labels_pb2_grpc
from tests.catalog.helpers import new_category, new_product

L = labels_pb2


def labels(conn: Connection) -> labels_pb2_grpc.LabelServiceStub:
    return conn.stub(labels_pb2_grpc.LabelServiceStub)


def codes(conn: Connection) -> codes_pb2_grpc.CodeServiceStub:
    return conn.stub(codes_pb2_grpc.CodeServiceStub)


def qr(content: str = "{url}", x: float = 2, y: float = 2, size: float = 20,
       symbology: int = L.SYMBOLOGY_QR) -> labels_pb2.LabelElement:
    return L.LabelElement(kind=L.ELEMENT_KIND_BARCODE, x_mm=x, y_mm=y, width_mm=size,
                          height_mm=size, symbology=symbology, content=content)  # type: ignore[arg-type]


def label_text(content: str, x: float = 24, y: float = 2, width: float = 24, height: float = 6,
               font: float = 8, bold: bool = False) -> labels_pb2.LabelElement:
    return L.LabelElement(kind=L.ELEMENT_KIND_TEXT, x_mm=x, y_mm=y, width_mm=width,
                          height_mm=height, content=content, font_size_pt=font, bold=bold)


def logo_element(x: float = 40, y: float = 14, size: float = 8) -> labels_pb2.LabelElement:
    return L.LabelElement(kind=L.ELEMENT_KIND_LOGO, x_mm=x, y_mm=y, width_mm=size,
                          height_mm=size)


def template_msg(code: str = "T-ITEM", *, level: int = codes_pb2.CODE_LEVEL_ITEM,
                 width: float = 50, height: float = 25,
                 elements: list[labels_pb2.LabelElement] | None = None,
                 **kw: Any) -> labels_pb2.LabelTemplate:
    if elements is None:
        elements = [qr(), label_text("{product_name}"), label_text("No.{serial}", y=10)]
    values: dict[str, Any] = {"name": f"{code} 模板", "active": True}
    values.update(kw)
    return L.LabelTemplate(code=code, level=level, width_mm=width,  # type: ignore[arg-type]
                           height_mm=height, elements=elements, **values)


def new_template(conn: Connection, code: str = "T-ITEM", **kw: Any) -> labels_pb2.LabelTemplate:
    return conn.call(labels(conn).CreateTemplate, template_msg(code, **kw))


def new_batch(conn: Connection, count: int = 100, *, product_id: int = 0,
              level: int = codes_pb2.CODE_LEVEL_ITEM, verification_digits: int = 0,
              labels_per_roll: int = 0) -> codes_pb2.CodeBatch:
    return conn.call(codes(conn).IssueBatch, codes_pb2.IssueBatchRequest(
        level=level, format=codes_pb2.CODE_FORMAT_DIGITS, count=count,  # type: ignore[arg-type]
        product_id=product_id, verification_digits=verification_digits,
        labels_per_roll=labels_per_roll))


def set_gateway(conn: Connection, url: str = "https://m.fengyuan.example/c/") -> None:
    conn.call(codes(conn).UpdateCodeSettings, codes_pb2.CodeSettings(gateway_base_url=url))


def oil_product(conn: Connection, code: str = "P1") -> Any:
    return new_product(conn, new_category(conn).id, code, name="压榨一级花生油", spec="5L")


def start(conn: Connection, batch_id: int, template_id: int, first: int = 1, last: int = 10,
          target: int = L.PRINT_TARGET_PRINTER, **kw: Any) -> labels_pb2.PrintJobData:
    return conn.call(labels(conn).StartPrintJob, L.StartPrintJobRequest(
        batch_id=batch_id, template_id=template_id, first_serial=first, last_serial=last,
        target=target, printer=kw.pop("printer", "Zebra ZT410"), **kw))  # type: ignore[arg-type]


def finish(conn: Connection, job_id: int, status: int = L.PRINT_STATUS_PRINTED,
           printed_count: int = 0, error: str = "") -> labels_pb2.PrintJob:
    return conn.call(labels(conn).FinishPrintJob, L.FinishPrintJobRequest(
        job_id=job_id, status=status, printed_count=printed_count,  # type: ignore[arg-type]
        error=error))
