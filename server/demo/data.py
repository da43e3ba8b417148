"""The demo dataset, as plain data. Seeded through the public gRPC API like an administrator
would enter it, so the demo exercises the same rules as real use."""

from __future__ import annotations

from dataclasses import dataclass, field

TENANT_CODE = "fengyuan"
TENANT_NAME = "丰源粮油集团"
ADMIN_USER = "admin"
PASSWORD = "Demo1234"  # every demo account; printed by `yima demo`


@dataclass(frozen=True)
class Org:
    code: str
    name: str
    kind: str
    parent: str  # parent's code; "HQ" is headquarters
    region_code: str = ""
    contact: str = ""
    phone: str = ""


ORGS: tuple[Org, ...] = (
    Org("F01", "丰源粮油一厂", "factory", "HQ", "370200", "王厂长", "0532-88886666"),
    Org("F01-WH", "一厂成品仓", "warehouse", "F01", "370200"),
    Org("LF01", "临沂代工厂", "licensed_factory", "HQ", "371300"),
    Org("B-EAST", "华东分公司", "branch", "HQ", "320100", "赵经理", "025-66668888"),
    Org("B-EAST-WH", "华东分仓", "warehouse", "B-EAST", "320100"),
    Org("D-SD01", "济南鲁源商贸有限公司", "dealer", "HQ", "370100", "张三", "13805310001"),
    Org("D-SD02", "青岛海润副食批发部", "dealer", "D-SD01", "370200", "李四", "13905320002"),
    Org("D-SD03", "胶州惠民粮油店", "dealer", "D-SD02", "370281", "孙五", "13705320003"),
    Org("S-SD01", "永辉超市青岛店", "store", "D-SD02", "370202", "周店长", "0532-80001111"),
    Org("S-SD02", "利群超市胶州店", "store", "D-SD03", "370281"),
    Org("D-HN01", "中原商贸有限公司", "dealer", "HQ", "410100", "刘经理", "13603710001"),
    Org("S-HN01", "丹尼斯超市郑州店", "store", "D-HN01", "410105"),
    Org("D-JS01", "南京苏食商贸有限公司", "dealer", "B-EAST", "320100", "陈经理", "13905250001"),
    Org("S-JS01", "苏果超市新街口店", "store", "D-JS01", "320102"),
    Org("REG01", "青岛市市场监督管理局", "regulator", "HQ", "370200"),
)

READ_ALL = ["org.read", "user.read", "role.read", "category.read", "product.read", "line.read",
            "lot.read", "warehouse.read", "code.read"]


@dataclass(frozen=True)
class RoleDef:
    code: str
    name: str
    description: str
    permissions: list[str]


ROLES: tuple[RoleDef, ...] = (
    RoleDef("factory_clerk", "工厂文员", "生产批次、产品资料维护",
            ["org.read", "category.read", "product.read", "product.write", "line.read",
             "line.write", "lot.read", "lot.write", "warehouse.read", "code.read",
             "code.issue", "code.activate", "code.void", "code.export", "label.read",
             "label.write", "print.run", "print.read", "pack.read", "pack.manage"]),
    RoleDef("copacker", "代工厂标码员", "授权卷的激活、注销与打印",
            ["product.read", "lot.read", "line.read", "code.read", "code.activate",
             "code.void", "label.read", "print.run", "print.read"]),
    RoleDef("warehouse_keeper", "仓库管理员", "仓库与库存",
            ["org.read", "product.read", "lot.read", "warehouse.read", "warehouse.write"]),
    RoleDef("dealer_admin", "经销商管理员", "管理本经销商及下级的组织与账号",
            ["org.read", "org.write", "user.read", "user.write", "user.reset_password",
             "role.read", "product.read", "category.read", "warehouse.read",
             "warehouse.write"]),
    RoleDef("store_clerk", "门店店员", "门店查询", ["product.read", "warehouse.read"]),
    RoleDef("auditor", "审计员", "只读，含审计日志", [*READ_ALL, "audit.read"]),
    RoleDef("regulator", "监管人员", "监管只读", ["org.read", "product.read", "category.read",
                                               "lot.read"]),
    RoleDef("warehouse_manager", "仓储主管", "审批异常出库，查看订单与仓库",
            ["org.read", "product.read", "warehouse.read", "sales_order.read",
             "exceptional.read", "exceptional.approve"]),
    RoleDef("erp_sync", "ERP 接口账号", "只能通过接口同步销售订单", ["sales_order.erp"]),
    RoleDef("packer", "装箱工", "装箱工位扫码关联、补打箱贴",
            ["product.read", "lot.read", "line.read", "code.read", "pack.read", "pack.run",
             "label.read", "print.run", "print.read"]),
    RoleDef("line_collector", "产线采集", "产线采集机上传关联数据", ["pack.collect"]),
)


