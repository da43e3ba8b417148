"""Gateway settings: defaults < environment < command line."""

from __future__ import annotations

import argparse
import ipaddress
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("yima", appauthor=False))


def _opt(env: str, help: str, **kw: Any) -> Any:
    return field(metadata={"env": env, "help": help}, **kw)


@dataclass
class GatewayConfig:
    listen: str = _opt("YIMA_GATEWAY_LISTEN", "address:port the HTTP gateway binds",
                       default="127.0.0.1:8080")
    server: str = _opt("YIMA_GATEWAY_SERVER", "the gRPC server host:port",
                       default="127.0.0.1:50051")
    token: str = _opt("YIMA_GATEWAY_TOKEN", "the gateway credential the server accepts; empty = "
                      "DATA_DIR/keys/gateway.token", default="")
    data_dir: Path = _opt("YIMA_DATA_DIR", "the server's data folder, where its gateway token "
                          "file lies when the gateway runs beside it",
                          default_factory=_default_data_dir)
    public_url: str = _opt("YIMA_GATEWAY_PUBLIC_URL", "scheme://host[:port] consumers reach the "
                           "gateway at (the base printed in QR codes); empty = the request's "
                           "Host", default="")
    trusted_proxies: str = _opt("YIMA_GATEWAY_TRUSTED_PROXIES", "comma-separated addresses or "
                                "networks of reverse proxies whose X-Forwarded-For is believed",
                                default="")
    server_ca: str = _opt("YIMA_GATEWAY_SERVER_CA", "PEM CA file: talk TLS to the server",
                          default="")
    processes: int = _opt("YIMA_GATEWAY_PROCESSES", "gateway processes sharing the port "
                          "(SO_REUSEPORT)", default=1)
    log_level: str = _opt("YIMA_LOG_LEVEL", "DEBUG, INFO, WARNING or ERROR",
                          default="INFO")

    def proxies(self) -> list[Network]:
        return [ipaddress.ip_network(p.strip(), strict=False)
                for p in self.trusted_proxies.split(",") if p.strip()]

    def credential(self) -> str:
        """The configured token, else the one the server wrote into its data folder."""
        if self.token:
            return self.token.split(",")[0].strip()
        path = self.data_dir / "keys" / "gateway.token"
        if path.is_file():
            return path.read_text(encoding="ascii").strip()
        raise SystemExit(f"no gateway credential: set YIMA_GATEWAY_TOKEN (the server's) or "
                         f"run beside the server ({path} not found)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    for f in fields(GatewayConfig):
        parser.add_argument("--" + f.name.replace("_", "-"), dest=f.name, default=None,
                            metavar=f.name.upper(),
                            help=f"{f.metadata['help']} [env {f.metadata['env']}]")


def load(args: argparse.Namespace | None = None,
         env: dict[str, str] | None = None) -> GatewayConfig:
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    cli = {k: v for k, v in vars(args).items() if v is not None} if args else {}
    for f in fields(GatewayConfig):
        raw = cli.get(f.name, env.get(f.metadata["env"]) or None)
        if raw is None:
            continue
        kind = f.type if isinstance(f.type, type) else {"int": int, "Path": Path}.get(
            str(f.type), str)
        values[f.name] = kind(raw) if kind in (int, Path) else str(raw)
    return GatewayConfig(**values)
