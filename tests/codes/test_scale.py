"""Batches at scale through the server: 100,000 codes distinct and decoding back, a billion
codes issued as ten rows, capacity refusals, and GS1 items and pallets end to end."""

from __future__ import annotations

import csv
import io
import itertools

import numpy as np

from server import gs1
from server.codes import vault
from server.codes.formats import Codec, Space
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared import printfile
from tests.catalog.helpers import GTIN_A14, refused
from tests.codes.helpers import (
    C,
    activate,
    export,
    get_batch,
    gs1_product,
    issue,
    lookup,
    product,
    select,
    settings,
)
from tests.support.tenants import TenantFixture

KEY = bytes(range(32))


def rows_of(chunks: list[C.ExportChunk]) -> list[list[str]]:
    _, rows = printfile.open_sealed(io.BytesIO(b"".join(c.data for c in chunks)), key=KEY)
    return list(csv.reader(io.StringIO(b"".join(rows).decode())))[1:]


def test_a_100k_batch_decodes_back_to_its_own_batch_and_sequence(
        tenant: TenantFixture, server_config: ServerConfig) -> None:
    conn = tenant.connect()
    issue(conn, 12_345)  # an earlier batch: this one starts further on in the space
    batch = issue(conn, 100_000)
    rows = rows_of(export(conn, batch.id, [C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_SERIAL],
                          key=KEY))
    assert len(rows) == 100_000 and len({code for code, _ in rows}) == 100_000
    # Through the library, with the tenant's own key as the server holds it.
    store = KeyStore(server_config.data_dir)
    with tenant.sessions() as session:
        tenant_key = store.tenant(session, tenant.ids.tenant_id).code
    codec = Codec(Space.digits(20), vault.space_key(tenant_key, "digits/20"))
    block = np.frombuffer("".join(code for code, _ in rows).encode(), dtype=np.uint8)
    seqs, ok = codec.decode_array(block.reshape(100_000, 20))
    assert ok.all()
    assert np.array_equal(seqs, np.arange(12_345, 112_345, dtype=np.uint64))
    # And through the server.
    for code, serial in rows[::997]:
        info = lookup(conn, code)
        assert (info.batch_id, info.serial, info.code) == (batch.id, int(serial), code)


def test_a_billion_codes_are_ten_rows_and_lookups_still_work(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    first = issue(conn, 1000)
    big = [issue(conn, 100_000_000) for _ in range(10)]
    last = issue(conn, 1000)
    assert sum(b.count for b in big) == 10**9
    for batch in (first, big[0], big[-1], last):
        assert lookup(conn, batch.sample_code).batch_id == batch.id
    result = activate(conn, select(big[3].id, serials=(50_000_001, 50_000_010)),
                      product(conn).id)
    assert result.affected == 10
    assert get_batch(conn, big[3].id).activated == 10


def test_issuing_beyond_a_spaces_capacity_is_refused(tenant: TenantFixture,
                                                     other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    issue(conn, 999_000, length=16)
    issue(conn, 1000, length=16)  # exactly 10^6: the whole capacity of 16-digit codes
    err = refused(issue, conn, 1, length=16)
    assert (err.reason, err.field) == ("CODE_SPACE_FULL", "count")
    assert "1,000,000" in err.message_en and "digits/16" in err.message_en
    assert "1,000,000" in err.message_zh and "十亿分之一" in err.message_zh
    assert issue(conn, 1, length=17).count == 1  # other spaces are not affected
    assert issue(other_tenant.connect(), 1, length=16).count == 1  # nor other tenants


def test_gs1_items_with_digital_links(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    settings(conn, "https://id.fengyuan.example", digital_link=True)
    oil = gs1_product(conn)
    batch = issue(conn, 1000, fmt=C.CODE_FORMAT_GS1, product_id=oil.id,
                  level=C.CODE_LEVEL_CASE)
    rows = rows_of(export(conn, batch.id, [C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_URL,
                                           C.EXPORT_COLUMN_ELEMENT_STRING], key=KEY))
    serial, url, element = rows[41]
    assert url == f"https://id.fengyuan.example/01/{GTIN_A14}/21/{serial}"
    assert element == f"(01){GTIN_A14}(21){serial}"
    for printed in (serial, url, element, f"]d201{GTIN_A14}21{serial}",
                    f"https://id.fengyuan.example/01/{GTIN_A14[1:]}/21/{serial}"):
        info = lookup(conn, printed)
        assert (info.batch_id, info.serial, info.level) == (batch.id, 42, C.CODE_LEVEL_CASE)
        assert info.url == url and info.product_id == oil.id
    # The right serial next to another GTIN is no code of ours.
    other_gtin = "06901234567908"
    assert refused(lookup, conn, f"(01){other_gtin}(21){serial}").reason == "CODE_UNKNOWN"


def test_gs1_pallets_get_valid_ssccs(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    settings(conn, "https://id.fengyuan.example/", digital_link=True,
             gs1_company_prefix="6901234", sscc_extension_digit=3)
    batch = issue(conn, 5000, fmt=C.CODE_FORMAT_GS1, level=C.CODE_LEVEL_PALLET)
    rows = rows_of(export(conn, batch.id, [C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_URL,
                                           C.EXPORT_COLUMN_ELEMENT_STRING], key=KEY))
    ssccs = [r[0] for r in rows]
    assert len(set(ssccs)) == 5000
    assert all(gs1.validate_sscc(s) == s and s.startswith("36901234") for s in ssccs)
    # Permuted: consecutive pallets do not get consecutive serial references.
    assert sum(int(b) == int(a) + 10 for a, b in itertools.pairwise(ssccs)) < 5
    sscc, url, element = rows[9]
    assert url == f"https://id.fengyuan.example/00/{sscc}" and element == f"(00){sscc}"
    for printed in (sscc, url, element):
        assert lookup(conn, printed).serial == 10
    # A new company prefix opens another SSCC space; old labels still resolve.
    settings(conn, "https://id.fengyuan.example/", gs1_company_prefix="69012345")
    again = issue(conn, 10, fmt=C.CODE_FORMAT_GS1, level=C.CODE_LEVEL_PALLET)
    assert again.sample_code.startswith("069012345")
    assert lookup(conn, sscc).batch_id == batch.id
    typo = sscc[:-1] + str((int(sscc[-1]) + 1) % 10)
    assert refused(lookup, conn, f"(00){typo}").reason == "CODE_MALFORMED"
