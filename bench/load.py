"""HTTP load at fixed concurrency, in its own process: wrk (Debian's, C) when installed, else an
asyncio client. Prints one JSON line: requests, seconds, p50/p99 latency (ms), failures.

Usage: python bench/load.py BASE_URL PATHS_FILE --concurrency 32 --duration 10 [--tool wrk]
Each request takes a random path from PATHS_FILE and an X-Forwarded-For address of its own (the
gateway under test trusts 127.0.0.1 as its proxy), as millions of consumers would.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRK_SCRIPT = r"""
local paths, n = {}, 0
init = function(args)
  for line in io.lines(args[1]) do n = n + 1; paths[n] = line end
  math.randomseed(tonumber(args[2]) or 1)
end
request = function()
  local ip = string.format("100.%d.%d.%d", math.random(64, 127), math.random(0, 255),
                           math.random(1, 254))
  return wrk.format("GET", paths[math.random(1, n)], {["X-Forwarded-For"] = ip})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,"failed":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def run_wrk(base: str, paths: Path, concurrency: int, duration: float) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    out = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{duration:.0f}s", "--timeout",
                          "10s", "-s", script.name, base, "--", str(paths),
                          str(random.randrange(1 << 30))],
                         capture_output=True, text=True, check=True)
    Path(script.name).unlink()
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    return dict(json.loads(line))


async def _client(base: str, paths: list[str], concurrency: int,
                  duration: float) -> dict[str, float]:
    import aiohttp

    latencies: list[float] = []
    failed = 0
    stop_at = time.perf_counter() + duration
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as http:
        async def worker() -> None:
            nonlocal failed
            while time.perf_counter() < stop_at:
                path = random.choice(paths)
                ip = f"100.{random.randint(64, 127)}.{random.randint(0, 255)}." \
                     f"{random.randint(1, 254)}"
                start = time.perf_counter()
                async with http.get(base + path, headers={"X-Forwarded-For": ip}) as resp:
                    await resp.read()
                    if resp.status != 200:
                        failed += 1
                latencies.append((time.perf_counter() - start) * 1000)

        begun = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - begun
    ms = sorted(latencies)
    return {"requests": len(ms), "seconds": seconds, "p50_ms": statistics.median(ms),
            "p99_ms": ms[min(len(ms) - 1, int(len(ms) * 0.99))], "failed": failed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base")
    parser.add_argument("paths", type=Path)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--tool", choices=["auto", "wrk", "python"], default="auto")
    args = parser.parse_args()
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "python"
    if tool == "wrk":
        result = run_wrk(args.base, args.paths, args.concurrency, args.duration)
    else:
        paths = args.paths.read_text().split()
        result = asyncio.run(_client(args.base, paths, args.concurrency, args.duration))
    print(json.dumps({**result, "tool": tool}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
