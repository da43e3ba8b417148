"""Scan area: Python ⇄ proto."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_name, enum_value, ts
from server.scans import alerts, verdicts
from server.scans.models import AlertRecipient, ScanDocument, ScanSettings
from server.scans.outcome import Outcome, Request
from server.scans.regions import divisions
from server.scans.settings import SettingsInput
from shared.pb import scans_pb2

S = scans_pb2


def _result(name: str) -> scans_pb2.ScanResult.ValueType:
    return scans_pb2.ScanResult.ValueType(enum_value(S.ScanResult, "SCAN_RESULT_", name))


def _verdict(name: str) -> scans_pb2.Verdict.ValueType:
    return scans_pb2.Verdict.ValueType(enum_value(S.Verdict, "VERDICT_", name))


def _method(name: str) -> scans_pb2.ScanMethod.ValueType:
    return scans_pb2.ScanMethod.ValueType(enum_value(S.ScanMethod, "SCAN_METHOD_", name))


def _kind(name: str) -> scans_pb2.TemplateKind.ValueType:
    return scans_pb2.TemplateKind.ValueType(enum_value(S.TemplateKind, "TEMPLATE_KIND_", name))


def method_name(value: int) -> str:
    return enum_name(S.ScanMethod, "SCAN_METHOD_", value) or "qr"


def request_in(req: scans_pb2.VerifyRequest) -> Request:
    r = req.requester
    position = None
    if req.HasField("position"):
        p = req.position
        position = (p.latitude, p.longitude, p.accuracy_m)
    return Request(url=req.url, method=method_name(req.method), ip=r.ip, device_id=r.device_id,
                   user_agent=r.user_agent, lang=r.lang,
                   verification_code=req.verification_code, scan_token=req.scan_token,
                   position=position)


def outcome_out(o: Outcome) -> scans_pb2.Verification:
    out = S.Verification(
        result=_result(o.result), verdict=_verdict(o.verdict), headline=o.headline,
        message=o.message, reasons=o.reasons, reason_texts=o.reason_texts, code=o.code,
        query_count=o.query_count, ordinal=o.ordinal, first_at=ts(o.first_at),
        first_place=o.first_place, place=o.place, brand_name=o.brand_name,
        brand_intro=o.brand_intro, service_phone=o.service_phone,
        product_name=o.product_name, spec=o.spec, has_image=o.has_image, lot_no=o.lot_no,
        production_date=o.production_date, verification=o.verification,
        verification_digits=o.verification_digits, attempts_left=o.attempts_left,
        scan_token=o.scan_token, ask_position=o.ask_position, lang=o.lang,
        retry_after_s=o.retry_after_s, verified=o.verified)
    for e in o.timeline:
        out.timeline.append(S.TimelineEntry(kind=e.kind, at=ts(e.at), date=e.day, title=e.title,
                                            place=e.place, detail=e.detail))
    for d in o.documents:
        out.documents.append(S.ScanDocumentInfo(id=d.id, kind=d.kind, title=d.title,
                                                mime=d.mime, size=d.size))
    return out


def scan_out(row: Any) -> scans_pb2.Scan:
    scan, product_name, lot_no, batch_no = row
    d = divisions()
    zh, en = verdicts.log_text(scan.reasons, "zh"), verdicts.log_text(scan.reasons, "en")
    return S.Scan(
        id=scan.id, at=ts(scan.at), code=scan.code,
        method=_method(scan.method), result=_result(scan.result),
        verdict=_verdict(scan.verdict), reasons=scan.reasons,
        reason_text=zh, reason_text_en=en, ordinal=scan.ordinal,
        product_id=scan.product_id or 0, product_name=product_name or "", lot_no=lot_no or "",
        batch_id=scan.batch_id or 0, batch_no=batch_no or "",
        province_code=scan.province_code, province=d.names.get(scan.province_code, ""),
        city_code=scan.city_code, city=d.city_name(scan.city_code),
        district_code=scan.district_code, district=d.names.get(scan.district_code, ""),
        location_source=scan.location_source, ip_prefix=scan.ip_prefix, device=scan.device[:6],
        user_agent=scan.user_agent, verified=scan.verified)


def settings_out(s: ScanSettings) -> scans_pb2.ScanSettings:
    return S.ScanSettings(
        max_queries=s.max_queries, normal_threshold=s.normal_threshold,
        important_threshold=s.important_threshold, sms_enabled=s.sms_enabled,
        suspect_alerts=s.suspect_alerts, brand_name=s.brand_name, brand_intro=s.brand_intro,
        service_phone=s.service_phone, enumeration_threshold=s.enumeration_threshold,
        default_verification=s.default_verification)


def settings_in(m: scans_pb2.ScanSettings) -> SettingsInput:
    return SettingsInput(
        max_queries=m.max_queries, normal_threshold=m.normal_threshold,
        important_threshold=m.important_threshold, sms_enabled=m.sms_enabled,
        suspect_alerts=m.suspect_alerts, enumeration_threshold=m.enumeration_threshold,
        default_verification=m.default_verification, brand_name=m.brand_name,
        brand_intro=m.brand_intro, service_phone=m.service_phone)


def kind_name(value: int) -> str:
    return enum_name(S.TemplateKind, "TEMPLATE_KIND_", value)


def templates_out(rows: list[tuple[str, str, str, bool]]) -> scans_pb2.ResponseTemplates:
    from server.scans.templates import PLACEHOLDERS

    return S.ResponseTemplates(
        templates=[S.ResponseTemplate(kind=_kind(k), lang=lang, text=t, customised=c)
                   for k, lang, t, c in rows],
        placeholders=[f"${{{p}}}" for p in PLACEHOLDERS])


def templates_in(m: scans_pb2.ResponseTemplates) -> list[tuple[str, str, str]]:
    return [(kind_name(t.kind), t.lang, t.text) for t in m.templates]


def recipient_out(r: AlertRecipient) -> scans_pb2.AlertRecipient:
    return S.AlertRecipient(id=r.id, name=r.name, phone=r.phone, normal=r.normal,
                            important=r.important, enabled=r.enabled)


def alert_out(row: Any) -> scans_pb2.ScanAlert:
    a, product_name, acknowledged_by, deliveries, sent, failed = row
    product = product_name or ""
    return S.ScanAlert(
        id=a.id, at=ts(a.at), kind=a.kind, level=a.level, code=a.code, product_name=product,
        count=a.count,
        message=alerts.alert_message(a.kind, a.level, a.code, product, a.count, a.source, "zh"),
        message_en=alerts.alert_message(a.kind, a.level, a.code, product, a.count, a.source,
                                        "en"),
        source=a.source, acknowledged=a.acknowledged_at is not None,
        acknowledged_by=acknowledged_by or "", deliveries=deliveries or 0,
        delivered=sent or 0, delivery_failed=failed or 0)


def complaint_out(row: Any) -> scans_pb2.Complaint:
    c, product_name, lot_no, handled_by = row
    d = divisions()
    place = d.name(d.place_of(c.district_code)) if c.district_code else ""
    return S.Complaint(id=c.id, at=ts(c.at), kind=c.kind, text=c.text, contact=c.contact,
                       code=c.code, product_id=c.product_id or 0,
                       product_name=product_name or "", lot_no=lot_no or "", place=place,
                       status=c.status, note=c.note, handled_by=handled_by or "",
                       scan_id=c.scan_id)


def document_out(row: Any) -> scans_pb2.ScanDocumentInfo:
    doc, product_name, lot_no = row
    assert isinstance(doc, ScanDocument)
    return S.ScanDocumentInfo(id=doc.id, kind=doc.kind, title=doc.title, mime=doc.mime,
                              size=doc.size, product_id=doc.product_id or 0,
                              lot_id=doc.lot_id or 0, product_name=product_name or "",
                              lot_no=lot_no or "", created_at=ts(doc.created_at))
