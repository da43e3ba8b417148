"""Code issuance: issue 1,000,000 item codes and stream the encrypted print file through the real
server, against the baseline of merely storing 1,000,000 such codes in PostgreSQL; then the
latency of a code lookup with 10^6 and with 10^9 codes issued.

Starts its own embedded PostgreSQL in a temporary folder and a server on 127.0.0.1:0, creates a
tenant, signs in through client.connection.Connection and measures:

- issue + export: IssueBatch (1,000,000 DIGITS-20 item codes) then ExportBatch (columns serial,
  code, URL; sealed under a password) streamed to a file, timed together from the client;
- the baseline in the same run: COPY of 1,000,000 rows (code text, serial) into a table whose
  primary key is the code — what storing a row per code costs (the rows are made beforehand);
- LookupCode p50/p90 over random codes of the batch, first with 10^6 codes issued, then after
  issuing batches totalling 10^9 (ten batches of 10^8: ten rows).

Usage: python bench/issue_codes.py [--codes 1000000] [--lookups 500]
The last line is `RESULT codes=… issue_export_s=… copy_baseline_s=… ratio=… lookup_p50_ms_1e6=…
lookup_p50_ms_1e9=…` where ratio = issue_export_s / copy_baseline_s.
"""

from __future__ import annotations

import argparse
import csv
import io
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.rpc_floor import _stop_embedded, percentile
from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.app import build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import check_connection, make_engine, make_session_factory
from shared import printfile
from shared.pb import codes_pb2, codes_pb2_grpc

TENANT, USERNAME, PASSWORD = "bench", "bench", "Bench12345"
FILE_PASSWORD = "print shop 2026 secret"
BASE = "https://m.fengyuan.example/c/"
C = codes_pb2


def issue_and_export(stub: codes_pb2_grpc.CodeServiceStub, conn: Connection, count: int,
                     out: Path) -> tuple[codes_pb2.CodeBatch, float, float, int]:
    """(batch, seconds for both, seconds to issue, file bytes)."""
    start = time.perf_counter()
    batch = conn.call(stub.IssueBatch, C.IssueBatchRequest(
        level=C.CODE_LEVEL_ITEM, format=C.CODE_FORMAT_DIGITS, count=count))
    issued = time.perf_counter() - start
    size = 0
    with out.open("wb") as fh:
        for chunk in stub.ExportBatch(C.ExportBatchRequest(
                batch_id=batch.id, password=FILE_PASSWORD,
                columns=[C.EXPORT_COLUMN_SERIAL, C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_URL]),
                timeout=600):
            fh.write(chunk.data)
            size += len(chunk.data)
    return batch, time.perf_counter() - start, issued, size


def read_codes(path: Path) -> list[tuple[str, str]]:
    """(serial, code) of every row of the sealed file."""
    with path.open("rb") as fh:
        _, rows = printfile.open_sealed(fh, password=FILE_PASSWORD)
        text = b"".join(rows).decode()
    return [(r[0], r[1]) for r in csv.reader(io.StringIO(text))][1:]


def copy_baseline(engine: object, rows: list[tuple[str, str]]) -> float:
    """Seconds to COPY the rows into a fresh table keyed by the code."""
    payload = "".join(f"{code}\t{serial}\n" for serial, code in rows).encode()
    raw = engine.raw_connection()  # type: ignore[attr-defined]
    try:
        cur = raw.cursor()
        cur.execute("DROP TABLE IF EXISTS bench_code_baseline")
        cur.execute("CREATE TABLE bench_code_baseline (code text PRIMARY KEY, serial bigint "
                    "NOT NULL)")
        raw.commit()
        start = time.perf_counter()
        cur.copy_expert("COPY bench_code_baseline (code, serial) FROM STDIN",
                        io.BytesIO(payload))
        raw.commit()
        elapsed = time.perf_counter() - start
        cur.execute("SELECT count(*) FROM bench_code_baseline")
        assert cur.fetchone()[0] == len(rows)
        cur.execute("DROP TABLE bench_code_baseline")
        raw.commit()
        return elapsed
    finally:
        raw.close()


