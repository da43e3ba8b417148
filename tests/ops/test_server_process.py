"""`yima server` as an operator runs it: a real process, health, graceful SIGTERM, TLS."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection, ServerError
from server.app import build_server
from server.config import ServerConfig
from shared.pb import common_pb2
from tests.support.tenants import ADMIN_PASSWORD, make_tenant

ROOT = Path(__file__).resolve().parents[2]


class ServerProcess:
    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "shared.cli", "server", "--listen", "127.0.0.1:0", *args],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.port = 0
        ready = threading.Event()

        def pump() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                self.lines.append(line)
                found = re.search(r"listening on [\d.]+:(\d+)", line)
                if found:
                    self.port = int(found.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=pump, daemon=True).start()
        if not ready.wait(60) or not self.port:
            self.proc.kill()
            raise AssertionError("server did not start:\n" + "".join(self.lines))

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def output(self) -> str:
        return "".join(self.lines)


@pytest.fixture
def server_env(pg_url: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    env.update({"DATABASE_URL": pg_url, "YIMA_DATA_DIR": str(tmp_path),
                "YIMA_GRACE_SECONDS": "20", "YIMA_LOG_LEVEL": "INFO"})
    yield env


def test_health_and_graceful_sigterm_finishes_in_flight_call(
        server_env: dict[str, str], sessions: sessionmaker[Session], engine: Engine) -> None:
    tenant = make_tenant(sessions, "unused")
    server = ServerProcess(server_env)
    try:
        with grpc.insecure_channel(server.address) as channel:
            health = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service="yima.v1.AuthService"), timeout=10)
            assert health.status == health_pb2.HealthCheckResponse.SERVING
        conn = Connection(server.address)
        result: dict[str, object] = {}
        # Hold the admin's row locked so the sign-in is still running when SIGTERM arrives.
        with engine.connect() as locker:
            tx = locker.begin()
            locker.execute(text("SELECT id FROM app_user WHERE tenant_id = :t FOR UPDATE"),
                           {"t": tenant.ids.tenant_id})

            def sign_in() -> None:
                try:
                    result["ok"] = conn.login(tenant.code, "admin", ADMIN_PASSWORD)
                except ServerError as exc:
                    result["error"] = exc

            caller = threading.Thread(target=sign_in)
            caller.start()
            time.sleep(1.0)  # let the call reach the database and wait on the lock
            assert caller.is_alive()
            server.proc.send_signal(signal.SIGTERM)
            time.sleep(1.0)
            late = Connection(server.address, timeout=5)
            with pytest.raises(ServerError) as refused:
                late.call(late.system.GetServerInfo, common_pb2.Empty())
            assert refused.value.is_connection_problem
            tx.rollback()
        caller.join(20)
        assert "error" not in result, result.get("error")
        assert result["ok"].principal.username == "admin"  # type: ignore[attr-defined]
        assert server.proc.wait(30) == 0
        assert "shutting down" in server.output()
        conn.close()
        late.close()
    finally:
        if server.proc.poll() is None:
            server.proc.kill()


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "server.crt", tmp_path / "server.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_tls_link(tmp_path: Path, sessions: sessionmaker[Session]) -> None:
    cert, key = _self_signed(tmp_path)
    cfg = ServerConfig(listen="127.0.0.1:0", tls_cert=str(cert), tls_key=str(key), workers=2,
                       migrate=False)
    running = build_server(cfg, sessions)
    try:
        tenant = make_tenant(sessions, f"localhost:{running.port}")
        secure = Connection(f"localhost:{running.port}", tls=True, ca_file=str(cert))
        info = secure.call(secure.system.GetServerInfo, common_pb2.Empty())
        assert info.tls is True
        secure.login(tenant.code, "admin", ADMIN_PASSWORD)
        assert secure.call(secure.system.Ping, common_pb2.Empty()).server_time.seconds > 0
        plain = Connection(f"localhost:{running.port}", timeout=3)
        with pytest.raises(ServerError) as err:
            plain.call(plain.system.GetServerInfo, common_pb2.Empty())
        assert err.value.is_connection_problem
        secure.close()
        plain.close()
    finally:
        running.stop(1)
