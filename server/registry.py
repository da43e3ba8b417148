"""Explicit registration of every area's servicers and access policies. Nothing is discovered:
an area that is not listed here does not exist for clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import grpc

from server.accounts import servicer as accounts
from server.accounts.sessions import AuthSettings
from server.audit import servicer as audit
from server.catalog import servicer as catalog
from server.core.policy import Policy
from server.production import servicer as production
from server.system import servicer as system
from server.warehouse import servicer as warehouse
from shared.pb import (
    accounts_pb2,
    accounts_pb2_grpc,
    audit_pb2,
    audit_pb2_grpc,
    auth_pb2,
    auth_pb2_grpc,
    catalog_pb2,
    catalog_pb2_grpc,
    production_pb2,
    production_pb2_grpc,
    system_pb2,
    system_pb2_grpc,
    warehouse_pb2,
    warehouse_pb2_grpc,
)


@dataclass(frozen=True)
class Deps:
    auth: AuthSettings
    tls: bool


@dataclass(frozen=True)
class Area:
    name: str
    policies: dict[str, Policy]
    services: tuple[str, ...]  # full service names, for reflection and health
    register: Callable[[grpc.Server, Deps], None]


AREAS: tuple[Area, ...] = (
    Area("system", system.POLICIES,
         (system_pb2.DESCRIPTOR.services_by_name["SystemService"].full_name,),
         lambda s, d: system_pb2_grpc.add_SystemServiceServicer_to_server(
             system.SystemServicer(d.tls), s)),
    Area("auth", {k: v for k, v in accounts.POLICIES.items() if "/yima.v1.AuthService/" in k},
         (auth_pb2.DESCRIPTOR.services_by_name["AuthService"].full_name,),
         lambda s, d: auth_pb2_grpc.add_AuthServiceServicer_to_server(
             accounts.AuthServicer(d.auth), s)),
    Area("accounts",
         {k: v for k, v in accounts.POLICIES.items() if "/yima.v1.AccountsService/" in k},
         (accounts_pb2.DESCRIPTOR.services_by_name["AccountsService"].full_name,),
         lambda s, d: accounts_pb2_grpc.add_AccountsServiceServicer_to_server(
             accounts.AccountsServicer(), s)),
    Area("audit", audit.POLICIES,
         (audit_pb2.DESCRIPTOR.services_by_name["AuditService"].full_name,),
         lambda s, d: audit_pb2_grpc.add_AuditServiceServicer_to_server(
             audit.AuditServicer(), s)),
    Area("catalog", catalog.POLICIES,
         (catalog_pb2.DESCRIPTOR.services_by_name["CatalogService"].full_name,),
         lambda s, d: catalog_pb2_grpc.add_CatalogServiceServicer_to_server(
             catalog.CatalogServicer(), s)),
    Area("production", production.POLICIES,
         (production_pb2.DESCRIPTOR.services_by_name["ProductionService"].full_name,),
         lambda s, d: production_pb2_grpc.add_ProductionServiceServicer_to_server(
             production.ProductionServicer(), s)),
    Area("warehouse", warehouse.POLICIES,
         (warehouse_pb2.DESCRIPTOR.services_by_name["WarehouseService"].full_name,),
         lambda s, d: warehouse_pb2_grpc.add_WarehouseServiceServicer_to_server(
             warehouse.WarehouseServicer(), s)),
)


def all_policies() -> dict[str, Policy]:
    out: dict[str, Policy] = {}
    for area in AREAS:
        overlap = out.keys() & area.policies.keys()
        if overlap:
            raise RuntimeError(f"policies declared twice: {sorted(overlap)}")
        out.update(area.policies)
    return out


def service_names() -> list[str]:
    return [name for area in AREAS for name in area.services]
