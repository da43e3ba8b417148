"""Screenshots of the consumer pages at phone size, in Chinese and English, on the demo data:
genuine, own repeat, another phone's repeat, copied label, wrong verification code, verified,
voided, not activated, unknown, the home and kiosk pages.

Starts its own embedded PostgreSQL, server, demo data and `yima gateway`, then drives Debian's
Chromium (/usr/bin/chromium) with Playwright.

Usage: python scripts/gateway_screenshots.py OUT_DIR
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import grpc

from server.app import build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.core.interceptors import GATEWAY_HEADER
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import make_engine, make_session_factory
from server.demo.seed import seed
from server.demo.seed_scans import demo_links, sample_scans
from server.scans.wiring import ensure_gateway_token
from shared.pb import scans_pb2_grpc
from tests.support.gateways import PHONE, chromium, gateway_process


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-gateway")
    out.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")
    tmp = Path(tempfile.mkdtemp(prefix="yima-shots-"))
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, migrate=False)
        keys = KeyStore(tmp)
        running = build_server(config, sessions, keys)
        address = f"127.0.0.1:{running.port}"
        try:
            seed(sessions, address)
            token = ensure_gateway_token(config)[0]
            links = {link.label: link for link in demo_links(sessions, keys)}
            with grpc.insecure_channel(address) as channel:
                sample_scans(scans_pb2_grpc.GatewayServiceStub(channel),
                             ((GATEWAY_HEADER, token),), list(links.values()))
            with gateway_process(address, token, public_url="http://127.0.0.1:8080") as gw, \
                    chromium() as browser:
                shoot(browser, gw, links, out)
        finally:
            running.stop(1.0)
            engine.dispose()
    finally:
        import pgserver

        pgdata = (tmp / "pgdata").resolve()
        if (pgdata / "PG_VERSION").exists():
            pgserver.get_server(pgdata).cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {out}")
    return 0


def shoot(browser: object, gw: str, links: dict, out: Path) -> None:  # type: ignore[type-arg]
    def local(label: str) -> str:
        return str(links[label].url).replace("http://127.0.0.1:8080", gw)

    for lang, locale in (("zh", "zh-CN"), ("en", "en-US")):
        context = browser.new_context(locale=locale, **PHONE)  # type: ignore[attr-defined]
        page = context.new_page()

        def snap(name: str, page: object = page, lang: str = lang) -> None:
            page.screenshot(path=str(out / f"{lang}-{name}.png"),  # type: ignore[attr-defined]
                            full_page=True)

        genuine = "正品 genuine" if lang == "zh" else "正品 genuine (another)"
        page.goto(local(genuine))
        snap("1-genuine-first")
        page.goto(local(genuine))
        snap("2-repeat-own")
        page.fill("input[name=vc]", "000000")
        page.click("form.vc button")
        snap("3-wrong-code")
        page.fill("input[name=vc]", links[genuine].verification_code)
        page.click("form.vc button")
        snap("4-verified")
        page.goto(local("已被复制 copied label"))
        snap("5-suspect-copy")
        page.goto(local("已注销 voided"))
        snap("6-voided")
        page.goto(local("不存在 unknown"))
        snap("7-unknown")
        page.goto(local("未激活 not activated"))
        snap("8-not-activated")
        page.goto(gw + "/")
        snap("9-home")
        page.goto(gw + "/kiosk")
        snap("10-kiosk")
        context.close()
        other = browser.new_context(locale=locale, **PHONE)  # type: ignore[attr-defined]
        page = other.new_page()
        page.goto(local(genuine))
        snap("11-caution-other-phone", page)
        other.close()


if __name__ == "__main__":
    sys.exit(main())
