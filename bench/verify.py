"""Consumer verifications per second through gateway → server → PostgreSQL, at fixed
concurrency, against the same load on a gateway route that does nothing (/ping) in the same run;
and the database round trips each verification costs, counted by a hook on the server's
connection pools (every statement; the scan pool is autocommit, so there is no BEGIN/COMMIT;
it counts the statements it sends itself, the main pool is counted by SQLAlchemy events).

Starts its own embedded PostgreSQL in a temporary folder, the server in this process (so the
hook sees its pools), a tenant with an activated batch of item codes and `yima gateway` in its
own process; the load comes from a third process (bench/load.py: wrk when installed, else an
asyncio client). All of it shares this machine's cores: the figures are for the whole stack on
one box, not for the server alone.

With `--flowed`, the codes have channel journeys, so the verification's READ joins real rows of
the flow (issue 5): bench/flow.py's builder packs them into cases of 24 on pallets of 40 and
receives the pallets into a factory warehouse (by SQL), then every pallet is shipped to a dealer
and received, two cases of each go on to a store and are received, a bottle of each is sold
(through the API). Every code then shows 3 public steps, the store's cases 5 or 6.

Usage: python bench/verify.py [--duration 10] [--concurrency 32] [--codes 50000]
                              [--gateway-processes 1] [--tool auto|wrk|python] [--flowed]
The last line is `RESULT verify_per_s=… p50_ms=… p99_ms=… empty_per_s=… ratio=… db_roundtrips=…`
where ratio = verify_per_s / empty_per_s.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from sqlalchemy import event, select

from bench import flow
from bench.rpc_floor import _stop_embedded
from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.app import Running, build_server
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import check_connection, make_engine, make_session_factory
from server.scans.wiring import ensure_gateway_token
from shared.pb import catalog_pb2, catalog_pb2_grpc, codes_pb2, codes_pb2_grpc

ROOT = Path(__file__).resolve().parent.parent
TENANT, USERNAME, PASSWORD = "bench", "bench", "Bench12345"
PUBLIC = "http://v.bench.example"


def seed(address: str, sessions: Any, keys: KeyStore, count: int) -> list[str]:
    """A product, an activated batch of `count` short item codes with verification codes;
    returns their URL paths."""
    conn = Connection(address)
    conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/verify")
    codes = conn.stub(codes_pb2_grpc.CodeServiceStub)
    catalog = conn.stub(catalog_pb2_grpc.CatalogServiceStub)
    conn.call(codes.UpdateCodeSettings, codes_pb2.CodeSettings(gateway_base_url=PUBLIC + "/c/"))
    category = conn.call(catalog.CreateCategory, catalog_pb2.Category(code="OIL", name="花生油"))
    product = conn.call(catalog.CreateProduct, catalog_pb2.Product(
        category_id=category.id, code="10120091", name="花生油 4L", spec="4L/桶",
        items_per_case=4, cases_per_pallet=40, unit="桶", active=True))
    batch = conn.call(codes.IssueBatch, codes_pb2.IssueBatchRequest(
        level=codes_pb2.CODE_LEVEL_ITEM, format=codes_pb2.CODE_FORMAT_SHORT, count=count,
        product_id=product.id, verification_digits=6, labels_per_roll=1000))
    conn.call(codes.Activate, codes_pb2.ActivateRequest(
        selection=codes_pb2.CodeSelection(batch_id=batch.id), product_id=product.id))
    conn.close()
    with sessions() as s:
        row = s.execute(select(CodeBatch).where(CodeBatch.id == batch.id)).scalar_one()
        codec = keys.codec(s, row.tenant_id, Space.parse(row.space))
    block = codec.encode_array(np.arange(row.seq_start, row.seq_start + count, dtype=np.uint64))
    width = block.shape[1]
    blob = block.tobytes().decode("ascii")
    return [f"/c/{blob[i:i + width]}" for i in range(0, len(blob), width)]


def seed_flowed(address: str, engine: Any, sessions: Any, keys: KeyStore, made: Any,
                count: int) -> list[str]:
    """`count` activated short item codes packed, received, shipped down the channel and
    partly sold (bench/flow.py's builder); returns their URL paths."""
    conn = Connection(address)
    conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/verify")
    conn.call(conn.codes.UpdateCodeSettings, codes_pb2.CodeSettings(
        gateway_base_url=PUBLIC + "/c/"))
    ids = flow.master_data(conn, made.hq_org_id, count, count,
                           item_format=codes_pb2.CODE_FORMAT_SHORT)
    flow.build(engine, made.tenant_id, made.admin_user_id, ids, count)
    code = flow.Codes(sessions, keys, made.tenant_id, ids)
    flow.flow_some(conn, code, ids, list(range(1, ids["counts"][2] + 1)), [], [])
    conn.close()
    return [f"/c/{code('item', serial)}" for serial in range(1, count + 1)]


def start_gateway(address: str, token: str, processes: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "gateway", "--server", address, "--listen",
         "127.0.0.1:0" if processes == 1 else "127.0.0.1:18080", "--public-url", PUBLIC,
         "--trusted-proxies", "127.0.0.1", "--processes", str(processes),
         "--log-level", "WARNING"],
        cwd=ROOT, env={**os.environ, "YIMA_GATEWAY_TOKEN": token}, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    for line in proc.stdout:
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            threading.Thread(target=lambda: [None for _ in proc.stdout or ()],
                             daemon=True).start()
            return proc, found.group(1)
    raise SystemExit("the gateway did not start")


def cpu_seconds(pid: int, *, children: bool = False) -> float:
    """CPU time (user + system) of a process, or of a process's children (Linux /proc; 0
    elsewhere): where the cores went."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            if (int(fields[1]) == pid) if children else (int(proc.name) == pid):
                total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, ValueError, IndexError):
            continue
    return total


def load(base: str, paths: Path, args: argparse.Namespace, duration: float) -> dict[str, Any]:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "load.py"), base, str(paths),
                          "--concurrency", str(args.concurrency), "--duration", str(duration),
                          "--tool", args.tool], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


class Statements:
    """Counts what is sent on the given engines, each a database round trip: every statement,
    and the BEGIN and COMMIT of a transaction on a connection that is not in autocommit
    (psycopg2 sends neither in autocommit, though SQLAlchemy still reports them)."""

    def __init__(self, engines: list[Any]) -> None:
        self.count = 0
        self._lock = threading.Lock()
        for engine in engines:
            event.listen(engine, "before_cursor_execute", self._statement)
            event.listen(engine, "begin", self._transaction)
            event.listen(engine, "commit", self._transaction)

    def _add(self) -> None:
        with self._lock:
            self.count += 1

    def _statement(self, *args: Any) -> None:
        self._add()

    def _transaction(self, conn: Any) -> None:
        if not conn.connection.dbapi_connection.autocommit:
            self._add()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per run (10)")
    parser.add_argument("--concurrency", type=int, default=32, help="open connections (32)")
    parser.add_argument("--codes", type=int, default=50_000, help="codes to query (50000)")
    parser.add_argument("--gateway-processes", type=int, default=1)
    parser.add_argument("--workers", type=int, default=16, help="server RPC threads (16)")
    parser.add_argument("--tool", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--flowed", action="store_true",
                        help="codes packed and shipped down the channel (journeys to read)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)

    tmp = Path(tempfile.mkdtemp(prefix="yima-bench-"))
    gateway: subprocess.Popen[str] | None = None
    running: Running | None = None
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url, pool_size=args.workers)
        pg_version = check_connection(engine)
        sessions = make_session_factory(engine)
        with sessions() as s, s.begin():
            made = create_tenant(s, TENANT, "Benchmark", USERNAME, PASSWORD,
                                 must_change_password=False)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=args.workers,
                              db_pool_size=args.workers, scan_pool_size=args.workers,
                              migrate=False)
        keys = KeyStore(tmp)
        running = build_server(config, sessions, keys)
        address = f"127.0.0.1:{running.port}"
        paths = seed_flowed(address, engine, sessions, keys, made, args.codes) if args.flowed \
            else seed(address, sessions, keys, args.codes)
        paths_file = tmp / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n")
        gateway, base = start_gateway(address, ensure_gateway_token(config)[0],
                                      args.gateway_processes)
        assert running.scans is not None
        load(base, paths_file, args, max(2.0, args.duration / 3))  # warm-up, not counted
        counter = Statements([engine])  # the main pool; the scan pool counts its own
        scan_trips = running.scans.deps.round_trips
        postmaster = int((tmp / "pgdata" / "postmaster.pid").read_text().split()[0])

        def cpu_now() -> dict[str, float]:
            assert gateway is not None
            return {"server": cpu_seconds(os.getpid()),
                    "gateway": cpu_seconds(gateway.pid) + cpu_seconds(gateway.pid,
                                                                      children=True),
                    "PostgreSQL": cpu_seconds(postmaster, children=True),
                    "load": resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
                    + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime}

        before = cpu_now()
        verify = load(base, paths_file, args, args.duration)
        cpu = {k: v - before[k] for k, v in cpu_now().items()}
        statements = counter.count + running.scans.deps.round_trips - scan_trips
        (tmp / "ping.txt").write_text("/ping\n")
        empty = load(base, tmp / "ping.txt", args, args.duration)
    finally:
        if gateway is not None:
            gateway.terminate()
            gateway.wait(15)
        if running is not None:
            running.stop(1.0)
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)

    verify_rate = verify["requests"] / verify["seconds"]
    empty_rate = empty["requests"] / empty["seconds"]
    trips = statements / max(verify["requests"], 1)
    print(f"Yima consumer verification: PostgreSQL {pg_version} (embedded), server in-process "
          f"({args.workers} RPC threads), {args.gateway_processes} gateway process(es), load by "
          f"{verify['tool']} at {args.concurrency} connections for {args.duration:.0f} s; "
          f"{os.cpu_count()} CPUs shared by all of them, Python {sys.version.split()[0]}")
    print(f"{len(paths):,} activated item codes (short URLs), each request a random one with a "
          "consumer address of its own" + ("; every code packed, received, shipped to a dealer "
                                           "and received (some on to a store, sold)"
                                           if args.flowed else ""))
    print()
    head = f"{'route':<44}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'failed':>8}"
    print(head)
    print("-" * len(head))
    for label, r, rate in (("GET /c/{code}  (verification)", verify, verify_rate),
                           ("GET /ping  (gateway only, no server call)", empty, empty_rate)):
        print(f"{label:<44}{rate:>9.0f}{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}"
              f"{r['failed']:>8d}")
    print(f"database round trips per verification: {trips:.2f} "
          f"({statements:,} statements for {verify['requests']:,} verifications)")
    share = ", ".join(f"{k} {v * 1000 / max(verify['requests'], 1):.2f}" for k, v in cpu.items())
    print(f"CPU ms per verification: {share}")
    print()
    print(f"RESULT verify_per_s={verify_rate:.0f} p50_ms={verify['p50_ms']:.2f} "
          f"p99_ms={verify['p99_ms']:.2f} empty_per_s={empty_rate:.0f} "
          f"ratio={verify_rate / empty_rate:.3f} db_roundtrips={trips:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
