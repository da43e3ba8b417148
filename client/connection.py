"""The client's link to the server: a gRPC channel, the session token on every call, and
server errors turned into `ServerError` with the reason and both languages' messages.
Qt-free, so the benchmarks, the collector and the tests use it too."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from shared.pb import (
    accounts_pb2_grpc,
    audit_pb2_grpc,
    auth_pb2,
    auth_pb2_grpc,
    catalog_pb2_grpc,
    codes_pb2_grpc,
    common_pb2,
    flow_pb2_grpc,
    labels_pb2_grpc,
    orders_pb2_grpc,
    packing_pb2_grpc,
    production_pb2_grpc,
    shipping_pb2_grpc,
    stock_pb2_grpc,
    system_pb2_grpc,
    warehouse_pb2_grpc,
)

S = TypeVar("S")


@dataclass
class ServerError(Exception):
    """A refusal or failure from the server, ready to show to a person."""

    code: grpc.StatusCode
    reason: str
    message_en: str
    message_zh: str
    field: str = ""
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.reason}: {self.message_en}"

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en

    @property
    def is_connection_problem(self) -> bool:
        return self.code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)


_TRANSPORT_MESSAGES = {
    grpc.StatusCode.UNAVAILABLE: ("无法连接服务器，请检查网络或服务器地址。",
                                  "Cannot reach the server; check the network or the address."),
    grpc.StatusCode.DEADLINE_EXCEEDED: ("服务器响应超时，请稍后再试。",
                                        "The server took too long to answer; please try again."),
    grpc.StatusCode.UNIMPLEMENTED: ("此服务器尚未提供该功能，请升级服务器。",
                                    "This server does not offer this function yet; "
                                    "please upgrade the server."),
}


def server_error(exc: grpc.RpcError) -> ServerError:
    """Decode the status details (ErrorInfo + LocalizedMessage) the server attaches."""
    code = exc.code() if hasattr(exc, "code") else grpc.StatusCode.UNKNOWN
    status = rpc_status.from_call(exc) if hasattr(exc, "trailing_metadata") else None
    reason, fld, params = code.name, "", {}
    zh = en = exc.details() if hasattr(exc, "details") else str(exc)
    if status is not None:
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason, params = info.reason, dict(info.metadata)
                fld = params.get("field", "")
            elif detail.Is(error_details_pb2.LocalizedMessage.DESCRIPTOR):
                msg = error_details_pb2.LocalizedMessage()
                detail.Unpack(msg)
                if msg.locale.startswith("zh"):
                    zh = msg.message
                else:
                    en = msg.message
    elif code in _TRANSPORT_MESSAGES:
        reason = code.name
        zh, en = _TRANSPORT_MESSAGES[code]
    return ServerError(code=code, reason=reason, message_en=en or "", message_zh=zh or "",
                       field=fld, params=params)


_CLOSED_MESSAGE = ("The connection has been closed.", "连接已关闭。")


class _TokenInterceptor(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor,
                        grpc.StreamUnaryClientInterceptor, grpc.StreamStreamClientInterceptor):
    def __init__(self, token: Callable[[], str]) -> None:
        self._token = token

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        token = self._token()
        if not token:
            return details
        metadata = [*(details.metadata or ()), ("authorization", f"Bearer {token}")]
        return _CallDetails(details.method, details.timeout, metadata, details.credentials,
                            details.wait_for_ready, details.compression)

    def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        return continuation(self._details(details), request)

    def intercept_unary_stream(self, continuation: Any, details: Any, request: Any) -> Any:
        return continuation(self._details(details), request)

    def intercept_stream_unary(self, continuation: Any, details: Any, it: Any) -> Any:
        return continuation(self._details(details), it)

    def intercept_stream_stream(self, continuation: Any, details: Any, it: Any) -> Any:
        return continuation(self._details(details), it)


@dataclass(frozen=True)
class _CallDetails(grpc.ClientCallDetails):
    method: str
    timeout: float | None
    metadata: Any
    credentials: Any
    wait_for_ready: bool | None
    compression: Any


class Connection:
    """One signed-in link to a server. Thread-safe: stubs may be used from worker threads."""

    def __init__(self, address: str, *, tls: bool = False, ca_file: str | None = None,
                 timeout: float = 30.0) -> None:
        self.address = address
        self.timeout = timeout
        self.token = ""
        self.principal: auth_pb2.Principal | None = None
        options = [("grpc.max_receive_message_length", 64 * 1024 * 1024),
                   ("grpc.keepalive_time_ms", 30_000),
                   # A station or collector whose server came back reconnects within seconds.
                   ("grpc.initial_reconnect_backoff_ms", 500),
                   ("grpc.max_reconnect_backoff_ms", 5_000)]
        if tls:
            root = Path(ca_file).read_bytes() if ca_file else None
            raw = grpc.secure_channel(address, grpc.ssl_channel_credentials(root), options)
        else:
            raw = grpc.insecure_channel(address, options)
        self._raw = raw
        self._lock = threading.Lock()
        self._in_flight = 0
        self._closed = False
        self.channel = grpc.intercept_channel(raw, _TokenInterceptor(lambda: self.token))
        self.system = system_pb2_grpc.SystemServiceStub(self.channel)
        self.auth = auth_pb2_grpc.AuthServiceStub(self.channel)
        self.accounts = accounts_pb2_grpc.AccountsServiceStub(self.channel)
        self.audit = audit_pb2_grpc.AuditServiceStub(self.channel)
        self.catalog = catalog_pb2_grpc.CatalogServiceStub(self.channel)
        self.production = production_pb2_grpc.ProductionServiceStub(self.channel)
        self.warehouse = warehouse_pb2_grpc.WarehouseServiceStub(self.channel)
        self.codes = codes_pb2_grpc.CodeServiceStub(self.channel)
        self.labels = labels_pb2_grpc.LabelServiceStub(self.channel)
        self.orders = orders_pb2_grpc.SalesOrderServiceStub(self.channel)
        self.exceptional = orders_pb2_grpc.ExceptionalShipmentServiceStub(self.channel)
        self.packing = packing_pb2_grpc.PackingServiceStub(self.channel)
        self.stock = stock_pb2_grpc.StockServiceStub(self.channel)
        self.shipping = shipping_pb2_grpc.ShippingServiceStub(self.channel)
        self.flow = flow_pb2_grpc.FlowServiceStub(self.channel)

    def stub(self, stub_class: Callable[[grpc.Channel], S]) -> S:
        return stub_class(self.channel)

    def call(self, method: Callable[..., Any], request: Any, timeout: float | None = None) -> Any:
        """Invoke a stub method, raising ServerError instead of grpc.RpcError."""
        with self._lock:
            if self._closed:
                raise ServerError(grpc.StatusCode.CANCELLED, "CLOSED", *_CLOSED_MESSAGE)
            self._in_flight += 1
        try:
            return method(request, timeout=timeout or self.timeout)
        except grpc.RpcError as exc:
            raise server_error(exc) from None
        finally:
            with self._lock:
                self._in_flight -= 1
                last = self._closed and not self._in_flight
            if last:
                self._raw.close()

    def stream(self, method: Callable[..., Any], request: Any,
               timeout: float | None = None) -> Iterator[Any]:
        """Iterate a server-streaming RPC, raising ServerError instead of grpc.RpcError; closing
        the iterator early (a cancelled export) cancels the call. No deadline unless given."""
        with self._lock:
            if self._closed:
                raise ServerError(grpc.StatusCode.CANCELLED, "CLOSED", *_CLOSED_MESSAGE)
            self._in_flight += 1
        call = None
        try:
            call = method(request, timeout=timeout)
            yield from call
        except grpc.RpcError as exc:
            raise server_error(exc) from None
        finally:
            if call is not None:
                call.cancel()
            with self._lock:
                self._in_flight -= 1
                last = self._closed and not self._in_flight
            if last:
                self._raw.close()

    def login(self, tenant_code: str, username: str, password: str,
              client_info: str = "yima") -> auth_pb2.LoginResponse:
        response = self.call(self.auth.Login, auth_pb2.LoginRequest(
            tenant_code=tenant_code, username=username, password=password,
            client_info=client_info))
        self.token = response.token
        self.principal = response.principal
        return response

    def logout(self) -> None:
        """Revoke the session on the server (best effort) and forget the token."""
        try:
            if self.token:
                self.call(self.auth.Logout, common_pb2.Empty(), timeout=5.0)
        finally:
            self.token = ""
            self.principal = None

    def probe(self, timeout: float = 3.0) -> None:
        """A cheap public call that raises ServerError while the server cannot be reached."""
        self.call(self.system.GetServerInfo, common_pb2.Empty(), timeout=timeout)

    def can(self, permission: str) -> bool:
        return self.principal is not None and permission in self.principal.permissions

    def close(self) -> None:
        """Close the channel; calls still running finish first (closing under a running call
        crashes grpc), later calls raise ServerError(reason="CLOSED")."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            idle = not self._in_flight
        if idle:
            self._raw.close()
