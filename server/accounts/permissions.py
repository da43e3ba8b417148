"""The permission catalogue: every permission an RPC can require, with its names for the UI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PermissionDef:
    code: str
    area: str
    zh: str
    en: str


CATALOGUE: tuple[PermissionDef, ...] = (
    PermissionDef("org.read", "accounts", "查看组织", "View organisations"),
    PermissionDef("org.write", "accounts", "管理组织", "Manage organisations"),
    PermissionDef("user.read", "accounts", "查看用户", "View users"),
    PermissionDef("user.write", "accounts", "管理用户", "Manage users"),
    PermissionDef("user.reset_password", "accounts", "重置密码", "Reset passwords"),
    PermissionDef("role.read", "accounts", "查看角色", "View roles"),
    PermissionDef("role.write", "accounts", "管理角色", "Manage roles"),
    PermissionDef("audit.read", "audit", "查看审计日志", "View the audit log"),
    PermissionDef("category.read", "catalog", "查看产品分类", "View product categories"),
    PermissionDef("category.write", "catalog", "管理产品分类", "Manage product categories"),
    PermissionDef("product.read", "catalog", "查看产品", "View products"),
    PermissionDef("product.write", "catalog", "管理产品", "Manage products"),
    PermissionDef("line.read", "production", "查看产线", "View production lines"),
    PermissionDef("line.write", "production", "管理产线", "Manage production lines"),
    PermissionDef("lot.read", "production", "查看生产批次", "View production lots"),
    PermissionDef("lot.write", "production", "管理生产批次", "Manage production lots"),
    PermissionDef("warehouse.read", "warehouse", "查看仓库", "View warehouses"),
    PermissionDef("warehouse.write", "warehouse", "管理仓库", "Manage warehouses"),
)

BY_CODE: dict[str, PermissionDef] = {p.code: p for p in CATALOGUE}
ALL: frozenset[str] = frozenset(BY_CODE)
