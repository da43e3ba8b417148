"""The sealed print file: round trips, refusals, and every kind of tampering detected."""

from __future__ import annotations

import io
import json
import os
import stat
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared import printfile
from shared.printfile import PrintFileError, open_sealed, seal

PASSWORD = "正确的马电池 staple 42"
KEY = bytes(range(32))
CS = 64  # a small chunk size so files of a few hundred bytes span many chunks
HEAD = 14  # magic, version, header length


def sealed(data: bytes, *, password: str | None = None, key: bytes | None = None,
           chunk_size: int = CS, pieces: int = 7) -> bytes:
    """`data` sealed (under KEY unless a password or key is given), fed in small pieces."""
    split = [data[i:i + pieces] for i in range(0, len(data), pieces)]
    return b"".join(seal(iter(split), password=password,
                         key=key if key or password else KEY,
                         meta={"batch_no": "B001", "品名": "花生油"}, chunk_size=chunk_size))


def opened(blob: bytes, *, password: str | None = None,
           key: bytes | None = None) -> tuple[dict[str, str], bytes]:
    meta, chunks = open_sealed(io.BytesIO(blob), password=password,
                               key=key if key or password else KEY)
    return meta, b"".join(chunks)


def refusal(blob: bytes, *, password: str | None = None,
            key: bytes | None = None) -> PrintFileError:
    with pytest.raises(PrintFileError) as err:
        opened(blob, password=password, key=key)
    return err.value


def body_start(blob: bytes | bytearray) -> int:
    """Where the first chunk starts: after the prelude, the header and its 32-byte tag."""
    (size,) = struct.unpack(">I", blob[10:14])
    return HEAD + size + 32


def chunks_of(blob: bytes, chunk_size: int = CS) -> tuple[bytes, list[bytes]]:
    start, block = body_start(blob), chunk_size + 16
    body = blob[start:]
    return blob[:start], [body[i:i + block] for i in range(0, len(body), block)]


