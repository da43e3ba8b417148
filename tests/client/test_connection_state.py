"""A lost server shows "reconnecting" (then "offline") instead of a crash, and the state goes
back to connected when the server answers again."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from client.connection import Connection
from client.monitor import State
from server.app import build_server
from server.config import ServerConfig
from shared.pb import auth_pb2
from tests.client.conftest import WindowFactory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _offline_connection(port: int) -> Connection:
    conn = Connection(f"127.0.0.1:{port}", timeout=2.0)
    conn.token = "t" * 43
    conn.principal = auth_pb2.Principal(username="clerk", display_name="Clerk",
                                        org_name="HQ", permissions=["org.read", "user.read"])
    return conn


def test_unreachable_server_shows_reconnecting_then_offline(
        qtbot: QtBot, open_window: WindowFactory, qapp: QApplication) -> None:
    conn = _offline_connection(_free_port())
    window = open_window(conn)
    page = window.open_area("organisations")
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: monitor.state == State.RECONNECTING, timeout=10_000)
    assert window.connection_state.text().endswith("Reconnecting…")
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    assert page.banner.text().startswith("Cannot reach the server")
    qtbot.waitUntil(lambda: monitor.state == State.OFFLINE, timeout=20_000)
    assert window.connection_state.text().endswith("Offline — retrying")
    window.open_area("users")  # the window keeps working while offline
    assert window.isVisible()
    monitor.stop()
    conn.close()


def test_state_returns_to_connected_when_the_server_comes_back(
        qtbot: QtBot, open_window: WindowFactory, sessions: sessionmaker[DbSession]) -> None:
    port = _free_port()
    conn = _offline_connection(port)
    window = open_window(conn)
    window.open_area("organisations")
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: monitor.state != State.CONNECTED, timeout=10_000)
    running = build_server(ServerConfig(listen=f"127.0.0.1:{port}", workers=2, migrate=False),
                           sessions)
    try:
        with qtbot.waitSignal(monitor.restored, timeout=20_000):
            pass
        assert monitor.state == State.CONNECTED
        assert window.connection_state.text().endswith("Connected")
    finally:
        monitor.stop()
        conn.close()
        running.stop(0.5)
