"""Demo code batches, label authorisation, activations, voids and label templates, entered
through the gRPC API as a factory office would."""

from __future__ import annotations

from typing import Any

from client.connection import Connection
from server.demo import data
from shared.pb import codes_pb2, codes_pb2_grpc, labels_pb2, labels_pb2_grpc


def _enum(enum_type: Any, prefix: str, name: str) -> Any:
    return enum_type.Value(prefix + name.upper())


def seed_codes(conn: Connection, org_ids: dict[str, int], product_ids: dict[str, int],
               lot_ids: dict[str, int]) -> dict[str, int]:
    """Issue the demo batches and act on them; returns batch ids by key."""
    codes = conn.stub(codes_pb2_grpc.CodeServiceStub)
    conn.call(codes.UpdateCodeSettings, codes_pb2.CodeSettings(
        gateway_base_url=data.GATEWAY_BASE_URL, digital_link=False,
        gs1_company_prefix=data.GS1_COMPANY_PREFIX, sscc_extension_digit=0))
    batch_ids: dict[str, int] = {}
    for b in data.BATCHES:
        batch = conn.call(codes.IssueBatch, codes_pb2.IssueBatchRequest(
            level=_enum(codes_pb2.CodeLevel, "CODE_LEVEL_", b.level),
            format=_enum(codes_pb2.CodeFormat, "CODE_FORMAT_", b.format),
            length=b.length, count=b.count,
            product_id=product_ids[b.product] if b.product else 0,
            verification_digits=b.verification_digits, labels_per_roll=b.labels_per_roll,
            roll_unit=_enum(codes_pb2.RollUnit, "ROLL_UNIT_", b.roll_unit), note=b.note))
        batch_ids[b.key] = batch.id
    product_of = {b.key: b.product for b in data.BATCHES}
    lot_product = {lot.lot_no: lot.product for lot in data.LOTS}
    for key, first, last, lot_no in data.ACTIVATIONS:
        product = lot_product[lot_no] if lot_no else product_of[key]
        conn.call(codes.Activate, codes_pb2.ActivateRequest(
            selection=codes_pb2.CodeSelection(batch_id=batch_ids[key], first_roll=first,
                                              last_roll=last),
            product_id=product_ids[product], lot_id=lot_ids.get(lot_no, 0)))
    for key, first, last, org in data.ALLOCATIONS:
        conn.call(codes.AllocateRolls, codes_pb2.AllocateRollsRequest(
            batch_id=batch_ids[key], first_roll=first, last_roll=last, org_id=org_ids[org],
            note="代工厂标码授权" if org.startswith("LF") else "本厂标码授权"))
    for key, first, last, reason in data.VOIDS:
        conn.call(codes.Void, codes_pb2.VoidRequest(
            selection=codes_pb2.CodeSelection(batch_id=batch_ids[key], first_serial=first,
                                              last_serial=last), reason=reason))
    return batch_ids


def seed_label_templates(conn: Connection) -> None:
    labels = conn.stub(labels_pb2_grpc.LabelServiceStub)
    for t in data.LABEL_TEMPLATES:
        conn.call(labels.CreateTemplate, labels_pb2.LabelTemplate(
            code=t.code, name=t.name, level=_enum(codes_pb2.CodeLevel, "CODE_LEVEL_", t.level),
            width_mm=t.width_mm, height_mm=t.height_mm, active=True,
            elements=[labels_pb2.LabelElement(
                kind=_enum(labels_pb2.ElementKind, "ELEMENT_KIND_", e.kind),
                x_mm=e.x, y_mm=e.y, width_mm=e.w, height_mm=e.h, content=e.content,
                symbology=_enum(labels_pb2.Symbology, "SYMBOLOGY_", e.symbology or "unspecified"),
                font_size_pt=e.font_pt, bold=e.bold) for e in t.elements]))