@dataclass(frozen=True)
class UserDef:
    username: str
    display_name: str
    org: str  # organisation code
    roles: list[str]


USERS: tuple[UserDef, ...] = (
    UserDef("clerk", "李文员", "F01", ["factory_clerk"]),
    UserDef("keeper", "王仓管", "F01-WH", ["warehouse_keeper"]),
    UserDef("copacker", "赵标码", "LF01", ["copacker"]),
    UserDef("dealer_sd", "张三", "D-SD01", ["dealer_admin"]),
    UserDef("dealer_qd", "李四", "D-SD02", ["dealer_admin"]),
    UserDef("dealer_hn", "刘经理", "D-HN01", ["dealer_admin"]),
    UserDef("store_yh", "周店长", "S-SD01", ["store_clerk"]),
    UserDef("auditor", "审计员", "HQ", ["auditor"]),
    UserDef("inspector", "市场监管员", "REG01", ["regulator"]),
    UserDef("manager", "赵主管", "F01", ["warehouse_manager"]),
    UserDef("erp", "ERP 接口", "HQ", ["erp_sync"]),
    UserDef("packer", "陈装箱", "F01", ["packer"]),
    UserDef("line2", "2号线采集机", "F01", ["line_collector"]),
)


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str
    type: str  # text | number | date | boolean | choice
    scope: str  # product | lot
    shown: bool = True
    required: bool = False
    choices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CategoryDef:
    code: str
    name: str
    description: str
    fields: list[FieldDef]


CATEGORIES: tuple[CategoryDef, ...] = (
    CategoryDef("OIL-PEANUT", "花生油", "压榨花生油系列", [
        FieldDef("origin", "原料产地", "text", "product"),
        FieldDef("process", "压榨工艺", "choice", "product", choices=["物理压榨", "浸出"]),
        FieldDef("grade", "质量等级", "choice", "product", choices=["一级", "二级", "三级"]),
        FieldDef("acid_value", "酸价 (mg/g)", "number", "lot"),
        FieldDef("inspector", "质检员", "text", "lot", required=True),
        FieldDef("raw_batch", "原料批次", "text", "lot", shown=False),
    ]),
    CategoryDef("OIL-CORN", "玉米油", "玉米胚芽油系列", [
        FieldDef("origin", "原料产地", "text", "product"),
        FieldDef("inspector", "质检员", "text", "lot", required=True),
    ]),
)


@dataclass(frozen=True)
class ProductDef:
    code: str
    name: str
    category: str
    spec: str
    gtin: str
    unit: str
    items_per_case: int
    cases_per_pallet: int
    custom: dict[str, str]


PRODUCTS: tuple[ProductDef, ...] = (
    ProductDef("10120091", "花生油 4L", "OIL-PEANUT", "4L/桶", "06901234567892", "桶", 4, 40,
               {"origin": "山东", "process": "物理压榨", "grade": "一级"}),
    ProductDef("10120092", "花生油 1.8L", "OIL-PEANUT", "1.8L/瓶", "06901234567908", "瓶", 6, 60,
               {"origin": "山东", "process": "物理压榨", "grade": "一级"}),
    ProductDef("10120093", "花生油 5L", "OIL-PEANUT", "5L/桶", "06901234567915", "桶", 4, 36,
               {"origin": "河南", "process": "物理压榨", "grade": "二级"}),
    ProductDef("10220011", "玉米油 5L", "OIL-CORN", "5L/桶", "06901234567922", "桶", 4, 36,
               {"origin": "吉林"}),
)


@dataclass(frozen=True)
class LineDef:
    code: str
    name: str
    org: str


