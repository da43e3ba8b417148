"""Print jobs over the real gRPC channel: the data handed out, reprints, the PDF rule for
verification codes, job limits, finishing, scope and permissions."""

from __future__ import annotations

import threading
from typing import Any

import grpc

from client.connection import Connection, ServerError
from shared.pb import codes_pb2, common_pb2
from tests.catalog.helpers import audit_rows, new_lot, query, refused
from tests.labels.helpers import (
    L,
    codes,
    finish,
    label_text,
    labels,
    new_batch,
    new_template,
    oil_product,
    qr,
    set_gateway,
    start,
)
from tests.support.tenants import TenantFixture

PRINTER = ["print.run", "label.read"]


def test_start_returns_everything_to_print(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    set_gateway(conn)
    product = oil_product(conn)
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    lot = new_lot(conn, product.id, "20261122A", org_id=factory)
    batch = new_batch(conn, 50, product_id=product.id, labels_per_roll=20)
    template = new_template(conn, elements=[qr("{url}"), label_text("{product_name} {lot_no}"),
                                            label_text("{production_date}", y=10)])
    data = start(conn, batch.id, template.id, 15, 24, lot_id=lot.id)
    job = data.job
    assert job.id > 0 and job.status == L.PRINT_STATUS_STARTED and not job.reprint
    assert (job.batch_id, job.batch_no, job.first_serial, job.last_serial) == (
        batch.id, batch.batch_no, 15, 24)
    assert (job.template_id, job.template_name) == (template.id, template.name)
    assert job.target == L.PRINT_TARGET_PRINTER and job.printer == "Zebra ZT410"
    assert job.username == "admin" and job.created_at.seconds > 0
    assert data.template == template
    assert [x.serial for x in data.labels] == list(range(15, 25))
    assert len({x.code for x in data.labels}) == 10 and all(x.code for x in data.labels)
    assert all(x.url == f"https://m.fengyuan.example/c/{x.code}" for x in data.labels)
    assert [x.roll for x in data.labels] == [1] * 6 + [2] * 4
    assert all(x.verification_code == "" for x in data.labels)
    assert (data.product_name, data.product_code, data.spec) == ("压榨一级花生油", "P1", "5L")
    assert (data.lot_no, data.production_date, data.batch_no) == (
        "20261122A", "2026-10-13", batch.batch_no)
    # The codes are the batch's own: each one looks up to its serial.
    info = conn.call(codes(conn).LookupCode, codes_pb2.LookupCodeRequest(
        code=data.labels[0].code))
    assert (info.batch_id, info.serial) == (batch.id, 15)
    listed = conn.call(labels(conn).ListPrintJobs, query()).items
    assert [j.id for j in listed] == [job.id] and listed[0] == job


def test_reprint_needs_a_reason_and_is_audited(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 100)
    template = new_template(conn, elements=[qr("{code}")])
    first = start(conn, batch.id, template.id, 1, 10).job
    second = start(conn, batch.id, template.id, 11, 20).job  # adjacent: no overlap
    finish(conn, first.id)

    err = refused(start, conn, batch.id, template.id, 8, 12)
    assert (err.reason, err.field) == ("REPRINT_REASON_REQUIRED", "reprint_reason")
    assert err.code == grpc.StatusCode.FAILED_PRECONDITION
    assert (err.params["first"], err.params["last"]) == ("8", "12")
    assert f"#{first.id}" in err.params["jobs"] and f"#{second.id}" in err.params["jobs"]
    assert "8–12" in err.message_zh and "reason" in err.message_en
    err = refused(start, conn, batch.id, template.id, 8, 12, reprint=True, reprint_reason="  ")
    assert err.reason == "REPRINT_REASON_REQUIRED"
    err = refused(start, conn, batch.id, template.id, 5, 5, reprint_reason="卡纸")
    assert err.reason == "REPRINT_REASON_REQUIRED"  # a reason without the reprint mark
    # Refusals are audited too.
    refusals = conn.call(conn.audit.SearchAudit, query(filters=[
        ("entity", "EQ", "print_job"), ("reason_code", "EQ", "REPRINT_REASON_REQUIRED")]))
    assert refusals.page.total == 3
    assert {e.outcome for e in refusals.items} == {"error"}

    again = start(conn, batch.id, template.id, 8, 12, reprint=True,
                  reprint_reason="标签卡纸损坏 / jammed").job
    assert again.reprint and again.reprint_reason == "标签卡纸损坏 / jammed"
    row = audit_rows(conn, "print_job", again.id)[0]
    assert row["action"] == "reprint" and row["outcome"] == "ok"
    assert row["after"]["reprint_reason"] == "标签卡纸损坏 / jammed"
    assert row["after"]["overlapping_jobs"] == [first.id, second.id]
    assert audit_rows(conn, "print_job", first.id)[-1]["action"] == "start"
    # Now three jobs cover serial 10; the next reprint names all of them.
    err = refused(start, conn, batch.id, template.id, 10, 10)
    assert all(f"#{j}" in err.params["jobs"] for j in (first.id, again.id))


def test_failed_and_cancelled_jobs_count_only_what_they_printed(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 100)
    template = new_template(conn, elements=[qr("{code}")])
    cancelled = start(conn, batch.id, template.id, 1, 10).job
    finish(conn, cancelled.id, L.PRINT_STATUS_CANCELLED)
    failed = start(conn, batch.id, template.id, 1, 10).job  # nothing of 1..10 was printed
    done = finish(conn, failed.id, L.PRINT_STATUS_FAILED, printed_count=4, error="缺纸")
    assert (done.status, done.printed_count, done.error) == (L.PRINT_STATUS_FAILED, 4, "缺纸")
    assert done.finished_at.seconds > 0
    assert start(conn, batch.id, template.id, 5, 10).job.id > 0  # 5..10 never came out
    err = refused(start, conn, batch.id, template.id, 4, 4)
    assert err.reason == "REPRINT_REASON_REQUIRED" and f"#{failed.id}" in err.params["jobs"]


def test_verification_codes_never_go_to_pdf(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 20, verification_digits=6)
    secret = new_template(conn, "T-VC", elements=[qr("{url}"),
                                                  label_text("验证码 {verification_code}")])
    plain = new_template(conn, "T-PLAIN", elements=[qr("{url}")])
    err = refused(start, conn, batch.id, secret.id, target=L.PRINT_TARGET_PDF)
    assert (err.reason, err.field) == ("VERIFICATION_CODE_TO_FILE", "target")
    assert "PDF" in err.message_zh and "T-VC" in err.message_en
    assert conn.call(labels(conn).ListPrintJobs, query()).page.total == 0

    printed = start(conn, batch.id, secret.id, 1, 5)
    assert all(len(x.verification_code) == 6 and x.verification_code.isdigit()
               for x in printed.labels)
    zpl = start(conn, batch.id, secret.id, 6, 7, target=L.PRINT_TARGET_ZPL,
                printer="192.0.2.7:9100")
    assert all(x.verification_code for x in zpl.labels)
    pdf = start(conn, batch.id, plain.id, 8, 9, target=L.PRINT_TARGET_PDF, printer="")
    assert all(x.verification_code == "" for x in pdf.labels)  # only when the template prints it
    no_vc = new_batch(conn, 5)
    err = refused(start, conn, no_vc.id, secret.id, 1, 1)
    assert (err.reason, err.field) == ("INVALID_VALUE", "template_id")


def test_job_limits_and_request_checks(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 20_000)
    template = new_template(conn, elements=[qr("{code}")])
    err = refused(start, conn, batch.id, template.id, 1, 10_001)
    assert (err.reason, err.field) == ("PRINT_JOB_TOO_LARGE", "last_serial")
    assert err.params == {"max": "10000", "count": "10001", "field": "last_serial"}
    big = start(conn, batch.id, template.id, 10_001, 20_000)
    assert len(big.labels) == 10_000 and big.labels[-1].serial == 20_000
    checks: list[tuple[dict[str, Any], str, str]] = [
        ({"first": 0}, "INVALID_VALUE", "first_serial"),
        ({"first": 5, "last": 4}, "INVALID_VALUE", "last_serial"),
        ({"target": L.PRINT_TARGET_UNSPECIFIED}, "REQUIRED", "target"),
        ({"target": L.PRINT_TARGET_ZPL, "printer": ""}, "REQUIRED", "printer"),
        ({"template_id": 0}, "REQUIRED", "template_id"),
        ({"template_id": 999_999_999}, "NOT_FOUND", "template_id"),
        ({"lot_id": 999_999_999}, "NOT_FOUND", "lot_id")]
    for changes, reason, field in checks:
        args: dict[str, Any] = {"first": 1, "last": 1, "template_id": template.id, **changes}
        err = refused(start, conn, batch.id, args.pop("template_id"), args.pop("first"),
                      args.pop("last"), **args)
        assert (err.reason, err.field) == (reason, field), changes
    err = refused(start, conn, batch.id, template.id, 19_999, 20_001)  # past the batch's end
    assert (err.reason, err.field) == ("INVALID_VALUE", "last_serial")
    err = refused(start, conn, 999_999_999, template.id, 1, 1)
    assert err.reason == "NOT_FOUND"


def test_template_must_suit_the_batch(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 10)
    case = new_template(conn, "T-CASE", level=codes_pb2.CODE_LEVEL_CASE)
    err = refused(start, conn, batch.id, case.id)
    assert (err.reason, err.field) == ("LABEL_LEVEL_MISMATCH", "template_id")
    assert "箱" in err.message_zh and "单品" in err.message_zh
    assert "case" in err.message_en and "item" in err.message_en
    inactive = new_template(conn, "T-OFF", active=False, elements=[qr()])
    assert refused(start, conn, batch.id, inactive.id).field == "template_id"
    needs_lot = new_template(conn, "T-LOT", elements=[qr(), label_text("{lot_no}")])
    assert refused(start, conn, batch.id, needs_lot.id).field == "lot_id"
    # A template that printed cannot be deleted (deactivate it instead).
    used = new_template(conn, "T-USED", elements=[qr("{code}")])
    start(conn, batch.id, used.id, 1, 1)
    err = refused(conn.call, labels(conn).DeleteTemplate, common_pb2.IdRequest(id=used.id))
    assert err.reason == "IN_USE"


def test_finish_rules(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    batch = new_batch(admin, 100)
    template = new_template(admin, elements=[qr("{code}")])
    operator = tenant.user_with("operator", PRINTER)
    colleague = tenant.user_with("colleague", PRINTER)
    supervisor = tenant.user_with("supervisor", ["print.run", "print.read"])
    job = start(operator, batch.id, template.id, 1, 10).job
    assert job.username == "operator"

    err = refused(finish, colleague, job.id)
    assert (err.reason, err.params["permission"]) == ("PERMISSION_DENIED", "print.read")
    err = refused(finish, operator, job.id, L.PRINT_STATUS_STARTED)
    assert (err.reason, err.field) == ("INVALID_VALUE", "status")
    err = refused(finish, operator, job.id, printed_count=11)
    assert (err.reason, err.field) == ("INVALID_VALUE", "printed_count")
    done = finish(operator, job.id)
    assert (done.status, done.printed_count) == (L.PRINT_STATUS_PRINTED, 10)
    assert finish(operator, job.id) == done  # a repeated report changes nothing
    err = refused(finish, operator, job.id, L.PRINT_STATUS_FAILED, error="x")
    assert err.reason == "PRINT_JOB_FINISHED"
    assert [r["action"] for r in audit_rows(admin, "print_job", job.id)] == ["finish", "start"]

    left_open = start(operator, batch.id, template.id, 11, 20).job
    closed = finish(supervisor, left_open.id, L.PRINT_STATUS_CANCELLED)
    assert closed.status == L.PRINT_STATUS_CANCELLED


def test_jobs_are_seen_within_the_printing_organisation(tenant: TenantFixture,
                                                        other_tenant: TenantFixture) -> None:
    admin = tenant.connect()
    batch = new_batch(admin, 100)
    template = new_template(admin, elements=[qr("{code}")])
    f1 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    f2 = tenant.add_org(tenant.ids.hq_org_id, "factory", "F2")
    hq_job = start(admin, batch.id, template.id, 1, 5).job
    f1_reader = tenant.user_with("f1_reader", ["print.read", "print.run"], f1)
    f2_reader = tenant.user_with("f2_reader", ["print.read", "print.run"], f2)
    hq_jobs = admin.call(labels(admin).ListPrintJobs, query()).items
    assert [j.id for j in hq_jobs] == [hq_job.id]
    assert f1_reader.call(labels(f1_reader).ListPrintJobs, query()).page.total == 0
    err = refused(finish, f2_reader, hq_job.id)
    assert err.reason == "NOT_FOUND"
    other = other_tenant.connect()
    assert other.call(labels(other).ListPrintJobs, query()).page.total == 0
    err = refused(start, other, batch.id, template.id, 6, 6)
    assert err.reason == "NOT_FOUND"


def test_list_filters(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    batch = new_batch(conn, 100)
    template = new_template(conn, elements=[qr("{code}")])
    a = start(conn, batch.id, template.id, 1, 5).job
    finish(conn, a.id)
    b = start(conn, batch.id, template.id, 1, 5, reprint=True, reprint_reason="补打").job
    stub = labels(conn)
    reprints = conn.call(stub.ListPrintJobs, query(filters=[("reprint", "EQ", "true")])).items
    assert [j.id for j in reprints] == [b.id]
    printed = conn.call(stub.ListPrintJobs, query(filters=[("status", "EQ", "printed")])).items
    assert [j.id for j in printed] == [a.id]
    newest_first = conn.call(stub.ListPrintJobs, query()).items
    assert [j.id for j in newest_first] == [b.id, a.id]
    by_user = conn.call(stub.ListPrintJobs, query(filters=[("username", "EQ", "admin"),
                                                           ("batch_id", "EQ", str(batch.id))]))
    assert by_user.page.total == 2


def test_permissions(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    batch = new_batch(admin, 10)
    template = new_template(admin, elements=[qr("{code}")])
    reader = tenant.user_with("reader", ["print.read", "label.read"])
    err = refused(start, reader, batch.id, template.id)
    assert (err.reason, err.params["permission"]) == ("PERMISSION_DENIED", "print.run")
    printer = tenant.user_with("printer", PRINTER)
    err = refused(printer.call, labels(printer).ListPrintJobs, query())
    assert (err.reason, err.params["permission"]) == ("PERMISSION_DENIED", "print.read")


def test_a_licensed_factory_prints_only_its_allocated_rolls(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    batch = new_batch(admin, 100, labels_per_roll=10)
    template = new_template(admin, elements=[qr("{code}")])
    licensed = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF1")
    admin.call(codes(admin).AllocateRolls, codes_pb2.AllocateRollsRequest(
        batch_id=batch.id, first_roll=2, last_roll=3, org_id=licensed))
    factory = tenant.user_with("lf_printer", ["print.run", "print.read", "label.read"], licensed)
    job = start(factory, batch.id, template.id, 11, 30).job  # rolls 2 and 3
    err = refused(start, factory, batch.id, template.id, 25, 31)  # 31 is roll 4
    assert err.reason == "OUT_OF_SCOPE"
    hq_job = start(admin, batch.id, template.id, 1, 10).job
    # Headquarters sees the factory's jobs; the factory sees only its own.
    assert {j.id for j in admin.call(labels(admin).ListPrintJobs, query()).items} == {
        job.id, hq_job.id}
    assert [j.id for j in factory.call(labels(factory).ListPrintJobs, query()).items] == [job.id]


def test_concurrent_starts_over_the_same_serials_print_once(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    batch = new_batch(admin, 1000)
    template = new_template(admin, elements=[qr("{code}")])
    conns = [tenant.connect() for _ in range(4)]
    outcomes: list[str] = []

    def attempt(conn: Connection) -> None:
        try:
            start(conn, batch.id, template.id, 1, 500)
            outcomes.append("ok")
        except ServerError as exc:
            outcomes.append(exc.reason)

    threads = [threading.Thread(target=attempt, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["REPRINT_REASON_REQUIRED"] * 3 + ["ok"]
