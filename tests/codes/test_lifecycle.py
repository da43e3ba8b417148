"""The life of codes through the RPCs: issue, allocate, activate, void, with a lookup after each
step; voided codes stay voided; operation ids make repeats harmless."""

from __future__ import annotations

import grpc

from shared.pb import common_pb2
from tests.catalog.helpers import new_lot, query, refused
from tests.codes.helpers import (
    C,
    activate,
    allocate,
    codes,
    get_batch,
    issue,
    lookup,
    op_id,
    product,
    select,
    settings,
    void,
)
from tests.support.tenants import TenantFixture


def test_lookup_after_each_step(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    settings(conn)
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1", "一厂")
    oil = product(conn, "P1", name="花生油 5L")
    lot = new_lot(conn, oil.id, "L20261122", org_id=factory)
    batch = issue(conn, 5000, labels_per_roll=500, note="首批")
    assert (batch.count, batch.roll_count, batch.labels_per_roll) == (5000, 10, 500)
    assert batch.batch_no.startswith("CB") and len(batch.sample_code) == 20
    code = batch.sample_code  # serial 1
    info = lookup(conn, code)
    assert (info.state, info.batch_id, info.serial, info.roll) == (
        C.CODE_STATE_ISSUED, batch.id, 1, 1)
    assert info.code == code and info.url == "https://m.fengyuan.example/c/" + code
    assert info.level == C.CODE_LEVEL_ITEM and info.format == C.CODE_FORMAT_DIGITS

    event = allocate(conn, batch.id, 1, 2, factory, note="一厂首批")
    assert (event.kind, event.first_serial, event.last_serial, event.code_count) == (
        "allocate", 1, 1000, 1000)
    assert (event.org_id, event.org_name, event.reason) == (factory, "一厂", "一厂首批")
    info = lookup(conn, f"https://m.fengyuan.example/c/{code}")
    assert (info.state, info.allocated_org_id, info.allocated_org_name) == (
        C.CODE_STATE_ALLOCATED, factory, "一厂")

    result = activate(conn, select(batch.id, rolls=(1, 1)), oil.id, lot.id)
    assert (result.affected, result.skipped) == (500, 0)
    assert (result.event.product_name, result.event.lot_no) == ("花生油 5L", "L20261122")
    info = lookup(conn, code)
    assert (info.state, info.product_id, info.product_name, info.lot_no) == (
        C.CODE_STATE_ACTIVATED, oil.id, "花生油 5L", "L20261122")
    assert info.activated_at.seconds > 0 and info.allocated_org_id == factory

    result = void(conn, select(code_list=[code]), reason="标签破损")
    assert (result.affected, result.skipped, result.event.kind) == (1, 0, "void")
    info = lookup(conn, code)
    assert (info.state, info.void_reason) == (C.CODE_STATE_VOIDED, "标签破损")
    assert info.voided_at.seconds > 0 and info.product_name == "花生油 5L"

    batch = get_batch(conn, batch.id)
    assert (batch.allocated, batch.activated, batch.voided) == (1000, 499, 1)


def test_voided_codes_cannot_be_activated(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    oil = product(conn)
    batch = issue(conn, 100, labels_per_roll=10, product_id=oil.id)
    code = batch.sample_code
    void(conn, select(batch.id, serials=(1, 5)))  # serials 1..5 by range
    err = refused(activate, conn, select(code_list=[code]))
    assert (err.reason, err.code) == ("CODE_VOIDED", grpc.StatusCode.FAILED_PRECONDITION)
    assert code in err.message_en and code in err.message_zh
    result = activate(conn, select(batch.id))  # the batch's product is the default
    assert (result.affected, result.skipped) == (95, 5)
    assert lookup(conn, code).state == C.CODE_STATE_VOIDED
    # Overlapping voids count each code once; activations skip every voided code.
    result = void(conn, select(batch.id, serials=(50, 60)), reason="错印")
    assert (result.affected, result.skipped) == (11, 0)
    again = void(conn, select(batch.id, serials=(55, 70)), reason="错印")
    assert (again.affected, again.skipped) == (10, 6)
    result = activate(conn, select(batch.id, rolls=(5, 7)))
    assert (result.affected, result.skipped) == (30 - 21, 21)
    assert get_batch(conn, batch.id).voided == 5 + 21


def test_list_changes_mix_with_ranges(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    oil = product(conn)
    other = product(conn, "P2")
    a = issue(conn, 50, product_id=oil.id)
    b = issue(conn, 50)
    codes_a = [lookup(conn, a.sample_code).code]
    # Activate a list spanning two batches (b names no product: the request's applies to b).
    err = refused(activate, conn, select(code_list=[a.sample_code, b.sample_code]), other.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "product_id")  # a is oil's
    err = refused(activate, conn, select(code_list=[a.sample_code, b.sample_code]))
    assert (err.reason, err.field) == ("REQUIRED", "product_id")  # b names none
    result = activate(conn, select(code_list=[a.sample_code, b.sample_code, b.sample_code]),
                      oil.id)
    assert (result.affected, result.skipped) == (2, 0)
    assert lookup(conn, b.sample_code).product_id == oil.id
    # A later range activation rebinds: the newer event wins.
    activate(conn, select(b.id), other.id)
    assert lookup(conn, b.sample_code).product_id == other.id
    assert get_batch(conn, b.id).activated == 50
    void(conn, select(code_list=codes_a))
    assert get_batch(conn, a.id).voided == 1 and get_batch(conn, a.id).activated == 0


def test_malformed_and_unknown_codes(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = issue(conn, 10, length=16)
    code = batch.sample_code
    assert len(code) == 16 and lookup(conn, code).serial == 1
    typos = [code[:-1] + str((int(code[-1]) + 1) % 10), code[:3] + code[4] + code[3] + code[5:],
             code + "1", code[:-1], "12345", "hello", "(01)123"]
    for bad in typos:
        if bad == code:  # a swap of two equal digits changes nothing
            continue
        err = refused(lookup, conn, bad)
        assert (err.reason, err.code) == ("CODE_MALFORMED", grpc.StatusCode.INVALID_ARGUMENT)
        assert bad[:10] in err.message_en
    # Well-formed (check digit right) but never issued: in the space used, and in one unused.
    for never in ("0000000000000000", "00000000000000000000"):
        err = refused(lookup, conn, never)
        assert (err.reason, err.code) == ("CODE_UNKNOWN", grpc.StatusCode.NOT_FOUND)
        assert never in err.message_en


def test_allocation_rules(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    hq = tenant.ids.hq_org_id
    lf1 = tenant.add_org(hq, "licensed_factory", "LF1", "临沂代工厂")
    lf2 = tenant.add_org(hq, "licensed_factory", "LF2")
    dealer = tenant.add_org(hq, "dealer", "D1")
    branch = tenant.add_org(hq, "branch", "B1")
    branch_factory = tenant.add_org(branch, "factory", "BF1")
    batch = issue(conn, 10_000)  # 10 rolls of 1000
    allocate(conn, batch.id, 1, 3, lf1)
    err = refused(allocate, conn, batch.id, 3, 4, lf2)
    assert (err.reason, err.params["first"], err.params["last"]) == (
        "CODES_ALREADY_ALLOCATED", "2001", "3000")
    assert "临沂代工厂" in err.message_zh
    assert refused(allocate, conn, batch.id, 4, 4, dealer).reason == "NOT_A_FACTORY"
    assert refused(allocate, conn, batch.id, 4, 11, lf2).reason == "INVALID_VALUE"
    assert refused(allocate, conn, batch.id, 0, 0, lf2).reason == "REQUIRED"
    # A branch may allocate its own batches to its factories only.
    branch_user = tenant.user_with("branch", ["code.issue", "code.allocate", "code.read"],
                                   branch)
    own = issue(branch_user, 100)
    allocate(branch_user, own.id, 1, 1, branch_factory)
    assert refused(allocate, branch_user, own.id, 1, 1, lf2).reason == "OUT_OF_SCOPE"
    err = refused(allocate, branch_user, batch.id, 5, 5, branch_factory)
    assert err.reason == "NOT_FOUND"  # headquarters' batch: not the branch's to see
    # Headquarters sees the branch's batch and allocation.
    assert get_batch(conn, own.id).allocated == 100


def test_operation_ids_make_repeats_harmless(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    oil = product(conn)
    op = op_id()
    first = issue(conn, 500, operation_id=op)
    again = issue(conn, 500, operation_id=op)
    assert again.id == first.id
    page = conn.call(codes(conn).ListBatches, query())
    assert page.page.total == 1
    act_op = op_id()
    one = activate(conn, select(first.id, serials=(1, 100)), oil.id, op=act_op)
    two = activate(conn, select(first.id, serials=(1, 100)), oil.id, op=act_op)
    assert (two.affected, two.event.id) == (one.affected, one.event.id)
    events = conn.call(codes(conn).ListCodeEvents, query(filters=[("kind", "EQ", "activate")]))
    assert events.page.total == 1
    void_op = op_id()
    v1 = void(conn, select(code_list=[first.sample_code]), op=void_op)
    v2 = void(conn, select(code_list=[first.sample_code]), op=void_op)
    assert (v1.affected, v2.affected, v2.event.id) == (1, 1, v1.event.id)
    err = refused(activate, conn, select(first.id), oil.id, op=void_op)
    assert (err.reason, err.field) == ("OPERATION_ID_REUSED", "operation_id")
    # The refused attempt changed nothing.
    assert get_batch(conn, first.id).activated == 99


def test_product_and_lot_rules(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    oil = product(conn, "P1")
    corn = product(conn, "P2")
    retired = product(conn, "P3")
    retired.active = False
    conn.call(conn.catalog.UpdateProduct, retired)
    corn_lot = new_lot(conn, corn.id, "C1", org_id=factory)
    batch = issue(conn, 100)
    assert refused(activate, conn, select(batch.id)).reason == "REQUIRED"
    err = refused(activate, conn, select(batch.id), retired.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "product_id")
    err = refused(activate, conn, select(batch.id), oil.id, corn_lot.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "lot_id")
    assert refused(activate, conn, select(batch.id), 999_999_999).reason == "NOT_FOUND"
    err = refused(issue, conn, 10, product_id=retired.id)
    assert (err.reason, err.field) == ("INVALID_VALUE", "product_id")
    assert refused(void, conn, select(batch.id), reason=" ").reason == "REQUIRED"
    err = refused(activate, conn, select(batch.id, rolls=(1, 1), serials=(1, 2)), oil.id)
    assert err.reason == "INVALID_VALUE"
    assert activate(conn, select(batch.id), corn.id, corn_lot.id).affected == 100


def test_issue_validation_and_get(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    for kw, field in (({"count": 0}, "count"), ({"count": 100_000_001}, "count"),
                      ({"length": 15}, "length"), ({"verification_digits": 3},
                                                   "verification_digits"),
                      ({"level": C.CODE_LEVEL_UNSPECIFIED}, "level")):
        args = {"count": 10, **kw}
        err = refused(issue, conn, **args)
        assert err.field == field, kw
    err = refused(issue, conn, 10, fmt=C.CODE_FORMAT_GS1)
    assert (err.reason, err.field) == ("REQUIRED", "product_id")
    err = refused(issue, conn, 10, fmt=C.CODE_FORMAT_GS1, level=C.CODE_LEVEL_PALLET)
    assert (err.reason, err.field) == ("CODE_SETTINGS_REQUIRED", "gs1_company_prefix")
    short = issue(conn, 10, fmt=C.CODE_FORMAT_SHORT, roll_unit=C.ROLL_UNIT_SHEET)
    assert (len(short.sample_code), short.length, short.roll_unit) == (13, 13, C.ROLL_UNIT_SHEET)
    assert lookup(conn, short.sample_code.lower()).batch_id == short.id
    assert refused(conn.call, codes(conn).GetBatch,
                   common_pb2.IdRequest(id=short.id + 10_000)).reason == "NOT_FOUND"
