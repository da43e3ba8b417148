"""The sealed print-shop file (码包): code rows encrypted with AES-256-GCM for the print shop.

The server writes it while the rows are produced (`seal`, constant memory); the print shop checks
and opens it with `yima printfile verify|open` (`open_sealed`). docs/PRINTFILE.md is the
technician's page. Layout, all integers big-endian:

    offset    size  field
    0         8     magic b"YIMA-PF\\n"
    8         2     format version (1)
    10        4     header length H (at most 65,536)
    14        H     header: UTF-8 JSON, see below
    14+H      32    header tag: HMAC-SHA256(mac key, bytes 0 .. 14+H)
    46+H      ...   chunks: AES-256-GCM(enc key, nonce, plaintext, AAD) = ciphertext ‖ 16-byte tag

Header JSON: {"format": "yima-printfile", "cipher": "AES-256-GCM", "kdf": {"name": "scrypt",
"n": 32768, "r": 8, "p": 1} or {"name": "key-file"}, "salt": b64 (16 bytes), "nonce_prefix":
b64 (8 bytes), "chunk_size": 1048576, "key_check": b64 (16 bytes), "meta": {str: str}}.

Keys: the master key is scrypt(NFC UTF-8 password, salt, n, r, p) in password mode, or the
32 bytes of a key file. HKDF-SHA256(master, salt, info b"yima-printfile v1 keys") gives 80
bytes: the encryption key (32), the header MAC key (32) and the key check (16). A key check that
differs from the header's means a wrong password or key file (or a damaged salt/kdf field).

Chunks (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár): the plaintext is cut
into chunks of `chunk_size` bytes; the last one holds the rest (0 .. chunk_size bytes, so an empty
file still has one chunk of 16 bytes). Chunk i (from 0) uses nonce = nonce_prefix ‖ uint32(i)
and AAD = SHA-256(bytes 0 .. 14+H) ‖ uint32(i) ‖ last (1 byte: 1 for the final chunk, else 0).
Every ciphertext chunk but the last is exactly chunk_size + 16 bytes, so no lengths are stored:
a dropped, swapped, truncated or appended chunk fails authentication, and so does any header
change. The plaintext is UTF-8 CSV whose first line names the columns; meta["rows"] counts the
lines after it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"YIMA-PF\n"
VERSION = 1
FORMAT = "yima-printfile"
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
KEY_SIZE = 32
MIN_PASSWORD = 12
# scrypt cost: about 65 ms and 32 MiB on the 2-core reference machine (docs/PRINTFILE.md).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
# What a reader accepts, so a crafted header cannot make it allocate gigabytes.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_HEADER = 65_536
MIN_CHUNK, MAX_CHUNK = 1, 16 * 1024 * 1024
_PRELUDE = struct.Struct(">8sHI")
_HKDF_INFO = b"yima-printfile v1 keys"


class PrintFileError(Exception):
    """The file cannot be sealed or opened; `kind` is stable, `zh`/`en` are for people."""

    def __init__(self, kind: str, zh: str, en: str) -> None:
        self.kind, self.zh, self.en = kind, zh, en
        super().__init__(f"{zh} / {en}")


def _error(kind: str, **params: object) -> PrintFileError:
    zh, en = _MESSAGES[kind]
    return PrintFileError(kind, zh.format(**params), en.format(**params))


_MESSAGES: dict[str, tuple[str, str]] = {
    "not_printfile": ("这不是一码印刷文件（码包）。", "This is not a Yima print file."),
    "version": ("不支持的印刷文件版本 {version}，请升级一码软件。",
                "Unsupported print file version {version}; please update Yima."),
    "header": ("文件头已损坏：{detail}", "The file header is damaged: {detail}"),
    "wrong_key": ("密码或密钥文件不正确（也可能是文件头已被改动）。",
                  "Wrong password or key file (or the file header has been altered)."),
    "header_tampered": ("文件头已被改动，文件不可信。",
                        "The file header has been altered: do not trust this file."),
    "chunk_tampered": ("第 {chunk} 段数据已损坏、被改动或顺序被调换，文件不可信。",
                       "Chunk {chunk} is damaged, altered or out of order: do not trust this "
                       "file."),
    "truncated": ("文件不完整：在第 {chunk} 段之后被截断。",
                  "The file is incomplete: it was cut off after chunk {chunk}."),
    "extended": ("文件末尾被追加了多余的数据，文件不可信。",
                 "Extra data was appended after the end of the file: do not trust this file."),
    "needs_password": ("此文件用密码加密，请输入密码（不是密钥文件）。",
                       "This file is sealed with a password, not a key file."),
    "needs_key": ("此文件用密钥文件加密，请提供密钥文件（不是密码）。",
                  "This file is sealed with a key file, not a password."),
    "weak_password": ("印刷文件的密码至少需要 {min} 个字符。",
                      "A print file password needs at least {min} characters."),
    "bad_key": ("密钥必须正好是 {size} 字节（密钥文件）。",
                "The key must be exactly {size} bytes (a key file)."),
    "key_mode": ("请提供密码或密钥文件，二者只能选一个。",
                 "Give either a password or a key file, not both and not neither."),
    "meta": ("文件说明信息无效：{detail}", "Invalid file description: {detail}"),
    "io": ("无法读取文件：{detail}", "Cannot read the file: {detail}"),
}


@dataclass(frozen=True)
class Secret:
    """What opens a file: a password or the bytes of a key file."""

    password: str | None = None
    key: bytes | None = None


@dataclass(frozen=True)
class _Keys:
    enc: bytes
    mac: bytes
    check: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, field: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(str(value), validate=True)
    except ValueError:
        raise _error("header", detail=field) from None
    if len(raw) != size:
        raise _error("header", detail=field)
    return raw


def _password_bytes(password: str) -> bytes:
    # NFC: the same Chinese or accented password typed on two systems gives the same bytes.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _master(password: str | None, key: bytes | None, kdf: dict[str, Any], salt: bytes) -> bytes:
    if kdf.get("name") == "key-file":
        if key is None:
            raise _error("wrong_key")
        return key
    if password is None:
        raise _error("wrong_key")
    n, r, p = kdf["n"], kdf["r"], kdf["p"]
    return Scrypt(salt=salt, length=KEY_SIZE, n=n, r=r, p=p).derive(_password_bytes(password))


def _derive(master: bytes, salt: bytes) -> _Keys:
    out = HKDF(algorithm=hashes.SHA256(), length=80, salt=salt, info=_HKDF_INFO).derive(master)
    return _Keys(enc=out[:32], mac=out[32:64], check=out[64:])


def _check_secret(password: str | None, key: bytes | None) -> None:
    if (password is None) == (key is None):
        raise _error("key_mode")
    if password is not None and len(password) < MIN_PASSWORD:
        raise _error("weak_password", min=MIN_PASSWORD)
    if key is not None and len(key) != KEY_SIZE:
        raise _error("bad_key", size=KEY_SIZE)


def _check_meta(meta: dict[str, str]) -> dict[str, str]:
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise _error("meta", detail="keys and values must be text / 键和值必须是文本")
    return dict(meta)


def _aad(header_hash: bytes, counter: int, last: bool) -> bytes:
    return header_hash + struct.pack(">IB", counter, 1 if last else 0)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def seal(chunks: Iterable[bytes], *, password: str | None = None, key: bytes | None = None,
         meta: dict[str, str], chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    """The sealed file's bytes, yielded as the plaintext chunks arrive (constant memory).

    Checks the password (at least 12 characters) or key (32 bytes) and derives the keys before
    returning, so a refusal happens at the call, not at the first iteration. `meta` gets a
    `created_at` (UTC, ISO 8601) unless it has one.
    """
    _check_secret(password, key)
    if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
        raise ValueError(f"chunk_size must be {MIN_CHUNK}..{MAX_CHUNK}")
    meta = _check_meta(meta)
    meta.setdefault("created_at", datetime.now(UTC).isoformat(timespec="seconds"))
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    kdf: dict[str, Any] = ({"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
                           if password is not None else {"name": "key-file"})
    keys = _derive(_master(password, key, kdf, salt), salt)
    header = json.dumps({
        "format": FORMAT, "cipher": "AES-256-GCM", "kdf": kdf, "salt": _b64(salt),
        "nonce_prefix": _b64(prefix), "chunk_size": chunk_size, "key_check": _b64(keys.check),
        "meta": meta,
    }, ensure_ascii=False, sort_keys=True).encode("utf-8")
    if len(header) > MAX_HEADER:
        raise _error("meta", detail=f"header over {MAX_HEADER} bytes / 超过 {MAX_HEADER} 字节")
    head = _PRELUDE.pack(MAGIC, VERSION, len(header)) + header
    return _seal_stream(chunks, head + hmac.digest(keys.mac, head, "sha256"),
                        hashlib.sha256(head).digest(), AESGCM(keys.enc), prefix, chunk_size)


def _seal_stream(chunks: Iterable[bytes], head: bytes, header_hash: bytes, aead: AESGCM,
                 prefix: bytes, chunk_size: int) -> Iterator[bytes]:
    yield head
    buf = bytearray()
    counter = 0
    for piece in chunks:
        buf += piece
        if len(buf) <= chunk_size:
            continue
        # A full chunk goes out only once more data follows it: only the last is flagged.
        start = 0
        with memoryview(buf) as view:
            while len(buf) - start > chunk_size:
                yield aead.encrypt(_nonce(prefix, counter), view[start:start + chunk_size],
                                   _aad(header_hash, counter, False))
                counter += 1
                start += chunk_size
        del buf[:start]
    yield aead.encrypt(_nonce(prefix, counter), bytes(buf), _aad(header_hash, counter, True))


def _read_exact(data: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; fewer only at the end of the file (pipes may return short reads)."""
    parts: list[bytes] = []
    left = size
    try:
        while left:
            part = data.read(left)
            if not part:
                break
            parts.append(part)
            left -= len(part)
    except OSError as exc:
        raise _error("io", detail=str(exc)) from exc
    return b"".join(parts)


