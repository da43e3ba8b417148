"""Packing records <-> protos. ORM objects never cross the wire."""

from __future__ import annotations

from typing import Any

from server.core.convert import enum_value, ts
from server.packing.edits import ContainerView
from server.packing.models import PackSettings
from server.packing.runs import RunView
from shared.pb import packing_pb2

LEVEL = {"item": 1, "case": 2, "pallet": 3}


def settings_to_proto(row: PackSettings) -> packing_pb2.PackingSettings:
    return packing_pb2.PackingSettings(allow_mixed_lots=row.allow_mixed_lots,
                                       allow_mixed_products=row.allow_mixed_products)


def run_to_proto(view: RunView) -> packing_pb2.PackRun:
    run, org, line_code, line_name, product_code, product_name, lot_no, user = view.row
    return packing_pb2.PackRun(
        id=run.id, org_id=run.org_id, org_name=org, line_id=run.line_id, line_code=line_code,
        line_name=line_name, station=run.station,
        source=enum_value(packing_pb2.RunSource, "RUN_SOURCE_", run.source),  # type: ignore[arg-type]
        product_id=run.product_id, product_code=product_code, product_name=product_name,
        lot_id=run.lot_id or 0, lot_no=lot_no or "", items_per_case=run.items_per_case,
        cases_per_pallet=run.cases_per_pallet,
        status=enum_value(packing_pb2.RunStatus, "RUN_STATUS_", run.status),  # type: ignore[arg-type]
        items=run.items, cases=run.cases, pallets=run.pallets,
        open_case_items=len(view.open_items), open_pallet_cases=len(view.open_cases),
        open_case_codes=view.open_items, open_pallet_codes=view.open_cases,
        started_at=ts(run.started_at), uploaded_at=ts(run.uploaded_at),
        ended_at=ts(run.ended_at), created_by=user,
        pallet_end=enum_value(packing_pb2.PalletEnd, "PALLET_END_", run.pallet_end),  # type: ignore[arg-type]
        note=run.note)


def container_to_proto(view: ContainerView) -> packing_pb2.Container:
    node = view.node
    out = packing_pb2.Container(code=view.code, level=LEVEL[view.level],  # type: ignore[arg-type]
                                batch_id=view.batch_id, serial=view.serial,
                                parent_code=view.parent_code, root_code=view.root_code,
                                item_count=view.item_count, station=view.station,
                                line_name=view.line_name)
    if node is None:
        return out
    out.product_id, out.lot_id = node.product_id or 0, node.lot_id or 0
    out.run_id = node.run_id or 0
    out.short, out.virtual, out.fuzzy = node.short, node.virtual, node.fuzzy
    out.pending = node.pending_run_id is not None
    if node.packed_at is not None:
        out.packed_at.FromDatetime(node.packed_at)
    for child in view.children:
        out.children.append(packing_pb2.Child(
            code=child.code, level=LEVEL[child.node.level],  # type: ignore[arg-type]
            batch_id=child.node.batch_id, serial=child.node.serial,
            child_count=child.node.child_count, fuzzy=child.node.fuzzy))
    return out


def event_to_proto(row: Any, parent_code: str, child_codes: list[str]) -> packing_pb2.PackEvent:
    event, org_name, line_name, username = row
    return packing_pb2.PackEvent(
        seq=event.seq, action=enum_value(packing_pb2.PackAction, "PACK_ACTION_", event.action),  # type: ignore[arg-type]
        biz_step=event.biz_step, parent_code=parent_code, child_codes=child_codes,
        child_count=len(event.child_ids), event_time=ts(event.event_time),
        record_time=ts(event.record_time),
        read_point=" / ".join(x for x in (line_name, event.station) if x),
        biz_location=org_name, run_id=event.run_id or 0, username=username or "",
        reason=event.reason, hash=bytes(event.hash).hex(), prev_hash=bytes(event.prev_hash).hex(),
        product_id=event.product_id or 0, lot_id=event.lot_id or 0)
