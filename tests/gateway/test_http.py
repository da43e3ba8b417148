"""The gateway over plain HTTP: headers, languages, typed and kiosk entry, complaints, files,
and failures that become plain pages (never a stack trace)."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from gateway.backend import GATEWAY_HEADER
from gateway.texts import choose_lang
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.core.interceptors import GATEWAY_HEADER as SERVER_HEADER
from tests.support.gateways import gateway_process
from tests.support.scans import Issued, gateway_token, issue_activated
from tests.support.tenants import TenantFixture


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


@pytest.fixture(scope="module")
def gw(address: str, server_config: ServerConfig) -> Iterator[str]:
    with gateway_process(address, gateway_token(server_config)) as url:
        yield url


@pytest.fixture
def issued(tenant: TenantFixture, keys: KeyStore, gw: str) -> Issued:
    """Codes printed under this test's gateway address (its own path, so its own tenant)."""
    return issue_activated(tenant, keys, base=f"{gw}/v/{tenant.code}/")


def test_the_two_sides_agree_on_the_credential_header() -> None:
    assert GATEWAY_HEADER == SERVER_HEADER


def test_a_page_carries_the_security_headers_and_is_never_cached(issued: Issued) -> None:
    status, headers, body = fetch(issued.url(0))
    assert status == 200 and "正品" in body
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp  # no third-party assets
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cache-Control"] == "no-store"
    assert "yd=" in headers["Set-Cookie"] and "HttpOnly" in headers["Set-Cookie"]
    assert "<script src" not in body and "<link" not in body


def test_english_by_accept_language_or_by_choice(issued: Issued) -> None:
    assert choose_lang("en-GB,en;q=0.9,zh;q=0.1") == "en"
    assert choose_lang("zh-CN,zh;q=0.9,en;q=0.8") == "zh"
    assert choose_lang("") == "zh" and choose_lang("fr") == "zh"
    _, _, english = fetch(issued.url(1), headers={"Accept-Language": "en-US,en;q=0.9"})
    assert "Genuine" in english and 'lang="en"' in english
    _, _, chosen = fetch(issued.url(1) + "?lang=en")
    assert "Genuine" in chosen


def test_typed_and_kiosk_entry(issued: Issued, gw: str) -> None:
    status, _, home = fetch(gw + "/")
    assert status == 200 and 'action="/q"' in home
    code = urllib.parse.quote(issued.codes[2])
    base = urllib.parse.quote(issued.base + issued.codes[2], safe="")
    _, _, typed = fetch(f"{gw}/q?code={base}")
    assert "正品" in typed
    _, _, kiosk = fetch(f"{gw}/kiosk?code={base}")
    assert "正品" in kiosk and 'data-reset="1"' in kiosk
    status, _, nothing = fetch(f"{gw}/q?code={code}")  # no base: not this tenant's to answer
    assert status == 200 and ("非正品" in nothing or "无效" in nothing)


def test_image_documents_complaint_and_position_by_token(issued: Issued, gw: str) -> None:
    _, _, page = fetch(issued.url(3))
    token = page.split('data-token="', 1)[1].split('"', 1)[0]
    status, _, body = fetch(f"{gw}/s/{token}/image")
    assert status == 404 and "页面不存在" in body  # this product has no picture
    form = urllib.parse.urlencode({"kind": "complaint", "text": "瓶身漏油",
                                   "contact": "138"}).encode()
    status, _, thanks = fetch(f"{gw}/s/{token}/complaint", data=form)
    assert status == 200 and "感谢" in thanks
    status, _, moved = fetch(f"{gw}/s/{token}/where", data=json.dumps(
        {"lat": 36.5325, "lng": 113.0458, "acc": 20}).encode(),
        headers={"Content-Type": "application/json"})
    assert status == 200 and json.loads(moved)["place"] == "山西省长治市襄垣县"
    status, _, _ = fetch(f"{gw}/s/{token}/complaint", data=form,
                         headers={"Origin": "https://evil.example"})
    assert status == 403
    status, _, expired = fetch(f"{gw}/s/not-a-token/image")
    assert status == 410 and "页面已过期" in expired


def test_misc_routes(gw: str) -> None:
    assert fetch(gw + "/healthz")[0] == 200
    assert "Disallow: /" in fetch(gw + "/robots.txt")[2]
    assert fetch(gw + "/favicon.ico")[0] == 204


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_down_or_wrong_credential_gives_a_plain_page(address: str, issued: Issued,
                                                            server_config: ServerConfig) -> None:
    path = issued.url(0).split("/", 3)[3]
    with gateway_process(f"127.0.0.1:{_free_port()}", "whatever") as down:
        status, headers, body = fetch(f"{down}/{path}")
        assert status == 503 and "服务繁忙" in body and headers["Retry-After"] == "10"
        assert "Traceback" not in body and "grpc" not in body.lower()
        assert fetch(down + "/healthz")[0] == 503
    with gateway_process(address, "not-the-token") as wrong:
        status, _, body = fetch(f"{wrong}/{path}")
        assert status == 503 and "服务繁忙" in body
