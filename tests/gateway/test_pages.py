"""A consumer's phone, for real: Debian's Chromium opens the demo codes' URLs through a real
`yima gateway` process, which asks the real server, which asks PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from client.connection import Connection
from server.demo import data
from server.demo.seed_scans import XIANGYUAN, DemoLink
from tests.gateway.conftest import local
from tests.support.gateways import PHONE
from tests.support.scans import list_scans


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A fresh phone (its own device cookie), Chinese, no position."""
    context = browser.new_context(locale="zh-CN", **PHONE)
    yield context.new_page()
    context.close()


def _text(page: Any, selector: str) -> str:
    return str(page.locator(selector).inner_text())


def test_genuine_then_repeat_then_wrong_code(phone: Any, demo_links_: dict[str, DemoLink],
                                             demo_gateway: str) -> None:
    link = demo_links_["正品 genuine"]
    phone.goto(local(link, demo_gateway))
    assert _text(phone, "#headline") == "正品"
    message = _text(phone, "#message")
    assert "为正品" in message and link.url.rsplit("/", 1)[1] in message
    assert "花生油 4L" in phone.content()
    assert "这是该码的第一次查询" in _text(phone, "#reasons")
    assert "20261013/01" in _text(phone, "main")  # lot, with its production date below
    assert "2026-10-13" in _text(phone, "main")

    phone.goto(local(link, demo_gateway))  # the same phone again: its own second query
    assert _text(phone, "#headline") == "正品"
    assert "该防伪码已被查询2次" in _text(phone, "#message")
    assert "是您自己查询过" in _text(phone, "#reasons")

    phone.fill("input[name=vc]", "000000" if link.verification_code != "000000" else "111111")
    phone.click("form.vc button")
    assert _text(phone, "#headline") == "验证码错误"
    assert "还可尝试 4 次" in _text(phone, "#reasons")

    phone.fill("input[name=vc]", link.verification_code)
    phone.click("form.vc button")
    assert _text(phone, "#headline") == "正品"
    assert "验证码正确" in _text(phone, "main")
    assert "该防伪码已被查询2次" in _text(phone, "#message")  # the same query, confirmed


def test_voided_unknown_and_copied_labels(phone: Any, demo_links_: dict[str, DemoLink],
                                          demo_gateway: str) -> None:
    phone.goto(local(demo_links_["已注销 voided"], demo_gateway))
    assert _text(phone, "#headline") == "非正品"
    assert "已注销" in _text(phone, "#message")
    assert phone.locator("input[name=vc]").count() == 0

    phone.goto(local(demo_links_["不存在 unknown"], demo_gateway))
    assert _text(phone, "#headline") == "非正品"
    assert "不存在" in _text(phone, "#message")

    phone.goto(local(demo_links_["未激活 not activated"], demo_gateway))
    assert _text(phone, "#headline") == "非正品"
    assert "还未激活" in _text(phone, "#message")

    # Scanned in 襄垣, 长治 and 北京 by three phones:
    phone.goto(local(demo_links_["已被复制 copied label"], demo_gateway))
    assert _text(phone, "#headline") == "疑似仿冒"
    assert "复制" in _text(phone, "#message") + _text(phone, "#reasons")


def test_gs1_digital_link_opens_the_same_kind_of_page(phone: Any,
                                                      demo_links_: dict[str, DemoLink],
                                                      demo_gateway: str) -> None:
    phone.goto(local(demo_links_["箱码 GS1 Digital Link"], demo_gateway))
    assert _text(phone, "#headline") == "正品"
    assert "(01)06901234567892(21)" in _text(phone, "main")


def test_english_and_the_position_the_phone_gives(browser: Any, demo_links_: dict[str, DemoLink],
                                                  demo_gateway: str, address: str) -> None:
    context = browser.new_context(locale="en-US", geolocation={
        "latitude": XIANGYUAN[0], "longitude": XIANGYUAN[1], "accuracy": 30},
        permissions=["geolocation"], **PHONE)
    page = context.new_page()
    try:
        page.goto(local(demo_links_["正品 genuine (another)"], demo_gateway))
        assert _text(page, "#headline") == "Genuine"
        assert "genuine" in _text(page, "#message")
        # The script sends the position; the server places the scan in 襄垣县.
        expect(page.locator("#place")).to_contain_text("襄垣", timeout=15000)
    finally:
        context.close()
    admin = Connection(address)
    admin.login(data.TENANT_CODE, data.ADMIN_USER, data.PASSWORD)
    scans = list_scans(admin, district_code="140423")
    admin.close()
    assert any(s.location_source == "gps" and s.city == "长治市" for s in scans)
