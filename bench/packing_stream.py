"""Packing throughput: item→case links per second sustained through the line collection stream
(PackingService.Collect) into PostgreSQL, with the acknowledgement latency of each record, next
to the RPC floor (bench/rpc_floor.py) measured in the same run; and the packing station's
scan-to-feedback time on loopback, through the real station page (offscreen Qt): from the scan
entering the page to the coloured answer being shown.

Starts its own embedded PostgreSQL in a temporary folder and a server on 127.0.0.1:0, creates a
tenant with a factory, a line, a product and code batches through the API, and then:

- collection: `--streams` concurrent Collect streams (one per line PC) each send their records
  (a case code and `--per-case` item codes) as fast as the acknowledgements come back, with
  `--window` records in flight (1: a line PC sending each case as it is formed; more measure
  pipelining, where acknowledgement latency includes the queue); every record
  is applied in its own transaction (codes decoded, checked, nodes written, codes activated, an
  event appended to the hash chain, audit rows) before its acknowledgement;
- the station: `--scans` scans one after the other (items, then the case code), each waiting
  for its answer as an operator does;
- the floor: Ping latency and throughput as bench/rpc_floor.py measures them.

Usage: python bench/packing_stream.py [--cases 600] [--per-case 12] [--streams 2] [--window 1]
The last line is `RESULT links_per_s=… ack_p50_ms=… ack_p99_ms=… floor_calls_per_s=…`.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.rpc_floor import _stop_embedded, figures, measure, percentile
from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.app import build_server
from server.codes import batches as code_batches
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import check_connection, make_engine, make_session_factory
from shared.pb import (
    accounts_pb2,
    catalog_pb2,
    codes_pb2,
    packing_pb2,
    production_pb2,
)

TENANT, USERNAME, PASSWORD = "bench", "bench", "Bench12345"
C, P = codes_pb2, packing_pb2


def _setup(conn: Connection, per_case: int, lines: int) -> tuple[list[int], int, int]:
    """A factory with `lines` lines, a product and a lot: (line ids, product id, lot id)."""
    hq = conn.principal.org_id  # type: ignore[union-attr]
    factory = conn.call(conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
        parent_id=hq, kind=accounts_pb2.ORG_KIND_FACTORY, code="F1", name="一厂", active=True))
    line_ids = [conn.call(conn.production.CreateLine, production_pb2.Line(
        org_id=factory.id, code=f"L{n}", name=f"{n}号线", active=True)).id
        for n in range(1, lines + 2)]
    category = conn.call(conn.catalog.CreateCategory, catalog_pb2.Category(code="OIL",
                                                                           name="食用油"))
    product = conn.call(conn.catalog.CreateProduct, catalog_pb2.Product(
        category_id=category.id, code="P1", name="花生油 1.8L", items_per_case=per_case,
        cases_per_pallet=40, active=True))
    lot = conn.call(conn.production.CreateLot, production_pb2.Lot(
        product_id=product.id, lot_no="B1", production_date="2026-11-29",
        line_id=line_ids[0]))
    return line_ids, product.id, lot.id


def _codes(sessions: object, keys: KeyStore, tenant_id: int, batch_id: int) -> list[str]:
    """Every printed code of a batch (as the print shop has them)."""
    with sessions() as s:  # type: ignore[operator]
        batch = s.get(CodeBatch, batch_id)
        codec = keys.codec(s, tenant_id, code_batches.space_of(batch))
        from server.codes.rows import BatchCodes
        return BatchCodes(codec, batch.seq_start, batch.count, 1000).codes(1, batch.count)


def _issue(conn: Connection, level: int, count: int) -> int:
    return conn.call(conn.codes.IssueBatch, C.IssueBatchRequest(
        level=level, format=C.CODE_FORMAT_DIGITS, length=20, count=count)).id  # type: ignore[arg-type]


def collect(address: str, token: str, records: list[tuple[str, list[str]]], line_id: int,
            product_id: int, lot_id: int, window: int,
            latencies: list[float]) -> None:
    """One line PC: stream records with `window` in flight, timing each acknowledgement."""
    conn = Connection(address)
    conn.token = token
    sent_at: dict[str, float] = {}
    free = threading.Semaphore(window)
    done: queue.Queue[None] = queue.Queue()

    def requests() -> Iterator[packing_pb2.CollectRecord]:
        for parent, children in records:
            free.acquire()
            rid = uuid.uuid4().hex
            sent_at[rid] = time.perf_counter()
            yield P.CollectRecord(record_id=rid, line_id=line_id, station=f"bench-{line_id}",
                                  product_id=product_id, lot_id=lot_id, parent_code=parent,
                                  child_codes=children)

    for ack in conn.stream(conn.packing.Collect, requests()):
        latencies.append((time.perf_counter() - sent_at.pop(ack.record_id)) * 1000)
        if not ack.ok:
            raise RuntimeError(f"record refused: {ack.reason} {ack.message_en}")
        free.release()
    done.put(None)
    conn.close()


def station_feedback(address: str, token: str, line_id: int, product_id: int, lot_id: int,
                     items: list[str], cases: list[str], per_case: int, scans: int,
                     folder: Path) -> list[float]:
    """Scan-to-feedback through the real station page (offscreen), one scan at a time."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from client.areas.packing_station import PackingStationPage
    from client.session import Session
    from client.settings import ClientSettings
    from client.tasks import TaskManager

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    conn = Connection(address)
    conn.token = token
    conn.principal = conn.call(conn.auth.Me, __import__("shared.pb.common_pb2",
                                                         fromlist=["Empty"]).Empty())
    tasks = TaskManager()
    page = PackingStationPage(Session(conn, tasks, ClientSettings()))
    page.sounds.enabled = False
    run = conn.call(conn.packing.StartRun, P.StartRunRequest(
        line_id=line_id, product_id=product_id, lot_id=lot_id, station="bench-station",
        cases_per_pallet=-1))
    page.show_run(run)
    out: list[float] = []
    item_iter, case_iter = iter(items), iter(cases)
    for n in range(scans):
        code = next(case_iter) if n % (per_case + 1) == per_case else next(item_iter)
        start = time.perf_counter()
        command = page.scan(code)
        assert command is not None
        while command.op in page.by_op:  # until the answer is on the screen
            app.processEvents()
            time.sleep(0.0002)
        out.append((time.perf_counter() - start) * 1000)
        if page.history[-1].error is not None:
            raise RuntimeError(f"scan refused: {page.history[-1].error}")
    tasks.wait_idle(5000)
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=600, help="case records per stream (600)")
    parser.add_argument("--per-case", type=int, default=12, help="items per case (12)")
    parser.add_argument("--streams", type=int, default=2, help="concurrent line PCs (2)")
    parser.add_argument("--window", type=int, default=1, help="records in flight per stream (1)")
    parser.add_argument("--scans", type=int, default=390, help="station scans timed (390)")
    parser.add_argument("--workers", type=int, default=16, help="server RPC threads (16)")
    parser.add_argument("--calls", type=int, default=1000, help="floor: sequential pings")
    parser.add_argument("--threads", type=int, default=8, help="floor: client threads")
    parser.add_argument("--throughput-calls", type=int, default=4000, help="floor: pings")
    parser.add_argument("--warmup", type=int, default=100, help="floor: warm-up pings")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)

    tmp = Path(tempfile.mkdtemp(prefix="yima-bench-"))
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url, pool_size=max(10, args.workers))
        pg_version = check_connection(engine)
        sessions = make_session_factory(engine)
        with sessions() as s, s.begin():
            made = create_tenant(s, TENANT, "Benchmark", USERNAME, PASSWORD,
                                 must_change_password=False)
        keys = KeyStore(tmp)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=args.workers,
                              db_pool_size=max(10, args.workers), migrate=False)
        running = build_server(config, sessions, keys)
        address = f"127.0.0.1:{running.port}"
        try:
            conn = Connection(address)
            conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/packing_stream")
            line_ids, product_id, lot_id = _setup(conn, args.per_case, args.streams)
            total_cases = args.cases * args.streams + args.scans
            item_batch = _issue(conn, C.CODE_LEVEL_ITEM, total_cases * args.per_case)
            case_batch = _issue(conn, C.CODE_LEVEL_CASE, total_cases)
            items = _codes(sessions, keys, made.tenant_id, item_batch)
            cases = _codes(sessions, keys, made.tenant_id, case_batch)
            latencies: list[float] = []
            threads = []
            for n in range(args.streams):
                records = [(cases[n * args.cases + k],
                            items[(n * args.cases + k) * args.per_case:
                                  (n * args.cases + k + 1) * args.per_case])
                           for k in range(args.cases)]
                threads.append(threading.Thread(target=collect, args=(
                    address, conn.token, records, line_ids[n], product_id, lot_id,
                    args.window, latencies)))
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
            links = args.cases * args.streams * args.per_case
            used = args.cases * args.streams
            scan_ms = station_feedback(
                address, conn.token, line_ids[-1], product_id, lot_id,
                items[used * args.per_case:], cases[used:], args.per_case, args.scans, tmp)
            floor = measure(address, conn.token, "Ping", args)
            conn.close()
        finally:
            running.stop(1.0)
            engine.dispose()
    finally:
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)

    acks = sorted(latencies)
    scans = sorted(scan_ms)
    rate = links / elapsed
    print(f"Yima packing stream: PostgreSQL {pg_version} (embedded), server on {address}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"collection: {args.streams} streams × {args.cases} case records × {args.per_case} "
          f"items, {args.window} in flight per stream")
    print()
    print(f"{'':<34}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}{'per s':>10}")
    print("-" * 80)
    print(f"{'Collect: record acknowledgement':<34}{percentile(acks, 50):>9.2f}"
          f"{percentile(acks, 90):>9.2f}{percentile(acks, 99):>9.2f}{acks[-1]:>9.1f}"
          f"{len(acks) / elapsed:>10.0f}")
    print(f"{'Collect: item→case links':<34}{'':>36}{rate:>10.0f}")
    station = figures(scan_ms, 0)
    print(f"{'Station: scan to feedback':<34}{station.p50:>9.2f}{station.p90:>9.2f}"
          f"{station.p99:>9.2f}{station.worst:>9.1f}{'':>10}")
    print(f"{'RPC floor: Ping (signed in)':<34}{floor.p50:>9.2f}{floor.p90:>9.2f}"
          f"{floor.p99:>9.2f}{floor.worst:>9.1f}{floor.calls_per_s:>10.0f}")
    print()
    print(f"goals: ≥ 2,000 links/s, ack p99 ≤ 25 ms, scan-to-feedback p99 ≤ 50 ms; "
          f"station scans {len(scans)} (mean {statistics.fmean(scans):.2f} ms)")
    print(f"RESULT links_per_s={rate:.0f} ack_p50_ms={percentile(acks, 50):.2f} "
          f"ack_p99_ms={percentile(acks, 99):.2f} floor_calls_per_s={floor.calls_per_s:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
