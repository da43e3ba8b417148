"""Who sees and touches which codes: licensed factories work only inside their allocations,
headquarters sees every factory's records, tenants never see each other's codes, and every RPC
needs its permission."""

from __future__ import annotations

import io

import grpc
import pytest

from client.connection import Connection
from shared import printfile
from shared.pb import common_pb2
from tests.catalog.helpers import new_lot, query, refused
from tests.codes.helpers import (
    C,
    activate,
    allocate,
    codes,
    export,
    get_batch,
    issue,
    lookup,
    product,
    select,
    settings,
    void,
)
from tests.support.tenants import TenantFixture

FACTORY_PERMS = ["code.read", "code.activate", "code.void", "code.export", "lot.read",
                 "lot.write", "product.read"]


def _events(conn: Connection, **kw: object) -> list[C.CodeRangeEvent]:
    return list(conn.call(codes(conn).ListCodeEvents, query(page_size=500, **kw)).items)


def test_licensed_factories_work_only_inside_their_allocations(tenant: TenantFixture) -> None:
    hq = tenant.connect()
    settings(hq)
    lf1 = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF1", "一号代工厂")
    lf2 = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF2", "二号代工厂")
    oil = product(hq)
    batch = issue(hq, 4000, product_id=oil.id)  # rolls of 1000
    hidden = issue(hq, 100)  # never allocated
    allocate(hq, batch.id, 1, 2, lf1)
    allocate(hq, batch.id, 3, 3, lf2)
    one = tenant.user_with("lf1", FACTORY_PERMS, lf1)
    two = tenant.user_with("lf2", FACTORY_PERMS, lf2)
    lot = new_lot(one, oil.id, "LF1-001")

    # A factory sees the batches it holds rolls of, counted over its own rolls only.
    page = one.call(codes(one).ListBatches, query())
    assert [b.id for b in page.items] == [batch.id]
    assert page.items[0].allocated == 2000
    assert refused(get_batch, one, hidden.id).reason == "NOT_FOUND"

    assert activate(one, select(batch.id, rolls=(1, 2)), lot_id=lot.id).affected == 2000
    assert activate(two, select(batch.id, rolls=(3, 3))).affected == 1000
    # Another factory's rolls, unallocated rolls, a straddling range: refused whole.
    for sel in (select(batch.id, rolls=(3, 3)), select(batch.id, rolls=(4, 4)),
                select(batch.id, serials=(1990, 2010)), select(batch.id)):
        err = refused(activate, one, sel)
        assert (err.reason, err.code) == ("OUT_OF_SCOPE", grpc.StatusCode.PERMISSION_DENIED)
        assert refused(void, one, sel).reason == "OUT_OF_SCOPE"
    assert refused(activate, one, select(hidden.id)).reason == "NOT_FOUND"

    # Codes by list: the other factory's code is refused; a hidden batch's is unknown.
    two_code = lookup(two, _code_at(hq, batch.id, 2500)).code
    err = refused(void, one, select(code_list=[two_code]))
    assert err.reason == "OUT_OF_SCOPE"
    err = refused(void, one, select(code_list=[hidden.sample_code]))
    assert err.reason == "CODE_UNKNOWN"
    # Lookups outside the factory's rolls look like codes never issued.
    assert refused(lookup, one, two_code).reason == "CODE_UNKNOWN"
    assert refused(lookup, one, hidden.sample_code).reason == "CODE_UNKNOWN"
    assert lookup(one, batch.sample_code).lot_no == "LF1-001"
    # Export: the factory's own rolls only.
    assert export(one, batch.id, [C.EXPORT_COLUMN_CODE], password="p" * 12, first=1,
                  last=2000)
    err = refused(export, one, batch.id, [C.EXPORT_COLUMN_CODE], password="p" * 12)
    assert err.reason == "OUT_OF_SCOPE"

    # Records: each factory sees its own; headquarters sees all of them.
    mine = _events(one)
    assert {(e.kind, e.org_id) for e in mine} == {("allocate", lf1), ("activate", lf1)}
    assert {e.kind for e in _events(two)} == {"allocate", "activate"}
    assert all(e.org_id == lf2 for e in _events(two))
    everything = _events(hq, filters=[("batch_id", "EQ", str(batch.id))])
    assert sorted((e.kind, e.org_id) for e in everything) == sorted([
        ("allocate", lf1), ("allocate", lf2), ("activate", lf1), ("activate", lf2)])
    assert get_batch(hq, batch.id).activated == 3000


