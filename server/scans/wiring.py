"""The scan area inside a server process: its connection pool, routes, limits, the gateway
credential check and the alert delivery worker; started and stopped with the server."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from server.codes.keys import KeyStore
from server.config import ServerConfig
from server.scans import prepared
from server.scans.alerts import DeliveryWorker, HttpSmsNotifier, LogNotifier, Notifier
from server.scans.deps import Limits, ScanDeps, scan_engine
from server.scans.routes import Routes
from server.scans.secrets import GatewayCheck, gateway_tokens


class LazyGatewayCheck:
    """Reads the accepted credentials on first use (and again while there are none), so a
    token file written after the server started is still found."""

    def __init__(self, config: ServerConfig) -> None:
        self._config = config
        self._check: GatewayCheck | None = None
        self._lock = threading.Lock()

    def __call__(self, token: str) -> bool:
        if self._check is None:
            with self._lock:
                tokens = gateway_tokens(self._config.gateway_token, self._config.data_dir,
                                        create=False)
                if not tokens:
                    return False
                self._check = GatewayCheck(tokens)
        return self._check(token)


def notifier(config: ServerConfig) -> Notifier:
    if config.sms_url:
        return HttpSmsNotifier(config.sms_url, config.sms_method, config.sms_body,
                               config.sms_content_type)
    return LogNotifier()


@dataclass
class ScanArea:
    deps: ScanDeps
    worker: DeliveryWorker
    gateway_check: LazyGatewayCheck

    def stop(self) -> None:
        self.worker.stop()
        self.deps.engine.dispose()


def start(config: ServerConfig, sessions: sessionmaker[Session], keys: KeyStore) -> ScanArea:
    engine = scan_engine(sessions, config.scan_pool_size)
    prepared.install(engine)
    deps = ScanDeps(
        engine=engine, sessions=sessions, keys=keys,
        routes=Routes(sessions),
        limits=Limits(ip_per_minute=config.scan_ip_per_minute,
                      code_per_minute=config.scan_code_per_minute,
                      bad_per_10min=config.scan_bad_per_10min),
        ip_regions=config.ip_regions)
    worker = DeliveryWorker(sessions, notifier(config), deps.wake, config.alert_poll_seconds)
    worker.start()
    return ScanArea(deps, worker, LazyGatewayCheck(config))


def ensure_gateway_token(config: ServerConfig) -> list[str]:
    """The credentials, writing DATA_DIR/keys/gateway.token when none is configured."""
    return gateway_tokens(config.gateway_token, config.data_dir, create=True)
