"""Alerts: per-code thresholds fire once each, copied labels and enumeration raise alerts, the
outbox is delivered by the built-in notifier and by an HTTP SMS provider (a real listener)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from server.app import Running
from server.codes.keys import KeyStore
from server.scans.alerts import DeliveryWorker, HttpSmsNotifier
from shared.pb import common_pb2, scans_pb2
from tests.support.scans import Gateway, Issued, issue_activated, scans_stub
from tests.support.tenants import TenantFixture

S = scans_pb2


def _settings(issued: Issued, **changes: object) -> None:
    stub = scans_stub(issued.admin)
    current = issued.admin.call(stub.GetScanSettings, common_pb2.Empty())
    for key, value in changes.items():
        setattr(current, key, value)
    issued.admin.call(stub.UpdateScanSettings, current)


def _alerts(issued: Issued) -> list[scans_pb2.ScanAlert]:
    return list(issued.admin.call(scans_stub(issued.admin).ListAlerts,
                                  common_pb2.ListQuery(page_size=100)).items)


def _recipients(issued: Issued) -> None:
    stub = scans_stub(issued.admin)
    issued.admin.call(stub.CreateRecipient, S.AlertRecipient(
        name="测试管理员", phone="15135887700", normal=True, important=True, enabled=True))
    issued.admin.call(stub.CreateRecipient, S.AlertRecipient(
        name="只收重要", phone="13905321998", normal=False, important=True, enabled=True))


def test_each_threshold_fires_once_per_code(tenant: TenantFixture, keys: KeyStore,
                                           gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    _settings(issued, normal_threshold=3, important_threshold=5, max_queries=0,
              suspect_alerts=False, sms_enabled=True)
    _recipients(issued)
    for _ in range(8):
        gateway.verify(issued.url(0), device="same-phone")
    for _ in range(3):
        gateway.verify(issued.url(1), device="same-phone")
    alerts = _alerts(issued)
    counted = sorted((a.code, a.level, a.count) for a in alerts if a.kind == "count")
    assert counted == sorted([(issued.codes[0], "normal", 3), (issued.codes[0], "important", 5),
                              (issued.codes[1], "normal", 3)])
    important = next(a for a in alerts if a.level == "important")
    assert important.deliveries == 2  # both recipients take important alerts
    normal = [a for a in alerts if a.level == "normal"]
    assert all(a.deliveries == 1 for a in normal)
    assert "已被查询 5 次" in important.message and "queried 5 times" in important.message_en


def test_a_copied_label_raises_a_suspect_alert_once_a_day(tenant: TenantFixture, keys: KeyStore,
                                                          gateway: Gateway) -> None:
    from server.demo.seed_scans import BEIJING, CHANGZHI

    issued = issue_activated(tenant, keys)
    gateway.verify(issued.url(2), device="a", position=CHANGZHI)
    gateway.verify(issued.url(2), device="b", position=BEIJING)
    gateway.verify(issued.url(2), device="c", position=CHANGZHI)
    assert [a.kind for a in _alerts(issued)] == ["suspect"]


def test_enumeration_from_one_source_raises_an_alert_then_blocks(
        tenant: TenantFixture, keys: KeyStore, gateway: Gateway) -> None:
    from server.codes.checks import damm

    issued = issue_activated(tenant, keys)
    _settings(issued, enumeration_threshold=5)
    guesses = [f"{n:019d}" for n in range(10**18, 10**18 + 40)]
    results = []
    for guess in guesses[:31]:
        results.append(gateway.verify(issued.base + guess + damm(guess), ip="203.0.113.66"))
    assert [r.result for r in results[:30]] == [S.SCAN_RESULT_UNKNOWN] * 30
    assert results[30].result == S.SCAN_RESULT_RATE_LIMITED  # blocked for the window
    genuine = gateway.verify(issued.url(0), ip="203.0.113.66")
    assert genuine.result == S.SCAN_RESULT_RATE_LIMITED and genuine.retry_after_s > 0
    assert gateway.verify(issued.url(0), ip="203.0.113.67").result == S.SCAN_RESULT_GENUINE
    enumeration = [a for a in _alerts(issued) if a.kind == "enumeration"]
    assert len(enumeration) == 1 and enumeration[0].source == "203.0.113.0/24"
    assert enumeration[0].count == 5


def test_acknowledging_an_alert_is_audited(tenant: TenantFixture, keys: KeyStore,
                                           gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    _settings(issued, normal_threshold=1)
    gateway.verify(issued.url(0))
    alert = _alerts(issued)[0]
    done = issued.admin.call(scans_stub(issued.admin).AcknowledgeAlert,
                             common_pb2.IdRequest(id=alert.id))
    assert done.acknowledged and done.acknowledged_by == "admin"
    reader = tenant.user_with("reader", ["scan.read"])
    with pytest.raises(Exception) as err:
        reader.call(scans_stub(reader).AcknowledgeAlert, common_pb2.IdRequest(id=alert.id))
    assert getattr(err.value, "reason", "") == "PERMISSION_DENIED"


def _wait(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


def test_the_builtin_notifier_records_and_logs(tenant: TenantFixture, keys: KeyStore,
                                               gateway: Gateway) -> None:
    issued = issue_activated(tenant, keys)
    _settings(issued, normal_threshold=1, sms_enabled=True)
    _recipients(issued)
    gateway.verify(issued.url(0))
    _wait(lambda: _alerts(issued)[0].delivered == 1)


class _Provider:
    """A real HTTP listener standing in for an SMS provider."""

    def __init__(self, fail: bool = False) -> None:
        self.received: list[dict[str, list[str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.received.append(parse_qs(urlsplit(self.path).query))
                self.send_response(500 if fail else 200)
                self.end_headers()
                self.wfile.write(b'{"ok": true}')

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/sms"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def own_outbox(running_server: Running) -> Iterator[None]:
    """The session server's delivery worker stands aside while the test delivers."""
    assert running_server.scans is not None
    running_server.scans.worker.pause()
    yield
    running_server.scans.worker.resume()


