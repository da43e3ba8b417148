"""Load the demo dataset through the gRPC API, signed in as the demo tenant's administrator."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.accounts.models import Tenant, User
from server.demo import data
from server.demo.seed_codes import seed_codes, seed_label_templates
from server.demo.seed_flow import seed_flow
from server.demo.seed_orders import seed_orders
from server.demo.seed_packing import seed_packing
from server.demo.seed_scans import seed_scan_settings
from shared.pb import (
    accounts_pb2,
    catalog_pb2,
    catalog_pb2_grpc,
    production_pb2,
    production_pb2_grpc,
    warehouse_pb2,
    warehouse_pb2_grpc,
)


def demo_exists(sessions: sessionmaker[Session]) -> bool:
    with sessions() as s:
        return s.execute(select(Tenant.id).where(Tenant.code == data.TENANT_CODE)).first() \
            is not None


def _enum(enum_type: Any, prefix: str, name: str) -> Any:
    return enum_type.Value(prefix + name.upper())


def seed(sessions: sessionmaker[Session], address: str) -> None:
    """Create the demo tenant and everything in it; the caller checks demo_exists() first."""
    with sessions() as s, s.begin():
        made = create_tenant(s, data.TENANT_CODE, data.TENANT_NAME, data.ADMIN_USER,
                             data.PASSWORD, must_change_password=False)
    conn = Connection(address)
    try:
        conn.login(data.TENANT_CODE, data.ADMIN_USER, data.PASSWORD, "yima demo")
        org_ids = _seed_accounts(conn, made.hq_org_id)
        product_ids, lot_ids = _seed_master_data(conn, org_ids)
        batch_ids = seed_codes(conn, org_ids, product_ids, lot_ids)
        seed_label_templates(conn)
        seed_scan_settings(conn, product_ids, lot_ids)
        seed_packing(conn, product_ids, lot_ids, batch_ids)
    finally:
        conn.close()
    # Demo accounts sign in with the printed password straight away.
    with sessions() as s, s.begin():
        s.execute(update(User).where(User.tenant_id == made.tenant_id)
                  .values(must_change_password=False))
    seed_orders(address)  # entered by the demo's clerks, who may sign in now
    seed_flow(address, batch_ids)  # the goods' journey, by the same accounts


def _seed_accounts(conn: Connection, hq_id: int) -> dict[str, int]:
    org_ids = {"HQ": hq_id}
    for org in data.ORGS:
        created = conn.call(conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
            parent_id=org_ids[org.parent], kind=_enum(accounts_pb2.OrgKind, "ORG_KIND_", org.kind),
            code=org.code, name=org.name, region_code=org.region_code, contact=org.contact,
            phone=org.phone, active=True))
        org_ids[org.code] = created.id
    role_ids = {}
    for role in data.ROLES:
        created = conn.call(conn.accounts.CreateRole, accounts_pb2.Role(
            code=role.code, name=role.name, description=role.description,
            permissions=role.permissions))
        role_ids[role.code] = created.id
    for user in data.USERS:
        conn.call(conn.accounts.CreateUser, accounts_pb2.CreateUserRequest(
            user=accounts_pb2.User(org_id=org_ids[user.org], username=user.username,
                                   display_name=user.display_name, active=True,
                                   role_ids=[role_ids[r] for r in user.roles]),
            password=data.PASSWORD))
    return org_ids


def _seed_master_data(conn: Connection,
                      org_ids: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """Catalogue, lines, warehouses and lots; returns product ids by code, lot ids by number."""
    catalog = conn.stub(catalog_pb2_grpc.CatalogServiceStub)
    production = conn.stub(production_pb2_grpc.ProductionServiceStub)
    warehouses = conn.stub(warehouse_pb2_grpc.WarehouseServiceStub)
    category_ids = {}
    for cat in data.CATEGORIES:
        created = conn.call(catalog.CreateCategory, catalog_pb2.Category(
            code=cat.code, name=cat.name, description=cat.description,
            fields=[catalog_pb2.FieldDefinition(
                key=f.key, label=f.label, type=_enum(catalog_pb2.FieldType, "FIELD_TYPE_", f.type),
                shown=f.shown, required=f.required,
                scope=_enum(catalog_pb2.FieldScope, "FIELD_SCOPE_", f.scope),
                choices=f.choices) for f in cat.fields]))
        category_ids[cat.code] = created.id
    product_ids = {}
    for p in data.PRODUCTS:
        created = conn.call(catalog.CreateProduct, catalog_pb2.Product(
            category_id=category_ids[p.category], code=p.code, name=p.name, spec=p.spec,
            gtin=p.gtin, barcode=p.gtin[1:], unit=p.unit, items_per_case=p.items_per_case,
            cases_per_pallet=p.cases_per_pallet, custom=p.custom, active=True))
        product_ids[p.code] = created.id
    line_ids = {}
    for line in data.LINES:
        created = conn.call(production.CreateLine, production_pb2.Line(
            org_id=org_ids[line.org], code=line.code, name=line.name, active=True))
        line_ids[line.code] = created.id
    for wh in data.WAREHOUSES:
        conn.call(warehouses.CreateWarehouse, warehouse_pb2.Warehouse(
            org_id=org_ids[wh.org], code=wh.code, name=wh.name, region_code=wh.region_code,
            address=wh.address, active=True))
    lot_ids = {}
    for lot in data.LOTS:
        lot_ids[lot.lot_no] = conn.call(production.CreateLot, production_pb2.Lot(
            product_id=product_ids[lot.product], lot_no=lot.lot_no,
            production_date=lot.production_date, line_id=line_ids[lot.line], shift=lot.shift,
            custom=lot.custom)).id
    return product_ids, lot_ids


def accounts_table() -> list[tuple[str, str, str]]:
    """(username, who, organisation) for every demo account, admin first."""
    orgs = {o.code: o.name for o in data.ORGS}
    orgs["HQ"] = data.TENANT_NAME
    rows = [(data.ADMIN_USER, "系统管理员 administrator", data.TENANT_NAME)]
    roles = {r.code: r.name for r in data.ROLES}
    for user in data.USERS:
        rows.append((user.username, f"{user.display_name} · {roles[user.roles[0]]}",
                     orgs[user.org]))
    return rows

