"""The floor benchmark keeps working: a tiny run ends with the one RESULT line tools parse.
(No timing is asserted: only the shape of the output.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULT = re.compile(r"^RESULT p50_ms=(\d+\.\d+) p99_ms=(\d+\.\d+) calls_per_s=(\d+)"
                    r"( [a-z0-9_]+=[0-9.]+)*$")


def test_rpc_floor_prints_its_result_line() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "rpc_floor.py"), "--calls", "30",
                          "--warmup", "5", "--threads", "2", "--throughput-calls", "40"],
                         cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    found = RESULT.match(lines[-1])
    assert found, lines[-1]
    p50, p99, rate = float(found[1]), float(found[2]), int(found[3])
    assert 0 < p50 <= p99 and rate > 0
    assert "baseline_p50_ms=" in lines[-1]
    assert sum(1 for line in lines if line.startswith("RESULT")) == 1
    assert any("SystemService.Ping" in line for line in lines)