LINES: tuple[LineDef, ...] = (
    LineDef("L1", "1号生产线", "F01"),
    LineDef("L2", "2号生产线", "F01"),
    LineDef("LF-L1", "代工1号线", "LF01"),
)


@dataclass(frozen=True)
class WarehouseDef:
    code: str
    name: str
    org: str
    region_code: str
    address: str = ""


WAREHOUSES: tuple[WarehouseDef, ...] = (
    WarehouseDef("WH-F01", "一厂成品仓库", "F01-WH", "370200", "青岛市城阳区丰源路1号"),
    WarehouseDef("WH-EAST", "华东分仓", "B-EAST-WH", "320100", "南京市江宁区"),
    WarehouseDef("WH-SD01", "鲁源商贸仓库", "D-SD01", "370100", "济南市历下区"),
    WarehouseDef("WH-SD02", "海润批发部仓库", "D-SD02", "370200"),
    WarehouseDef("WH-HN01", "中原商贸仓库", "D-HN01", "410100"),
)


@dataclass(frozen=True)
class LotDef:
    lot_no: str
    product: str
    production_date: str
    line: str
    shift: str
    custom: dict[str, str]


LOTS: tuple[LotDef, ...] = (
    LotDef("20261013/01", "10120091", "2026-10-13", "L1", "早班",
           {"acid_value": "0.8", "inspector": "陈质检", "raw_batch": "HS-2609-17"}),
    LotDef("20261014/01", "10120091", "2026-10-14", "L1", "晚班",
           {"acid_value": "0.9", "inspector": "陈质检", "raw_batch": "HS-2609-18"}),
    LotDef("20261014/02", "10120092", "2026-10-14", "L2", "早班",
           {"acid_value": "0.7", "inspector": "刘质检"}),
    LotDef("20261101/01", "10220011", "2026-11-01", "L2", "早班", {"inspector": "刘质检"}),
)


# Codes and labels (issue 3). The consumer URL base points at the demo's scan gateway.
GATEWAY_BASE_URL = "http://127.0.0.1:8080/c/"
GS1_COMPANY_PREFIX = "6901234"


@dataclass(frozen=True)
class BatchDef:
    key: str
    level: str  # item | case | pallet
    format: str  # digits | short | gs1
    count: int
    product: str = ""  # product code; empty = bound at activation
    length: int = 0
    verification_digits: int = 0
    labels_per_roll: int = 1000
    roll_unit: str = "roll"
    note: str = ""


BATCHES: tuple[BatchDef, ...] = (
    BatchDef("item", "item", "short", 20_000, "10120091", verification_digits=6,
             labels_per_roll=1000, note="花生油 4L 瓶贴（二维码 + 刮开验证码）"),
    BatchDef("item-digits", "item", "digits", 10_000, length=18, labels_per_roll=500,
             note="通用单品码，激活时绑定产品"),
    BatchDef("case", "case", "gs1", 5_000, "10120091", length=20, labels_per_roll=500,
             note="花生油 4L 箱码 GS1"),
    BatchDef("pallet", "pallet", "gs1", 200, labels_per_roll=100, roll_unit="sheet",
             note="托盘 SSCC"),
)

# (batch key, first roll, last roll, lot number or "" for the product only)
ACTIVATIONS: tuple[tuple[str, int, int, str], ...] = (
    ("item", 1, 4, "20261013/01"),
    ("item", 5, 8, "20261014/01"),
    ("case", 1, 2, "20261013/01"),
)
# (batch key, first roll, last roll, organisation code): label authorisation to the co-packer.
ALLOCATIONS: tuple[tuple[str, int, int, str], ...] = (
    ("item", 15, 20, "LF01"),
    # The factory's own rolls: its packing stations and lines see these codes.
    ("item", 1, 14, "F01"), ("case", 1, 10, "F01"), ("pallet", 1, 2, "F01"),
)
# (batch key, first serial, last serial, reason)
VOIDS: tuple[tuple[str, int, int, str], ...] = (("item", 3991, 4000, "印刷破损"),)


