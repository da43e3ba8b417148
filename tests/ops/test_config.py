"""Configuration precedence and the --help every operator reads."""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

import pytest

from server import config
from shared.cli import build_parser


def _args(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(["server", *argv])


def test_help_explains_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["server", "--help"])
    out = capsys.readouterr().out
    for f in fields(config.ServerConfig):
        assert "--" + f.name.replace("_", "-") in out
        assert f.metadata["env"] in out


def test_file_then_environment_then_command_line(tmp_path: Path) -> None:
    cfg_file = tmp_path / "yima.toml"
    cfg_file.write_text('listen = "0.0.0.0:6000"\nsession_ttl_minutes = 30\nworkers = 4\n')
    env = {"YIMA_CONFIG": str(cfg_file), "YIMA_SESSION_TTL_MINUTES": "45"}
    cfg = config.load(_args(["--workers", "9"]), env=env)
    assert cfg.listen == "0.0.0.0:6000"  # from the file
    assert cfg.session_ttl_minutes == 45  # environment beats the file
    assert cfg.workers == 9  # command line beats both
    assert cfg.max_failed_logins == 5  # default


def test_config_file_found_in_data_dir(tmp_path: Path) -> None:
    (tmp_path / "yima.toml").write_text("lockout_minutes = 3\n")
    cfg = config.load(_args([]), env={"YIMA_DATA_DIR": str(tmp_path)})
    assert cfg.lockout_minutes == 3
    assert cfg.data_dir == tmp_path


def test_unknown_setting_in_file_is_refused(tmp_path: Path) -> None:
    cfg_file = tmp_path / "bad.toml"
    cfg_file.write_text("lisen = '1'\n")
    with pytest.raises(SystemExit, match="unknown setting 'lisen'"):
        config.load(_args(["--config", str(cfg_file)]), env={})


def test_boolean_flags_and_tls(tmp_path: Path) -> None:
    cfg = config.load(_args(["--no-migrate", "--tls-cert", "a.pem", "--tls-key", "k.pem"]),
                      env={})
    assert cfg.migrate is False
    assert cfg.tls_enabled
    assert config.load(_args([]), env={"YIMA_MIGRATE": "false"}).migrate is False