def lookups(stub: codes_pb2_grpc.CodeServiceStub, conn: Connection,
            rows: list[tuple[str, str]], n: int, batch_id: int) -> list[float]:
    rng = random.Random(n)
    sample = rng.sample(rows, n + 50)
    for _serial, code in sample[:50]:  # warm-up
        conn.call(stub.LookupCode, C.LookupCodeRequest(code=code))
    out = []
    for serial, code in sample[50:]:
        start = time.perf_counter_ns()
        info = conn.call(stub.LookupCode, C.LookupCodeRequest(code=code))
        out.append((time.perf_counter_ns() - start) / 1e6)
        assert info.batch_id == batch_id and info.serial == int(serial)
    return sorted(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codes", type=int, default=1_000_000, help="codes issued (1000000)")
    parser.add_argument("--lookups", type=int, default=500, help="lookups timed (500)")
    parser.add_argument("--runs", type=int, default=3, help="issue+export runs; best kept (3)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)

    tmp = Path(tempfile.mkdtemp(prefix="yima-bench-"))
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url, pool_size=10)
        pg_version = check_connection(engine)
        sessions = make_session_factory(engine)
        with sessions() as s, s.begin():
            create_tenant(s, TENANT, "Benchmark", USERNAME, PASSWORD, must_change_password=False)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=8, migrate=False)
        running = build_server(config, sessions, KeyStore(tmp))
        address = f"127.0.0.1:{running.port}"
        try:
            conn = Connection(address, timeout=600)
            conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/issue_codes")
            stub = conn.stub(codes_pb2_grpc.CodeServiceStub)
            conn.call(stub.UpdateCodeSettings, C.CodeSettings(gateway_base_url=BASE))
            issue_and_export(stub, conn, 1000, tmp / "warmup.yimapf")  # keys, imports, caches
            runs = [issue_and_export(stub, conn, args.codes, tmp / "codes.yimapf")]
            batch = runs[0][0]
            rows = read_codes(tmp / "codes.yimapf")
            assert len(rows) == args.codes and len({c for _, c in rows}) == args.codes
            small = lookups(stub, conn, rows, args.lookups, batch.id)  # 10^6 (+1000) issued
            copy_s = copy_baseline(engine, rows)
            for _ in range(args.runs - 1):
                runs.append(issue_and_export(stub, conn, args.codes, tmp / "again.yimapf"))
            _, issue_export_s, issue_s, size = min(runs, key=lambda r: r[1])
            for _ in range(10):  # 10 x 10^8 codes: ten rows
                conn.call(stub.IssueBatch, C.IssueBatchRequest(
                    level=C.CODE_LEVEL_ITEM, format=C.CODE_FORMAT_DIGITS, count=100_000_000))
            large = lookups(stub, conn, rows, args.lookups, batch.id)
            conn.close()
        finally:
            running.stop(1.0)
            engine.dispose()
    finally:
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)

    issued_total = args.codes * args.runs + 1000 + 10**9
    ratio = issue_export_s / copy_s
    p50_small, p50_large = percentile(small, 50), percentile(large, 50)
    print(f"Yima code issuance: PostgreSQL {pg_version} (embedded), server on {address}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"{args.codes:,} DIGITS-20 item codes; print file: serial, code, URL, "
          f"{size / 1e6:.1f} MB sealed (AES-256-GCM, scrypt password); best of {args.runs}")
    print()
    print(f"{'step':<52}{'seconds':>10}")
    print("-" * 62)
    print(f"{'IssueBatch (one row, whatever the count)':<52}{issue_s:>10.3f}")
    print(f"{'IssueBatch + ExportBatch streamed to a file':<52}{issue_export_s:>10.3f}")
    print(f"{'  all runs':<52}{'  '.join(f'{r[1]:.3f}' for r in runs):>10}")
    print(f"{'baseline: COPY rows (code PRIMARY KEY, serial)':<52}{copy_s:>10.3f}")
    print(f"{'ratio issue+export / baseline':<52}{ratio:>9.2f}x")
    print()
    print(f"{'LookupCode over ' + str(args.lookups) + ' random codes':<40}{'p50 ms':>9}"
          f"{'p90 ms':>9}{'p99 ms':>9}{'mean ms':>9}")
    print("-" * 76)
    for label, ms in ((f"with {args.codes + 1000:,} codes issued", small),
                      (f"with {issued_total:,} codes issued", large)):
        print(f"{label:<40}{percentile(ms, 50):>9.3f}{percentile(ms, 90):>9.3f}"
              f"{percentile(ms, 99):>9.3f}{statistics.fmean(ms):>9.3f}")
    print()
    print(f"RESULT codes={args.codes} issue_export_s={issue_export_s:.3f} "
          f"copy_baseline_s={copy_s:.3f} ratio={ratio:.2f} lookup_p50_ms_1e6={p50_small:.3f} "
          f"lookup_p50_ms_1e9={p50_large:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
