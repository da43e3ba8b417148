"""What a scan into a receipt or a shipment looks and sounds like: the packing station's big
colour block and sounds, with the channel's outcomes and refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from client import stock_names
from client.connection import ServerError
from client.packing.feedback import AMBER, BLUE, GREEN, GREY, RED, Look
from shared.pb import shipping_pb2, stock_pb2

S = stock_pb2


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
        head = Q.translate("StockScan", "Removed: %1").replace("%1", what)
        return Look("undone", GREY, "ok", "↶ " + head, detail)
    if outcome == S.STOCK_SCAN_OUTCOME_EXTRA:
        head = Q.translate("StockScan", "Not on this shipment")
        return Look("duplicate", AMBER, "duplicate", "⚠ " + head, detail)
    colour = BLUE if unit.level == 3 else GREEN
    if isinstance(result, shipping_pb2.SaleResult):  # at the counter: the sale is the news
        return Look("accepted", colour, "ok", "✔ " + Q.translate("StockScan", "Sold: %1")
                    .replace("%1", what), detail)
    return Look("accepted", colour, "ok", "✔ " + what, detail)


def _heads() -> dict[str, str]:
    return {
        "here": Q.translate("StockScan", "Not here"),
        "stock": Q.translate("StockScan", "Not in stock"),
        "twice": Q.translate("StockScan", "Scanned already"),
        "document": Q.translate("StockScan", "In another document"),
        "product": Q.translate("StockScan", "Not on the order"),
        "over": Q.translate("StockScan", "More than ordered"),
        "recalled": Q.translate("StockScan", "Recalled lot"),
        "damaged": Q.translate("StockScan", "Damaged"),
        "unknown": Q.translate("StockScan", "Unknown code"),
        "packed": Q.translate("StockScan", "Not packed yet"),
        "received": Q.translate("StockScan", "Received already"),
        "refused": Q.translate("StockScan", "Refused"),
    }


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