def _parse_header(raw: bytes) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _error("header", detail="not JSON / 不是 JSON") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _error("header", detail="format")
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") not in ("scrypt", "key-file"):
        raise _error("header", detail="kdf")
    if kdf["name"] == "scrypt":
        n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
        if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
                and n > 1 and n & (n - 1) == 0 and 1 <= r <= 64 and 1 <= p <= 16
                and 128 * n * r <= MAX_SCRYPT_MEMORY):
            raise _error("header", detail="kdf")
    size = header.get("chunk_size")
    if not isinstance(size, int) or not MIN_CHUNK <= size <= MAX_CHUNK:
        raise _error("header", detail="chunk_size")
    meta = header.get("meta")
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise _error("header", detail="meta")
    return header


def open_sealed(data: BinaryIO, *, password: str | None = None, key: bytes | None = None
                ) -> tuple[dict[str, str], Iterator[bytes]]:
    """The file's meta and its plaintext chunks.

    The header, the password or key and the header tag are checked before returning; each
    chunk is checked as it is read, so a damaged chunk raises PrintFileError while iterating and
    nothing after it is returned. Only a file whose iterator ran to the end is intact.
    """
    if (password is None) == (key is None):
        raise _error("key_mode")
    if key is not None and len(key) != KEY_SIZE:
        raise _error("bad_key", size=KEY_SIZE)
    prelude = _read_exact(data, _PRELUDE.size)
    if len(prelude) < len(MAGIC) or prelude[:len(MAGIC)] != MAGIC:
        raise _error("not_printfile")
    if len(prelude) < _PRELUDE.size:
        raise _error("header", detail="too short / 文件过短")
    _, version, size = _PRELUDE.unpack(prelude)
    if version != VERSION:
        raise _error("version", version=version)
    if size > MAX_HEADER:
        raise _error("header", detail="length / 长度")
    raw = _read_exact(data, size)
    tag = _read_exact(data, 32)
    if len(raw) < size or len(tag) < 32:
        raise _error("header", detail="too short / 文件过短")
    header = _parse_header(raw)
    salt = _unb64(header.get("salt"), "salt", 16)
    prefix = _unb64(header.get("nonce_prefix"), "nonce_prefix", 8)
    check = _unb64(header.get("key_check"), "key_check", 16)
    if header["kdf"]["name"] == "scrypt" and password is None:
        raise _error("needs_password")
    if header["kdf"]["name"] == "key-file" and key is None:
        raise _error("needs_key")
    keys = _derive(_master(password, key, header["kdf"], salt), salt)
    if not hmac.compare_digest(keys.check, check):
        raise _error("wrong_key")
    head = prelude + raw
    if not hmac.compare_digest(hmac.digest(keys.mac, head, "sha256"), tag):
        raise _error("header_tampered")
    meta = {str(k): v for k, v in header["meta"].items()}
    return meta, _open_stream(data, AESGCM(keys.enc), hashlib.sha256(head).digest(), prefix,
                              header["chunk_size"])


