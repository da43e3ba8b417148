"""The `yima` command: every process starts the same way.

  yima server    run the gRPC server (embedded PostgreSQL unless DATABASE_URL is set)
  yima demo      server + demo data, and the desktop client where a display exists
  yima client    the desktop client
  yima db        upgrade | current | backup FILE | restore FILE | url
  yima admin     create-tenant | reset-password
  yima printfile verify | open | keygen   the print shop's side of the encrypted file (码包)
  yima gateway   the consumer scan gateway (HTTP) in front of the server
  yima collector line equipment → server: association records, buffered to disk while offline
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.printfile import Secret


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
    demo.add_argument("--gateway-listen", default="127.0.0.1:8080", metavar="HOST:PORT",
                      help="where the demo's consumer gateway listens (default 127.0.0.1:8080, "
                           "the address in the demo codes' URLs)")

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

    _printfile_parser(sub)
    _gateway_parser(sub)
    _collector_parser(sub)
    return parser


def _gateway_parser(sub: argparse._SubParsersAction) -> None:
    from gateway import config as gateway_config

    text = "Run the consumer scan gateway (HTTP pages behind the QR codes)."
    gateway = sub.add_parser("gateway", help=text, description=text)
    gateway_config.add_arguments(gateway)


PASSWORD_ENV = "YIMA_PRINTFILE_PASSWORD"


def _collector_parser(sub: argparse._SubParsersAction) -> None:
    text = ("Stream association records from line equipment (camera reader, line PC) to the "
            "server, buffering them on disk while the server cannot be reached.")
    parser = sub.add_parser("collector", help=text, description=text)
    parser.add_argument("--server", required=True, help="server address host:port")
    parser.add_argument("--tenant", required=True, help="company code (企业代码)")
    parser.add_argument("--user", required=True, help="an account holding pack.collect")
    parser.add_argument("--password", default=os.environ.get("YIMA_PASSWORD", ""),
                        help="the account's password [env YIMA_PASSWORD]")
    parser.add_argument("--line-id", type=int, required=True)
    parser.add_argument("--product-id", type=int, required=True)
    parser.add_argument("--lot-id", type=int, default=0)
    parser.add_argument("--items-per-case", type=int, default=0, help="0 = the product's")
    parser.add_argument("--station", default="", help="this collector's name (default: host)")
    parser.add_argument("--input", default="-",
                        help="FILE, - (stdin), tcp://host:port (connect to the reader) or "
                             "listen://host:port (readers connect here); default -")
    parser.add_argument("--buffer", default="",
                        help="journal folder (default: the user data folder)")


def _printfile_parser(sub: argparse._SubParsersAction) -> None:
    text = "Check, open or key an encrypted print file (码包), for print shops (docs/PRINTFILE.md)."
    printfile = sub.add_parser("printfile", help=text, description=text)
    actions = printfile.add_subparsers(dest="action", required=True)
    for name, what in (("verify", "check the file is intact and show what it holds"),
                       ("open", "decrypt the file to CSV")):
        cmd = actions.add_parser(name, help=what, description=what)
        cmd.add_argument("file")
        secret = cmd.add_mutually_exclusive_group(required=True)
        secret.add_argument("--password", action="store_true",
                            help=f"sealed with a password: read from {PASSWORD_ENV} or asked for")
        secret.add_argument("--key-file", metavar="K", help="sealed with this key file")
        if name == "open":
            cmd.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    keygen = actions.add_parser("keygen", help="write a new 32-byte key file (mode 0600)")
    keygen.add_argument("key_file", metavar="K")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "printfile":
        return _printfile(args)
    if args.command == "gateway":
        from gateway import config as gateway_config
        from gateway.run import run

        gw = gateway_config.load(args)
        _logging(gw.log_level)
        return run(gw)
    if args.command == "collector":
        return _collector(args)
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

        return run_demo(cfg, headless=args.headless or not _has_display(),
                        gateway_listen=args.gateway_listen)
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


def _collector(args: argparse.Namespace) -> int:
    """Run until the input ends and everything is acknowledged (or SIGINT/SIGTERM)."""
    import signal
    import socket
    import threading
    from pathlib import Path

    import platformdirs

    from shared.collector import Collector, Target, read_input
    from shared.collector_journal import Journal

    _logging(os.environ.get("YIMA_LOG_LEVEL", "INFO"))
    station = args.station or socket.gethostname()
    folder = Path(args.buffer) if args.buffer else \
        Path(platformdirs.user_data_dir("yima", appauthor=False)) / "collector" / station
    journal = Journal(folder)
    collector = Collector(Target(args.server, args.tenant, args.user, args.password,
                                 args.line_id, args.product_id, args.lot_id, station,
                                 args.items_per_case), journal)
    if journal.count():
        print(f"{journal.count()} records from before wait in {folder}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: collector.stop.set())
    signal.signal(signal.SIGINT, lambda *_: collector.stop.set())
    collector.start()
    threading.Thread(target=read_input, args=(collector, args.input), daemon=True).start()
    drained = collector.wait_drained()
    print(f"collector: {collector.acked} acknowledged, {len(journal.refused)} refused, "
          f"{journal.count()} still buffered in {folder}", flush=True)
    return 0 if drained else 1


def _printfile(args: argparse.Namespace) -> int:
    """The print shop's commands: exit 0 when intact/done, 1 when refused."""
    from shared import printfile

    try:
        if args.action == "keygen":
            path = printfile.generate_key_file(args.key_file)
            print(f"密钥文件已生成 / key file written: {path}\n"
                  "请与加密文件分开交付 / hand it over separately from the file.")
            return 0
        secret = (printfile.Secret(key=printfile.read_key_file(args.key_file)) if args.key_file
                  else printfile.Secret(password=os.environ.get(PASSWORD_ENV) or _ask_password()))
        if args.action == "verify":
            return _printfile_verify(args.file, secret)
        return _printfile_open(args.file, args.output, secret)
    except printfile.PrintFileError as exc:
        print(f"yima: {exc.zh}\nyima: {exc.en}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"yima: {exc}", file=sys.stderr)
        return 1


def _ask_password() -> str:
    import getpass

    return getpass.getpass("密码 / Password: ")


def _printfile_verify(file: str, secret: Secret) -> int:
    from shared import printfile

    with open(file, "rb") as data:
        meta, chunks = printfile.open_sealed(data, password=secret.password, key=secret.key)
        for key in sorted(meta):  # the header is authenticated by now
            print(f"{key}: {meta[key]}", flush=True)
        lines, ends_open = 0, False
        for chunk in chunks:
            lines += chunk.count(b"\n")
            if chunk:
                ends_open = not chunk.endswith(b"\n")
    rows = max(lines + ends_open - 1, 0)  # the first line names the columns
    print(f"行数 / rows: {rows}")
    if meta.get("rows", str(rows)) != str(rows):
        print(f"yima: 行数与文件说明（{meta['rows']}）不符\n"
              f"yima: the row count differs from the file's description ({meta['rows']})",
              file=sys.stderr)
        return 1
    print("完整 / intact")
    return 0


def _printfile_open(file: str, output: str | None, secret: Secret) -> int:
    """Decrypt to `output` (written as output.part and renamed only once all of it checked)."""
    from shared import printfile

    with open(file, "rb") as data:
        _, chunks = printfile.open_sealed(data, password=secret.password, key=secret.key)
        if output is None:
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return 0
        part = f"{output}.part"
        try:
            with open(part, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
            os.replace(part, output)
        finally:
            if os.path.exists(part):
                os.remove(part)
    print(f"已解密 / decrypted: {output}", file=sys.stderr)
    return 0


def _has_display() -> bool:
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
