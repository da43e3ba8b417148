"""Demo packing through the API, as a station and a line would do it: line 1's station packs six
cases of 花生油 4L (lot 20261013/01) and closes a partial pallet under a virtual SSCC; quality
control swaps one leaking bottle; line 2's collector uploads five cases of lot 20261014/01."""

from __future__ import annotations

import io
import os
import uuid

from client.connection import Connection
from shared import printfile
from shared.pb import codes_pb2, common_pb2, packing_pb2

C, P = codes_pb2, packing_pb2
PRODUCT = "10120091"
STATION = "L1-包装1"
COLLECTOR = "L2-采集机"


def printed(conn: Connection, batch_id: int, first: int, last: int) -> list[str]:
    """Codes of serials first..last, as the print shop got them (an encrypted export)."""
    key = os.urandom(32)
    chunks = conn.call(conn.codes.ExportBatch, C.ExportBatchRequest(
        batch_id=batch_id, columns=[C.EXPORT_COLUMN_CODE], first_serial=first,
        last_serial=last, key=key), timeout=60)
    _, rows = printfile.open_sealed(io.BytesIO(b"".join(c.data for c in chunks)), key=key)
    return b"".join(rows).decode().splitlines()[1:]


def _line(conn: Connection, code: str) -> int:
    lines = conn.call(conn.production.ListLines, common_pb2.ListQuery(page_size=100)).items
    return next(line.id for line in lines if line.code == code)


def _scan(conn: Connection, run_id: int, code: str, reason: str = "") -> P.PackScanResult:
    return conn.call(conn.packing.Scan, P.ScanRequest(run_id=run_id, code=code,
                                                      operation_id=uuid.uuid4().hex,
                                                      short_reason=reason))


def seed_packing(conn: Connection, product_ids: dict[str, int], lot_ids: dict[str, int],
                 batch_ids: dict[str, int]) -> None:
    product = product_ids[PRODUCT]
    items = printed(conn, batch_ids["item"], 1, 25)
    cases = printed(conn, batch_ids["case"], 1, 6)
    run = conn.call(conn.packing.StartRun, P.StartRunRequest(
        line_id=_line(conn, "L1"), station=STATION, product_id=product,
        lot_id=lot_ids["20261013/01"], operation_id=uuid.uuid4().hex))
    for n, case in enumerate(cases):
        for item in items[n * 4:n * 4 + 4]:
            _scan(conn, run.id, item)
        _scan(conn, run.id, case)
    conn.call(conn.packing.CloseVirtualPallet, P.VirtualPalletRequest(
        run_id=run.id, short_reason="批次结束，尾数提交", operation_id=uuid.uuid4().hex))
    conn.call(conn.packing.EndRun, P.EndRunRequest(run_id=run.id,
                                                   operation_id=uuid.uuid4().hex))
    conn.call(conn.packing.Replace, P.ReplaceRequest(
        new_code=items[24], old_code=items[1], reason="质检：瓶盖漏油",
        operation_id=uuid.uuid4().hex))
    # Line 2's camera: a case code (laser-coded) with the four bottle codes it read.
    more_items = printed(conn, batch_ids["item"], 5001, 5020)
    more_cases = printed(conn, batch_ids["case"], 1001, 1005)
    records = [P.CollectRecord(record_id=uuid.uuid4().hex, line_id=_line(conn, "L2"),
                               station=COLLECTOR, product_id=product,
                               lot_id=lot_ids["20261014/01"], parent_code=case,
                               child_codes=more_items[n * 4:n * 4 + 4])
               for n, case in enumerate(more_cases)]
    for ack in conn.call(conn.packing.Collect, iter(records), timeout=60):
        if not ack.ok:
            raise RuntimeError(f"demo record refused: {ack.reason} {ack.message_en}")
