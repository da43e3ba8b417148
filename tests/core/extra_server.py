"""A second server built by the real factory (server.app.build_server) with an extra test-only
area, so tests can reach the interceptors with handlers the product does not have."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import grpc
import pytest
from sqlalchemy.orm import Session, sessionmaker

from server import registry
from server.app import build_server
from server.config import ServerConfig
from server.core.policy import Policy
from shared.pb import common_pb2

SERVICE = "yima.v1.TestOnlyService"

Handler = Callable[[Any, grpc.ServicerContext], Any]


def path(method: str) -> str:
    return f"/{SERVICE}/{method}"


def _handler(kind: str, fn: Handler) -> grpc.RpcMethodHandler:
    factory = {"unary": grpc.unary_unary_rpc_method_handler,
               "stream": grpc.unary_stream_rpc_method_handler}[kind]
    return factory(fn, request_deserializer=common_pb2.Empty.FromString,
                   response_serializer=common_pb2.Empty.SerializeToString)


@contextmanager
def extra_server(monkeypatch: pytest.MonkeyPatch, sessions: sessionmaker[Session],
                 handlers: Mapping[str, tuple[str, Handler]],
                 policies: dict[str, Policy]) -> Iterator[str]:
    """Run build_server with one more area holding `handlers` (method -> (kind, fn)) and only
    the given `policies`; yields the address."""

    def register(server: grpc.Server, deps: registry.Deps) -> None:
        server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(
            SERVICE, {name: _handler(kind, fn) for name, (kind, fn) in handlers.items()}),))

    area = registry.Area("test-only", SERVICE, policies, register)
    monkeypatch.setattr(registry, "AREAS", (*registry.AREAS, area))
    running = build_server(ServerConfig(listen="127.0.0.1:0", workers=4, migrate=False), sessions)
    try:
        yield f"127.0.0.1:{running.port}"
    finally:
        running.stop(0.5)


def call_unary(channel: grpc.Channel, method: str) -> Any:
    return channel.unary_unary(path(method), request_serializer=common_pb2.Empty.SerializeToString,
                               response_deserializer=common_pb2.Empty.FromString)(
        common_pb2.Empty(), timeout=10)


def call_stream(channel: grpc.Channel, method: str) -> list[Any]:
    return list(channel.unary_stream(
        path(method), request_serializer=common_pb2.Empty.SerializeToString,
        response_deserializer=common_pb2.Empty.FromString)(common_pb2.Empty(), timeout=10))