def _code_at(conn: Connection, batch_id: int, serial: int) -> str:
    """The code printed at a serial, read from a one-row export."""
    chunks = export(conn, batch_id, [C.EXPORT_COLUMN_CODE], key=bytes(32), first=serial,
                    last=serial)
    _, rows = printfile.open_sealed(io.BytesIO(b"".join(c.data for c in chunks)),
                                    key=bytes(32))
    return b"".join(rows).decode().splitlines()[1]


def test_tenants_never_see_each_others_codes(tenant: TenantFixture,
                                            other_tenant: TenantFixture) -> None:
    a, b = tenant.connect(), other_tenant.connect()
    for fmt, length in ((C.CODE_FORMAT_DIGITS, 20), (C.CODE_FORMAT_DIGITS, 16),
                        (C.CODE_FORMAT_SHORT, 0)):
        mine = issue(a, 1000, fmt=fmt, length=length)
        theirs = issue(b, 1000, fmt=fmt, length=length)
        assert mine.sample_code != theirs.sample_code
        for code in (mine.sample_code, _code_at(a, mine.id, 777)):
            err = refused(lookup, b, code)
            assert err.reason in ("CODE_UNKNOWN", "CODE_MALFORMED")
            assert set(err.params) <= {"code", "field"}  # nothing of tenant A's batch
            assert mine.batch_no not in err.message_en
            assert refused(void, b, select(code_list=[code])).reason == "CODE_UNKNOWN"
        assert refused(get_batch, b, mine.id).reason == "NOT_FOUND"
        assert refused(activate, b, select(mine.id)).reason == "NOT_FOUND"


PERMISSIONS = {
    "GetCodeSettings": "code.read", "UpdateCodeSettings": "code.settings",
    "IssueBatch": "code.issue", "ListBatches": "code.read", "GetBatch": "code.read",
    "AllocateRolls": "code.allocate", "Activate": "code.activate", "Void": "code.void",
    "ListCodeEvents": "code.read", "LookupCode": "code.read", "ExportBatch": "code.export",
}


@pytest.mark.parametrize("method", sorted(PERMISSIONS))
def test_each_rpc_needs_its_permission(tenant: TenantFixture, method: str) -> None:
    others = sorted(set(PERMISSIONS.values()) - {PERMISSIONS[method]})
    conn = tenant.user_with(f"u{method.lower()}", others)
    stub = codes(conn)
    request = {"GetCodeSettings": common_pb2.Empty(), "UpdateCodeSettings": C.CodeSettings(),
               "IssueBatch": C.IssueBatchRequest(), "ListBatches": common_pb2.ListQuery(),
               "GetBatch": common_pb2.IdRequest(id=1),
               "AllocateRolls": C.AllocateRollsRequest(), "Activate": C.ActivateRequest(),
               "Void": C.VoidRequest(), "ListCodeEvents": common_pb2.ListQuery(),
               "LookupCode": C.LookupCodeRequest(code="1"),
               "ExportBatch": C.ExportBatchRequest()}[method]
    call = getattr(stub, method)
    with pytest.raises(grpc.RpcError) as raw:
        result = call(request, timeout=10)
        if method == "ExportBatch":
            list(result)
    assert raw.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert PERMISSIONS[method] in (raw.value.details() or "")


def test_lookups_and_refused_guesses_are_audited(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = issue(conn, 10)
    lookup(conn, batch.sample_code)
    refused(lookup, conn, "0000000000000000")
    page = conn.call(conn.audit.SearchAudit, query(filters=[("action", "EQ", "lookup")]))
    outcomes = sorted((e.outcome, e.reason_code) for e in page.items)
    assert outcomes == [("error", "CODE_UNKNOWN"), ("ok", "")]