def _open_stream(data: BinaryIO, aead: AESGCM, header_hash: bytes, prefix: bytes,
                 chunk_size: int) -> Iterator[bytes]:
    block = chunk_size + TAG_SIZE
    current = _read_exact(data, block)
    counter = 0
    while True:
        following = _read_exact(data, block) if len(current) == block else b""
        last = not following
        nonce = _nonce(prefix, counter)
        try:
            yield aead.decrypt(nonce, current, _aad(header_hash, counter, last))
        except InvalidTag:
            raise _diagnose(aead, nonce, current, header_hash, counter, last) from None
        if last:
            return
        current = following
        counter += 1


def _diagnose(aead: AESGCM, nonce: bytes, chunk: bytes, header_hash: bytes, counter: int,
              last: bool) -> PrintFileError:
    """Why chunk `counter` failed: the other final flag fits when chunks were cut or added."""
    if len(chunk) < TAG_SIZE:
        return _error("truncated", chunk=counter)
    try:
        aead.decrypt(nonce, chunk, _aad(header_hash, counter, not last))
    except InvalidTag:
        return _error("chunk_tampered", chunk=counter + 1)
    return _error("truncated", chunk=counter + 1) if last else _error("extended")


def generate_key_file(path: str | os.PathLike[str]) -> Path:
    """Write a new random 32-byte key file readable by its owner only (0600); never overwrite."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(KEY_SIZE))
    return target


def read_key_file(path: str | os.PathLike[str]) -> bytes:
    """The 32 bytes of a key file, or PrintFileError."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise _error("io", detail=str(exc)) from exc
    if len(raw) != KEY_SIZE:
        raise _error("bad_key", size=KEY_SIZE)
    return raw
