"""`yima demo`: the server on its embedded PostgreSQL, the demo data, and the client."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import threading
import unicodedata
from urllib.parse import urlsplit

import grpc

from server.app import build_server, open_database
from server.codes import keys as code_keys
from server.config import ServerConfig
from server.core.interceptors import GATEWAY_HEADER
from server.demo import data
from server.demo.seed import accounts_table, demo_exists, seed
from server.demo.seed_scans import DemoLink, demo_links, sample_scans
from server.scans.wiring import ensure_gateway_token
from shared.pb import scans_pb2_grpc

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


def _start_gateway(cfg: ServerConfig, address: str, token: str,
                   listen: str) -> tuple[subprocess.Popen[str] | None, str]:
    """`yima gateway` beside the demo server: (process, http://host:port) or (None, "")."""
    public = urlsplit(data.GATEWAY_BASE_URL)
    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "gateway", "--server", address, "--listen", listen,
         "--public-url", f"{public.scheme}://{public.netloc}"],
        env={**os.environ, "YIMA_GATEWAY_TOKEN": token}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:  # the first line names the address, or the failure
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            threading.Thread(target=_relay, args=(proc,), daemon=True).start()
            return proc, found.group(1)
        log.warning("gateway: %s", line.rstrip())
    proc.wait()
    return None, ""


def _relay(proc: subprocess.Popen[str]) -> None:
    """The gateway's log lines go on to the demo's standard error."""
    for line in proc.stdout or ():
        sys.stderr.write(f"gateway: {line}")


def _links(links: list[DemoLink], gateway_url: str) -> str:
    base = urlsplit(data.GATEWAY_BASE_URL)
    lines = ["", f"Consumer pages (the QR codes' URLs), served by the gateway at {gateway_url}:"]
    for link in links:
        url = link.url.replace(f"{base.scheme}://{base.netloc}", gateway_url)
        extra = f"   验证码 verification code {link.verification_code}" \
            if link.verification_code else ""
        lines.append(f"  {_pad(link.label, 26)}{url}{extra}")
    lines.append("")
    return "\n".join(lines)


def run_demo(cfg: ServerConfig, *, headless: bool, gateway_listen: str = "127.0.0.1:8080") -> int:
    """Start everything; stop on SIGTERM/SIGINT, or when the client window closes."""
    engine, sessions = open_database(cfg)
    running = build_server(cfg, sessions)
    host = cfg.listen.rsplit(":", 1)[0]
    address = f"{host}:{running.port}"
    gateway: subprocess.Popen[str] | None = None
    try:
        fresh = not demo_exists(sessions)
        if fresh:
            log.info("loading demo data…")
            seed(sessions, address)
        else:
            log.info("demo data already present (tenant %s)", data.TENANT_CODE)
        token = ensure_gateway_token(cfg)[0]
        links = demo_links(sessions, code_keys.default())
        if fresh:
            with grpc.insecure_channel(address) as channel:
                sample_scans(scans_pb2_grpc.GatewayServiceStub(channel),
                             ((GATEWAY_HEADER, token),), links)
        gateway, gateway_url = _start_gateway(cfg, address, token, gateway_listen)
        print(_banner(address, cfg.tls_enabled), flush=True)
        if gateway_url:
            print(_links(links, gateway_url), flush=True)
        else:
            print(f"The consumer gateway could not listen on {gateway_listen} (in use?): start "
                  f"it with  yima gateway --server {address} --listen HOST:PORT", flush=True)
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
        if gateway is not None and gateway.poll() is None:
            gateway.terminate()
            gateway.wait(10)
        running.stop(cfg.grace_seconds)
        engine.dispose()
    return 0
