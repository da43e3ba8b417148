"""Code records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.codes.batches import BatchView, IssueInput
from server.codes.lifecycle import ChangeResult, Selection
from server.codes.lookup import CodeState
from server.codes.models import CodeEvent, CodeSettings
from server.codes.settings import SettingsInput
from server.core.convert import enum_name, enum_value, ts
from shared.pb import codes_pb2

LEVEL, FORMAT, STATE = "CODE_LEVEL_", "CODE_FORMAT_", "CODE_STATE_"
ROLL_UNIT, COLUMN = "ROLL_UNIT_", "EXPORT_COLUMN_"


def level_value(name: str) -> codes_pb2.CodeLevel.ValueType:
    return codes_pb2.CodeLevel.ValueType(enum_value(codes_pb2.CodeLevel, LEVEL, name))


def format_value(name: str) -> codes_pb2.CodeFormat.ValueType:
    return codes_pb2.CodeFormat.ValueType(enum_value(codes_pb2.CodeFormat, FORMAT, name))


def settings_to_proto(row: CodeSettings) -> codes_pb2.CodeSettings:
    return codes_pb2.CodeSettings(gateway_base_url=row.gateway_base_url,
                                  digital_link=row.digital_link,
                                  gs1_company_prefix=row.gs1_company_prefix,
                                  sscc_extension_digit=row.sscc_extension_digit)


def settings_input(msg: codes_pb2.CodeSettings) -> SettingsInput:
    return SettingsInput(gateway_base_url=msg.gateway_base_url, digital_link=msg.digital_link,
                         gs1_company_prefix=msg.gs1_company_prefix,
                         sscc_extension_digit=msg.sscc_extension_digit)


def issue_input(msg: codes_pb2.IssueBatchRequest) -> IssueInput:
    return IssueInput(
        level=enum_name(codes_pb2.CodeLevel, LEVEL, msg.level),
        format=enum_name(codes_pb2.CodeFormat, FORMAT, msg.format), length=msg.length,
        count=msg.count, product_id=msg.product_id,
        verification_digits=msg.verification_digits, labels_per_roll=msg.labels_per_roll,
        roll_unit=enum_name(codes_pb2.RollUnit, ROLL_UNIT, msg.roll_unit), note=msg.note,
        operation_id=msg.operation_id)


def batch_to_proto(view: BatchView) -> codes_pb2.CodeBatch:
    b = view.batch
    return codes_pb2.CodeBatch(
        id=b.id, batch_no=b.batch_no, level=level_value(b.level), format=format_value(b.format),
        length=b.length, count=b.count, product_id=b.product_id or 0,
        verification_digits=b.verification_digits, labels_per_roll=b.labels_per_roll,
        roll_unit=codes_pb2.RollUnit.ValueType(
            enum_value(codes_pb2.RollUnit, ROLL_UNIT, b.roll_unit)),
        note=b.note, product_name=view.product_name,
        roll_count=-(-b.count // b.labels_per_roll), allocated=view.counts.allocated,
        activated=view.counts.activated, voided=view.counts.voided,
        sample_code=view.sample_code, created_by=view.created_by, owner_org_id=b.owner_org_id,
        created_at=ts(b.created_at))


def selection(msg: codes_pb2.CodeSelection) -> Selection:
    return Selection(batch_id=msg.batch_id, first_roll=msg.first_roll,
                     last_roll=msg.last_roll, first_serial=msg.first_serial,
                     last_serial=msg.last_serial, codes=tuple(msg.codes))


def event_to_proto(row: Any) -> codes_pb2.CodeRangeEvent:
    """An event from a listing row (event, batch no, org, product, lot no, username)."""
    e: CodeEvent = row[0]
    batch_no, org_name, product_name, lot_no, username = row[1:]
    return codes_pb2.CodeRangeEvent(
        id=e.id, batch_id=e.batch_id, batch_no=batch_no, kind=e.kind,
        first_serial=e.first_serial, last_serial=e.last_serial, code_count=e.code_count,
        org_id=e.org_id, org_name=org_name, product_id=e.product_id or 0,
        product_name=product_name or "", lot_id=e.lot_id or 0, lot_no=lot_no or "",
        reason=e.reason, created_by=username, created_at=ts(e.created_at))


def change_to_proto(result: ChangeResult, event_row: Any) -> codes_pb2.CodeChangeResult:
    return codes_pb2.CodeChangeResult(affected=result.affected, skipped=result.skipped,
                                      event=event_to_proto(event_row) if event_row else None)


def code_to_proto(s: CodeState) -> codes_pb2.CodeInfo:
    b = s.located.batch
    return codes_pb2.CodeInfo(
        code=s.code, level=level_value(b.level), format=format_value(b.format),
        state=codes_pb2.CodeState.ValueType(enum_value(codes_pb2.CodeState, STATE, s.state)),
        batch_id=b.id, batch_no=b.batch_no, serial=s.located.serial, roll=s.roll,
        product_id=s.product_id, product_name=s.product_name, lot_id=s.lot_id,
        lot_no=s.lot_no, allocated_org_id=s.allocated_org_id,
        allocated_org_name=s.allocated_org_name, void_reason=s.void_reason, url=s.url,
        activated_at=ts(s.activated_at), voided_at=ts(s.voided_at))


def export_columns(values: Any) -> tuple[str, ...]:
    """Column names for the requested enum values ('' for unknown ones, refused later)."""
    return tuple(enum_name(codes_pb2.ExportColumn, COLUMN, v) or f"#{v}" for v in values)
