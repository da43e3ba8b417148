"""The `yima` command: every process starts the same way.

  yima server    run the gRPC server (embedded PostgreSQL unless DATABASE_URL is set)
  yima demo      server + demo data, and the desktop client where a display exists
  yima client    the desktop client
  yima db        upgrade | current | backup FILE | restore FILE | url
  yima admin     create-tenant | reset-password
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def _logging(level: str) -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if level.upper() != "DEBUG":
        # Their INFO lines are internals (every pg_ctl command, every Alembic plugin).
        for noisy in ("pgserver", "alembic.runtime.plugins"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


def _server_parser(sub: argparse._SubParsersAction, name: str,
                   help: str) -> argparse.ArgumentParser:
    from server import config

    parser = sub.add_parser(name, help=help, description=help)
    config.add_arguments(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yima", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    _server_parser(sub, "server", "Run the gRPC server until SIGTERM/SIGINT.")

    demo = _server_parser(sub, "demo", "Start the server with demo data (a peanut-oil brand), "
                                       "then the client when a display exists.")
    demo.add_argument("--headless", action="store_true",
                      help="never start the client, even with a display")

    client = sub.add_parser("client", help="Run the desktop client.")
    client.add_argument("--server", help="server address host:port (remembered otherwise)")
    client.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")

    db = _server_parser(sub, "db", "Database maintenance.")
    db.add_argument("action", choices=["upgrade", "current", "backup", "restore", "url"])
    db.add_argument("file", nargs="?", help="archive file for backup/restore (pg_dump format)")

    admin = _server_parser(sub, "admin", "Administration without a running server.")
    admin.add_argument("action", choices=["create-tenant", "reset-password"])
    admin.add_argument("--tenant", required=True, help="company code (企业代码)")
    admin.add_argument("--name", help="company name, for create-tenant")
    admin.add_argument("--username", default="admin", help="the user (default admin)")
    admin.add_argument("--password", help="password (prompted when omitted)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "client":
        from client.app import run_client

        return run_client(server=args.server, lang=args.lang)

    from server import config as config_mod

    cfg = config_mod.load(args)
    _logging(cfg.log_level)
    if args.command == "server":
        from server.app import serve

        serve(cfg)
        return 0
    if args.command == "demo":
        from server.demo.run import run_demo

        return run_demo(cfg, headless=args.headless or not _has_display())
    from server.core.errors import DomainError

    try:
        if args.command == "db":
            from server.admin import db_command

            return db_command(cfg, args.action, args.file)
        if args.command == "admin":
            from server.admin import admin_command

            return admin_command(cfg, args)
    except DomainError as exc:
        print(f"yima: {exc.message_zh}\nyima: {exc.message_en}", file=sys.stderr)
        return 2
    return 2


def _has_display() -> bool:
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