@dataclass(frozen=True)
class LabelElementDef:
    kind: str  # barcode | text | logo
    x: float
    y: float
    w: float
    h: float
    content: str = ""
    symbology: str = ""  # qr | datamatrix | code128 | gs1_128 | gs1_datamatrix
    font_pt: float = 8.0
    bold: bool = False


@dataclass(frozen=True)
class LabelTemplateDef:
    code: str
    name: str
    level: str
    width_mm: float
    height_mm: float
    elements: tuple[LabelElementDef, ...]


LABEL_TEMPLATES: tuple[LabelTemplateDef, ...] = (
    LabelTemplateDef("ITEM-QR", "瓶贴 40×30 二维码", "item", 40, 30, (
        LabelElementDef("barcode", 1, 1, 22, 22, "{url}", "qr"),
        LabelElementDef("text", 23.5, 2, 15.5, 9, "{product_name}", font_pt=7, bold=True),
        LabelElementDef("text", 23.5, 12, 15.5, 10, "扫码验真\n刮开涂层输入验证码", font_pt=4.5),
        LabelElementDef("text", 1, 24, 38, 5, "{code}", font_pt=7),
    )),
    LabelTemplateDef("CASE-GS1", "箱贴 100×70 GS1", "case", 100, 70, (
        LabelElementDef("text", 4, 3, 62, 8, "{product_name}  {spec}", font_pt=14, bold=True),
        LabelElementDef("text", 4, 12, 62, 5, "批号 {lot_no}   生产日期 {production_date}",
                        font_pt=9),
        LabelElementDef("text", 4, 18, 62, 5, "GTIN {gtin}", font_pt=9),
        LabelElementDef("barcode", 70, 3, 26, 26, "{element_string}", "gs1_datamatrix"),
        LabelElementDef("barcode", 4, 32, 92, 26, "{element_string}", "gs1_128"),
        LabelElementDef("text", 4, 60, 92, 6, "{code}", font_pt=8),
    )),
    LabelTemplateDef("PALLET-SSCC", "托盘标签 100×150 SSCC", "pallet", 100, 150, (
        LabelElementDef("text", 5, 5, 90, 10, "丰源粮油集团 · 托盘", font_pt=16, bold=True),
        LabelElementDef("text", 5, 20, 90, 8, "SSCC {code}", font_pt=12),
        LabelElementDef("barcode", 5, 100, 90, 40, "{element_string}", "gs1_128"),
    )),
)


# Sales orders, exceptional shipments, locations and low-stock settings (issue 5, part A).
ORDER_ROLES: tuple[RoleDef, ...] = (
    RoleDef("order_clerk", "销售内勤", "录入和导入销售订单，申请异常出库，维护库位",
            ["sales_order.read", "sales_order.write", "exceptional.read", "exceptional.request",
             "stock_alert.read"]),
    RoleDef("dealer_orders", "经销商订单", "本经销商及下级的订单、异常出库和门店库存预警",
            ["sales_order.read", "sales_order.write", "exceptional.read", "exceptional.request",
             "stock_alert.read", "stock_alert.write"]),
    RoleDef("store_orders", "门店订单查看", "查看门店的进货订单和库存预警",
            ["sales_order.read", "stock_alert.read"]),
    RoleDef("order_reader", "订单只读", "查看订单、异常出库和库存预警",
            ["sales_order.read", "exceptional.read", "stock_alert.read"]),
)
# Existing demo accounts that also get an order role (username -> role codes).
ORDER_GRANTS: dict[str, list[str]] = {
    "keeper": ["order_clerk"], "dealer_sd": ["dealer_orders"], "dealer_qd": ["dealer_orders"],
    "dealer_hn": ["dealer_orders"], "store_yh": ["store_orders"], "auditor": ["order_reader"],
}


@dataclass(frozen=True)
class LocationDef:
    warehouse: str
    code: str
    name: str
    zone: str


LOCATIONS: tuple[LocationDef, ...] = (
    LocationDef("WH-F01", "A-01-01", "A区1排1层", "A"),
    LocationDef("WH-F01", "A-01-02", "A区1排2层", "A"),
    LocationDef("WH-F01", "A-02-01", "A区2排1层", "A"),
    LocationDef("WH-F01", "B-01-01", "B区1排1层（待发区）", "B"),
    LocationDef("WH-F01", "Q-01", "退货暂存区", "Q"),
    LocationDef("WH-SD02", "1-01", "一号库位", ""),
)


