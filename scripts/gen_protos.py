"""Regenerate shared/pb from protos/ (Python, gRPC and .pyi stubs).

Usage: python scripts/gen_protos.py [--check]
With --check, generate into a temporary folder and exit 1 when shared/pb differs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import sys
import tempfile
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
TARGET = ROOT / "shared" / "pb"
_LOCAL_IMPORT = re.compile(r"^import (\w+_pb2)( as \w+)?$", re.MULTILINE)
_HEADER = '"""Generated from protos/ by scripts/gen_protos.py. Do not edit."""\n'


def generate(out: Path) -> None:
    """Run protoc over every .proto into `out`, then make imports package-relative."""
    out.mkdir(parents=True, exist_ok=True)
    # protoc finds the mypy plugins on PATH; they live beside this interpreter.
    bindir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
    protos = sorted(p.name for p in PROTOS.glob("*.proto"))
    include = str(resources.files("grpc_tools") / "_proto")
    args = [
        "protoc",
        f"-I{PROTOS}",
        f"-I{include}",
        f"--python_out={out}",
        f"--grpc_python_out={out}",
        f"--mypy_out={out}",
        f"--mypy_grpc_out={out}",
        *protos,
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    for path in out.iterdir():
        if path.suffix in {".py", ".pyi"}:
            text = _LOCAL_IMPORT.sub(r"from shared.pb import \1\2", path.read_text())
            path.write_text(text)
    (out / "__init__.py").write_text(_HEADER)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when shared/pb is stale")
    args = parser.parse_args()
    if not args.check:
        for old in TARGET.glob("*_pb2*"):
            old.unlink()
        generate(TARGET)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(fresh)
        names = sorted(p.name for p in fresh.iterdir() if p.is_file())
        current = sorted(p.name for p in TARGET.iterdir() if p.is_file()) if TARGET.exists() else []
        _, mismatch, errors = filecmp.cmpfiles(fresh, TARGET, names, shallow=False)
        if names != current or mismatch or errors:
            print("shared/pb is stale: run python scripts/gen_protos.py", file=sys.stderr)
            print(f"differs: {mismatch + errors}; extra/missing: {set(names) ^ set(current)}",
                  file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
