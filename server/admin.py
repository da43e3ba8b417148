"""`yima db` and `yima admin`: maintenance that runs beside (not through) the server."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from sqlalchemy import select

from server.accounts import passwords
from server.accounts.bootstrap import create_tenant
from server.accounts.models import Tenant, User
from server.accounts.sessions import revoke_sessions
from server.app import database_url
from server.config import ServerConfig
from server.db import backup, migrate
from server.db.engine import make_engine, make_session_factory


def db_command(cfg: ServerConfig, action: str, file: str | None) -> int:
    url = database_url(cfg)
    if action == "upgrade":
        migrate.upgrade(url)
        print(f"database at revision {migrate.current(url)}")
    elif action == "current":
        print(migrate.current(url) or "(empty)")
    elif action == "url":
        print(url)
    elif action in ("backup", "restore"):
        if not file:
            raise SystemExit(f"yima db {action} needs a FILE")
        if action == "backup":
            print(f"backup written to {backup.backup(url, Path(file))}")
        else:
            backup.restore(url, Path(file))
            print(f"restored {file}; database at revision {migrate.current(url)}")
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password:
        return str(args.password)
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("passwords differ")
    return first


def admin_command(cfg: ServerConfig, args: argparse.Namespace) -> int:
    url = database_url(cfg)
    migrate.upgrade(url)
    engine = make_engine(url, pool_size=1)
    sessions = make_session_factory(engine)
    try:
        with sessions() as session, session.begin():
            if args.action == "create-tenant":
                made = create_tenant(session, args.tenant, args.name or args.tenant,
                                     args.username, _password(args))
                print(f"tenant {args.tenant} created (id {made.tenant_id}); "
                      f"administrator {args.username} must change the password at first sign-in")
            else:
                user = session.execute(
                    select(User).join(Tenant, Tenant.id == User.tenant_id)
                    .where(Tenant.code == args.tenant, User.username == args.username)
                ).scalar_one_or_none()
                if user is None:
                    raise SystemExit(f"no user {args.username} in tenant {args.tenant}")
                new = _password(args)
                passwords.check_strength(new)
                user.password_hash = passwords.hash_password(new)
                user.must_change_password = True
                user.failed_logins = 0
                user.locked_until = None
                revoke_sessions(session, user.id)
                print(f"password of {args.username} reset; account unlocked")
    finally:
        engine.dispose()
    return 0