@dataclass(frozen=True)
class OrderDef:
    user: str  # who enters it
    warehouse: str
    customer: str  # organisation code
    lines: tuple[tuple[str, int, str], ...]  # (product code, quantity, item | case)
    requested_date: str = ""
    note: str = ""
    confirm: bool = False


ORDERS: tuple[OrderDef, ...] = (
    OrderDef("keeper", "WH-F01", "D-SD01", (("10120091", 40, "case"), ("10120092", 20, "case")),
             "2026-12-05", "元旦备货", confirm=True),
    OrderDef("keeper", "WH-F01", "D-JS01", (("10120091", 10, "case"), ("10120093", 24, "item")),
             "2026-12-10", "华东新客户首单"),
    OrderDef("dealer_qd", "WH-SD02", "S-SD01", (("10120091", 2, "case"), ("10120092", 12, "item")),
             "2026-12-03", "门店补货", confirm=True),
)
# The sample an ERP export looks like (docs: importing sales orders), imported by the keeper.
ORDER_IMPORT_FILE = "sales_orders_sample.csv"
# (operation id, order number, customer, warehouse, [(product code, quantity, unit)])
ERP_ORDER = ("erp-demo-1", "7378281", "D-HN01", "WH-F01",
             (("10120093", 60, "case"), ("10220011", 30, "case")))


@dataclass(frozen=True)
class ExceptionalDef:
    warehouse: str
    reason: str  # staff_welfare | gift | sample | other
    reason_text: str
    lines: tuple[tuple[str, int, str], ...]
    approve: str = ""  # approver's comment; empty leaves the request waiting


EXCEPTIONAL: tuple[ExceptionalDef, ...] = (
    ExceptionalDef("WH-F01", "staff_welfare", "中秋节员工福利（一厂 120 人）",
                   (("10120091", 30, "case"),), approve="同意，按人数发放"),
    ExceptionalDef("WH-F01", "sample", "质检抽样送检，不归还", (("10120092", 6, "item"),)),
)
# (user, store, product code, minimum items)
STOCK_ALERTS: tuple[tuple[str, str, str, int], ...] = (
    ("dealer_qd", "S-SD01", "10120091", 24),
    ("dealer_qd", "S-SD01", "10120092", 36),
    ("dealer_sd", "S-SD02", "10120091", 12),
)


# Warehousing and channel flow (issue 5, part B): roles for receiving, shipping, selling and
# tracing, and who gets them; the goods' journey is in seed_flow.py.
FLOW_ROLES: tuple[RoleDef, ...] = (
    RoleDef("stock_keeper", "仓库出入库", "生产入库、移库、按订单发货、调拨与退货、跟踪查询",
            ["stock.read", "stock.receive", "stock.move", "stock.ship", "flow.read",
             "recall.read"]),
    RoleDef("dealer_stock", "经销商出入库", "收货、发往下级、退货、门店销售与换货、跟踪查询",
            ["stock.read", "stock.receive", "stock.move", "stock.ship", "stock.sell",
             "flow.read", "recall.read"]),
    RoleDef("store_stock", "门店收货与销售", "收货、销售出库、换货、退货",
            ["stock.read", "stock.receive", "stock.ship", "stock.sell", "flow.read"]),
    RoleDef("trace_manager", "追溯与召回", "跟踪查询、批次去向、召回",
            ["stock.read", "flow.read", "recall.read", "recall.manage"]),
    RoleDef("trace_reader", "追溯查看", "查看库存、跟踪查询和召回",
            ["stock.read", "flow.read", "recall.read"]),
)
FLOW_GRANTS: dict[str, list[str]] = {
    "keeper": ["stock_keeper"], "dealer_sd": ["dealer_stock"], "dealer_qd": ["dealer_stock"],
    "dealer_hn": ["dealer_stock"], "store_yh": ["store_stock"], "manager": ["trace_manager"],
    "auditor": ["trace_reader"],
}
SHIPMENT_VEHICLE = ("鲁B·D2817", "王建国", "13905321234")  # vehicle, driver, driver's phone
SALESPERSON = "小周"
