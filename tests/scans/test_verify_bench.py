"""The verification benchmark keeps working: a tiny run ends with the one RESULT line tools
parse. (No figure is asserted: only the shape of the output.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULT = re.compile(r"^RESULT verify_per_s=(\d+) p50_ms=(\d+\.\d+) p99_ms=(\d+\.\d+) "
                    r"empty_per_s=(\d+) ratio=(\d+\.\d+) db_roundtrips=(\d+\.\d+)$")


def test_verify_bench_prints_its_result_line() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "verify.py"), "--duration", "1",
                          "--codes", "2000", "--concurrency", "4", "--tool", "python"],
                         cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    found = RESULT.match(lines[-1])
    assert found, lines[-1]
    verify, p50, p99, empty = int(found[1]), float(found[2]), float(found[3]), int(found[4])
    assert verify > 0 and empty > 0 and 0 < p50 <= p99
    assert float(found[6]) > 0  # statements were counted
    assert sum(1 for line in lines if line.startswith("RESULT")) == 1
    assert any("GET /c/{code}" in line for line in lines)