def _delivery_states(sessions: sessionmaker[Session], tenant_id: int) -> list[tuple[str, int]]:
    with sessions() as s:
        return [(r[0], r[1]) for r in s.execute(text(
            "SELECT status, attempts FROM scan_alert_delivery WHERE tenant_id = :t ORDER BY id"),
            {"t": tenant_id})]


def test_http_sms_provider_by_url_template(tenant: TenantFixture, keys: KeyStore,
                                           gateway: Gateway, sessions: sessionmaker[Session],
                                           own_outbox: None) -> None:
    provider = _Provider()
    try:
        issued = issue_activated(tenant, keys)
        _settings(issued, normal_threshold=2, important_threshold=0, sms_enabled=True)
        _recipients(issued)
        gateway.verify(issued.url(0))
        gateway.verify(issued.url(0))
        worker = DeliveryWorker(sessions, HttpSmsNotifier(
            provider.url + "?to={phone}&text={message}&sign=yima"), threading.Event())
        while worker.deliver_due():
            pass
        mine = [r for r in provider.received if issued.codes[0] in r["text"][0]]
        assert [r["to"] for r in mine] == [["15135887700"]]  # normal: one recipient takes it
        assert mine[0]["sign"] == ["yima"] and "防伪码" in mine[0]["text"][0]
        assert ("sent", 1) in _delivery_states(sessions, tenant.ids.tenant_id)
    finally:
        provider.close()


def test_a_failing_provider_is_retried_then_given_up(tenant: TenantFixture, keys: KeyStore,
                                                     gateway: Gateway,
                                                     sessions: sessionmaker[Session],
                                                     own_outbox: None) -> None:
    from server.scans.alerts import MAX_ATTEMPTS

    provider = _Provider(fail=True)
    try:
        issued = issue_activated(tenant, keys)
        _settings(issued, normal_threshold=1, sms_enabled=True)
        issued.admin.call(scans_stub(issued.admin).CreateRecipient, S.AlertRecipient(
            name="a", phone="15135887700", normal=True, important=True, enabled=True))
        gateway.verify(issued.url(0))
        worker = DeliveryWorker(sessions, HttpSmsNotifier(provider.url + "?to={phone}"),
                                threading.Event())
        for attempt in range(1, MAX_ATTEMPTS + 1):
            with sessions() as s, s.begin():  # the back-off has passed
                s.execute(text("UPDATE scan_alert_delivery SET next_attempt_at = now() "
                               "WHERE tenant_id = :t"), {"t": tenant.ids.tenant_id})
            worker.deliver_due()
            state = "failed" if attempt == MAX_ATTEMPTS else "pending"
            assert _delivery_states(sessions, tenant.ids.tenant_id) == [(state, attempt)]
        assert len(provider.received) == MAX_ATTEMPTS
        assert _alerts(issued)[0].delivery_failed == 1
    finally:
        provider.close()
