"""Every RPC the protos declare, found from the generated descriptors (never a hand-kept list),
and a way to call any of them by its full name over a real channel."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor

import shared.pb
from client.connection import Connection, ServerError, server_error

READ_PREFIXES = ("List", "Get", "Search", "Me", "Ping")


@dataclass(frozen=True)
class Rpc:
    path: str  # /yima.v1.Service/Method
    service: str
    name: str
    descriptor: MethodDescriptor

    @property
    def looks_mutating(self) -> bool:
        """By name: anything that is not a List/Get/Search/Me/Ping changes something."""
        return not self.name.startswith(READ_PREFIXES)

    def empty_request(self) -> Any:
        return message_factory.GetMessageClass(self.descriptor.input_type)()


def pb_modules() -> Iterator[Any]:
    for info in sorted(pkgutil.iter_modules(shared.pb.__path__), key=lambda i: i.name):
        if info.name.endswith("_pb2"):
            yield importlib.import_module(f"shared.pb.{info.name}")


def all_rpcs() -> dict[str, Rpc]:
    """Every method of every service in every generated descriptor, by full path."""
    out: dict[str, Rpc] = {}
    for module in pb_modules():
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                path = f"/{service.full_name}/{method.name}"
                out[path] = Rpc(path, service.full_name, method.name, method)
    return out


def invoke(conn: Connection, rpc: Rpc, request: Any | None = None,
           timeout: float = 30.0) -> Any:
    """Call any RPC by path with the connection's token; raises ServerError like conn.call."""
    request = rpc.empty_request() if request is None else request
    response_class = message_factory.GetMessageClass(rpc.descriptor.output_type)
    kwargs: dict[str, Any] = {"request_serializer": type(request).SerializeToString,
                              "response_deserializer": response_class.FromString}
    d = rpc.descriptor
    try:
        if d.client_streaming and d.server_streaming:
            return list(conn.channel.stream_stream(rpc.path, **kwargs)(iter([request]),
                                                                       timeout=timeout))
        if d.client_streaming:
            return conn.channel.stream_unary(rpc.path, **kwargs)(iter([request]), timeout=timeout)
        if d.server_streaming:
            return list(conn.channel.unary_stream(rpc.path, **kwargs)(request, timeout=timeout))
        return conn.channel.unary_unary(rpc.path, **kwargs)(request, timeout=timeout)
    except grpc.RpcError as exc:
        raise server_error(exc) from None


def refusal(conn: Connection, rpc: Rpc, request: Any | None = None) -> ServerError | None:
    """The ServerError the call ends with, or None when it succeeded."""
    try:
        invoke(conn, rpc, request)
    except ServerError as err:
        return err
    return None
