"""The one error catalogue: each domain error has a stable reason, a gRPC status and a message
in Chinese and English. Raise `DomainError(Reason.X, field=..., **params)` anywhere on the server;
the error interceptor turns it into a status with google.rpc ErrorInfo and LocalizedMessage details.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

import grpc


@dataclass(frozen=True)
class ReasonInfo:
    status: grpc.StatusCode
    zh: str
    en: str


_S = grpc.StatusCode


class Reason(Enum):
    """Stable reason codes. Never rename one: clients and scripts match on them."""

    # authentication and access
    UNAUTHENTICATED = ReasonInfo(_S.UNAUTHENTICATED, "请先登录。", "Please sign in first.")
    SESSION_EXPIRED = ReasonInfo(_S.UNAUTHENTICATED, "登录已过期，请重新登录。",
                                 "Your session has expired; please sign in again.")
    BAD_CREDENTIALS = ReasonInfo(_S.UNAUTHENTICATED, "企业代码、用户名或密码不正确。",
                                 "Company code, username or password is wrong.")
    ACCOUNT_LOCKED = ReasonInfo(_S.PERMISSION_DENIED,
                                "密码错误次数过多，账号已锁定，"
                                "请 {minutes} 分钟后再试或联系管理员。",
                                "Too many wrong passwords: the account is locked. Try again in "
                                "{minutes} minutes or ask an administrator.")
    ACCOUNT_DISABLED = ReasonInfo(_S.PERMISSION_DENIED, "账号已停用。",
                                  "This account is disabled.")
    PASSWORD_CHANGE_REQUIRED = ReasonInfo(_S.FAILED_PRECONDITION, "请先修改初始密码。",
                                          "Please change your initial password first.")
    PERMISSION_DENIED = ReasonInfo(_S.PERMISSION_DENIED, "您没有执行此操作的权限（{permission}）。",
                                   "You are not allowed to do this ({permission}).")
    OUT_OF_SCOPE = ReasonInfo(_S.PERMISSION_DENIED, "该数据不属于您所在的组织范围。",
                              "This record is outside your organisation.")
    METHOD_NOT_ALLOWED = ReasonInfo(_S.PERMISSION_DENIED, "此接口未开放。",
                                    "This call is not open to clients.")
    WRONG_PASSWORD = ReasonInfo(_S.INVALID_ARGUMENT, "原密码不正确。",
                                "The current password is wrong.")
    WEAK_PASSWORD = ReasonInfo(_S.INVALID_ARGUMENT,
                               "密码至少 {min} 位，且须同时包含字母和数字。",
                               "A password needs at least {min} characters, letters and digits.")
    PERMISSION_NOT_HELD = ReasonInfo(_S.PERMISSION_DENIED,
                                     "不能授予您自己没有的权限：{permission}。",
                                     "You cannot grant a permission you do not hold: "
                                     "{permission}.")
    # generic record errors
    NOT_FOUND = ReasonInfo(_S.NOT_FOUND, "找不到{entity}（{id}）。", "No such {entity} ({id}).")
    DUPLICATE = ReasonInfo(_S.ALREADY_EXISTS, "{entity}编码“{value}”已存在。",
                           "A {entity} with code \"{value}\" already exists.")
    IN_USE = ReasonInfo(_S.FAILED_PRECONDITION, "{entity}仍被使用，不能删除：{detail}",
                        "This {entity} is still in use and cannot be deleted: {detail}")
    REQUIRED = ReasonInfo(_S.INVALID_ARGUMENT, "请填写“{field}”。", "\"{field}\" is required.")
    INVALID_VALUE = ReasonInfo(_S.INVALID_ARGUMENT, "“{field}”的值无效：{detail}",
                               "Invalid value for \"{field}\": {detail}")
    TOO_LONG = ReasonInfo(_S.INVALID_ARGUMENT, "“{field}”最多 {max} 个字符。",
                          "\"{field}\" takes at most {max} characters.")
    LIST_FIELD_UNKNOWN = ReasonInfo(_S.INVALID_ARGUMENT, "不能按“{field}”筛选或排序。",
                                    "Cannot filter or sort by \"{field}\".")
    # organisations
    ORG_CYCLE = ReasonInfo(_S.FAILED_PRECONDITION, "不能把组织移动到它自己的下级之下。",
                           "An organisation cannot be moved under its own descendant.")
    ORG_ROOT = ReasonInfo(_S.FAILED_PRECONDITION, "总部是组织树的根，不能移动、删除或更改类型。",
                          "Headquarters is the root of the tree: it cannot be moved, deleted or "
                          "change kind.")
    ORG_KIND_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "“{parent}”下不能建立“{kind}”类型的组织。",
                                  "A {kind} cannot be placed under a {parent}.")
    # master data
    GTIN_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "GTIN“{value}”无效：{detail}",
                              "GTIN \"{value}\" is invalid: {detail}")
    CUSTOM_FIELD_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "自定义字段“{field}”无效：{detail}",
                                      "Custom field \"{field}\" is invalid: {detail}")
    IMAGE_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "图片无效：{detail}", "Invalid image: {detail}")
    GTIN_DUPLICATE = ReasonInfo(_S.ALREADY_EXISTS, "GTIN“{value}”已用于产品“{product}”。",
                                "GTIN \"{value}\" is already used by product \"{product}\".")
    CUSTOM_FIELD_IN_USE = ReasonInfo(_S.FAILED_PRECONDITION,
                                     "自定义字段“{field}”已有数据，不能这样修改：{entity}中的值"
                                     "“{value}”将不再有效（{detail}）。",
                                     "Custom field \"{field}\" already holds data: the {entity} "
                                     "value \"{value}\" would no longer be valid ({detail}).")
    NOT_A_FACTORY = ReasonInfo(_S.INVALID_ARGUMENT,
                               "{entity}只能属于工厂或授权工厂，“{org}”是{kind}。",
                               "A {entity} can only belong to a factory or licensed factory; "
                               "\"{org}\" is a {kind}.")
    CANNOT_HOLD_STOCK = ReasonInfo(_S.INVALID_ARGUMENT,
                                   "“{org}”是{kind}，不能设立仓库（部门和监管机构不持有库存）。",
                                   "\"{org}\" is a {kind} and cannot run a warehouse: departments "
                                   "and regulators hold no stock.")
    # labels and printing
    LABEL_SIZE_INVALID = ReasonInfo(_S.INVALID_ARGUMENT,
                                    "“{field}”须在 {min}–{max} mm 之间（现为 {value}）。",
                                    "\"{field}\" must be {min}–{max} mm (not {value}).")
    LABEL_ELEMENT_OUTSIDE = ReasonInfo(_S.INVALID_ARGUMENT,
                                       "第 {index} 个元素超出标签范围：位置 ({x}, {y})、"
                                       "大小 {w}×{h} mm，标签为 {width}×{height} mm。",
                                       "Element {index} lies outside the label: at ({x}, {y}), "
                                       "{w}×{h} mm on a {width}×{height} mm label.")
    LABEL_ELEMENT_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "第 {index} 个元素无效：{detail}",
                                       "Element {index} is invalid: {detail}")
    LABEL_PLACEHOLDER_UNKNOWN = ReasonInfo(_S.INVALID_ARGUMENT,
                                           "第 {index} 个元素中的占位符 {placeholder} 不存在。"
                                           "可用：{allowed}",
                                           "Element {index} uses the unknown placeholder "
                                           "{placeholder}. Available: {allowed}")
    LABEL_LEVEL_MISMATCH = ReasonInfo(_S.FAILED_PRECONDITION,
                                      "模板“{template}”用于{template_level}，码包 {batch_no} "
                                      "是{batch_level}码。",
                                      "Template \"{template}\" is for {template_level} labels; "
                                      "batch {batch_no} holds {batch_level} codes.")
    PRINT_JOB_TOO_LARGE = ReasonInfo(_S.INVALID_ARGUMENT,
                                     "一次打印任务最多 {max} 张标签（本次 {count} 张），"
                                     "请分批打印。",
                                     "A print job holds at most {max} labels ({count} asked); "
                                     "print in several jobs.")
    REPRINT_REASON_REQUIRED = ReasonInfo(_S.FAILED_PRECONDITION,
                                         "序号 {first}–{last} 已由打印任务 {jobs} 打印过；"
                                         "重打须勾选“重打”并填写原因。",
                                         "Serials {first}–{last} were already printed by print "
                                         "job(s) {jobs}; a reprint must be marked as one and "
                                         "give a reason.")
    VERIFICATION_CODE_TO_FILE = ReasonInfo(_S.FAILED_PRECONDITION,
                                           "模板“{template}”含验证码，验证码不能输出到 PDF 文件，"
                                           "请直接打印到打印机。",
                                           "Template \"{template}\" prints verification codes, "
                                           "which never go to a PDF file: print to a printer.")
    PRINT_JOB_FINISHED = ReasonInfo(_S.FAILED_PRECONDITION,
                                    "打印任务 {id} 已结束，结果不能再更改。",
                                    "Print job {id} is already finished; its outcome cannot "
                                    "change.")
    # codes
    CODE_MALFORMED = ReasonInfo(_S.INVALID_ARGUMENT,
                                "“{code}”不是有效的码（位数、字符或校验位不对），请检查是否输错。",
                                "\"{code}\" is not a valid code (wrong length, characters or "
                                "check character): please check for a typing mistake.")
    CODE_UNKNOWN = ReasonInfo(_S.NOT_FOUND, "码“{code}”不存在：从未发行。",
                              "Code \"{code}\" does not exist: it was never issued.")
    CODE_VOIDED = ReasonInfo(_S.FAILED_PRECONDITION, "码“{code}”已注销，不能激活。",
                             "Code \"{code}\" is voided and cannot be activated.")
    CODE_SPACE_FULL = ReasonInfo(
        _S.FAILED_PRECONDITION,
        "这种码（{space}）最多发行 {capacity} 个（这样随机猜中一个有效码的概率低于十亿分之一），"
        "已发行 {issued} 个，再发 {count} 个将超出。请改用更长的码：20 位数字码可发 100 亿个。",
        "Codes of this kind ({space}) hold at most {capacity} codes, so that a random guess is "
        "valid with probability below one in a billion; {issued} are issued and {count} more "
        "would exceed that. Use longer codes: 20-digit codes hold 10,000,000,000.")
    CODES_ALREADY_ALLOCATED = ReasonInfo(_S.FAILED_PRECONDITION,
                                         "序号 {first}–{last} 中已有码分配给“{org}”。",
                                         "Serials {first}–{last} include codes already "
                                         "allocated to \"{org}\".")
    OPERATION_ID_REUSED = ReasonInfo(_S.FAILED_PRECONDITION,
                                     "操作编号 {operation_id} 已用于另一项操作（{kind}）。",
                                     "Operation id {operation_id} was already used for another "
                                     "operation ({kind}).")
    CODE_SETTINGS_REQUIRED = ReasonInfo(_S.FAILED_PRECONDITION, "请先在码设置中填写“{field}”。",
                                        "Set \"{field}\" in the code settings first.")
    # scans (consumer gateway, anti-counterfeiting)
    GATEWAY_UNAUTHENTICATED = ReasonInfo(_S.UNAUTHENTICATED, "网关凭据无效。",
                                         "The gateway credential is missing or wrong.")
    SCAN_TOKEN_INVALID = ReasonInfo(_S.PERMISSION_DENIED,
                                    "页面已过期，请重新扫码。",
                                    "This page has expired: please scan the code again.")
    SCAN_RATE_LIMITED = ReasonInfo(_S.RESOURCE_EXHAUSTED,
                                   "查询过于频繁，请 {seconds} 秒后再试。",
                                   "Too many requests: please try again in {seconds} seconds.")
    TEMPLATE_PLACEHOLDER_UNKNOWN = ReasonInfo(_S.INVALID_ARGUMENT,
                                              "占位符 {placeholder} 不存在。可用：{allowed}",
                                              "Unknown placeholder {placeholder}. Available: "
                                              "{allowed}")
    DOCUMENT_INVALID = ReasonInfo(_S.INVALID_ARGUMENT, "文件无效：{detail}",
                                  "Invalid file: {detail}")
    # packing
    PACK_DUPLICATE = ReasonInfo(_S.ALREADY_EXISTS,
                                "“{code}”已在当前{container_level}中：重复扫描。",
                                "\"{code}\" is already in this {container_level}: scanned "
                                "twice.")
    PACK_ALREADY_PACKED = ReasonInfo(_S.FAILED_PRECONDITION,
                                     "“{code}”已装入{container_level}“{container}”。",
                                     "\"{code}\" is already packed in {container_level} "
                                     "\"{container}\".")
    PACK_CONTAINER_USED = ReasonInfo(_S.FAILED_PRECONDITION,
                                     "“{code}”已封装（内有 {count} 件），不能再用来封新的"
                                     "{container_level}。",
                                     "\"{code}\" is already closed with {count} inside: it "
                                     "cannot close another {container_level}.")
    PACK_PENDING_ELSEWHERE = ReasonInfo(_S.FAILED_PRECONDITION,
                                        "“{code}”已在工位“{station}”未封的{container_level}中。",
                                        "\"{code}\" is already in the open {container_level} at "
                                        "station \"{station}\".")
    PACK_WRONG_PRODUCT = ReasonInfo(_S.FAILED_PRECONDITION,
                                    "“{code}”属于 {actual}，本次装箱的是 {expected}。",
                                    "\"{code}\" belongs to {actual}; this run packs {expected}.")
    PACK_WRONG_LEVEL = ReasonInfo(_S.FAILED_PRECONDITION,
                                  "“{code}”是{code_level}码，这里应扫{expected_level}码。",
                                  "\"{code}\" is a {code_level} code; a {expected_level} code "
                                  "is expected here.")
    PACK_FULL = ReasonInfo(_S.FAILED_PRECONDITION,
                           "{container_level}已满（{count}/{spec}），请先扫{container_level}码。",
                           "The {container_level} is full ({count}/{spec}): scan its "
                           "{container_level} code first.")
    PACK_SHORT = ReasonInfo(_S.FAILED_PRECONDITION,
                            "{container_level}只有 {count}/{spec}，不足规格；确需封装请确认并"
                            "填写原因。",
                            "The {container_level} holds {count} of {spec}: closing it short "
                            "needs a confirmation and a reason.")
    PACK_EMPTY = ReasonInfo(_S.FAILED_PRECONDITION, "{container_level}“{code}”里没有任何东西。",
                            "{container_level} \"{code}\" holds nothing.")
    PACK_MIXED = ReasonInfo(_S.FAILED_PRECONDITION,
                            "“{code}”（{actual}）与本托（{expected}）的产品或批次不同，"
                            "本企业不允许混托。",
                            "\"{code}\" ({actual}) differs in product or lot from the pallet "
                            "({expected}); mixed pallets are not allowed here.")
    PACK_RUN_CLOSED = ReasonInfo(_S.FAILED_PRECONDITION, "采集记录 {run} 已结束或已删除。",
                                 "Collection record {run} is closed or deleted.")
    PACK_CASE_OPEN = ReasonInfo(_S.FAILED_PRECONDITION,
                                "还有未封的箱（{count} 个单品），请先封箱或撤销这些扫描。",
                                "A case is still open ({count} items): close it or undo those "
                                "scans first.")
    PACK_NOTHING_TO_UNDO = ReasonInfo(_S.FAILED_PRECONDITION, "没有可以撤销的扫描。",
                                      "There is no scan to undo.")
    PACK_NOT_PACKED = ReasonInfo(_S.FAILED_PRECONDITION, "“{code}”不在任何箱或托盘中。",
                                 "\"{code}\" is not in any case or pallet.")
    PACK_NOT_A_CHILD = ReasonInfo(_S.FAILED_PRECONDITION, "“{code}”不在“{container}”中。",
                                  "\"{code}\" is not in \"{container}\".")
    PACK_NO_VIRTUAL_CODES = ReasonInfo(_S.FAILED_PRECONDITION,
                                       "没有可用的托盘码：请先发行托盘码包（SSCC）。",
                                       "No pallet codes are free: issue a pallet code batch "
                                       "(SSCC) first.")
    PACK_RANGE_INVALID = ReasonInfo(_S.INVALID_ARGUMENT,
                                    "从“{code}”起的 {count} 个连续码超出了码包范围。",
                                    "{count} consecutive codes from \"{code}\" run past the end "
                                    "of its batch.")
    # server
    INTERNAL = ReasonInfo(_S.INTERNAL, "服务器内部错误，请联系管理员（编号 {incident}）。",
                          "Internal server error; please contact your administrator "
                          "(incident {incident}).")
    UNAVAILABLE = ReasonInfo(_S.UNAVAILABLE, "服务器暂时不可用，请稍后再试。",
                             "The server is temporarily unavailable; please try again.")
    # sales orders and exceptional shipments
    ORDER_NO_TAKEN = ReasonInfo(_S.ALREADY_EXISTS, "订单号“{value}”已存在。",
                                "Order number \"{value}\" already exists.")
    CUSTOMER_NOT_ALLOWED = ReasonInfo(_S.INVALID_ARGUMENT,
                                      "“{customer}”不能作为“{seller}”的客户：客户须是卖方下级的"
                                      "经销商或门店（总部和工厂可发往任何经销商或门店）。",
                                      "\"{customer}\" cannot be a customer of \"{seller}\": a "
                                      "customer is a dealer or store below the seller "
                                      "(headquarters and factories ship to any dealer or store).")
    ORDER_NOT_EDITABLE = ReasonInfo(_S.FAILED_PRECONDITION,
                                    "销售订单 {order_no} 当前为“{status}”：只有草稿或已确认且"
                                    "尚未发货的订单可以修改或取消。",
                                    "Sales order {order_no} is {status}: only draft or confirmed "
                                    "orders with nothing shipped can be changed or cancelled.")
    ORDER_NOT_DRAFT = ReasonInfo(_S.FAILED_PRECONDITION,
                                 "销售订单 {order_no} 当前为“{status}”，只有草稿可以确认。",
                                 "Sales order {order_no} is {status}; only a draft can be "
                                 "confirmed.")
    LINE_PRODUCT_REPEATED = ReasonInfo(_S.INVALID_ARGUMENT,
                                       "产品“{product}”在{entity}中出现了不止一次，请合并为一行。",
                                       "Product \"{product}\" appears more than once in the "
                                       "{entity}: put it on one line.")
    EXCEPTIONAL_SELF_APPROVAL = ReasonInfo(_S.PERMISSION_DENIED,
                                           "异常出库申请 {request_no} 是您本人提交的，"
                                           "须由其他审批人审批。",
                                           "You requested exceptional shipment {request_no}: "
                                           "another approver must decide on it.")
    EXCEPTIONAL_ALREADY_DECIDED = ReasonInfo(_S.FAILED_PRECONDITION,
                                             "异常出库申请 {request_no} 当前为“{status}”，"
                                             "不能再审批或撤回。",
                                             "Exceptional shipment {request_no} is {status}; it "
                                             "can no longer be approved, rejected or withdrawn.")
    EXCEPTIONAL_NOT_APPROVED = ReasonInfo(_S.FAILED_PRECONDITION,
                                          "异常出库申请 {request_no} 当前为“{status}”，"
                                          "审批通过后才能出库。",
                                          "Exceptional shipment {request_no} is {status}: it can "
                                          "be shipped only once approved.")
    EXCEPTIONAL_NOT_REQUESTER = ReasonInfo(_S.PERMISSION_DENIED,
                                           "只有申请人可以撤回异常出库申请 {request_no}。",
                                           "Only the requester can withdraw exceptional shipment "
                                           "{request_no}.")
    IMPORT_FILE_UNREADABLE = ReasonInfo(_S.INVALID_ARGUMENT, "无法读取文件“{file}”：{detail}",
                                        "Cannot read the file \"{file}\": {detail}")
    IMPORT_COLUMN_MISSING = ReasonInfo(_S.INVALID_ARGUMENT,
                                       "缺少“{column}”列（可用的列名：{names}）。",
                                       "The column \"{column}\" is missing (accepted headers: "
                                       "{names}).")
    IMPORT_QUANTITY_INVALID = ReasonInfo(_S.INVALID_ARGUMENT,
                                         "数量须为 1–{max} 的整数（现为“{value}”）。",
                                         "The quantity must be a whole number from 1 to {max} "
                                         "(not \"{value}\").")
    IMPORT_UNIT_UNKNOWN = ReasonInfo(_S.INVALID_ARGUMENT,
                                     "单位“{value}”无法识别：箱、件按箱计；瓶、桶、个或不填按单品计。",
                                     "Unknown unit \"{value}\": 箱, 件 or case mean cases; 瓶, 桶, "
                                     "个, item or nothing mean items.")
    IMPORT_DATE_INVALID = ReasonInfo(_S.INVALID_ARGUMENT,
                                     "日期“{value}”无效，请写成 2026-12-01 或 2026/12/01。",
                                     "\"{value}\" is not a date: write 2026-12-01 or 2026/12/01.")
    IMPORT_ROW_CONFLICT = ReasonInfo(_S.INVALID_ARGUMENT,
                                     "订单 {order_no} 的各行“{column}”不一致：前面是“{first}”，"
                                     "这里是“{value}”。",
                                     "The rows of order {order_no} disagree on \"{column}\": "
                                     "\"{first}\" above, \"{value}\" here.")
    # stock, shipping, receiving, sales and recalls
    STOCK_NOT_PACKED = ReasonInfo(_S.FAILED_PRECONDITION,
                                  "{code} 还没有装箱完成（{detail}），不能入库。",
                                  "{code} is not packed yet ({detail}): it cannot be received.")
    STOCK_CODE_VOIDED = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 已注销，不能入库或发货。",
                                   "{code} is voided: it cannot be received or shipped.")
    STOCK_ALREADY_RECEIVED = ReasonInfo(_S.ALREADY_EXISTS, "{code} 已入库：{where}。",
                                        "{code} was received already: {where}.")
    STOCK_NOT_IN_STOCK = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 不在库存中：{where}。",
                                    "{code} is not in stock: {where}.")
    STOCK_NOT_HERE = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 不在“{here}”：{where}。",
                                "{code} is not at \"{here}\": {where}.")
    STOCK_IN_DOCUMENT = ReasonInfo(_S.FAILED_PRECONDITION,
                                   "{code} 已扫入{document} {number}，不能重复使用。",
                                   "{code} is already scanned into {document} {number}.")
    STOCK_ALREADY_SCANNED = ReasonInfo(_S.ALREADY_EXISTS, "{code} 已扫描过{detail}。",
                                       "{code} was scanned already{detail}.")
    STOCK_NOT_SCANNED = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 不在{document} {number} 中。",
                                   "{code} is not in {document} {number}.")
    STOCK_RECALLED = ReasonInfo(_S.FAILED_PRECONDITION,
                                "{code} 属于已召回的批次（召回单 {recall}），只能退回上级。",
                                "{code} belongs to a recalled lot (recall {recall}): it can only "
                                "be returned up the chain.")
    STOCK_DAMAGED = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 已登记为破损品，只能退回上级。",
                               "{code} is recorded as damaged: it can only be returned up the "
                               "chain.")
    STOCK_NOT_PACKABLE = ReasonInfo(_S.FAILED_PRECONDITION,
                                    "该码当前为“{state}”，不能重新装箱。",
                                    "This code is {state}: it cannot be packed again.")
    STOCK_HOLDER_MISMATCH = ReasonInfo(_S.FAILED_PRECONDITION,
                                       "这些码不在同一仓库或库位，不能装在一起。",
                                       "These codes are not in the same warehouse and location: "
                                       "they cannot be packed together.")
    STOCK_MOVE_ACROSS = ReasonInfo(_S.FAILED_PRECONDITION,
                                   "“{target}”属于另一方（{owner}），请用调拨发货单发货。",
                                   "\"{target}\" belongs to another party ({owner}): ship it "
                                   "with a transfer shipment.")
    DOCUMENT_NOT_OPEN = ReasonInfo(_S.FAILED_PRECONDITION,
                                   "{document} {number} 当前为“{status}”，不能再修改。",
                                   "{document} {number} is {status}: it can no longer be "
                                   "changed.")
    DOCUMENT_EMPTY = ReasonInfo(_S.FAILED_PRECONDITION, "{document} {number} 还没有扫描任何码。",
                                "Nothing has been scanned into {document} {number} yet.")
    SHIP_WRONG_PRODUCT = ReasonInfo(_S.FAILED_PRECONDITION,
                                    "{code} 是“{product}”，{document} {number} 中没有这个产品。",
                                    "{code} is \"{product}\": {document} {number} has no line "
                                    "for it.")
    SHIP_OVER_SCAN = ReasonInfo(_S.FAILED_PRECONDITION,
                                "{code} 含“{product}”{items} 件，{document} {number} 该产品只剩 "
                                "{remaining} 件未发{hint}。",
                                "{code} holds {items} items of \"{product}\"; {document} "
                                "{number} has only {remaining} left to ship{hint}.")
    SHIP_MIXED = ReasonInfo(_S.FAILED_PRECONDITION,
                            "{code} 装有多种产品，按订单发货时请扫描其中的箱。",
                            "{code} holds several products: against an order, scan its cases.")
    ORDER_NOT_CONFIRMED = ReasonInfo(_S.FAILED_PRECONDITION,
                                     "销售订单 {order_no} 当前为“{status}”，只有已确认、"
                                     "未发完的订单可以发货。",
                                     "Sales order {order_no} is {status}: only confirmed orders "
                                     "not fully shipped can be shipped.")
    SHIP_TARGET_NOT_ALLOWED = ReasonInfo(_S.INVALID_ARGUMENT,
                                         "“{target}”不能作为{kind}的收货方：{rule}",
                                         "\"{target}\" cannot receive a {kind}: {rule}")
    RECEIVE_NOTHING = ReasonInfo(_S.FAILED_PRECONDITION,
                                 "发货单 {number} 当前为“{status}”，没有在途的货可收。",
                                 "Shipment {number} is {status}: nothing is on its way to "
                                 "receive.")
    EXCHANGE_NOT_ALLOWED = ReasonInfo(_S.FAILED_PRECONDITION, "{code} 不能在此换货：{why}",
                                      "{code} cannot be exchanged here: {why}")
    RECALL_NO_LOTS = ReasonInfo(_S.INVALID_ARGUMENT, "请至少选择一个批次。",
                                "Choose at least one lot.")
    DISCREPANCY_RESOLVED = ReasonInfo(_S.FAILED_PRECONDITION, "该差异已处理。",
                                      "This discrepancy is settled already.")

    @property
    def status(self) -> grpc.StatusCode:
        return self.value.status


# Names of entities and fields as people read them; keys are the glossary's code names.
LABELS: dict[str, tuple[str, str]] = {
    "tenant": ("租户", "tenant"),
    "organisation": ("组织", "organisation"),
    "user": ("用户", "user"),
    "role": ("角色", "role"),
    "category": ("产品分类", "category"),
    "product": ("产品", "product"),
    "line": ("产线", "production line"),
    "lot": ("生产批次", "production lot"),
    "warehouse": ("仓库", "warehouse"),
    "code": ("编码", "code"),
    "name": ("名称", "name"),
    "username": ("用户名", "username"),
    "password": ("密码", "password"),
    "new_password": ("新密码", "new password"),
    "display_name": ("姓名", "name"),
    "kind": ("类型", "kind"),
    "parent_id": ("上级组织", "parent organisation"),
    "org_id": ("所属组织", "organisation"),
    "region_code": ("行政区划代码", "region code"),
    "gtin": ("GTIN", "GTIN"),
    "items_per_case": ("每箱数量", "items per case"),
    "cases_per_pallet": ("每托箱数", "cases per pallet"),
    "category_id": ("产品分类", "category"),
    "product_id": ("产品", "product"),
    "line_id": ("产线", "line"),
    "lot_no": ("批次号", "lot number"),
    "production_date": ("生产日期", "production date"),
    "permissions": ("权限", "permissions"),
    "role_ids": ("角色", "roles"),
    "fields": ("自定义字段", "custom fields"),
    "custom": ("自定义字段", "custom fields"),
    "description": ("说明", "description"),
    "spec": ("规格", "specification"),
    "barcode": ("条码", "barcode"),
    "colour_no": ("色号", "colour number"),
    "unit": ("单位", "unit"),
    "image": ("图片", "image"),
    "mime": ("图片格式", "image format"),
    "shift": ("班次", "shift"),
    "address": ("地址", "address"),
    "page_size": ("每页条数", "page size"),
    "template": ("标签模板", "label template"),
    "print_job": ("打印任务", "print job"),
    "level": ("码级别", "code level"),
    "width_mm": ("标签宽度", "label width"),
    "height_mm": ("标签高度", "label height"),
    "elements": ("标签元素", "label elements"),
    "logo": ("标志图片", "logo"),
    "logo_mime": ("标志图片格式", "logo format"),
    "template_id": ("标签模板", "label template"),
    "batch_id": ("码包", "code batch"),
    "first_serial": ("起始序号", "first serial"),
    "last_serial": ("结束序号", "last serial"),
    "target": ("打印方式", "print target"),
    "printer": ("打印机", "printer"),
    "reprint_reason": ("重打原因", "reprint reason"),
    "lot_id": ("生产批次", "production lot"),
    "status": ("状态", "status"),
    "printed_count": ("已打印数量", "printed count"),
    "error": ("错误信息", "error message"),
    "code_batch": ("码包", "code batch"),
    "code_event": ("码操作记录", "code event"),
    "count": ("数量", "count"),
    "format": ("码格式", "code format"),
    "length": ("码长度", "code length"),
    "verification_digits": ("验证码位数", "verification code digits"),
    "labels_per_roll": ("每卷标签数", "labels per roll"),
    "roll_unit": ("卷/包/张", "roll unit"),
    "first_roll": ("起始卷号", "first roll"),
    "last_roll": ("结束卷号", "last roll"),
    "reason": ("原因", "reason"),
    "codes": ("码", "codes"),
    "columns": ("导出列", "columns"),
    "key": ("密钥文件", "key file"),
    "note": ("备注", "note"),
    "operation_id": ("操作编号", "operation id"),
    "gateway_base_url": ("消费者网址前缀", "consumer URL base"),
    "gs1_company_prefix": ("GS1 厂商识别代码", "GS1 company prefix"),
    "sscc_extension_digit": ("SSCC 扩展位", "SSCC extension digit"),
    "email": ("邮箱", "email"),
    "phone": ("电话", "phone"),
    "sales_order": ("销售订单", "sales order"),
    "order_no": ("订单号", "order number"),
    "warehouse_id": ("仓库", "warehouse"),
    "customer_org_id": ("客户", "customer"),
    "customer": ("客户", "customer"),
    "requested_date": ("要货日期", "requested date"),
    "lines": ("明细行", "lines"),
    "quantity": ("数量", "quantity"),
    "cancel_reason": ("取消原因", "cancellation reason"),
    "customer_code": ("客户编码", "customer code"),
    "warehouse_code": ("仓库编码", "warehouse code"),
    "product_code": ("产品编码", "product code"),
    "file_name": ("文件名", "file name"),
    "exceptional_shipment": ("异常出库申请", "exceptional shipment"),
    "reason_text": ("原因说明", "reason"),
    "comment": ("审批意见", "comment"),
    "location": ("库位", "location"),
    "zone": ("库区", "zone"),
    "stock_alert": ("库存预警", "low-stock warning"),
    "min_items": ("预警数量", "minimum quantity"),
    "scan_settings": ("防伪设置", "anti-counterfeiting settings"),
    "scan_template": ("报读设置", "response templates"),
    "alert_recipient": ("短信接收人", "alert recipient"),
    "scan_alert": ("防伪预警", "alert"),
    "complaint": ("投诉与建议", "complaint"),
    "document": ("证书与报告", "document"),
    "scan_token": ("查询页面", "scan page"),
    "max_queries": ("最大查询次数", "maximum queries"),
    "normal_threshold": ("普通预警次数", "normal alert threshold"),
    "important_threshold": ("重要预警次数", "important alert threshold"),
    "enumeration_threshold": ("枚举预警次数", "enumeration threshold"),
    "brand_name": ("品牌名称", "brand name"),
    "brand_intro": ("品牌介绍", "brand introduction"),
    "service_phone": ("客服电话", "service phone"),
    "default_verification": ("默认验证码要求", "default verification"),
    "verification": ("验证码要求", "verification code"),
    "title": ("标题", "title"),
    "text": ("内容", "text"),
    "contact": ("联系方式", "contact"),
    "position": ("位置", "position"),
    "run_id": ("采集记录", "collection record"),
    "station": ("工位", "station"),
    "short_reason": ("不足原因", "reason for closing short"),
    "case_code": ("箱码", "case code"),
    "first_item_code": ("首个单品码", "first item code"),
    "container_code": ("箱码/托盘码", "case or pallet code"),
    "child_codes": ("要移出的码", "codes to remove"),
    "new_code": ("新码", "new code"),
    "old_code": ("被替换的码", "replaced code"),
    "pack_run": ("采集记录", "collection record"),
    "pack_node": ("码关联", "packed code"),
    "pack_settings": ("装箱设置", "packing settings"),
    "shipment": ("发货单", "shipment"),
    "goods_receipt": ("入库单", "receipt"),
    "receipt": ("入库单", "receipt"),
    "recall": ("召回单", "recall"),
    "discrepancy": ("收货差异", "discrepancy"),
    "document_id": ("单据", "document"),
    "shipment_id": ("发货单", "shipment"),
    "order_id": ("销售订单", "sales order"),
    "exceptional_id": ("异常出库申请", "exceptional shipment"),
    "to_warehouse_id": ("调入仓库", "receiving warehouse"),
    "location_id": ("库位", "location"),
    "damaged_code": ("破损品的码", "damaged unit's code"),
    "replacement_code": ("换出品的码", "replacement's code"),
    "lot_ids": ("批次", "lots"),
    "resolution": ("处理说明", "resolution"),
    "vehicle": ("车牌号", "vehicle"),
    "driver": ("司机", "driver"),
    "driver_phone": ("司机电话", "driver's phone"),
    "handler": ("经手人", "handler"),
    "salesperson": ("店员", "salesperson"),
    "public_notice": ("消费者提示", "notice to consumers"),
}


# Organisation kinds as people read them (the {kind} and {parent} params).
ORG_KIND_LABELS: dict[str, tuple[str, str]] = {
    "headquarters": ("总部", "headquarters"),
    "factory": ("工厂", "factory"),
    "licensed_factory": ("授权工厂", "licensed factory"),
    "branch": ("分公司", "branch"),
    "warehouse": ("仓库", "warehouse"),
    "department": ("部门", "department"),
    "dealer": ("经销商", "dealer"),
    "store": ("门店", "store"),
    "regulator": ("监管机构", "regulator"),
}


# Code levels as people read them (params named *_level, e.g. LABEL_LEVEL_MISMATCH).
CODE_LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "item": ("单品", "item"),
    "case": ("箱", "case"),
    "pallet": ("托盘", "pallet"),
}


# Document states as people read them (params named status).
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "draft": ("草稿", "a draft"),
    "confirmed": ("已确认", "confirmed"),
    "partly_shipped": ("部分发货", "partly shipped"),
    "shipped": ("已发货", "shipped"),
    "closed": ("已关闭", "closed"),
    "cancelled": ("已取消", "cancelled"),
    "requested": ("待审批", "awaiting approval"),
    "approved": ("已批准", "approved"),
    "rejected": ("已驳回", "rejected"),
    "withdrawn": ("已撤回", "withdrawn"),
    "received": ("已收货", "received"),
    "received_short": ("已收货（有短少）", "received with units missing"),
    "open": ("未完成", "open"),
}

# Holding states as people read them (params named state).
STATE_LABELS: dict[str, tuple[str, str]] = {
    "in_stock": ("在库", "in stock"),
    "in_transit": ("在途", "in transit"),
    "sold": ("已售出", "sold"),
    "out": ("已出库（异常出库）", "gone (exceptional shipment)"),
}


BOTH = "\x1f"  # separates the Chinese and English forms of a parameter (see both())


def both(zh: str, en: str) -> str:
    """A parameter that reads differently in each language (e.g. where a code is now)."""
    return f"{zh}{BOTH}{en}"


def _localise(params: dict[str, str], lang: int) -> dict[str, str]:
    out = {k: v.split(BOTH)[lang] if BOTH in v else v for k, v in params.items()}
    if params.get("status") in STATUS_LABELS:
        out["status"] = STATUS_LABELS[params["status"]][lang]
    if params.get("state") in STATE_LABELS:
        out["state"] = STATE_LABELS[params["state"]][lang]
    for key, value in params.items():
        if key.endswith("_level") and value in CODE_LEVEL_LABELS:
            out[key] = CODE_LEVEL_LABELS[value][lang]
    for key in ("entity", "field", "document"):
        if key in out and out[key] in LABELS:
            out[key] = LABELS[out[key]][lang]
    for key in ("kind", "parent"):  # organisation kinds (ORG_KIND_INVALID)
        if key in out and out[key] in ORG_KIND_LABELS:
            out[key] = ORG_KIND_LABELS[out[key]][lang]
    return out


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class DomainError(Exception):
    """A refusal meant for people: carries the reason, the field at fault and message params."""

    def __init__(self, reason: Reason, field: str = "", **params: Any) -> None:
        self.reason = reason
        self.field = field
        # True: the call's transaction is committed before refusing (e.g. a failed-login count).
        self.commit = False
        self.params = {k: str(v) for k, v in params.items()}
        if field and "field" not in self.params:
            self.params["field"] = field
        super().__init__(f"{reason.name}: {self.message_en}")

    @property
    def message_zh(self) -> str:
        return self.reason.value.zh.format_map(_SafeDict(_localise(self.params, 0)))

    @property
    def message_en(self) -> str:
        return self.reason.value.en.format_map(_SafeDict(_localise(self.params, 1)))


def not_found(entity: str, id: object) -> DomainError:
    return DomainError(Reason.NOT_FOUND, entity=entity, id=id)
