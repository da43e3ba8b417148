"""Helpers for the code tests: batches, changes and lookups through the real RPCs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import grpc

from client.connection import Connection, server_error
from shared.pb import codes_pb2, codes_pb2_grpc, common_pb2
from tests.catalog.helpers import GTIN_A, new_category, new_product

C = codes_pb2
BASE = "https://m.fengyuan.example/c/"


def codes(conn: Connection) -> codes_pb2_grpc.CodeServiceStub:
    return conn.stub(codes_pb2_grpc.CodeServiceStub)


def settings(conn: Connection, url: str = BASE, **kw: Any) -> codes_pb2.CodeSettings:
    return conn.call(codes(conn).UpdateCodeSettings, C.CodeSettings(gateway_base_url=url, **kw))


def issue(conn: Connection, count: int = 1000, *, fmt: int = C.CODE_FORMAT_DIGITS,
          level: int = C.CODE_LEVEL_ITEM, **kw: Any) -> codes_pb2.CodeBatch:
    return conn.call(codes(conn).IssueBatch, C.IssueBatchRequest(
        level=level, format=fmt, count=count, **kw))  # type: ignore[arg-type]


def get_batch(conn: Connection, batch_id: int) -> codes_pb2.CodeBatch:
    return conn.call(codes(conn).GetBatch, common_pb2.IdRequest(id=batch_id))


def lookup(conn: Connection, code: str) -> codes_pb2.CodeInfo:
    return conn.call(codes(conn).LookupCode, C.LookupCodeRequest(code=code))


def select(batch_id: int = 0, *, rolls: tuple[int, int] | None = None,
           serials: tuple[int, int] | None = None,
           code_list: list[str] | None = None) -> codes_pb2.CodeSelection:
    sel = C.CodeSelection(batch_id=batch_id, codes=code_list or [])
    if rolls:
        sel.first_roll, sel.last_roll = rolls
    if serials:
        sel.first_serial, sel.last_serial = serials
    return sel


def activate(conn: Connection, sel: codes_pb2.CodeSelection, product_id: int = 0,
             lot_id: int = 0, op: str = "") -> codes_pb2.CodeChangeResult:
    return conn.call(codes(conn).Activate, C.ActivateRequest(
        selection=sel, product_id=product_id, lot_id=lot_id, operation_id=op))


def void(conn: Connection, sel: codes_pb2.CodeSelection, reason: str = "标签破损",
         op: str = "") -> codes_pb2.CodeChangeResult:
    return conn.call(codes(conn).Void, C.VoidRequest(selection=sel, reason=reason,
                                                      operation_id=op))


def allocate(conn: Connection, batch_id: int, first_roll: int, last_roll: int,
             org_id: int, note: str = "") -> codes_pb2.CodeRangeEvent:
    return conn.call(codes(conn).AllocateRolls, C.AllocateRollsRequest(
        batch_id=batch_id, first_roll=first_roll, last_roll=last_roll, org_id=org_id,
        note=note))


def export(conn: Connection, batch_id: int, columns: Sequence[int], *, password: str = "",
           key: bytes = b"", first: int = 0, last: int = 0) -> list[codes_pb2.ExportChunk]:
    """The streamed chunks; a refusal raises ServerError like conn.call."""
    request = C.ExportBatchRequest(batch_id=batch_id, columns=columns,  # type: ignore[arg-type]
                                   password=password, key=key, first_serial=first,
                                   last_serial=last)
    try:
        return list(conn.call(codes(conn).ExportBatch, request, timeout=120))
    except grpc.RpcError as exc:  # raised while iterating, outside conn.call
        raise server_error(exc) from None


def product(conn: Connection, code: str = "P1", **kw: Any) -> Any:
    return new_product(conn, new_category(conn, f"C{code}").id, code, **kw)


def gs1_product(conn: Connection, code: str = "PG") -> Any:
    return product(conn, code, gtin=GTIN_A)


def op_id() -> str:
    return uuid.uuid4().hex
