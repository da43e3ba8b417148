"""Server configuration: defaults < config file (TOML) < environment < command line."""

from __future__ import annotations

import argparse
import os
import tomllib
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("yima", appauthor=False))


def _opt(env: str, help: str, **kw: Any) -> Any:
    return field(metadata={"env": env, "help": help}, **kw)


@dataclass
class ServerConfig:
    """Every server setting; each field names its environment variable and explains itself."""

    listen: str = _opt("YIMA_LISTEN", "address:port the gRPC server binds (port 0 = any free port)",
                       default="127.0.0.1:50051")
    data_dir: Path = _opt("YIMA_DATA_DIR", "folder for the embedded PostgreSQL, keys and backups",
                          default_factory=_default_data_dir)
    database_url: str = _opt("DATABASE_URL", "PostgreSQL URL; empty = start the embedded "
                             "PostgreSQL in DATA_DIR/pgdata", default="")
    tls_cert: str = _opt("YIMA_TLS_CERT", "PEM certificate chain; with TLS_KEY enables TLS",
                         default="")
    tls_key: str = _opt("YIMA_TLS_KEY", "PEM private key for TLS_CERT", default="")
    session_ttl_minutes: int = _opt("YIMA_SESSION_TTL_MINUTES",
                                    "idle minutes before a session token expires", default=480)
    session_max_hours: int = _opt("YIMA_SESSION_MAX_HOURS",
                                  "hours after sign-in when a token expires regardless", default=24)
    max_failed_logins: int = _opt("YIMA_MAX_FAILED_LOGINS",
                                  "wrong passwords in a row before an account locks", default=5)
    lockout_minutes: int = _opt("YIMA_LOCKOUT_MINUTES", "minutes a locked account stays locked",
                                default=15)
    workers: int = _opt("YIMA_WORKERS", "threads serving RPCs concurrently", default=16)
    grace_seconds: float = _opt("YIMA_GRACE_SECONDS",
                                "seconds in-flight calls get to finish on SIGTERM/SIGINT",
                                default=15.0)
    db_pool_size: int = _opt("YIMA_DB_POOL_SIZE", "database connections kept open", default=10)
    log_level: str = _opt("YIMA_LOG_LEVEL", "DEBUG, INFO, WARNING or ERROR", default="INFO")
    migrate: bool = _opt("YIMA_MIGRATE", "apply database migrations on start", default=True)
    # consumer gateway and scans (server/scans)
    gateway_token: str = _opt("YIMA_GATEWAY_TOKEN", "credential(s) the consumer gateway "
                              "presents, comma-separated to rotate; empty = "
                              "DATA_DIR/keys/gateway.token (made on first start)", default="")
    scan_pool_size: int = _opt("YIMA_SCAN_POOL_SIZE", "database connections for consumer "
                               "queries (autocommit pool)", default=16)
    scan_ip_per_minute: int = _opt("YIMA_SCAN_IP_PER_MINUTE", "consumer queries per minute "
                                   "from one address", default=300)
    scan_code_per_minute: int = _opt("YIMA_SCAN_CODE_PER_MINUTE", "queries per minute of one "
                                     "code", default=30)
    scan_bad_per_10min: int = _opt("YIMA_SCAN_BAD_PER_10MIN", "unknown or malformed codes from "
                                   "one address in 10 minutes before it is blocked",
                                   default=30)
    ip_regions: str = _opt("YIMA_IP_REGIONS", "CSV first_ip,last_ip,region_code to place scans "
                           "without a browser position; empty = unknown", default="")
    sms_url: str = _opt("YIMA_SMS_URL", "SMS provider URL template with {phone} and {message}; "
                        "empty = alerts are only recorded and logged", default="")
    sms_method: str = _opt("YIMA_SMS_METHOD", "GET or POST for the SMS provider", default="GET")
    sms_body: str = _opt("YIMA_SMS_BODY", "POST body template with {phone} and {message}",
                         default="")
    sms_content_type: str = _opt("YIMA_SMS_CONTENT_TYPE", "POST body content type",
                                 default="application/json")
    alert_poll_seconds: float = _opt("YIMA_ALERT_POLL_SECONDS", "seconds between outbox "
                                     "checks (new alerts wake the sender at once)", default=2.0)

    @property
    def tls_enabled(self) -> bool:
        return bool(self.tls_cert and self.tls_key)


def _coerce(kind: Any, raw: Any) -> Any:
    if kind in (bool, "bool"):
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in {"1", "true", "yes", "on"}
    if kind in (int, "int"):
        return int(raw)
    if kind in (float, "float"):
        return float(raw)
    if kind in (Path, "Path"):
        return Path(raw).expanduser()
    return str(raw)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add one --option per setting, with its environment variable in the help."""
    parser.add_argument("--config", metavar="FILE",
                        help="TOML file with any of the settings below (env YIMA_CONFIG; "
                             "default DATA_DIR/yima.toml when present)")
    for f in fields(ServerConfig):
        flag = "--" + f.name.replace("_", "-")
        meta = f.metadata
        default = f.default if f.default is not MISSING else "(per platform)"
        if f.type in (bool, "bool"):
            parser.add_argument(flag, dest=f.name, default=None,
                                action=argparse.BooleanOptionalAction,
                                help=f"{meta['help']} [env {meta['env']}; default {default}]")
        else:
            parser.add_argument(flag, dest=f.name, default=None, metavar=f.name.upper(),
                                help=f"{meta['help']} [env {meta['env']}; default {default}]")


def load(args: argparse.Namespace | None = None, env: dict[str, str] | None = None) -> ServerConfig:
    """Build the configuration from defaults, the config file, the environment and arguments."""
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    cli = {k: v for k, v in vars(args).items() if v is not None} if args else {}
    data_dir = cli.get("data_dir") or env.get("YIMA_DATA_DIR")
    config_file = cli.get("config") or env.get("YIMA_CONFIG")
    if not config_file:
        candidate = Path(data_dir).expanduser() if data_dir else _default_data_dir()
        if (candidate / "yima.toml").is_file():
            config_file = str(candidate / "yima.toml")
    known = {f.name: f for f in fields(ServerConfig)}
    if config_file:
        with open(config_file, "rb") as fh:
            for key, raw in tomllib.load(fh).items():
                if key not in known:
                    raise SystemExit(f"{config_file}: unknown setting {key!r}")
                values[key] = _coerce(known[key].type, raw)
    for name, f in known.items():
        if f.metadata["env"] in env and env[f.metadata["env"]] != "":
            values[name] = _coerce(f.type, env[f.metadata["env"]])
        if name in cli:
            values[name] = _coerce(f.type, cli[name])
    return ServerConfig(**values)
