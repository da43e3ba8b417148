"""The print shop's commands, run as a print shop would: `yima printfile …` in a subprocess."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from shared.printfile import read_key_file, seal

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "peanut-oil-2026-秘密"
ROWS = b"serial,code,url\n" + b"".join(
    b"%d,1001652470%08d,https://m.example.cn/c/1001652470%08d\n" % (i, i, i)
    for i in range(1, 2501))
META = {"batch_no": "MB20261122-0001", "columns": "serial,code,url", "rows": "2500"}


def yima(*args: str, password: str | None = None,
         stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "YIMA_PRINTFILE_PASSWORD"}
    if password is not None:
        env["YIMA_PRINTFILE_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "shared.cli", "printfile", *args], cwd=ROOT,
                          env=env, input=stdin, capture_output=True, text=True, timeout=60)


def write(path: Path, *, password: str | None = None, key: bytes | None = None,
          rows: bytes = ROWS, meta: dict[str, str] = META) -> Path:
    pieces = (rows[i:i + 4096] for i in range(0, len(rows), 4096))
    with path.open("wb") as out:
        for part in seal(pieces, password=password, key=key, meta=meta, chunk_size=16 * 1024):
            out.write(part)
    return path


def test_verify_with_password_prints_meta_rows_and_intact(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD)
    result = yima("verify", str(sealed), "--password", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "batch_no: MB20261122-0001" in result.stdout
    assert "columns: serial,code,url" in result.stdout
    assert "行数 / rows: 2500" in result.stdout
    assert result.stdout.strip().endswith("完整 / intact")


def test_password_may_be_typed(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD)
    result = yima("verify", str(sealed), "--password", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "完整 / intact" in result.stdout


def test_verify_refuses_wrong_password_and_tampering(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD)
    wrong = yima("verify", str(sealed), "--password", password=PASSWORD + "!")
    assert wrong.returncode == 1
    assert "密码或密钥文件不正确" in wrong.stderr and "Wrong password" in wrong.stderr
    assert "intact" not in wrong.stdout

    data = bytearray(sealed.read_bytes())
    data[-100] ^= 0x01
    damaged = tmp_path / "damaged.yimapf"
    damaged.write_bytes(bytes(data))
    result = yima("verify", str(damaged), "--password", password=PASSWORD)
    assert result.returncode == 1 and "intact" not in result.stdout
    assert "不可信" in result.stderr and "do not trust" in result.stderr

    cut = tmp_path / "cut.yimapf"
    cut.write_bytes(sealed.read_bytes()[:-(16 * 1024 + 16) - 1000])
    result = yima("verify", str(cut), "--password", password=PASSWORD)
    assert result.returncode == 1 and "intact" not in result.stdout


def test_verify_reports_a_row_count_differing_from_the_description(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD, meta={**META, "rows": "2501"})
    result = yima("verify", str(sealed), "--password", password=PASSWORD)
    assert result.returncode == 1 and "2501" in result.stderr and "intact" not in result.stdout


def test_keygen_then_verify_and_open_with_the_key_file(tmp_path: Path) -> None:
    key_file = tmp_path / "shop.key"
    made = yima("keygen", str(key_file))
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert yima("keygen", str(key_file)).returncode == 1  # never overwritten

    sealed = write(tmp_path / "batch.yimapf", key=read_key_file(key_file))
    result = yima("verify", str(sealed), "--key-file", str(key_file))
    assert result.returncode == 0, result.stderr
    assert "完整 / intact" in result.stdout

    out = tmp_path / "out.csv"
    opened = yima("open", str(sealed), "--key-file", str(key_file), "-o", str(out))
    assert opened.returncode == 0, opened.stderr
    assert out.read_bytes() == ROWS

    other = tmp_path / "other.key"
    yima("keygen", str(other))
    refused = yima("verify", str(sealed), "--key-file", str(other))
    assert refused.returncode == 1 and "Wrong password or key file" in refused.stderr
    needs_password = yima("verify", str(sealed), "--password", password=PASSWORD)
    assert needs_password.returncode == 1 and "key file" in needs_password.stderr


def test_open_to_stdout_and_no_partial_output_when_damaged(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD)
    result = yima("open", str(sealed), "--password", password=PASSWORD)
    assert result.returncode == 0 and result.stdout.encode() == ROWS

    data = bytearray(sealed.read_bytes())
    data[-10] ^= 0x80  # the last chunk: everything before it decrypts first
    damaged = tmp_path / "damaged.yimapf"
    damaged.write_bytes(bytes(data))
    out = tmp_path / "out.csv"
    result = yima("open", str(damaged), "--password", "-o", str(out), password=PASSWORD)
    assert result.returncode == 1 and "不可信" in result.stderr
    assert not out.exists() and not (tmp_path / "out.csv.part").exists()


def test_password_or_key_file_is_required(tmp_path: Path) -> None:
    sealed = write(tmp_path / "batch.yimapf", password=PASSWORD)
    result = yima("verify", str(sealed))
    assert result.returncode == 2 and "--password" in result.stderr
