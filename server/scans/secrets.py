"""The scan area's secrets: the gateway credential, sealed scan tokens and device hashes.

- Gateway credential: the consumer gateway presents it in metadata x-yima-gateway. Configured as
  YIMA_GATEWAY_TOKEN (comma-separated to rotate), else DATA_DIR/keys/gateway.token, written
  (mode 0600) on the first start, which `yima gateway` reads when it runs beside the server.
- Scan token: what a page needs for its follow-up calls (position, image, documents, complaint,
  confirming the verification code): tenant, scan, code and time, sealed with AES-256-GCM under a
  key derived from the master key. The gateway cannot read or forge it; any server can open it.
- Device: the gateway's random cookie, stored only as a keyed hash (16 hex characters).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import struct
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from server.core.errors import DomainError, Reason

TOKEN_FILE = Path("keys") / "gateway.token"
ENV_VAR = "YIMA_GATEWAY_TOKEN"
_TOKEN = struct.Struct("<QQQQQI?")  # tenant, scan, batch, serial, ordinal, issued, counted


def gateway_tokens(configured: str, data_dir: Path, *, create: bool = True) -> list[str]:
    """The credentials a gateway may present: the configured ones, else the data folder's
    token file (created when `create`)."""
    tokens = [t.strip() for t in configured.split(",") if t.strip()]
    if tokens:
        return tokens
    path = data_dir / TOKEN_FILE
    if path.is_file():
        return [path.read_text(encoding="ascii").strip()]
    if not create:
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(token + "\n")
    return [token]


class GatewayCheck:
    """Constant-time comparison against the accepted credentials."""

    def __init__(self, tokens: list[str]) -> None:
        self._digests = [hashlib.sha256(t.encode()).digest() for t in tokens]

    def __call__(self, token: str) -> bool:
        digest = hashlib.sha256(token.encode()).digest()
        return any(hmac.compare_digest(digest, d) for d in self._digests)


@dataclass(frozen=True)
class ScanRef:
    """What a scan token says."""

    tenant_id: int
    scan_id: int
    batch_id: int
    serial: int
    ordinal: int
    issued: int  # unix seconds
    counted: bool

    def age(self, now: float | None = None) -> float:
        return (now if now is not None else time.time()) - self.issued


class ScanSecrets:
    """Keys derived from the master key: one seals scan tokens, one hashes device ids."""

    def __init__(self, master: bytes) -> None:
        self._aead = AESGCM(hmac.new(master, b"yima scan token v1", hashlib.sha256).digest())
        self._device = hmac.new(master, b"yima scan device v1", hashlib.sha256).digest()

    def seal(self, ref: ScanRef) -> str:
        nonce = os.urandom(12)
        body = _TOKEN.pack(ref.tenant_id, ref.scan_id, ref.batch_id, ref.serial, ref.ordinal,
                           ref.issued, ref.counted)
        return base64.urlsafe_b64encode(nonce + self._aead.encrypt(nonce, body, b"scan")
                                        ).decode().rstrip("=")

    def open(self, token: str, max_age: float) -> ScanRef:
        """The token's content; SCAN_TOKEN_INVALID when forged, damaged or too old."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            body = self._aead.decrypt(raw[:12], raw[12:], b"scan")
            ref = ScanRef(*_TOKEN.unpack(body))
        except (ValueError, binascii.Error, InvalidTag, struct.error) as exc:
            raise DomainError(Reason.SCAN_TOKEN_INVALID, field="scan_token") from exc
        if not 0 <= ref.age() <= max_age:
            raise DomainError(Reason.SCAN_TOKEN_INVALID, field="scan_token")
        return ref

    def device(self, device_id: str) -> str:
        if not device_id:
            return ""
        return hmac.new(self._device, device_id.encode()[:200], hashlib.sha256).hexdigest()[:16]


def config_tokens(env: Mapping[str, str] | None = None) -> str:
    return (env if env is not None else os.environ).get(ENV_VAR, "")