@pytest.mark.parametrize("size", [0, 1, 15, 63, 64, 65, 127, 128, 129, 1000])
def test_round_trip_across_chunk_boundaries(size: int) -> None:
    data = os.urandom(size)
    blob = sealed(data)
    meta, out = opened(blob)
    assert out == data
    assert meta["batch_no"] == "B001" and meta["品名"] == "花生油" and meta["created_at"]
    _, parts = chunks_of(blob)
    # Full chunks, then a final one holding the rest (an empty file still has one chunk).
    count = max(1, -(-size // CS))
    assert len(parts) == count
    assert all(len(p) == CS + 16 for p in parts[:-1])
    assert len(parts[-1]) == size - (count - 1) * CS + 16


def test_round_trip_default_chunk_size_several_mebibytes() -> None:
    data = os.urandom(2 * printfile.CHUNK_SIZE + 12345)
    split = (data[i:i + 100_000] for i in range(0, len(data), 100_000))
    blob = b"".join(seal(split, key=KEY, meta={}))
    _, out = opened(blob)
    assert out == data
    assert len(chunks_of(blob, printfile.CHUNK_SIZE)[1]) == 3


def test_password_round_trip_and_meta_kept() -> None:
    data = b"serial,code\n1,100165247012980283\n"
    blob = sealed(data, password=PASSWORD)
    meta, out = opened(blob, password=PASSWORD)
    assert out == data and meta["batch_no"] == "B001"
    header = json.loads(blob[HEAD:body_start(blob) - 32])
    assert header["kdf"] == {"name": "scrypt", "n": printfile.SCRYPT_N,
                             "r": printfile.SCRYPT_R, "p": printfile.SCRYPT_P}
    assert data not in blob and b"100165247012980283" not in blob


def test_password_is_unicode_normalised() -> None:
    composed, decomposed = "caf\u00e9-password-12", "cafe\u0301-password-12"
    blob = sealed(b"x", password=composed)
    assert opened(blob, password=decomposed)[1] == b"x"


def test_seal_is_streaming() -> None:
    """The header goes out before any plaintext is read; each later piece is one chunk."""
    consumed: list[int] = []

    def source() -> Iterator[bytes]:
        for i in range(10):
            consumed.append(i)
            yield bytes(CS)

    out = seal(source(), key=KEY, meta={}, chunk_size=CS)
    first = next(out)
    assert first.startswith(printfile.MAGIC) and consumed == []
    rest = list(out)
    assert len(rest) == 10 and all(len(p) == CS + 16 for p in rest)


def test_wrong_password_and_wrong_key_refused() -> None:
    blob = sealed(b"secret rows", password=PASSWORD)
    assert refusal(blob, password=PASSWORD + "x").kind == "wrong_key"
    assert refusal(blob, key=KEY).kind == "needs_password"
    keyed = sealed(b"secret rows")
    assert refusal(keyed, key=bytes(32)).kind == "wrong_key"
    assert refusal(keyed, password=PASSWORD).kind == "needs_key"
    err = refusal(keyed, key=bytes(32))
    assert "密码或密钥文件不正确" in err.zh and "Wrong password or key file" in err.en


def test_weak_password_and_bad_key_refused_at_the_call() -> None:
    with pytest.raises(PrintFileError) as err:
        seal([b"x"], password="short-11chr", meta={})  # no iteration needed
    assert err.value.kind == "weak_password" and "12" in err.value.zh
    with pytest.raises(PrintFileError) as err:
        seal([b"x"], key=b"\x00" * 31, meta={})
    assert err.value.kind == "bad_key"
    with pytest.raises(PrintFileError) as err:
        seal([b"x"], key=KEY, password=PASSWORD, meta={})
    assert err.value.kind == "key_mode"
    with pytest.raises(PrintFileError):
        seal([b"x"], meta={})


def test_every_bit_flip_in_the_header_is_detected() -> None:
    blob = bytearray(sealed(b"a,b\n1,2\n" * 20))
    for pos in range(body_start(blob)):
        for bit in (0, 7):
            bad = bytearray(blob)
            bad[pos] ^= 1 << bit
            with pytest.raises(PrintFileError):
                opened(bytes(bad))


def test_header_change_with_key_intact_is_reported_as_altered() -> None:
    blob = sealed(b"rows")
    pos = blob.index(b"B001")
    bad = blob[:pos] + b"B002" + blob[pos + 4:]
    assert refusal(bad).kind == "header_tampered"


def test_bit_flip_in_each_chunk_is_detected() -> None:
    data = os.urandom(5 * CS + 10)
    blob = sealed(data)
    head, parts = chunks_of(blob)
    for index, part in enumerate(parts):
        for pos in (0, len(part) // 2, len(part) - 1):  # data and tag
            bad = bytearray(part)
            bad[pos] ^= 0x04
            tampered = head + b"".join(parts[:index]) + bytes(bad) + b"".join(parts[index + 1:])
            err = refusal(tampered)
            assert err.kind == "chunk_tampered" and str(index + 1) in err.en


def test_truncation_at_every_chunk_boundary_is_detected() -> None:
    data = os.urandom(4 * CS + 5)
    blob = sealed(data)
    head, parts = chunks_of(blob)
    for keep in range(len(parts)):
        err = refusal(head + b"".join(parts[:keep]))
        assert err.kind == "truncated"
        assert "cut off" in err.en and "截断" in err.zh


def test_truncation_inside_a_chunk_and_in_the_header_is_detected() -> None:
    blob = sealed(os.urandom(3 * CS))
    for cut in (5, HEAD + 3, body_start(blob) - 1, body_start(blob) + 20, len(blob) - 1):
        with pytest.raises(PrintFileError):
            opened(blob[:cut])


def test_reordered_or_dropped_chunks_are_detected() -> None:
    blob = sealed(os.urandom(4 * CS + 9))
    head, parts = chunks_of(blob)
    swapped = [parts[1], parts[0], *parts[2:]]
    assert refusal(head + b"".join(swapped)).kind == "chunk_tampered"
    dropped = [parts[0], *parts[2:]]
    assert refusal(head + b"".join(dropped)).kind == "chunk_tampered"
    # A chunk of another file sealed with the same key does not fit either.
    _, others = chunks_of(sealed(os.urandom(4 * CS + 9)))
    assert refusal(head + others[0] + b"".join(parts[1:])).kind == "chunk_tampered"


def test_appended_data_is_detected() -> None:
    exact = sealed(os.urandom(3 * CS))  # the final chunk is a full one
    _, parts = chunks_of(exact)
    assert refusal(exact + parts[0]).kind == "extended"
    for extra in (b"\x00", os.urandom(CS + 16), os.urandom(3 * CS)):
        with pytest.raises(PrintFileError):
            opened(exact + extra)
        with pytest.raises(PrintFileError):
            opened(sealed(b"short tail") + extra)


def test_nothing_after_a_damaged_chunk_is_returned() -> None:
    blob = bytearray(sealed(bytes(3 * CS)))
    blob[body_start(blob) + CS + 16 + 3] ^= 1  # second chunk
    _, chunks = open_sealed(io.BytesIO(bytes(blob)), key=KEY)
    assert next(chunks) == bytes(CS)
    with pytest.raises(PrintFileError):
        next(chunks)


def test_not_a_print_file_or_other_version() -> None:
    assert refusal(b"serial,code\n1,2\n").kind == "not_printfile"
    assert refusal(b"").kind == "not_printfile"
    blob = bytearray(sealed(b"x"))
    blob[9] = 2
    assert refusal(bytes(blob)).kind == "version"


def test_a_crafted_header_cannot_demand_huge_scrypt_memory() -> None:
    blob = sealed(b"x", password=PASSWORD)
    start = body_start(blob)
    header = json.loads(blob[HEAD:start - 32])
    header["kdf"]["n"] = 1 << 30
    raw = json.dumps(header).encode()
    crafted = blob[:10] + struct.pack(">I", len(raw)) + raw + blob[start - 32:]
    err = refusal(crafted, password=PASSWORD)
    assert err.kind == "header" and "kdf" in err.en


def test_key_file(tmp_path: Path) -> None:
    path = printfile.generate_key_file(tmp_path / "shop.key")
    key = printfile.read_key_file(path)
    assert len(key) == 32 and path.read_bytes() == key
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert printfile.read_key_file(printfile.generate_key_file(tmp_path / "b.key")) != key
    with pytest.raises(FileExistsError):
        printfile.generate_key_file(path)
    blob = sealed(b"rows", key=key)
    assert opened(blob, key=key)[1] == b"rows"
    (tmp_path / "short.key").write_bytes(key[:31])
    with pytest.raises(PrintFileError) as err:
        printfile.read_key_file(tmp_path / "short.key")
    assert err.value.kind == "bad_key"
