"""The server's key store: the master key and each tenant's code and verification keys, made on
first use and kept sealed in the code_key table (see codes.vault for the scheme).

Created once per server (server.app) and handed to the codes servicer; decrypted tenant keys are
cached in memory, which is safe to share between server processes because the database row is the
only source (a key is created in its own committed transaction before anything uses it).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from server.codes import vault
from server.codes.formats import Codec, Space
from server.codes.models import CodeKey

CODE, VERIFICATION = "code", "verification"
_default: KeyStore | None = None
_default_lock = threading.Lock()


@dataclass(frozen=True)
class TenantKeys:
    code: bytes
    verification: bytes


class KeyStore:
    """Tenant keys under a master key read lazily (or eagerly with `open`)."""

    def __init__(self, data_dir: Path, env: Mapping[str, str] | None = None,
                 master: bytes | None = None) -> None:
        self._data_dir = data_dir
        self._env = env
        self._master = master
        self._lock = threading.Lock()
        self._tenants: dict[int, TenantKeys] = {}
        self._codecs: dict[tuple[int, str], Codec] = {}

    @classmethod
    def open(cls, data_dir: Path, env: Mapping[str, str] | None = None) -> KeyStore:
        """A key store whose master key is read (or created) now: a server start fails early
        when the key is unreadable."""
        store = cls(data_dir, env)
        store.master()
        return store

    def master(self) -> bytes:
        with self._lock:
            if self._master is None:
                self._master = vault.load_master_key(self._data_dir, self._env)
            return self._master

    def tenant(self, session: Session, tenant_id: int) -> TenantKeys:
        """The tenant's keys, created (and committed on their own) the first time."""
        cached = self._tenants.get(tenant_id)
        if cached is not None:
            return cached
        master = self.master()
        row = self._row(session, tenant_id)
        if row is None:
            self._create(session, tenant_id, master)
            row = self._row(session, tenant_id)
            assert row is not None  # committed just now, or by a concurrent call
        keys = TenantKeys(vault.unseal(master, tenant_id, CODE, row.code_key),
                          vault.unseal(master, tenant_id, VERIFICATION, row.verification_key))
        with self._lock:
            self._tenants[tenant_id] = keys
        return keys

    def codec(self, session: Session, tenant_id: int, space: Space) -> Codec:
        """The codec of one of the tenant's code spaces."""
        cache_key = (tenant_id, space.key)
        found = self._codecs.get(cache_key)
        if found is None:
            keys = self.tenant(session, tenant_id)
            found = Codec(space, vault.space_key(keys.code, space.key))
            with self._lock:
                self._codecs[cache_key] = found
        return found

    def verification_key(self, session: Session, tenant_id: int, space: Space) -> bytes:
        keys = self.tenant(session, tenant_id)
        return vault.verification_space_key(keys.verification, space.key)

    @staticmethod
    def _row(session: Session, tenant_id: int) -> CodeKey | None:
        return session.execute(select(CodeKey).where(CodeKey.tenant_id == tenant_id)
                               ).scalar_one_or_none()

    @staticmethod
    def _create(session: Session, tenant_id: int, master: bytes) -> None:
        # Its own transaction: the caller's may still roll back, and a key that some code was
        # already derived from must never disappear with it.
        with Session(bind=session.get_bind()) as own, own.begin():
            own.execute(insert(CodeKey).values(
                tenant_id=tenant_id,
                code_key=vault.seal(master, tenant_id, CODE, vault.new_key()),
                verification_key=vault.seal(master, tenant_id, VERIFICATION, vault.new_key()),
                master_key_id=vault.master_key_id(master),
            ).on_conflict_do_nothing(index_elements=["tenant_id"]))


def install(store: KeyStore, *, replace: bool = True) -> None:
    """Make `store` the process's key store for callers handed none (codes.labels_data)."""
    global _default
    with _default_lock:
        if replace or _default is None:
            _default = store


def default() -> KeyStore:
    """The key store of the server running in this process."""
    if _default is None:
        raise RuntimeError("no key store: build_server() installs one")
    return _default
