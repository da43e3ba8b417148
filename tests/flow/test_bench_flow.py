"""The flow benchmark keeps working: a tiny run ends with the one RESULT line tools parse.
(No timing is asserted: only the shape of the output.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULT = re.compile(r"^RESULT items=24000 flow_p50_ms=(\d+\.\d\d) flow_p99_ms=(\d+\.\d\d) "
                    r"ship_pallet_ms=(\d+\.\d\d) recall_1e6_s=(\d+\.\d{3})$")


def test_flow_bench_prints_its_result_line() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "flow.py"), "--items", "24000", "--lot-items",
         "9600", "--probes", "20", "--flowed", "3"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    found = RESULT.match(lines[-1])
    assert found, lines[-1]
    p50, p99 = float(found[1]), float(found[2])
    assert 0 < p50 <= p99 and float(found[3]) > 0 and float(found[4]) > 0
    assert sum(1 for line in lines if line.startswith("RESULT")) == 1
    # the recall found the whole lot packed, the three flowed pallets' units among its holders
    recall = next(line for line in lines if line.startswith("recall of a 9,600-item lot"))
    assert "9,600 items packed" in recall, recall
