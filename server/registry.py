"""Explicit registration of every area's servicers and access policies. Nothing is discovered:
an area that is not listed here does not exist for clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import grpc

from server.accounts import servicer as accounts
from server.accounts.sessions import AuthSettings
from server.audit import servicer as audit
from server.catalog import servicer as catalog
from server.codes import servicer as codes
from server.codes.keys import KeyStore
from server.core.policy import Policy
from server.flow import servicer as flow
from server.labels import servicer as labels
from server.orders import servicer as orders
from server.packing import servicer as packing
from server.production import servicer as production
from server.scans import servicer as scans
from server.scans.deps import ScanDeps
from server.shipping import servicer as shipping
from server.stock import servicer as stock
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
    codes_pb2,
    codes_pb2_grpc,
    flow_pb2,
    flow_pb2_grpc,
    labels_pb2,
    labels_pb2_grpc,
    orders_pb2,
    orders_pb2_grpc,
    packing_pb2,
    packing_pb2_grpc,
    production_pb2,
    production_pb2_grpc,
    scans_pb2,
    scans_pb2_grpc,
    shipping_pb2,
    shipping_pb2_grpc,
    stock_pb2,
    stock_pb2_grpc,
    system_pb2,
    system_pb2_grpc,
    warehouse_pb2,
    warehouse_pb2_grpc,
)


@dataclass(frozen=True)
class Deps:
    auth: AuthSettings
    tls: bool
    keys: KeyStore  # tenants' code keys (codes area)
    scans: ScanDeps | None = None  # consumer queries' pool, routes and limits


@dataclass(frozen=True)
class Area:
    name: str
    service: str  # full service name, for reflection and health
    policies: dict[str, Policy]
    register: Callable[[grpc.Server, Deps], None]


def area(name: str, pb2: ModuleType, pb2_grpc: ModuleType, service: str,
         policies: dict[str, Policy], make: Callable[[Deps], object]) -> Area:
    """One gRPC service: its policies (those naming this service) and how to add its servicer."""
    full = pb2.DESCRIPTOR.services_by_name[service].full_name
    add = getattr(pb2_grpc, f"add_{service}Servicer_to_server")
    mine = {k: v for k, v in policies.items() if k.startswith(f"/{full}/")}
    return Area(name, full, mine, lambda server, deps: add(make(deps), server))


AREAS: tuple[Area, ...] = (
    area("system", system_pb2, system_pb2_grpc, "SystemService", system.POLICIES,
         lambda d: system.SystemServicer(d.tls)),
    area("auth", auth_pb2, auth_pb2_grpc, "AuthService", accounts.POLICIES,
         lambda d: accounts.AuthServicer(d.auth)),
    area("accounts", accounts_pb2, accounts_pb2_grpc, "AccountsService", accounts.POLICIES,
         lambda d: accounts.AccountsServicer()),
    area("audit", audit_pb2, audit_pb2_grpc, "AuditService", audit.POLICIES,
         lambda d: audit.AuditServicer()),
    area("catalog", catalog_pb2, catalog_pb2_grpc, "CatalogService", catalog.POLICIES,
         lambda d: catalog.CatalogServicer()),
    area("production", production_pb2, production_pb2_grpc, "ProductionService",
         production.POLICIES, lambda d: production.ProductionServicer()),
    area("warehouse", warehouse_pb2, warehouse_pb2_grpc, "WarehouseService", warehouse.POLICIES,
         lambda d: warehouse.WarehouseServicer()),
    area("codes", codes_pb2, codes_pb2_grpc, "CodeService", codes.POLICIES,
         lambda d: codes.CodeServicer(d.keys)),
    area("labels", labels_pb2, labels_pb2_grpc, "LabelService", labels.POLICIES,
         lambda d: labels.LabelServicer(d.keys)),
    area("sales_orders", orders_pb2, orders_pb2_grpc, "SalesOrderService", orders.POLICIES,
         lambda d: orders.SalesOrderServicer()),
    area("exceptional_shipments", orders_pb2, orders_pb2_grpc, "ExceptionalShipmentService",
         orders.POLICIES, lambda d: orders.ExceptionalShipmentServicer()),
    area("gateway", scans_pb2, scans_pb2_grpc, "GatewayService", scans.POLICIES,
         lambda d: scans.GatewayServicer(_scan_deps(d))),
    area("scans", scans_pb2, scans_pb2_grpc, "ScanService", scans.POLICIES,
         lambda d: scans.ScanServicer()),
    area("packing", packing_pb2, packing_pb2_grpc, "PackingService", packing.POLICIES,
         lambda d: packing.PackingServicer(d.keys)),
    area("stock", stock_pb2, stock_pb2_grpc, "StockService", stock.POLICIES,
         lambda d: stock.StockServicer(d.keys)),
    area("shipping", shipping_pb2, shipping_pb2_grpc, "ShippingService", shipping.POLICIES,
         lambda d: shipping.ShippingServicer(d.keys)),
    area("flow", flow_pb2, flow_pb2_grpc, "FlowService", flow.POLICIES,
         lambda d: flow.FlowServicer(d.keys)),
)


def _scan_deps(deps: Deps) -> ScanDeps:
    if deps.scans is None:
        raise RuntimeError("build_server() makes the scan area's dependencies")
    return deps.scans


def all_policies() -> dict[str, Policy]:
    out: dict[str, Policy] = {}
    for a in AREAS:
        overlap = out.keys() & a.policies.keys()
        if overlap:
            raise RuntimeError(f"policies declared twice: {sorted(overlap)}")
        out.update(a.policies)
    return out


def service_names() -> list[str]:
    return [a.service for a in AREAS]
