"""What a scan into a receipt or a shipment looks and sounds like: the packing station's big
colour block and sounds, with the channel's outcomes and refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from client import stock_names
from client.connection import ServerError
from client.packing.feedback import AMBER, BLUE, GREEN, GREY, RED, Look
from shared.pb import shipping_pb2, stock_pb2

S = stock_pb2


def _t(text: str) -> str:
    return QCoreApplication.translate("StockScan", text)


def accepted(result: stock_pb2.StockScanResult | shipping_pb2.SaleResult, lang: str) -> Look:
    unit = result.unit
    what = stock_names.levels().get(unit.level, "")
    detail = " · ".join(x for x in (unit.code, unit.product_name, stock_names.quantity(
        1 if unit.level == 3 else 0, unit.cases, unit.items)) if x)
    message = getattr(result, "message", "") if lang.startswith("zh") else \
        getattr(result, "message_en", "")
    if message:
        detail = f"{message}\n{detail}"
    outcome = getattr(result, "outcome", S.STOCK_SCAN_OUTCOME_ADDED)
    if outcome == S.STOCK_SCAN_OUTCOME_REMOVED:
        return Look("undone", GREY, "ok", "↶ " + _t("Removed: %1").replace("%1", what), detail)
    if outcome == S.STOCK_SCAN_OUTCOME_EXTRA:
        return Look("duplicate", AMBER, "duplicate", "⚠ " + _t("Not on this shipment"), detail)
    colour = BLUE if unit.level == 3 else GREEN
    return Look("accepted", colour, "ok", "✔ " + what, detail)


def _heads() -> dict[str, str]:
    return {"here": _t("Not here"), "stock": _t("Not in stock"),
            "twice": _t("Scanned already"), "document": _t("In another document"),
            "product": _t("Not on the order"), "over": _t("More than ordered"),
            "recalled": _t("Recalled lot"), "damaged": _t("Damaged"),
            "unknown": _t("Unknown code"), "packed": _t("Not packed yet"),
            "received": _t("Received already"), "refused": _t("Refused")}


_REFUSALS = {
    "STOCK_NOT_HERE": ("here", RED), "STOCK_NOT_IN_STOCK": ("stock", RED),
    "STOCK_ALREADY_SCANNED": ("twice", AMBER), "STOCK_IN_DOCUMENT": ("document", RED),
    "SHIP_WRONG_PRODUCT": ("product", RED), "SHIP_MIXED": ("product", RED),
    "SHIP_OVER_SCAN": ("over", RED), "STOCK_RECALLED": ("recalled", RED),
    "STOCK_DAMAGED": ("damaged", RED), "CODE_UNKNOWN": ("unknown", RED),
    "CODE_MALFORMED": ("unknown", RED), "STOCK_CODE_VOIDED": ("unknown", RED),
    "STOCK_NOT_PACKED": ("packed", RED), "STOCK_ALREADY_RECEIVED": ("received", AMBER),
}


def refused(exc: BaseException, lang: str) -> Look:
    heads = _heads()
    if isinstance(exc, ServerError):
        head, colour = _REFUSALS.get(exc.reason, ("refused", RED))
        sound = "duplicate" if colour == AMBER else "error"
        return Look("refused", colour, sound, "✖ " + heads[head], exc.message(lang))
    return Look("refused", RED, "error", "✖ " + heads["refused"], str(exc))
