"""Which tenant a requested code belongs to, decided from the code itself.

Codes are per-tenant keyed permutations: a code carries no tenant, and decoding it under another
tenant's key gives a number that tenant issued with probability below 1e-9 (the code spaces'
capacity rule). So the server narrows the candidates cheaply, then lets the keys decide:

1. The URL's host and path against every consumer URL base a tenant prints (its code settings and
   every batch's base, fixed at issuance): the longest matching base names its tenant(s).
2. A GS1 Digital Link's GTIN against the GTINs tenants issued codes for; an SSCC against the
   company prefixes tenants issue pallets under.
3. No base matches the host (another host name for the same gateway, a proxy): the path alone.

Each candidate tenant decodes the code under its own keys; only a tenant for which the code is
issued ever sees it. Two tenants claiming one GTIN (or sharing one base) cost one decode each, and
should both find the code issued (a 1-in-10^9 coincidence), the tenant whose GS1 company prefix
the GTIN carries wins; otherwise the code is treated as unknown. A shared base is fine for a few
tenants; for many, give each its own host or path (every candidate costs a decode).

The tables are small (one row per base, GTIN or SSCC prefix and tenant) and cached per process,
refreshed every `ttl` seconds; a query that finds nothing first asks whether batches or settings
changed since (one cheap statement) and, if so, reloads and tries again, so a batch issued a
moment ago is never reported as unknown.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("yima.scans")
MAX_CANDIDATES = 64
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def normalise(url: str) -> tuple[str, str]:
    """(host[:port] lowercased without a default port, path + query) of a URL or base."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port is not None and str(parts.port) != _DEFAULT_PORTS.get(parts.scheme, ""):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return host, path


@dataclass
class Tables:
    bases: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    by_path: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    gtins: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    sscc: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # prefix
    spaces: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    company_prefixes: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    """What a request names: the text to read the code from and the tenants to try."""

    text: str
    tenants: tuple[int, ...]
    by_base: bool  # a consumer URL base matched: the scan is attributed to those tenants


class Routes:
    def __init__(self, sessions: sessionmaker[Session], ttl: float = 30.0) -> None:
        self._sessions = sessions
        self._ttl = ttl
        self._lock = threading.Lock()
        self._tables = Tables()
        self._loaded = 0.0
        self._seen: tuple[object, ...] = ()

    def tables(self) -> Tables:
        if time.monotonic() - self._loaded > self._ttl and self._lock.acquire(blocking=False):
            try:
                self._reload()
            finally:
                self._lock.release()
        return self._tables

    def _reload(self) -> None:
        version = self._version()
        self._tables = self._load()
        self._seen, self._loaded = version, time.monotonic()

    def refresh_if_changed(self) -> bool:
        """Reload when batches, code spaces or settings changed since the last load."""
        with self._lock:
            if self._version() == self._seen:
                return False
            self._reload()
            return True

    def _version(self) -> tuple[object, ...]:
        with self._sessions() as s:
            return tuple(s.execute(text("""
                SELECT (SELECT coalesce(max(id), 0) FROM code_batch),
                       (SELECT count(*) FROM code_space),
                       (SELECT max(updated_at) FROM code_settings)""")).one())

    def _load(self) -> Tables:
        t = Tables()
        with self._sessions() as s:
            rows = s.execute(text("""
                SELECT tenant_id, url_base, '' FROM code_batch WHERE url_base <> ''
                    GROUP BY tenant_id, url_base
                UNION SELECT tenant_id, gateway_base_url, '' FROM code_settings
                    WHERE gateway_base_url <> ''
                UNION SELECT tenant_id, '', 'g' || gtin FROM code_batch WHERE gtin <> ''
                    GROUP BY tenant_id, gtin
                UNION SELECT tenant_id, '', 's' || space FROM code_space
                UNION SELECT tenant_id, '', 'p' || gs1_company_prefix FROM code_settings
                    WHERE gs1_company_prefix <> ''""")).all()
        for tenant_id, base, extra in rows:
            if base:
                host, path = normalise(base)
                t.bases.setdefault((host, path), set()).add(tenant_id)
                t.by_path[path].add(tenant_id)
            elif extra.startswith("g"):
                t.gtins[extra[1:]].add(tenant_id)
            elif extra.startswith("s"):
                space = extra[1:]
                t.spaces[tenant_id].add(space)
                if space.startswith("sscc/"):
                    _, ext, prefix = space.split("/")
                    t.sscc[ext + prefix].add(tenant_id)
            elif extra.startswith("p"):
                t.company_prefixes[tenant_id] = extra[1:]
        return t

    def resolve(self, url: str) -> Target:
        """The tenants a requested URL (or typed text) may belong to."""
        target = self._resolve(self.tables(), url)
        if not target.tenants and self.refresh_if_changed():
            target = self._resolve(self._tables, url)
        if len(target.tenants) > MAX_CANDIDATES:
            log.warning("%d tenants share the consumer URL of %r: give them their own bases",
                        len(target.tenants), url[:80])
            return Target(target.text, (), False)
        return target

    @staticmethod
    def _resolve(t: Tables, url: str) -> Target:
        raw = url.strip()
        if "://" not in raw:  # typed text: GS1 forms name their GTIN, others any tenant's
            return Target(raw, tuple(sorted(_gs1_tenants(t, raw))), False)
        host, path = normalise(raw)
        best: tuple[str, str] | None = None
        for (b_host, b_path) in t.bases:
            if b_host == host and path.startswith(b_path) and \
                    (best is None or len(b_path) > len(best[1])):
                best = (b_host, b_path)
        tenants: set[int] = set(t.bases[best]) if best else set()
        rest = unquote(path[len(best[1]):]) if best else ""
        digital_link = _gs1_tenants(t, raw)
        if best is None:
            for b_path, owners in t.by_path.items():
                if len(b_path) > 1 and path.startswith(b_path):
                    tenants |= owners
                    rest = unquote(path[len(b_path):])
        typed = _gs1_tenants(t, rest) if rest and "/" not in rest.strip("/") else set()
        tenants |= digital_link | typed
        # A Digital Link is read from the whole URL; a plain base + code from what follows.
        reading = raw if digital_link or "/" in rest.strip("/") or not rest else rest
        return Target(reading, tuple(sorted(tenants)), best is not None)

    def spaces(self, tenant_id: int) -> set[str]:
        return self._tables.spaces.get(tenant_id, set())

    def company_prefix(self, tenant_id: int) -> str:
        return self._tables.company_prefixes.get(tenant_id, "")


def _gs1_tenants(t: Tables, raw: str) -> set[int]:
    """Tenants that issued codes under the GTIN or SSCC prefix the text carries."""
    from server.codes.formats import Kind, Malformed
    from server.codes.printed import readings

    try:
        found = readings(raw)
    except Malformed:
        return set()
    out: set[int] = set()
    for reading in found:
        if reading.kind is Kind.GS1 and reading.gtin:
            out |= t.gtins.get(reading.gtin, set())
        elif reading.kind is Kind.SSCC:
            for prefix, owners in t.sscc.items():
                if reading.text.startswith(prefix):
                    out |= owners
    return out
