"""The brand's side: settings audited and checked, recipients, documents on the product page,
complaints from the page, the scan log's filters, and who may do what."""

from __future__ import annotations

import pytest

from client.connection import ServerError
from server.codes.keys import KeyStore
from server.demo.seed_scans import _report_pdf
from shared.pb import audit_pb2_grpc, common_pb2, scans_pb2
from tests.support.scans import Gateway, issue_activated, list_scans, scans_stub
from tests.support.tenants import TenantFixture

S = scans_pb2


def test_settings_are_checked_and_audited(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    stub = scans_stub(admin)
    settings = admin.call(stub.GetScanSettings, common_pb2.Empty())
    assert (settings.max_queries, settings.default_verification) == (5, "optional")
    settings.brand_name, settings.normal_threshold = "丰源", 2000
    settings.important_threshold = 481  # the seed's numbers: important below normal is allowed
    saved = admin.call(stub.UpdateScanSettings, settings)
    assert (saved.brand_name, saved.normal_threshold, saved.important_threshold) == \
        ("丰源", 2000, 481)
    for field, value in (("max_queries", -1), ("default_verification", "sometimes"),
                         ("brand_intro", "x" * 2001)):
        bad = S.ScanSettings()
        bad.CopyFrom(saved)
        setattr(bad, field, value)
        with pytest.raises(ServerError) as err:
            admin.call(stub.UpdateScanSettings, bad)
        assert err.value.field == field
    audit = admin.call(admin.stub(audit_pb2_grpc.AuditServiceStub).SearchAudit,
                       common_pb2.ListQuery(filters=[common_pb2.Filter(field="entity",
                                                                       value="scan_settings")]))
    outcomes = [e.outcome for e in audit.items]
    assert outcomes.count("error") == 3 and len(outcomes) == 4  # refusals are audited too


def test_recipients(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    stub = scans_stub(admin)
    made = admin.call(stub.CreateRecipient, S.AlertRecipient(
        name="测试管理员", phone="151 3588 7700", normal=True, important=True, enabled=True))
    with pytest.raises(ServerError) as err:
        admin.call(stub.CreateRecipient, S.AlertRecipient(name="x", phone="151 3588 7700"))
    assert err.value.reason == "DUPLICATE"
    with pytest.raises(ServerError) as err:
        admin.call(stub.CreateRecipient, S.AlertRecipient(name="x", phone="call me"))
    assert err.value.field == "phone"
    made.enabled = False
    assert not admin.call(stub.UpdateRecipient, made).enabled
    admin.call(stub.DeleteRecipient, common_pb2.IdRequest(id=made.id))
    assert admin.call(stub.ListRecipients, common_pb2.ListQuery()).page.total == 0


def test_documents_reach_the_page_of_their_product_or_lot_only(
        tenant: TenantFixture, keys: KeyStore, gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    stub = scans_stub(issued.admin)
    pdf = _report_pdf("20261013/01", "0.8")
    report = issued.admin.call(stub.AddDocument, S.DocumentUpload(
        lot_id=issued.lot_id, kind="quality_report", title="出厂检验报告", mime="application/pdf",
        data=pdf))
    assert report.lot_no == "20261013/01" and report.product_name == "花生油 4L"
    with pytest.raises(ServerError) as err:
        issued.admin.call(stub.AddDocument, S.DocumentUpload(
            product_id=issued.product_id, kind="certificate", title="x",
            mime="application/pdf", data=b"<html>not a pdf"))
    assert err.value.reason == "DOCUMENT_INVALID"
    page = gateway.verify(issued.url(0))
    assert [d.title for d in page.documents] == ["出厂检验报告"]
    got = gateway.call("GetScanFile", S.ScanFileRequest(scan_token=page.scan_token,
                                                        document_id=report.id))
    assert got.data == pdf and got.mime == "application/pdf"
    voided = gateway.verify(issued.base + issued.voided[0])
    with pytest.raises(ServerError) as err:  # a voided label's page shows no documents
        gateway.call("GetScanFile", S.ScanFileRequest(scan_token=voided.scan_token,
                                                      document_id=report.id))
    assert err.value.reason == "NOT_FOUND"


def test_complaints_from_the_page_are_handled_in_the_client(
        tenant: TenantFixture, keys: KeyStore, gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    page = gateway.verify(issued.url(0), position=(36.5325, 113.0458))
    receipt = gateway.call("SubmitComplaint", S.ComplaintRequest(
        scan_token=page.scan_token, kind="counterfeit", text="瓶盖有拆封痕迹",
        contact="13800000000", requester=S.Requester(ip="198.51.100.9", lang="zh")))
    assert receipt.id and "感谢" in receipt.message
    stub = scans_stub(issued.admin)
    listed = issued.admin.call(stub.ListComplaints, common_pb2.ListQuery()).items
    assert [(c.kind, c.code, c.place, c.status) for c in listed] == [
        ("counterfeit", issued.codes[0], "山西省长治市襄垣县", "new")]
    done = issued.admin.call(stub.HandleComplaint, S.HandleComplaintRequest(
        id=listed[0].id, note="已回电，寄送换货"))
    assert (done.status, done.handled_by) == ("handled", "admin")
    for n in range(4):
        gateway.call("SubmitComplaint", S.ComplaintRequest(
            scan_token=page.scan_token, kind="suggestion", text=f"建议 {n}",
            requester=S.Requester(ip="198.51.100.9")))
    with pytest.raises(ServerError) as err:  # five an hour from one network
        gateway.call("SubmitComplaint", S.ComplaintRequest(
            scan_token=page.scan_token, kind="suggestion", text="again",
            requester=S.Requester(ip="198.51.100.10")))
    assert err.value.reason == "SCAN_RATE_LIMITED"


def test_scan_log_filters_and_permissions(tenant: TenantFixture, keys: KeyStore,
                                          gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(0), position=(36.5325, 113.0458))
    gateway.verify(issued.base + issued.voided[0])
    log = list_scans(issued.admin)
    assert len(log) == 2
    assert [s.result for s in list_scans(issued.admin, result="voided")] == [
        S.SCAN_RESULT_VOIDED]
    assert [s.district for s in list_scans(issued.admin, district_code="140423")] == ["襄垣县"]
    first = list_scans(issued.admin, result="genuine")[0]
    assert (first.product_name, first.lot_no, first.ip_prefix, first.ordinal) == (
        "花生油 4L", "20261013/01", "198.51.100.0/24", 1)
    nobody = tenant.user_with("nobody", ["product.read"])
    with pytest.raises(ServerError) as err:
        list_scans(nobody)
    assert err.value.reason == "PERMISSION_DENIED"
    reader = tenant.user_with("reader", ["scan.read"])
    assert len(list_scans(reader)) == 2
    with pytest.raises(ServerError) as err:
        reader.call(scans_stub(reader).UpdateScanSettings, S.ScanSettings())
    assert err.value.reason == "PERMISSION_DENIED"
