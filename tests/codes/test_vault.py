"""The master key (file or environment) and tenant keys sealed under it."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest

from server.codes import vault


def test_master_key_file_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    key = vault.load_master_key(tmp_path, env={})
    path = tmp_path / "keys" / "master.key"
    assert len(key) == 32 and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert vault.load_master_key(tmp_path, env={}) == key  # kept across restarts


def test_master_key_from_the_environment_wins(tmp_path: Path) -> None:
    key = bytes(range(32))
    env = {vault.ENV_VAR: base64.b64encode(key).decode()}
    assert vault.load_master_key(tmp_path, env=env) == key
    assert not (tmp_path / "keys").exists()
    with pytest.raises(vault.MasterKeyError):
        vault.load_master_key(tmp_path, env={vault.ENV_VAR: "bm90IDMyIGJ5dGVz"})
    with pytest.raises(vault.MasterKeyError):
        vault.load_master_key(tmp_path, env={vault.ENV_VAR: "***"})


def test_sealed_keys_open_only_for_their_tenant_purpose_and_master() -> None:
    master, other = vault.new_key(), vault.new_key()
    key = vault.new_key()
    sealed = vault.seal(master, 7, "code", key)
    assert key not in sealed
    assert vault.unseal(master, 7, "code", sealed) == key
    for args in ((other, 7, "code"), (master, 8, "code"), (master, 7, "verification")):
        with pytest.raises(vault.MasterKeyError):
            vault.unseal(args[0], args[1], args[2], sealed)
    assert vault.master_key_id(master) != vault.master_key_id(other)


def test_space_keys_differ_per_space_and_tenant() -> None:
    a, b = vault.new_key(), vault.new_key()
    keys = {vault.space_key(k, s) for k in (a, b) for s in ("digits/16", "digits/20", "short/13")}
    keys |= {vault.verification_space_key(a, "digits/16")}
    assert len(keys) == 7 and all(len(k) == 32 for k in keys)
