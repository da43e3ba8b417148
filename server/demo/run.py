"""`yima demo`: the server on its embedded PostgreSQL, the demo data, and the client."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import unicodedata

from server.app import build_server, open_database
from server.config import ServerConfig
from server.demo import data
from server.demo.seed import accounts_table, demo_exists, seed

log = logging.getLogger("yima.demo")


def _pad(text: str, width: int) -> str:
    """Left-justify for a terminal, where CJK characters take two columns."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(1, width - used)


def _banner(address: str, tls: bool) -> str:
    lines = [
        "",
        f"Yima demo server listening on {address} ({'TLS' if tls else 'plaintext'})",
        f"Company code (企业代码): {data.TENANT_CODE}    password for every account: "
        f"{data.PASSWORD}",
        "",
        f"  {_pad('username', 12)}{_pad('who', 34)}organisation",
    ]
    for username, who, org in accounts_table():
        lines.append(f"  {_pad(username, 12)}{_pad(who, 34)}{org}")
    lines.append("")
    return "\n".join(lines)


def run_demo(cfg: ServerConfig, *, headless: bool) -> int:
    """Start everything; stop on SIGTERM/SIGINT, or when the client window closes."""
    engine, sessions = open_database(cfg)
    running = build_server(cfg, sessions)
    host = cfg.listen.rsplit(":", 1)[0]
    address = f"{host}:{running.port}"
    try:
        if demo_exists(sessions):
            log.info("demo data already present (tenant %s)", data.TENANT_CODE)
        else:
            log.info("loading demo data…")
            seed(sessions, address)
        print(_banner(address, cfg.tls_enabled), flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        if headless:
            print("No display: the client is not started. Stop with Ctrl+C.", flush=True)
            stop.wait()
        else:
            client = subprocess.Popen([sys.executable, "-m", "shared.cli", "client",
                                       "--server", address])
            while client.poll() is None and not stop.wait(0.5):
                pass
            if client.poll() is None:
                client.terminate()
                client.wait(10)
    finally:
        running.stop(cfg.grace_seconds)
        engine.dispose()
    return 0
