"""Server interceptors: logging, error mapping, and the unit of work that authenticates the
caller, checks the RPC's policy, runs the handler in one transaction and writes the audit log.

Order (outermost first): LoggingInterceptor, ErrorInterceptor, UnitOfWorkInterceptor.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm import Session, sessionmaker

from server.audit import writer as audit_log
from server.core.context import CallContext, Principal, bind
from server.core.errors import DomainError, Reason
from server.core.policy import Policy

log = logging.getLogger("yima.rpc")

Behavior = Callable[[Any, grpc.ServicerContext], Any]
Around = Callable[[Behavior, Any, grpc.ServicerContext, bool], Any]


def _wrap(handler: grpc.RpcMethodHandler, around: Around) -> grpc.RpcMethodHandler:
    """Return a handler whose behaviour runs inside `around`, for all four call shapes."""
    for attr, factory, streaming in (
        ("unary_unary", grpc.unary_unary_rpc_method_handler, False),
        ("unary_stream", grpc.unary_stream_rpc_method_handler, True),
        ("stream_unary", grpc.stream_unary_rpc_method_handler, False),
        ("stream_stream", grpc.stream_stream_rpc_method_handler, True),
    ):
        behavior = getattr(handler, attr)
        if behavior is not None:
            def wrapped(req: Any, ctx: grpc.ServicerContext, _b: Behavior = behavior,
                        _s: bool = streaming) -> Any:
                return around(_b, req, ctx, _s)

            return factory(wrapped, request_deserializer=handler.request_deserializer,
                           response_serializer=handler.response_serializer)
    return handler


def _run(behavior: Behavior, request: Any, context: grpc.ServicerContext, streaming: bool,
         guard: Callable[[Callable[[], Any]], Any]) -> Any:
    """Run a unary behaviour under guard, or every step of a streaming one."""
    if not streaming:
        return guard(lambda: behavior(request, context))

    def stream() -> Iterator[Any]:
        it = guard(lambda: iter(behavior(request, context)))
        while True:
            item = guard(lambda: next(it, _END))
            if item is _END:
                return
            yield item

    return stream()


_END = object()


class LoggingInterceptor(grpc.ServerInterceptor):
    """One line per call: method, status and duration; never the request's contents."""

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(details)
        if handler is None:
            return None
        method = details.method

        def around(behavior: Behavior, request: Any, context: grpc.ServicerContext,
                   streaming: bool) -> Any:
            start = time.perf_counter()
            try:
                return behavior(request, context)
            finally:
                code = context.code() if hasattr(context, "code") else None
                log.debug("%s %s %.1fms", method, getattr(code, "name", "OK") if code else "OK",
                          (time.perf_counter() - start) * 1000)

        return _wrap(handler, around)


def _localized(locale: str, message: str) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(error_details_pb2.LocalizedMessage(locale=locale, message=message))
    return packed


def status_for(error: DomainError) -> grpc.Status:
    """The gRPC status for a domain error: ErrorInfo(reason, field) and zh-CN/en-US messages."""
    info = any_pb2.Any()
    metadata = dict(error.params)
    if error.field:
        metadata["field"] = error.field
    info.Pack(error_details_pb2.ErrorInfo(reason=error.reason.name, domain="yima.v1",
                                          metadata=metadata))
    status = status_pb2.Status(
        code=getattr(code_pb2, error.reason.status.name),
        message=error.message_en,
        details=[info, _localized("zh-CN", error.message_zh),
                 _localized("en-US", error.message_en)],
    )
    return rpc_status.to_status(status)


def _database_unavailable(exc: BaseException) -> bool:
    """PostgreSQL unreachable, connection lost, pool exhausted, deadlock or timeout: retryable."""
    if isinstance(exc, (OperationalError, PoolTimeoutError)):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


class ErrorInterceptor(grpc.ServerInterceptor):
    """Domain errors become their catalogued status; anything else becomes INTERNAL with an
    incident id, the detail going to the log only."""

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(details)
        if handler is None:
            return None
        method = details.method

        def around(behavior: Behavior, request: Any, context: grpc.ServicerContext,
                   streaming: bool) -> Any:
            def guard(step: Callable[[], Any]) -> Any:
                try:
                    return step()
                except DomainError as exc:
                    context.abort_with_status(status_for(exc))
                except Exception as exc:
                    if context.code() not in (None, grpc.StatusCode.OK):
                        raise  # already aborted deliberately
                    if _database_unavailable(exc):
                        # Retryable: the client shows "try again" and its reconnecting state.
                        log.warning("database unavailable in %s: %s", method, exc)
                        context.abort_with_status(status_for(DomainError(Reason.UNAVAILABLE)))
                    incident = uuid.uuid4().hex[:12]
                    log.exception("incident %s in %s", incident, method)
                    context.abort_with_status(
                        status_for(DomainError(Reason.INTERNAL, incident=incident)))

            return _run(behavior, request, context, streaming, guard)

        return _wrap(handler, around)


