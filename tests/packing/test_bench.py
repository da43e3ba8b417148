"""The packing benchmark keeps working: a tiny run ends with the one RESULT line tools parse.
(No timing is asserted: only the shape of the output.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULT = re.compile(r"^RESULT links_per_s=(\d+) ack_p50_ms=(\d+\.\d+) ack_p99_ms=(\d+\.\d+) "
                    r"floor_calls_per_s=(\d+)$")


def test_packing_stream_prints_its_result_line() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "packing_stream.py"), "--cases", "6",
         "--per-case", "3", "--streams", "2", "--scans", "8", "--calls", "20", "--warmup", "2",
         "--threads", "2", "--throughput-calls", "20"],
        cwd=ROOT, capture_output=True, text=True, timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    found = RESULT.match(lines[-1])
    assert found, lines[-1]
    links, p50, p99, floor = int(found[1]), float(found[2]), float(found[3]), int(found[4])
    assert links > 0 and 0 < p50 <= p99 and floor > 0
    assert sum(1 for line in lines if line.startswith("RESULT")) == 1
    assert any("Station: scan to feedback" in line for line in lines)


def test_packing_tree_scale_prints_its_result_line() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "packing_tree_scale.py"), "--items", "5000",
         "--lot-items", "1000", "--probes", "20"],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    last = run.stdout.strip().splitlines()[-1]
    assert re.match(r"^RESULT items=5000 whereabouts_p50_ms=\d+\.\d+ pallet_contents_ms=\d+\.\d "
                    r"recall_s=\d+\.\d\d$", last), last
    assert "{'item': 960, 'case': 40}" in run.stdout  # a full pallet: 40 cases of 24
