"""Real gateway processes (`yima gateway`) against the test session's server, and Debian's
Chromium driven by Playwright (never a browser download)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("YIMA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@contextmanager
def gateway_process(server: str, token: str, *, public_url: str = "",
                    trusted_proxies: str = "") -> Iterator[str]:
    """A `yima gateway` process on a free port; yields its base URL."""
    args = [sys.executable, "-m", "shared.cli", "gateway", "--server", server,
            "--listen", "127.0.0.1:0"]
    if public_url:
        args += ["--public-url", public_url]
    if trusted_proxies:
        args += ["--trusted-proxies", trusted_proxies]
    env = {**os.environ, "YIMA_GATEWAY_TOKEN": token}
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        lines.append(line)
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            url = found.group(1)
            break
    if not url:
        proc.wait(10)
        raise AssertionError("gateway did not start:\n" + "".join(lines))
    drain = threading.Thread(target=lambda: lines.extend(proc.stdout or ()), daemon=True)
    drain.start()
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(15)
        assert "Traceback" not in "".join(lines), "".join(lines)


@contextmanager
def chromium() -> Iterator[Any]:
    """Playwright's Chromium API over Debian's /usr/bin/chromium. A missing browser fails the
    test (./dev test installs it); it never skips."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (./dev test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True,
         "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, "
                       "like Gecko) Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.47"}