class Authenticator(Protocol):
    def authenticate(self, session: Session, token: str, peer: str) -> Principal: ...


def _bearer(metadata: Any) -> str:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer":
                return token.strip()
    return ""


GATEWAY_HEADER = "x-yima-gateway"


def _gateway_token(metadata: Any) -> str:
    for key, value in metadata or ():
        if key == GATEWAY_HEADER and isinstance(value, str):
            return value.strip()
    return ""


class UnitOfWorkInterceptor(grpc.ServerInterceptor):
    """Deny-by-default policy, authentication, permission check, one transaction per call,
    and the audit log. Streaming handlers may commit per message through ctx.session."""

    def __init__(self, sessions: sessionmaker[Session], policies: Mapping[str, Policy],
                 authenticator: Authenticator,
                 gateway_check: Callable[[str], bool] | None = None) -> None:
        self._sessions = sessions
        self._policies = policies
        self._auth = authenticator
        self._gateway_check = gateway_check  # None: no gateway may call

    def intercept_service(self, continuation: Any, details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(details)
        if handler is None:
            return None
        method = details.method
        if method.startswith(("/grpc.health.", "/grpc.reflection.")):
            return handler
        policy = self._policies.get(method)
        token = _bearer(details.invocation_metadata)
        gateway_token = _gateway_token(details.invocation_metadata)

        def around(behavior: Behavior, request: Any, context: grpc.ServicerContext,
                   streaming: bool) -> Any:
            if policy is None:
                raise DomainError(Reason.METHOD_NOT_ALLOWED)
            session = self._sessions()
            ctx = CallContext(method=method, policy=policy, peer=context.peer(), session=session)
            try:
                with bind(ctx):
                    self._admit_gateway(ctx, gateway_token)
                    self._admit(ctx, token)
                    if streaming:
                        return self._stream(ctx, behavior, request, context)
                    response = behavior(request, context)
                    self._finish(ctx, request)
                    return response
            except DomainError as exc:
                if exc.commit:
                    session.commit()
                else:
                    session.rollback()
                self._refused(ctx, request, exc)
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                if not streaming:
                    session.close()

        return _wrap(handler, around)

    def _stream(self, ctx: CallContext, behavior: Behavior, request: Any,
                context: grpc.ServicerContext) -> Iterator[Any]:
        try:
            with bind(ctx):
                yield from behavior(request, context)
                self._finish(ctx, None)
        except DomainError as exc:
            ctx.session.rollback()
            self._refused(ctx, None, exc)
            raise
        finally:
            ctx.session.close()

    def _admit(self, ctx: CallContext, token: str) -> None:
        policy = ctx.policy
        if token:
            try:
                ctx.principal = self._auth.authenticate(ctx.session, token, ctx.peer)
            except DomainError:
                if not policy.public:
                    raise
        if policy.public or policy.gateway:  # the gateway was admitted by its credential
            return
        principal = ctx.user
        if principal.must_change_password and not policy.before_password_change:
            raise DomainError(Reason.PASSWORD_CHANGE_REQUIRED)
        if policy.permission and not principal.can(policy.permission):
            raise DomainError(Reason.PERMISSION_DENIED, permission=policy.permission)

    def _admit_gateway(self, ctx: CallContext, token: str) -> None:
        """Gateway calls carry the gateway's credential, never a user's session."""
        if ctx.policy.gateway and not (token and self._gateway_check is not None
                                       and self._gateway_check(token)):
            raise DomainError(Reason.GATEWAY_UNAUTHENTICATED)

    def _finish(self, ctx: CallContext, request: Any) -> None:
        if ctx.policy.mutating:
            audit_log.write_success(ctx, request)
        ctx.session.commit()

    def _refused(self, ctx: CallContext, request: Any, exc: DomainError) -> None:
        if ctx.policy.mutating or exc.reason in (Reason.PERMISSION_DENIED, Reason.OUT_OF_SCOPE):
            audit_log.write_refusal(self._sessions, ctx, request, exc)
