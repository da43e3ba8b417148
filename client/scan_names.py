"""People's names for the scan area's enumerations, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import scans_pb2

S = scans_pb2


translate = QCoreApplication.translate


def results() -> dict[int, str]:
    return {S.SCAN_RESULT_GENUINE: translate("ScanNames", "Genuine code"),
            S.SCAN_RESULT_CODE_REQUIRED: translate("ScanNames",
                                                   "Waiting for the verification code"),
            S.SCAN_RESULT_WRONG_CODE: translate("ScanNames", "Wrong verification code"),
            S.SCAN_RESULT_CODE_LOCKED: translate("ScanNames", "Verification locked"),
            S.SCAN_RESULT_NOT_ACTIVATED: translate("ScanNames", "Not activated"),
            S.SCAN_RESULT_VOIDED: translate("ScanNames", "Voided"),
            S.SCAN_RESULT_UNKNOWN: translate("ScanNames", "Unknown code"),
            S.SCAN_RESULT_MALFORMED: translate("ScanNames", "Not a code")}


def result_fields() -> dict[int, str]:
    """The server's filter values."""
    return {k: S.ScanResult.Name(k).removeprefix("SCAN_RESULT_").lower() for k in results()}


def verdicts() -> dict[int, str]:
    return {S.VERDICT_GENUINE: translate("ScanNames", "Genuine"),
            S.VERDICT_CAUTION: translate("ScanNames", "Check"),
            S.VERDICT_SUSPECT: translate("ScanNames", "Suspected copy"),
            S.VERDICT_COUNTERFEIT: translate("ScanNames", "Not genuine"),
            S.VERDICT_PENDING: translate("ScanNames", "Pending"),
            S.VERDICT_REFUSED: translate("ScanNames", "Refused")}


def verdict_field(value: int) -> str:
    return S.Verdict.Name(value).removeprefix("VERDICT_").lower()


def methods() -> dict[int, str]:
    return {S.SCAN_METHOD_QR: translate("ScanNames", "Phone scan"),
            S.SCAN_METHOD_MANUAL: translate("ScanNames", "Typed on the web"),
            S.SCAN_METHOD_KIOSK: translate("ScanNames", "Public kiosk")}


def template_kinds() -> dict[int, str]:
    return {S.TEMPLATE_KIND_FIRST: translate("ScanNames", "First query"),
            S.TEMPLATE_KIND_REPEAT: translate("ScanNames", "Repeat query"),
            S.TEMPLATE_KIND_OVER_LIMIT: translate("ScanNames", "Over the maximum queries"),
            S.TEMPLATE_KIND_NOT_ACTIVATED: translate("ScanNames", "Not activated"),
            S.TEMPLATE_KIND_VOIDED: translate("ScanNames", "Voided"),
            S.TEMPLATE_KIND_UNKNOWN: translate("ScanNames", "Unknown code"),
            S.TEMPLATE_KIND_WRONG_CODE: translate("ScanNames", "Wrong verification code"),
            S.TEMPLATE_KIND_SUSPECT: translate("ScanNames", "Suspected copy")}


def langs() -> dict[str, str]:
    return {"zh": translate("ScanNames", "Chinese"), "en": translate("ScanNames", "English")}


def alert_kinds() -> dict[str, str]:
    return {"count": translate("ScanNames", "Query count"),
            "suspect": translate("ScanNames", "Suspected copy"),
            "enumeration": translate("ScanNames", "Code guessing"),
            "verification_attempts": translate("ScanNames", "Verification code guessing")}


def alert_levels() -> dict[str, str]:
    return {"normal": translate("ScanNames", "Normal"),
            "important": translate("ScanNames", "Important")}


def complaint_kinds() -> dict[str, str]:
    return {"complaint": translate("ScanNames", "Complaint"),
            "suggestion": translate("ScanNames", "Suggestion"),
            "counterfeit": translate("ScanNames", "Counterfeit report")}


def complaint_statuses() -> dict[str, str]:
    return {"new": translate("ScanNames", "New"), "handled": translate("ScanNames", "Handled")}


def verification_modes() -> dict[str, str]:
    return {"": translate("ScanNames", "Brand default"),
            "off": translate("ScanNames", "Not asked"),
            "optional": translate("ScanNames", "Optional"),
            "required": translate("ScanNames", "Required")}


def document_kinds() -> dict[str, str]:
    return {"certificate": translate("ScanNames", "Certificate"),
            "quality_report": translate("ScanNames", "Quality report"),
            "other": translate("ScanNames", "Other")}


# GB/T 2260 provinces (their names are the same in both languages' lists).
PROVINCES: tuple[tuple[str, str], ...] = (
    ("110000", "北京市"), ("120000", "天津市"), ("130000", "河北省"), ("140000", "山西省"),
    ("150000", "内蒙古自治区"), ("210000", "辽宁省"), ("220000", "吉林省"),
    ("230000", "黑龙江省"), ("310000", "上海市"), ("320000", "江苏省"), ("330000", "浙江省"),
    ("340000", "安徽省"), ("350000", "福建省"), ("360000", "江西省"), ("370000", "山东省"),
    ("410000", "河南省"), ("420000", "湖北省"), ("430000", "湖南省"), ("440000", "广东省"),
    ("450000", "广西壮族自治区"), ("460000", "海南省"), ("500000", "重庆市"),
    ("510000", "四川省"), ("520000", "贵州省"), ("530000", "云南省"), ("540000", "西藏自治区"),
    ("610000", "陕西省"), ("620000", "甘肃省"), ("630000", "青海省"),
    ("640000", "宁夏回族自治区"), ("650000", "新疆维吾尔自治区"),
)
