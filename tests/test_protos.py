"""Generated protobuf code is never stale: `scripts/gen_protos.py --check` passes on the committed
tree and fails (exit 1) as soon as a proto or the generated code drifts."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_protos.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_protos_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, Path, Path]:
    """The script pointed at copies of protos/ and shared/pb/, so the tests can break them."""
    protos, target = tmp_path / "protos", tmp_path / "pb"
    shutil.copytree(ROOT / "protos", protos)
    shutil.copytree(ROOT / "shared" / "pb", target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    gen = load_script()
    monkeypatch.setattr(gen, "PROTOS", protos)
    monkeypatch.setattr(gen, "TARGET", target)
    monkeypatch.setenv("PATH", os.environ.get("PATH", ""))  # generate() prepends to PATH
    return gen, protos, target


def run(gen: ModuleType, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["gen_protos.py", *args])
    return int(gen.main())


def test_committed_generated_code_matches_the_protos() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_check_fails_when_a_proto_changes(copy: tuple[ModuleType, Path, Path],
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    gen, protos, target = copy
    assert run(gen, monkeypatch, "--check") == 0  # the copy itself is fresh
    system = protos / "system.proto"
    system.write_text(system.read_text().replace(
        "  bool tls = 3;\n", "  bool tls = 3;\n  string motd = 4;\n"))
    assert "motd" in system.read_text()
    assert run(gen, monkeypatch, "--check") == 1
    assert "stale" in capsys.readouterr().err
    # Regenerating (the command the message names) makes it fresh again.
    assert run(gen, monkeypatch) == 0
    assert "motd" in (target / "system_pb2.pyi").read_text()
    assert run(gen, monkeypatch, "--check") == 0


def test_check_fails_when_generated_code_is_edited(copy: tuple[ModuleType, Path, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    gen, _, target = copy
    stub = target / "system_pb2_grpc.py"
    stub.write_text(stub.read_text() + "\n# hand edit\n")
    assert run(gen, monkeypatch, "--check") == 1


def test_check_fails_on_leftovers_of_a_removed_proto(copy: tuple[ModuleType, Path, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    gen, protos, target = copy
    retired = protos / "retired.proto"
    retired.write_text('syntax = "proto3";\npackage yima.v1;\nmessage Retired { int64 id = 1; }\n')
    assert run(gen, monkeypatch) == 0
    assert (target / "retired_pb2.py").exists()
    assert run(gen, monkeypatch, "--check") == 0
    retired.unlink()
    assert run(gen, monkeypatch, "--check") == 1


def test_generated_imports_are_package_relative() -> None:
    for path in (ROOT / "shared" / "pb").glob("*_pb2*.py"):
        for line in path.read_text().splitlines():
            if line.startswith("import ") and "_pb2" in line:
                pytest.fail(f"{path.name}: {line} (should be `from shared.pb import ...`)")
