"""Build and run the gRPC server: interceptors, servicers, health, reflection, TLS, shutdown."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from server import registry
from server.accounts.sessions import AuthSettings, SessionAuthenticator
from server.codes import keys as code_keys
from server.config import ServerConfig
from server.core.interceptors import (
    ErrorInterceptor,
    LoggingInterceptor,
    UnitOfWorkInterceptor,
)
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import check_connection, make_engine, make_session_factory
from server.scans import wiring as scan_wiring

log = logging.getLogger("yima.server")


@dataclass
class Running:
    server: grpc.Server
    port: int
    health: health.HealthServicer
    on_stop: Callable[[], None] | None = None
    scans: scan_wiring.ScanArea | None = None  # the scan area's pool and alert worker

    def stop(self, grace: float) -> None:
        """Refuse new calls, let in-flight ones finish for up to `grace` seconds."""
        self.health.enter_graceful_shutdown()
        self.server.stop(grace).wait()
        if self.on_stop is not None:
            self.on_stop()


def auth_settings(config: ServerConfig) -> AuthSettings:
    return AuthSettings(session_ttl=timedelta(minutes=config.session_ttl_minutes),
                        session_max=timedelta(hours=config.session_max_hours),
                        max_failed_logins=config.max_failed_logins,
                        lockout=timedelta(minutes=config.lockout_minutes))


def build_server(config: ServerConfig, sessions: sessionmaker[Session],
                 keys: code_keys.KeyStore | None = None) -> Running:
    """Create, bind and start the server; returns it with the port actually bound. Without
    `keys`, the key store reads DATA_DIR's master key when codes first need it."""
    settings = auth_settings(config)
    store = keys or code_keys.KeyStore(config.data_dir)
    # Also the process's key store (for callers handed none): one given explicitly wins over a
    # default made here, so a test server beside the main one cannot displace it.
    code_keys.install(store, replace=keys is not None)
    scans = scan_wiring.start(config, sessions, store)
    interceptors = [
        LoggingInterceptor(),
        ErrorInterceptor(),
        UnitOfWorkInterceptor(sessions, registry.all_policies(), SessionAuthenticator(settings),
                              gateway_check=scans.gateway_check),
    ]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=config.workers,
                                                    thread_name_prefix="rpc"),
                         interceptors=interceptors,
                         options=[("grpc.max_receive_message_length", 16 * 1024 * 1024),
                                  ("grpc.max_send_message_length", 64 * 1024 * 1024)])
    deps = registry.Deps(auth=settings, tls=config.tls_enabled, keys=store, scans=scans.deps)
    for area in registry.AREAS:
        area.register(server, deps)
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    names = registry.service_names()
    for name in names:
        health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    health_servicer.set("", health_pb2.HealthCheckResponse.SERVING)
    reflection.enable_server_reflection(
        [*names, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
         reflection.SERVICE_NAME], server)
    if config.tls_enabled:
        creds = grpc.ssl_server_credentials(
            [(Path(config.tls_key).read_bytes(), Path(config.tls_cert).read_bytes())])
        port = server.add_secure_port(config.listen, creds)
    else:
        port = server.add_insecure_port(config.listen)
    if port == 0:
        scans.stop()
        raise SystemExit(f"cannot listen on {config.listen}")
    server.start()
    return Running(server=server, port=port, health=health_servicer, on_stop=scans.stop,
                   scans=scans)


def database_url(config: ServerConfig) -> str:
    """The configured DATABASE_URL, or the embedded PostgreSQL started in the data folder."""
    if config.database_url:
        return config.database_url
    return start_embedded(config.data_dir)


def open_database(config: ServerConfig) -> tuple[Engine, sessionmaker[Session]]:
    url = database_url(config)
    if config.migrate:
        migrate.upgrade(url)
    engine = make_engine(url, pool_size=config.db_pool_size)
    log.info("database: PostgreSQL %s", check_connection(engine))
    return engine, make_session_factory(engine)


def serve(config: ServerConfig, ready: threading.Event | None = None,
          on_ready: object = None) -> None:
    """Run until SIGTERM/SIGINT, then finish in-flight calls within the grace period."""
    engine, sessions = open_database(config)
    # The master key is read (or created, mode 0600) now: a bad key stops the start.
    running = build_server(config, sessions, code_keys.KeyStore.open(config.data_dir))
    scan_wiring.ensure_gateway_token(config)
    host = config.listen.rsplit(":", 1)[0]
    log.info("yima server listening on %s:%d (%s)", host, running.port,
             "TLS" if config.tls_enabled else "plaintext")
    if callable(on_ready):
        on_ready(host, running.port)
    stop = threading.Event()

    def _signal(signum: int, _frame: object) -> None:
        log.info("signal %d: shutting down, in-flight calls get %.0fs", signum,
                 config.grace_seconds)
        stop.set()

    signal.signal(signal.SIGTERM, _signal)
    signal.signal(signal.SIGINT, _signal)
    if ready is not None:
        ready.set()
    stop.wait()
    running.stop(config.grace_seconds)
    engine.dispose()
    log.info("stopped")
