"""The RPC floor: latency and throughput of the authenticated no-op SystemService.Ping, the figure
every later benchmark compares against.

Starts its own embedded PostgreSQL in a temporary folder and a server on 127.0.0.1:0, creates a
tenant, signs in through client.connection.Connection and measures:

- N sequential Ping calls after a warm-up (p50/p90/p99 latency),
- throughput with K client threads (each its own channel, the same signed-in session),
- the same for the public GetServerInfo (no sign-in, no database) as a baseline in the same run,
  so the ratio between the two holds even on a noisy machine.

Usage: python bench/rpc_floor.py [--calls 2000] [--threads 8] [--throughput-calls 8000]
The last line is `RESULT p50_ms=… p99_ms=… calls_per_s=… baseline_…=…`.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.app import build_server
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import check_connection, make_engine, make_session_factory
from shared.pb import common_pb2

TENANT, USERNAME, PASSWORD = "bench", "bench", "Bench12345"


@dataclass(frozen=True)
class Figures:
    p50: float
    p90: float
    p99: float
    worst: float
    mean: float
    calls_per_s: float


def percentile(sorted_ms: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, round(q / 100 * len(sorted_ms)))
    return sorted_ms[min(rank, len(sorted_ms)) - 1]


def sequential(call: Callable[[], Any], calls: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        call()
    out = []
    clock = time.perf_counter_ns
    for _ in range(calls):
        start = clock()
        call()
        out.append((clock() - start) / 1e6)
    return out


def concurrent(make_call: Callable[[], Callable[[], Any]], threads: int, total: int) -> float:
    """Calls per second with `threads` clients sharing `total` calls."""
    per_thread = max(1, total // threads)
    calls = [make_call() for _ in range(threads)]
    for call in calls:  # connect every channel before timing
        call()
    barrier = threading.Barrier(threads + 1)
    errors: list[BaseException] = []

    def worker(call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            for _ in range(per_thread):
                call()
        except BaseException as exc:
            errors.append(exc)

    pool = [threading.Thread(target=worker, args=(c,)) for c in calls]
    for t in pool:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return per_thread * threads / elapsed


def figures(latencies: list[float], calls_per_s: float) -> Figures:
    ms = sorted(latencies)
    return Figures(p50=percentile(ms, 50), p90=percentile(ms, 90), p99=percentile(ms, 99),
                   worst=ms[-1], mean=statistics.fmean(ms), calls_per_s=calls_per_s)


def measure(address: str, token: str, method: str, args: argparse.Namespace) -> Figures:
    connections: list[Connection] = []

    def make_call() -> Callable[[], Any]:
        conn = Connection(address)
        conn.token = token
        connections.append(conn)
        stub = getattr(conn.system, method)
        empty = common_pb2.Empty()
        return lambda: conn.call(stub, empty)

    try:
        latencies = sequential(make_call(), args.calls, args.warmup)
        rate = concurrent(make_call, args.threads, args.throughput_calls)
    finally:
        for conn in connections:
            conn.close()
    return figures(latencies, rate)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000, help="sequential calls timed (2000)")
    parser.add_argument("--threads", type=int, default=8, help="client threads for throughput (8)")
    parser.add_argument("--throughput-calls", type=int, default=8000,
                        help="calls shared by the threads for throughput (8000)")
    parser.add_argument("--warmup", type=int, default=200, help="untimed calls first (200)")
    parser.add_argument("--workers", type=int, default=16, help="server RPC threads (16)")
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
            create_tenant(s, TENANT, "Benchmark", USERNAME, PASSWORD, must_change_password=False)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=args.workers,
                              db_pool_size=max(10, args.workers), migrate=False)
        running = build_server(config, sessions)
        address = f"127.0.0.1:{running.port}"
        try:
            conn = Connection(address)
            conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/rpc_floor")
            ping = measure(address, conn.token, "Ping", args)
            info = measure(address, "", "GetServerInfo", args)
            conn.close()
        finally:
            running.stop(1.0)
            engine.dispose()
    finally:
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"Yima RPC floor: PostgreSQL {pg_version} (embedded), server on {address}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"latency over {args.calls} sequential calls after {args.warmup} warm-up; "
          f"throughput with {args.threads} client threads x "
          f"{args.throughput_calls // args.threads} calls")
    print()
    head = f"{'call':<38}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}{'mean ms':>9}"
    print(head + f"{'calls/s':>10}")
    print("-" * (len(head) + 10))
    for label, f in (("SystemService.Ping (signed in)", ping),
                     ("SystemService.GetServerInfo (public)", info)):
        print(f"{label:<38}{f.p50:>9.3f}{f.p90:>9.3f}{f.p99:>9.3f}{f.worst:>9.2f}{f.mean:>9.3f}"
              f"{f.calls_per_s:>10.0f}")
    ratio_p50, ratio_rate = ping.p50 / info.p50, info.calls_per_s / ping.calls_per_s
    print(f"{'Ping cost vs baseline':<38}{ratio_p50:>8.2f}x{'':>36}{ratio_rate:>9.2f}x")
    print()
    print(f"RESULT p50_ms={ping.p50:.3f} p99_ms={ping.p99:.3f} calls_per_s={ping.calls_per_s:.0f} "
          f"baseline_p50_ms={info.p50:.3f} baseline_p99_ms={info.p99:.3f} "
          f"baseline_calls_per_s={info.calls_per_s:.0f} p50_ratio={ratio_p50:.2f} "
          f"threads={args.threads}")
    return 0


def _stop_embedded(data_dir: Path) -> None:
    """Stop the embedded PostgreSQL started in data_dir (start_embedded keeps it running)."""
    import pgserver

    pgdata = (data_dir / "pgdata").resolve()
    if (pgdata / "PG_VERSION").exists():
        pgserver.get_server(pgdata).cleanup()


if __name__ == "__main__":
    sys.exit(main())
