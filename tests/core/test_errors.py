"""The error catalogue: every reason speaks Chinese and English, statuses carry what the client
needs to show them, and nothing of a crash but an incident id reaches the client."""

from __future__ import annotations

import logging
import re
import string
from typing import Any

import grpc
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from client.connection import server_error
from server.accounts.models import ORG_KINDS, Tenant
from server.core.context import current
from server.core.errors import LABELS, ORG_KIND_LABELS, DomainError, Reason, not_found
from server.core.interceptors import status_for
from server.core.policy import Policy
from shared.pb import common_pb2
from tests.core.extra_server import call_stream, call_unary, extra_server, path


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sample_params(reason: Reason) -> dict[str, str]:
    """A value for every placeholder; 'field' and 'entity' use real label keys."""
    params = {name: f"<{name}>" for name in placeholders(reason.value.en)}
    if "entity" in params:
        params["entity"] = "organisation"
    params.pop("field", None)
    return params


class _FailedCall(grpc.RpcError):
    """What a stub raises for a status: enough of grpc.Call for client.connection."""

    def __init__(self, status: grpc.Status) -> None:
        self._status = status

    def code(self) -> grpc.StatusCode:
        return self._status.code  # type: ignore[attr-defined, no-any-return]

    def details(self) -> str:
        return self._status.details  # type: ignore[attr-defined, no-any-return]

    def trailing_metadata(self) -> Any:
        return self._status.trailing_metadata  # type: ignore[attr-defined]


REASONS = list(Reason)


def test_no_reason_is_a_silent_alias() -> None:
    # Two reasons with identical status and texts would make the second an alias of the first
    # (Enum semantics): clients would then receive the wrong name.
    assert len(Reason.__members__) == len(REASONS), [
        name for name, member in Reason.__members__.items() if member.name != name]


@pytest.mark.parametrize("reason", REASONS, ids=lambda r: r.name)
def test_reason_has_both_languages_with_the_same_placeholders(reason: Reason) -> None:
    info = reason.value
    assert info.zh.strip() and info.en.strip()
    assert placeholders(info.zh) == placeholders(info.en), reason.name
    assert info.status != grpc.StatusCode.OK
    # Chinese text is Chinese, not an untranslated copy of the English one.
    assert re.search(r"[\u4e00-\u9fff]", info.zh), reason.name


def test_labels_have_both_languages() -> None:
    for key, (zh, en) in LABELS.items():
        assert zh.strip() and en.strip(), key


def test_messages_name_entities_and_fields_in_each_language() -> None:
    err = not_found("organisation", 7)
    assert err.message_zh == "找不到组织（7）。"
    assert err.message_en == "No such organisation (7)."
    required = DomainError(Reason.REQUIRED, field="display_name")
    assert required.field == "display_name"
    assert required.message_zh == "请填写“姓名”。"
    assert required.message_en == '"name" is required.'
    # An unlabelled field is shown as it is rather than failing.
    assert DomainError(Reason.REQUIRED, field="zz_custom").message_en == '"zz_custom" is required.'


def test_org_kinds_in_messages_are_localised() -> None:
    err = DomainError(Reason.ORG_KIND_INVALID, field="kind", kind="factory", parent="store")
    assert "工厂" in err.message_zh and "门店" in err.message_zh
    assert "factory" not in err.message_zh and "store" not in err.message_zh
    assert err.message_en == "A factory cannot be placed under a store."
    assert set(ORG_KIND_LABELS) == set(ORG_KINDS)


def test_a_missing_parameter_does_not_break_the_message() -> None:
    err = DomainError(Reason.TOO_LONG, field="name")
    assert "{max}" in err.message_en and "名称" in err.message_zh


@pytest.mark.parametrize("reason", REASONS, ids=lambda r: r.name)
def test_status_round_trips_through_the_client_decoder(reason: Reason) -> None:
    error = DomainError(reason, field="code", **sample_params(reason))
    decoded = server_error(_FailedCall(status_for(error)))
    assert decoded.code == reason.status
    assert decoded.reason == reason.name
    assert decoded.field == "code"
    assert decoded.message_zh == error.message_zh
    assert decoded.message_en == error.message_en
    for key, value in sample_params(reason).items():
        assert decoded.params[key] == value


def _boom(request: Any, context: grpc.ServicerContext) -> Any:
    raise RuntimeError("secret-detail /srv/yima/server.py password=hunter2")


def _refuse(request: Any, context: grpc.ServicerContext) -> Any:
    raise DomainError(Reason.REQUIRED, field="name")


