"""Reading a requested code under each candidate tenant's keys: the (tenant, space, sequence
number) it may stand for, decoded without the database (keys are cached), and whether the text
is a well-formed code at all."""

from __future__ import annotations

from typing import Any

from server.codes.formats import DIGITS_LENGTHS, Kind, Malformed, Space, payload
from server.codes.printed import readings
from server.scans.deps import ScanDeps
from server.scans.outcome import Candidate
from server.scans.routes import Target


def candidates(deps: ScanDeps, target: Target) -> tuple[list[Candidate], bool]:
    """(tenant, space, sequence number) readings of the text under each candidate tenant's
    keys, and whether the text is a well-formed code at all."""
    try:
        found = readings(target.text)
    except Malformed:
        return [], False
    out: list[Candidate] = []
    well_formed = False
    session = None
    try:
        for reading in found:
            for tenant_id in target.tenants:
                for space in _spaces(deps, tenant_id, reading):
                    try:
                        value = payload(space, reading.text)
                    except Malformed:
                        continue
                    well_formed = True
                    if session is None:
                        session = deps.sessions()
                    codec = deps.keys.codec(session, tenant_id, space)
                    seq = codec.permutation.decrypt_one(value)
                    if seq < space.capacity:
                        out.append(Candidate(tenant_id, space.key, seq, reading.gtin))
        if not target.tenants:  # nobody to ask, but was it a code at all?
            well_formed = any(_well_formed(r) for r in found)
    finally:
        if session is not None:
            session.close()
    return out, well_formed

def _spaces(deps: ScanDeps, tenant_id: int, reading: Any) -> list[Space]:
    issued = deps.routes.spaces(tenant_id)
    if reading.kind is Kind.DIGITS:
        spaces = [Space.digits(len(reading.text))]
    elif reading.kind is Kind.SHORT:
        spaces = [Space.short()]
    elif reading.kind is Kind.GS1:
        spaces = [Space.gs1(len(reading.text))] if len(reading.text) in DIGITS_LENGTHS \
            else []
    else:
        spaces = [Space.parse(k) for k in sorted(issued) if k.startswith("sscc/")
                  and reading.text.startswith(k[5] + k[7:])]
    return spaces

def _well_formed(reading: Any) -> bool:
    space = {Kind.DIGITS: lambda n: Space.digits(n), Kind.GS1: lambda n: Space.gs1(n),
             Kind.SHORT: lambda n: Space.short()}.get(reading.kind)
    if space is None:
        return len(reading.text) == 18 and reading.text.isdigit()
    try:
        payload(space(len(reading.text)), reading.text)
    except (Malformed, ValueError):
        return False
    return True
