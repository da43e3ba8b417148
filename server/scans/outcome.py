"""What a consumer query carries in and out of the server (the proto's messages as plain
Python), and the pieces a batch of queries passes between reading, deciding and writing."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from server.scans.regions import Place
from server.scans.routes import Target
from server.scans.secrets import ScanRef


@dataclass(frozen=True)
class Request:
    url: str
    method: str = "qr"
    ip: str = ""
    device_id: str = ""
    user_agent: str = ""
    lang: str = "zh"
    verification_code: str = ""
    scan_token: str = ""
    position: tuple[float, float, float] | None = None  # WGS-84 lat, lng, accuracy (m)


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    title: str
    at: datetime | None = None
    day: str = ""
    place: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Document:
    id: int
    kind: str
    title: str
    mime: str
    size: int


@dataclass
class Outcome:
    """Everything the page shows (the proto Verification, in plain Python)."""

    result: str
    verdict: str
    headline: str = ""
    message: str = ""
    reasons: list[str] = field(default_factory=list)
    reason_texts: list[str] = field(default_factory=list)
    code: str = ""
    query_count: int = 0
    ordinal: int = 0
    first_at: datetime | None = None
    first_place: str = ""
    place: str = ""
    brand_name: str = ""
    brand_intro: str = ""
    service_phone: str = ""
    product_name: str = ""
    spec: str = ""
    has_image: bool = False
    lot_no: str = ""
    production_date: str = ""
    timeline: list[TimelineEntry] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    verification: str = "off"
    verification_digits: int = 0
    attempts_left: int = 0
    scan_token: str = ""
    ask_position: bool = False
    lang: str = "zh"
    retry_after_s: int = 0
    verified: bool = False


@dataclass(frozen=True)
class Candidate:
    tenant_id: int
    space: str
    seq: int
    gtin: str


@dataclass(frozen=True)
class Item:
    """One query of a batch, read and decoded, before the database is asked."""

    req: Request
    lang: str
    here: Place
    ref: ScanRef | None
    target: Target
    cands: list[Candidate]
    well_formed: bool


# A query's decision: yields what to write, is sent what was written, returns the outcome.
Decision = Generator[dict[str, Any], dict[str, Any], Outcome]
WRITE_FIELDS = ("tenant", "batch", "serial", "code", "product", "lot", "method", "result",
                "verdict", "counted", "ordinal", "verified", "device", "ip_prefix",
                "user_agent", "lang", "latitude", "longitude", "accuracy", "location_source",
                "province", "city", "district", "record", "vc_key", "is_bad", "bad_key",
                "normal", "important", "suspect_alert", "enum_threshold")


def lang_of(raw: str) -> str:
    """zh, unless the request asks for English."""
    return "en" if raw.lower().startswith("en") else "zh"
