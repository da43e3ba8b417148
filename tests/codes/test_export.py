"""The print-shop file through the real server: exactly the chosen columns and rows, opened
only with the right password or key file, progress reported, nothing secret in the audit log."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.codes.labels_data import label_data
from shared import printfile
from tests.catalog.helpers import query, refused
from tests.codes.helpers import BASE, C, export, issue, lookup, settings
from tests.codes.test_labels_data import context
from tests.support.tenants import TenantFixture

PASSWORD = "印刷厂 2026 secret"
ALL = [C.EXPORT_COLUMN_SERIAL, C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_URL,
       C.EXPORT_COLUMN_VERIFICATION_CODE, C.EXPORT_COLUMN_ROLL]


def opened(chunks: list[C.ExportChunk], **secret: object) -> tuple[dict[str, str], list[list[str]]]:
    meta, rows = printfile.open_sealed(io.BytesIO(b"".join(c.data for c in chunks)),
                                      **secret)  # type: ignore[arg-type]
    return meta, list(csv.reader(io.StringIO(b"".join(rows).decode("utf-8"))))


def test_export_holds_exactly_the_chosen_columns_and_rows(
        tenant: TenantFixture, sessions: sessionmaker[Session]) -> None:
    conn = tenant.connect()
    settings(conn)
    batch = issue(conn, 70_000, labels_per_roll=2000, verification_digits=6)
    chunks = export(conn, batch.id, ALL, password=PASSWORD)
    assert len(chunks) > 1 and all(len(c.data) <= (1 << 20) + 4096 for c in chunks)
    done = [c.codes_done for c in chunks]
    assert done == sorted(done) and done[-1] == 70_000
    assert {c.codes_total for c in chunks} == {70_000}
    meta, rows = opened(chunks, password=PASSWORD)
    assert meta["batch_no"] == batch.batch_no and meta["rows"] == "70000"
    assert rows[0] == ["serial", "code", "url", "verification_code", "roll"]
    body = rows[1:]
    assert [int(r[0]) for r in body] == list(range(1, 70_001))
    assert len({r[1] for r in body}) == 70_000
    assert all(r[2] == BASE + r[1] and len(r[3]) == 6 and r[3].isdigit() for r in body)
    assert [int(r[4]) for r in body[1999:2001]] == [1, 2] and body[-1][4] == "35"
    assert body[0][1] == batch.sample_code
    with context(sessions, conn) as ctx:  # the labels printed say the same
        _, labels = label_data(ctx, batch.id, 4001, 4100, verification=True)
    assert [[str(lab.serial), lab.code, lab.url, lab.verification_code, str(lab.roll)]
            for lab in labels] == body[4000:4100]
    for row in body[::7001]:
        info = lookup(conn, row[1])
        assert (info.batch_id, info.serial, info.roll) == (batch.id, int(row[0]), int(row[4]))


def test_columns_in_chosen_order_over_a_sub_range(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = issue(conn, 500)
    chunks = export(conn, batch.id, [C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_SERIAL],
                    key=bytes(range(32)), first=101, last=110)
    meta, rows = opened(chunks, key=bytes(range(32)))
    assert rows[0] == ["code", "serial"]
    assert [r[1] for r in rows[1:]] == [str(s) for s in range(101, 111)]
    assert meta["first_serial"] == "101" and meta["last_serial"] == "110"
    assert all(lookup(conn, code).serial == int(serial) for code, serial in rows[1:4])


def test_wrong_secrets_are_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = issue(conn, 50)
    chunks = export(conn, batch.id, [C.EXPORT_COLUMN_CODE], password=PASSWORD)
    with pytest.raises(printfile.PrintFileError) as err:
        opened(chunks, password=PASSWORD + "!")
    assert err.value.kind == "wrong_key"
    with pytest.raises(printfile.PrintFileError):
        opened(chunks, key=bytes(32))
    keyed = export(conn, batch.id, [C.EXPORT_COLUMN_CODE], key=bytes(range(32)))
    with pytest.raises(printfile.PrintFileError):
        opened(keyed, key=bytes(range(1, 33)))
    for kwargs, field in (({"password": "short"}, "password"), ({"key": b"x" * 31}, "key"),
                          ({}, "password"),
                          ({"password": PASSWORD, "key": bytes(32)}, "password")):
        err2 = refused(export, conn, batch.id, [C.EXPORT_COLUMN_CODE], **kwargs)
        assert (err2.reason, err2.field) == ("INVALID_VALUE", field), kwargs


def test_columns_must_make_sense_for_the_batch(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = issue(conn, 50)
    for columns, reason, field in (
            ([], "REQUIRED", "columns"),
            ([C.EXPORT_COLUMN_CODE, C.EXPORT_COLUMN_CODE], "INVALID_VALUE", "columns"),
            ([C.EXPORT_COLUMN_VERIFICATION_CODE], "INVALID_VALUE", "columns"),
            ([C.EXPORT_COLUMN_ELEMENT_STRING], "INVALID_VALUE", "columns"),
            ([C.EXPORT_COLUMN_UNSPECIFIED], "INVALID_VALUE", "columns"),
            ([C.EXPORT_COLUMN_URL], "CODE_SETTINGS_REQUIRED", "gateway_base_url")):
        err = refused(export, conn, batch.id, columns, password=PASSWORD)
        assert (err.reason, err.field) == (reason, field), columns
    err = refused(export, conn, batch.id, [C.EXPORT_COLUMN_CODE], password=PASSWORD, first=40,
                  last=51)
    assert (err.reason, err.field) == ("INVALID_VALUE", "last_serial")


def test_exports_are_audited_without_secrets(tenant: TenantFixture) -> None:
    conn: Connection = tenant.connect()
    batch = issue(conn, 20)
    export(conn, batch.id, [C.EXPORT_COLUMN_CODE], key=bytes(range(32)))
    refused(export, conn, batch.id, [C.EXPORT_COLUMN_CODE], password="too short")
    page = conn.call(conn.audit.SearchAudit, query(filters=[("action", "EQ", "export")]))
    assert sorted(e.outcome for e in page.items) == ["error", "ok"]
    ok = next(e for e in page.items if e.outcome == "ok")
    assert json.loads(ok.after_json)["sealed_with"] == "key file"
    for entry in page.items:
        text = entry.request_json + entry.after_json
        assert "too short" not in text and "AAECAwQ" not in text  # base64 of the key
