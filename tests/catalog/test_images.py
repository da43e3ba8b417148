"""Product images: PNG/JPEG by their magic bytes, at most 2 MiB, kept out of list queries."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from shared.pb import catalog_pb2, common_pb2
from tests.catalog.helpers import audit_rows, catalog, new_category, new_product, query, refused
from tests.support.tenants import TenantFixture

MAX = 2 * 1024 * 1024


def png(width: int = 1, height: int = 1, padding: int = 0) -> bytes:
    """A real PNG (grey pixels), optionally grown with an ancillary text chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    out = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)))
    if padding:
        out += chunk(b"tEXt", b"c\x00" + b"x" * padding)
    return out + chunk(b"IEND", b"")


JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + b"\x00" * 64 + b"\xff\xd9")


def _set(conn: Any, product_id: int, data: bytes, mime: str = "") -> catalog_pb2.Product:
    return conn.call(catalog(conn).SetProductImage, catalog_pb2.SetProductImageRequest(
        product_id=product_id, data=data, mime=mime))


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL the server runs meanwhile (the server shares this process and engine)."""
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def test_png_round_trip_and_removal(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id)
    image = png(4, 3)
    result = _set(conn, made.id, image, "image/png")
    assert result.has_image and result.image_mime == "image/png"
    assert result.image == b""  # the bytes just sent are not echoed back
    got = conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=made.id))
    assert (got.image, got.image_mime, got.has_image) == (image, "image/png", True)
    listed = conn.call(catalog(conn).ListProducts, query()).items[0]
    assert listed.has_image and listed.image_mime == "image/png" and listed.image == b""
    removed = _set(conn, made.id, b"")
    assert not removed.has_image
    got = conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=made.id))
    assert (got.image, got.has_image) == (b"", False)


def test_jpeg_is_recognised_without_a_declared_type(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id)
    assert _set(conn, made.id, JPEG).image_mime == "image/jpeg"
    assert _set(conn, made.id, JPEG, "image/jpg").image_mime == "image/jpeg"
    # Replacing keeps one image.
    assert _set(conn, made.id, png()).image_mime == "image/png"


def test_exactly_2_mib_is_accepted(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id)
    head = png()
    image = png(padding=MAX - len(head) - 12 - 2)
    assert len(image) == MAX
    assert _set(conn, made.id, image).has_image


@pytest.mark.parametrize(("data", "mime", "fld", "words"), [
    (b"GIF89a" + b"\x00" * 32, "", "image", "PNG"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", "image", "JPEG"),
    (b"\x89PNG", "", "image", "PNG"),  # truncated signature
    (png(padding=MAX), "image/png", "image", "2 MiB"),
    (png(), "image/jpeg", "mime", "image/png"),  # declared type contradicts the bytes
], ids=["gif", "svg", "truncated-signature", "over-2-MiB", "wrong-declared-type"])
def test_bad_images_are_refused(tenant: TenantFixture, data: bytes, mime: str, fld: str,
                                words: str) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id)
    err = refused(_set, conn, made.id, data, mime)
    assert (err.reason, err.field) == ("IMAGE_INVALID", fld)
    assert words in err.message_en
    assert not conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=made.id)).has_image


def test_listing_never_reads_image_bytes(tenant: TenantFixture, engine: Engine) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    for i in range(3):
        _set(conn, new_product(conn, cat.id, f"P{i}").id, png(padding=100_000))
    with statements(engine) as listing:
        page = conn.call(catalog(conn).ListProducts, query())
    assert page.page.total == 3 and all(p.has_image for p in page.items)
    sql = " ".join(listing).lower()
    assert "product_image" in sql  # the listing did look at the images' table...
    assert "product_image.data" not in sql  # ...but never at their bytes
    with statements(engine) as getting:
        conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=page.items[0].id))
    assert "product_image.data" in " ".join(getting).lower()  # the probe sees bytes when read


def test_image_change_is_audited_without_the_bytes(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id)
    _set(conn, made.id, png())
    _set(conn, made.id, b"")
    rows = audit_rows(conn, "product", made.id, "set_image")
    assert len(rows) == 2
    removal, setting = rows
    assert setting["before"] == {"image": None}
    after = setting["after"]["image"]
    assert after["mime"] == "image/png" and after["size"] == len(png())
    assert len(after["sha256"]) == 64
    assert removal["before"]["image"] == after and removal["after"] == {"image": None}


def test_image_needs_product_write_and_owner_scope(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    made = new_product(admin, new_category(admin).id)
    dealer = tenant.add_org(tenant.ids.hq_org_id, "dealer", "D1")
    outsider = tenant.user_with("img_dealer", ["product.read", "product.write"], dealer)
    err = refused(_set, outsider, made.id, png())
    assert err.reason == "OUT_OF_SCOPE"
    reader = tenant.user_with("img_reader", ["product.read"])
    err = refused(_set, reader, made.id, png())
    assert err.reason == "PERMISSION_DENIED"
