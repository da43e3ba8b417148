"""Key material for codes: the server's master key, tenant keys sealed under it, and the keys
derived from a tenant key for each code space.

- The master key (32 bytes) comes from the environment variable YIMA_MASTER_KEY (base64) or from
  DATA_DIR/keys/master.key (base64, created with mode 0600 on first start). Back it up with the
  database: without it no code can be decoded again.
- Each tenant has two random 256-bit keys, the code key and the verification key, stored in the
  database sealed with AES-256-GCM under the master key (the tenant and purpose are authenticated
  data, so a sealed key cannot be moved to another tenant). They never leave the server.
- A space's permutation key is HMAC-SHA256(code key, space), its verification key
  HMAC-SHA256(verification key, space): keys differ per space, so the space is the tweak.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
ENV_VAR = "YIMA_MASTER_KEY"
MASTER_FILE = Path("keys") / "master.key"


class MasterKeyError(RuntimeError):
    """The master key is missing, malformed or not the one the tenant keys were sealed with."""


def _decode(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MasterKeyError(f"{where}: not base64") from exc
    if len(key) != KEY_BYTES:
        raise MasterKeyError(f"{where}: {len(key)} bytes, a master key has {KEY_BYTES}")
    return key


def load_master_key(data_dir: Path, env: Mapping[str, str] | None = None) -> bytes:
    """The master key from the environment, else from DATA_DIR/keys/master.key (created 0600
    with a fresh random key when it does not exist yet)."""
    env = os.environ if env is None else env
    if env.get(ENV_VAR):
        return _decode(env[ENV_VAR], ENV_VAR)
    path = data_dir / MASTER_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = base64.b64encode(os.urandom(KEY_BYTES)) + b"\n"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it meanwhile: read theirs
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
    return _decode(path.read_text(encoding="ascii"), str(path))


def master_key_id(master: bytes) -> str:
    """A short fingerprint stored beside sealed keys, to say which master key they need."""
    return hashlib.sha256(b"yima/master-key-id/v1" + master).hexdigest()[:16]


def _aad(tenant_id: int, purpose: str) -> bytes:
    return f"yima/tenant-key/v1/{tenant_id}/{purpose}".encode()


def seal(master: bytes, tenant_id: int, purpose: str, key: bytes) -> bytes:
    """A tenant key encrypted (AES-256-GCM) under the master key: nonce + ciphertext + tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(master).encrypt(nonce, key, _aad(tenant_id, purpose))


def unseal(master: bytes, tenant_id: int, purpose: str, sealed: bytes) -> bytes:
    try:
        return AESGCM(master).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                      _aad(tenant_id, purpose))
    except InvalidTag as exc:
        raise MasterKeyError(f"tenant {tenant_id}: the {purpose} key does not open with this "
                             "master key (wrong YIMA_MASTER_KEY or keys/master.key?)") from exc


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def space_key(code_key: bytes, space: str) -> bytes:
    """The permutation key of one code space."""
    return hmac.digest(code_key, b"yima/code-space/v1/" + space.encode(), "sha256")


def verification_space_key(verification_key: bytes, space: str) -> bytes:
    """The key verification codes of one code space are derived with."""
    return hmac.digest(verification_key, b"yima/verification/v1/" + space.encode(), "sha256")
