"""Deny by default: every RPC in the protos has exactly one access policy, every policy names a
real RPC and a catalogued permission, every catalogued permission guards something, and every
call that changes data is audited. Everything is derived from the generated descriptors and the
registry, so new areas are covered the moment they are added."""

from __future__ import annotations

from types import ModuleType

import grpc
import pytest
from google.protobuf.descriptor_pool import DescriptorPool
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection, server_error
from server import registry
from server.accounts import permissions
from server.core.policy import Policy
from tests.core.extra_server import call_unary, extra_server, path
from tests.core.rpc_catalogue import all_rpcs
from tests.support.tenants import ADMIN_PASSWORD, TenantFixture

RPCS = all_rpcs()
POLICIES = registry.all_policies()


def test_the_descriptors_are_found() -> None:
    # Guards the walk itself: a broken walk would make every other check here pass vacuously.
    assert "/yima.v1.SystemService/Ping" in RPCS
    assert "/yima.v1.AccountsService/CreateUser" in RPCS
    assert len({r.service for r in RPCS.values()}) >= 4


def test_every_rpc_has_a_policy() -> None:
    missing = sorted(p for p in RPCS if p not in POLICIES)
    assert not missing, f"RPCs without a Policy (add them to their area's POLICIES): {missing}"


def test_every_policy_names_an_rpc_in_the_protos() -> None:
    stale = sorted(p for p in POLICIES if p not in RPCS)
    assert not stale, f"policies for methods no proto declares: {stale}"


def test_every_policy_permission_is_catalogued() -> None:
    unknown = sorted(f"{p} -> {pol.permission}" for p, pol in POLICIES.items()
                     if pol.permission is not None and pol.permission not in permissions.ALL)
    assert not unknown, f"permissions missing from permissions.CATALOGUE: {unknown}"


def test_every_catalogued_permission_guards_an_rpc() -> None:
    used = {pol.permission for pol in POLICIES.values()}
    unused = sorted(permissions.ALL - used)
    assert not unused, f"catalogue permissions no RPC requires: {unused}"


def test_catalogue_codes_are_unique_and_named() -> None:
    codes = [p.code for p in permissions.CATALOGUE]
    assert len(codes) == len(set(codes))
    for perm in permissions.CATALOGUE:
        assert perm.zh.strip() and perm.en.strip() and perm.area.strip(), perm


def test_mutating_rpcs_are_audited() -> None:
    """Anything not named List/Get/Search/Me/Ping changes data and must be mutating=True with an
    audit action and entity. (Methods with no policy at all are reported above.) The consumer
    gateway's calls are exempt: a consumer's query is a record (the scan log), not an audited
    administrative change."""
    offenders = []
    for rpc_path, rpc in sorted(RPCS.items()):
        policy = POLICIES.get(rpc_path)
        if policy is None or not rpc.looks_mutating or policy.gateway:
            continue
        if not policy.mutating:
            offenders.append(f"{rpc_path}: not mutating=True")
        elif not (policy.action and policy.entity):
            offenders.append(f"{rpc_path}: audit rows need an action and an entity")
    assert not offenders, offenders


def test_the_mutating_rule_can_see_mutating_rpcs() -> None:
    names = {r.name for r in RPCS.values() if r.looks_mutating}
    assert {"Login", "Logout", "ChangePassword", "CreateUser", "MoveOrganisation",
            "ResetPassword", "DeleteRole"} <= names
    assert not names & {"Me", "Ping", "ListUsers", "GetOrganisation", "SearchAudit"}


def test_public_policies_carry_no_permission() -> None:
    # The interceptor admits public calls before checking permissions, so a permission on a
    # public policy would silently never be enforced.
    bad = sorted(p for p, pol in POLICIES.items() if pol.public and pol.permission)
    assert not bad, bad


def test_only_sign_in_and_server_info_are_public() -> None:
    public = sorted(RPCS[p].name for p, pol in POLICIES.items() if pol.public and p in RPCS)
    assert set(public) <= {"Login", "GetServerInfo"}, public


def test_each_area_declares_policies_only_for_its_own_service() -> None:
    for area in registry.AREAS:
        for method in area.policies:
            assert method.split("/")[1] == area.service, f"{area.name} declares {method}"


def test_no_declared_policy_is_left_out_of_the_registry() -> None:
    """Every POLICIES table an area module declares reaches the interceptor whole."""
    declared = {k for m in vars(registry).values() if isinstance(m, ModuleType)
                for k in getattr(m, "POLICIES", {})}
    assert declared, "registry imports no area modules"
    assert declared <= set(POLICIES), sorted(declared - set(POLICIES))


def test_every_method_the_running_server_serves_has_a_policy(address: str) -> None:
    """Asks the live server (reflection) which yima services it serves, not the registry."""
    with grpc.insecure_channel(address) as channel:
        db = ProtoReflectionDescriptorDatabase(channel)
        served = [s for s in db.get_services() if s.startswith("yima.v1.")]
        assert "yima.v1.SystemService" in served
        pool = DescriptorPool(db)
        methods = [f"/{s}/{m.name}" for s in served
                   for m in pool.FindServiceByName(s).methods]
    missing = sorted(m for m in methods if m not in POLICIES)
    assert methods and not missing, missing


def test_a_served_method_without_policy_is_refused(
        monkeypatch: pytest.MonkeyPatch, sessions: sessionmaker[Session],
        tenant: TenantFixture) -> None:
    ran: list[str] = []

    def hidden(request: object, context: grpc.ServicerContext) -> object:
        ran.append("hidden")
        return request

    def open_(request: object, context: grpc.ServicerContext) -> object:
        ran.append("open")
        return request

    handlers = {"Hidden": ("unary", hidden), "Open": ("unary", open_)}
    with extra_server(monkeypatch, sessions, handlers, {path("Open"): Policy()}) as addr:
        conn = Connection(addr)
        try:
            conn.login(tenant.code, "admin", ADMIN_PASSWORD)
            # The same server runs a method that does have a policy: the wiring works.
            call_unary(conn.channel, "Open")
            assert ran == ["open"]
            for token in (conn.token, ""):  # signed in as admin, and anonymous
                conn.token = token
                with pytest.raises(grpc.RpcError) as raw:
                    call_unary(conn.channel, "Hidden")
                err = server_error(raw.value)
                assert err.code == grpc.StatusCode.PERMISSION_DENIED
                assert err.reason == "METHOD_NOT_ALLOWED"
                assert err.message_zh and err.message_en
            assert ran == ["open"], "the handler of a method without policy must never run"
        finally:
            conn.close()