def _stream_then_refuse(request: Any, context: grpc.ServicerContext) -> Any:
    yield common_pb2.Empty()
    yield common_pb2.Empty()
    raise DomainError(Reason.INVALID_VALUE, field="code", detail="third item")


def _stream_then_crash(request: Any, context: grpc.ServicerContext) -> Any:
    yield common_pb2.Empty()
    raise KeyError("secret-detail in a stream")


def _write_then(reason: Reason, commit: bool, tenant_code: str) -> Any:
    def handler(request: Any, context: grpc.ServicerContext) -> Any:
        session = current().session
        session.add(Tenant(code=tenant_code, name="written by a refused call"))
        session.flush()
        error = DomainError(reason)
        error.commit = commit
        raise error

    return handler


HANDLERS = {
    "Boom": ("unary", _boom),
    "Refuse": ("unary", _refuse),
    "StreamRefuse": ("stream", _stream_then_refuse),
    "StreamCrash": ("stream", _stream_then_crash),
    "RollBack": ("unary", _write_then(Reason.INVALID_VALUE, False, "uow-rolled-back")),
    "CommitFirst": ("unary", _write_then(Reason.BAD_CREDENTIALS, True, "uow-committed")),
}


@pytest.fixture
def test_channel(monkeypatch: pytest.MonkeyPatch, sessions: sessionmaker[Session]) -> Any:
    policies = {path(name): Policy(public=True) for name in HANDLERS}
    with extra_server(monkeypatch, sessions, HANDLERS, policies) as addr, \
            grpc.insecure_channel(addr) as channel:
        yield channel


def test_domain_error_reaches_the_client_in_both_languages(test_channel: grpc.Channel) -> None:
    with pytest.raises(grpc.RpcError) as raw:
        call_unary(test_channel, "Refuse")
    err = server_error(raw.value)
    assert err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert (err.reason, err.field) == ("REQUIRED", "name")
    assert err.message_zh == "请填写“名称”。"
    assert err.message_en == '"name" is required.'


def test_unexpected_exception_becomes_internal_with_an_incident_id(
        test_channel: grpc.Channel, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="yima.rpc"), \
            pytest.raises(grpc.RpcError) as raw:
        call_unary(test_channel, "Boom")
    err = server_error(raw.value)
    assert err.code == grpc.StatusCode.INTERNAL
    assert err.reason == "INTERNAL"
    incident = err.params["incident"]
    assert re.fullmatch(r"[0-9a-f]{12}", incident)
    assert incident in err.message_zh and incident in err.message_en
    sent = repr(raw.value.details()) + repr(raw.value.trailing_metadata())
    for secret in ("secret-detail", "hunter2", "Traceback", "RuntimeError", "server.py"):
        assert secret not in sent
    # The detail goes to the log, under the same incident id.
    logged = [r for r in caplog.records if incident in r.getMessage()]
    assert logged and logged[0].exc_info and "secret-detail" in str(logged[0].exc_info[1])


def test_errors_in_a_stream_arrive_after_the_items_already_sent(
        test_channel: grpc.Channel) -> None:
    received: list[Any] = []
    stream = test_channel.unary_stream(
        path("StreamRefuse"), request_serializer=common_pb2.Empty.SerializeToString,
        response_deserializer=common_pb2.Empty.FromString)(common_pb2.Empty(), timeout=10)
    with pytest.raises(grpc.RpcError) as raw:
        for item in stream:
            received.append(item)
    assert len(received) == 2
    err = server_error(raw.value)
    assert (err.reason, err.field) == ("INVALID_VALUE", "code")
    assert "third item" in err.message_en

    with pytest.raises(grpc.RpcError) as crash:
        call_stream(test_channel, "StreamCrash")
    crashed = server_error(crash.value)
    assert crashed.reason == "INTERNAL"
    assert "secret-detail" not in repr(crash.value.details())


def test_a_refused_call_leaves_no_half_change(test_channel: grpc.Channel,
                                             sessions: sessionmaker[Session]) -> None:
    with pytest.raises(grpc.RpcError) as raw:
        call_unary(test_channel, "RollBack")
    assert server_error(raw.value).reason == "INVALID_VALUE"
    with pytest.raises(grpc.RpcError) as committed:
        call_unary(test_channel, "CommitFirst")
    assert server_error(committed.value).reason == "BAD_CREDENTIALS"
    with sessions() as s:
        codes = set(s.execute(select(Tenant.code).where(
            Tenant.code.in_(["uow-rolled-back", "uow-committed"]))).scalars())
        # DomainError.commit = True (the failed-login counter) is the one way to keep a change.
        assert codes == {"uow-committed"}
        s.query(Tenant).filter(Tenant.code == "uow-committed").delete()
        s.commit()
