"""Consumer queries decided on the server, called as the gateway calls them: results, verdicts,
verification codes, what the scan log records, and whose code is whose."""

from __future__ import annotations

import pytest

from client.connection import ServerError
from server.codes.keys import KeyStore
from server.demo.seed_scans import BEIJING, CHANGZHI, XIANGYUAN
from shared.pb import codes_pb2, common_pb2, scans_pb2, scans_pb2_grpc
from tests.catalog.helpers import GTIN_B
from tests.support.scans import Gateway, issue_activated, list_scans, scans_stub
from tests.support.tenants import TenantFixture

S = scans_pb2


def test_first_query_then_own_repeat(tenant: TenantFixture, keys: KeyStore,
                                     gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    first = gateway.verify(issued.url(0), position=XIANGYUAN)
    assert (first.result, first.verdict) == (S.SCAN_RESULT_GENUINE, S.VERDICT_GENUINE)
    assert first.headline == "正品" and first.ordinal == 1 and first.query_count == 1
    assert "first_query" in first.reasons
    assert first.place == "山西省长治市襄垣县"
    assert issued.codes[0] in first.message and "花生油 4L" in first.message
    assert [e.kind for e in first.timeline] == ["produced", "activated"]
    assert first.timeline[0].place == "丰源粮油一厂 · 1号生产线"
    again = gateway.verify(issued.url(0), position=XIANGYUAN)
    assert again.verdict == S.VERDICT_GENUINE and again.ordinal == 2
    assert "own_repeat" in again.reasons
    assert "已被查询2次" in again.message and "山西省长治市襄垣县" in again.message


def test_another_phone_is_told_when_and_where_it_was_first_checked(
        tenant: TenantFixture, keys: KeyStore, gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(1), device="shop-phone", position=XIANGYUAN)
    mine = gateway.verify(issued.url(1), device="my-phone", position=XIANGYUAN)
    assert mine.verdict == S.VERDICT_CAUTION and "other_device" in mine.reasons
    assert any("另一部手机" in r and "襄垣县" in r for r in mine.reason_texts)


def test_two_cities_an_hour_apart_is_a_copied_label(tenant: TenantFixture, keys: KeyStore,
                                                    gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(2), device="a", position=CHANGZHI)
    copy = gateway.verify(issued.url(2), device="b", position=BEIJING, lang="en")
    assert copy.verdict == S.VERDICT_SUSPECT and "far_apart_soon" in copy.reasons
    assert copy.headline == "Possibly counterfeit"
    assert any("km from here" in r for r in copy.reason_texts)
    scans = list_scans(issued.admin, code=issued.codes[2])
    assert scans[0].verdict == S.VERDICT_SUSPECT and "far_apart_soon" in scans[0].reasons
    assert scans[0].city == "北京市" and scans[1].city == "长治市"


def test_over_the_maximum_query_count(tenant: TenantFixture, keys: KeyStore,
                                      gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    stub = scans_stub(issued.admin)
    settings = issued.admin.call(stub.GetScanSettings, common_pb2.Empty())
    settings.max_queries = 3
    issued.admin.call(stub.UpdateScanSettings, settings)
    for _ in range(3):
        assert gateway.verify(issued.url(3)).verdict == S.VERDICT_GENUINE
    over = gateway.verify(issued.url(3))
    assert over.verdict == S.VERDICT_SUSPECT and "over_limit" in over.reasons
    assert "超过最大查询次数" in over.message and "已查询4次" in over.message


def test_verification_codes_and_the_attempt_limit(tenant: TenantFixture, keys: KeyStore,
                                                  gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    page = gateway.verify(issued.url(4))
    assert page.verification == "optional" and page.verification_digits == 6
    assert "code_not_entered" in page.reasons
    right = gateway.verify(issued.url(4), code=issued.verification[4], token=page.scan_token)
    assert right.verified and right.ordinal == 1 and right.query_count == 1  # confirmed, once
    wrong = issued.verification[5][:-1] + str((int(issued.verification[5][-1]) + 1) % 10)
    for left in (4, 3, 2, 1):
        refused = gateway.verify(issued.url(5), code=wrong)
        assert (refused.result, refused.attempts_left) == (S.SCAN_RESULT_WRONG_CODE, left)
    locked = gateway.verify(issued.url(5), code=wrong)
    assert locked.result == S.SCAN_RESULT_CODE_LOCKED
    still = gateway.verify(issued.url(5), code=issued.verification[5])
    assert still.result == S.SCAN_RESULT_CODE_LOCKED  # even the right code, for today
    alerts = issued.admin.call(scans_stub(issued.admin).ListAlerts,
                               common_pb2.ListQuery()).items
    assert [a.kind for a in alerts] == ["verification_attempts"]


def test_a_product_that_requires_the_code(tenant: TenantFixture, keys: KeyStore,
                                          gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    issued.admin.call(scans_stub(issued.admin).SetProductVerification, S.ProductVerification(
        product_id=issued.product_id, mode="required"))
    page = gateway.verify(issued.url(6))
    assert (page.result, page.verdict, page.ordinal) == (S.SCAN_RESULT_CODE_REQUIRED,
                                                         S.VERDICT_PENDING, 0)
    done = gateway.verify(issued.url(6), code=issued.verification[6], token=page.scan_token)
    assert done.result == S.SCAN_RESULT_GENUINE and done.verified and done.ordinal == 1


def test_voided_not_activated_unknown_and_malformed(tenant: TenantFixture, keys: KeyStore,
                                                   gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    voided = gateway.verify(issued.base + issued.voided[0])
    assert (voided.result, voided.verdict) == (S.SCAN_RESULT_VOIDED, S.VERDICT_COUNTERFEIT)
    assert not voided.product_name  # a voided label vouches for nothing
    idle = gateway.verify(issued.base + issued.not_activated[0])
    assert idle.result == S.SCAN_RESULT_NOT_ACTIVATED and "未激活" in idle.message
    code = issued.codes[0]
    fake = code[:5] + str((int(code[5]) + 1) % 10) + code[6:]  # another payload, well formed
    unknown = gateway.verify(issued.base + _damm_fix(fake))
    assert unknown.result == S.SCAN_RESULT_UNKNOWN and "不存在" in unknown.message
    junk = gateway.verify(issued.base + "not-a-code")
    assert junk.result == S.SCAN_RESULT_MALFORMED
    results = [s.result for s in list_scans(issued.admin)]
    # Unknown and malformed codes under the brand's own URL are in its log (fake labels).
    assert {S.SCAN_RESULT_VOIDED, S.SCAN_RESULT_NOT_ACTIVATED, S.SCAN_RESULT_UNKNOWN,
            S.SCAN_RESULT_MALFORMED} <= set(results)


def _damm_fix(code: str) -> str:
    """A well-formed 20-digit code from 19 digits: the last digit made the Damm check."""
    from server.codes.checks import damm

    return code[:-1] + damm(code[:-1])


def test_another_tenants_code_is_unknown_here(tenant: TenantFixture,
                                              other_tenant: TenantFixture, keys: KeyStore,
                                              gateway: Gateway) -> None:
    mine = issue_activated(tenant, keys)
    theirs = issue_activated(other_tenant, keys, product_code="P2", gtin=GTIN_B)
    # Their code under my URL base: decoded with my keys it is nothing I issued.
    crossed = gateway.verify(mine.base + theirs.codes[0])
    assert crossed.result == S.SCAN_RESULT_UNKNOWN
    assert not crossed.product_name and crossed.brand_name == f"Tenant {tenant.code}"
    assert [s.code for s in list_scans(theirs.admin)] == []


def test_gs1_digital_link_and_a_gtin_claimed_by_two_tenants(
        tenant: TenantFixture, other_tenant: TenantFixture, keys: KeyStore,
        gateway: Gateway) -> None:
    a = issue_activated(tenant, keys, fmt=codes_pb2.CODE_FORMAT_GS1)
    b = issue_activated(other_tenant, keys, fmt=codes_pb2.CODE_FORMAT_GS1)  # the same GTIN
    for issued in (a, b):
        link = f"https://anywhere.example/01/06901234567892/21/{issued.codes[0]}"
        found = gateway.verify(link)
        assert found.result == S.SCAN_RESULT_GENUINE
        assert found.brand_name == f"Tenant {issued.tenant.code}"
        assert found.code == f"(01)06901234567892(21){issued.codes[0]}"


def test_the_gateway_credential_is_required(tenant: TenantFixture, keys: KeyStore,
                                            address: str) -> None:
    issued = issue_activated(tenant, keys)
    for token in ("", "not-the-token"):
        intruder = Gateway(address, token)
        with pytest.raises(ServerError) as err:
            intruder.verify(issued.url(0))
        intruder.close()
        assert err.value.reason == "GATEWAY_UNAUTHENTICATED"
    signed_in = tenant.connect()  # a user's session is no gateway credential either
    with pytest.raises(ServerError) as err:
        signed_in.call(signed_in.stub(scans_pb2_grpc.GatewayServiceStub).Verify,
                       S.VerifyRequest(url=issued.url(0)))
    assert err.value.reason == "GATEWAY_UNAUTHENTICATED"


def test_a_forged_scan_token_reaches_nothing(tenant: TenantFixture, keys: KeyStore,
                                             gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    page = gateway.verify(issued.url(0))
    forged = page.scan_token[:-4] + ("AAAA" if page.scan_token[-4:] != "AAAA" else "BBBB")
    with pytest.raises(ServerError) as err:
        gateway.call("GetScanFile", S.ScanFileRequest(scan_token=forged))
    assert err.value.reason == "SCAN_TOKEN_INVALID"
