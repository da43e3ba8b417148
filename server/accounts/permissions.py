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
    PermissionDef("code.read", "codes", "查看码包和码", "View code batches and codes"),
    PermissionDef("code.settings", "codes", "管理码设置", "Manage code settings"),
    PermissionDef("code.issue", "codes", "生码（发行码包）", "Issue code batches"),
    PermissionDef("code.allocate", "codes", "标码授权（分配给授权工厂）",
                  "Allocate labels to licensed factories"),
    PermissionDef("code.activate", "codes", "激活码", "Activate codes"),
    PermissionDef("code.void", "codes", "注销码", "Void codes"),
    PermissionDef("code.export", "codes", "导出印刷文件", "Export print files"),
    PermissionDef("label.read", "labels", "查看标签模板", "View label templates"),
    PermissionDef("label.write", "labels", "管理标签模板", "Manage label templates"),
    PermissionDef("print.run", "labels", "打印标签", "Print labels"),
    PermissionDef("print.read", "labels", "查看打印记录", "View print jobs"),
    PermissionDef("sales_order.read", "orders", "查看销售订单", "View sales orders"),
    PermissionDef("sales_order.write", "orders", "管理销售订单（录入、导入、确认、取消）",
                  "Manage sales orders (enter, import, confirm, cancel)"),
    PermissionDef("sales_order.erp", "orders", "ERP 接口同步销售订单",
                  "Send sales orders from the ERP"),
    PermissionDef("exceptional.read", "orders", "查看异常出库申请",
                  "View exceptional shipments"),
    PermissionDef("exceptional.request", "orders", "申请异常出库",
                  "Request exceptional shipments"),
    PermissionDef("exceptional.approve", "orders", "审批异常出库",
                  "Approve exceptional shipments"),
    PermissionDef("stock_alert.read", "warehouse", "查看库存预警设置",
                  "View low-stock warning settings"),
    PermissionDef("stock_alert.write", "warehouse", "设置库存预警",
                  "Set low-stock warnings"),
    PermissionDef("scan.read", "scans", "查看查询记录、预警与投诉",
                  "View scans, alerts and complaints"),
    PermissionDef("scan.settings", "scans", "管理报读设置与防伪预警",
                  "Manage response templates and alert settings"),
    PermissionDef("scan.handle", "scans", "处理预警与投诉", "Handle alerts and complaints"),
    PermissionDef("pack.read", "packing", "查看码关联和采集记录",
                  "View packing and collection records"),
    PermissionDef("pack.run", "packing", "装箱工位扫码关联（含撤销、拆箱、替换）",
                  "Pack at a station (including undo, disaggregate, replace)"),
    PermissionDef("pack.collect", "packing", "产线采集上传", "Upload line collection records"),
    PermissionDef("pack.manage", "packing", "管理采集记录和装箱设置",
                  "Manage collection records and packing settings"),
    PermissionDef("stock.read", "stock", "查看库存、出入库记录和单据",
                  "View inventory, stock movements, receipts and shipments"),
    PermissionDef("stock.receive", "stock", "入库（生产入库、收货）",
                  "Receive goods (from production, from shipments)"),
    PermissionDef("stock.move", "stock", "移库（库位、仓库之间）",
                  "Move stock between locations and warehouses"),
    PermissionDef("stock.ship", "stock", "发货出库（按订单、直发、调拨、退货、异常出库）",
                  "Ship (against orders, onward, transfers, returns, exceptional)"),
    PermissionDef("stock.sell", "stock", "门店销售出库与换货", "Sell at a store, exchange"),
    PermissionDef("flow.read", "flow", "跟踪查询（码的流向、批次去向）",
                  "Trace codes and lots (flow query)"),
    PermissionDef("recall.read", "flow", "查看召回", "View recalls"),
    PermissionDef("recall.manage", "flow", "发起召回", "Recall lots"),
)

BY_CODE: dict[str, PermissionDef] = {p.code: p for p in CATALOGUE}
ALL: frozenset[str] = frozenset(BY_CODE)
