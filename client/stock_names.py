"""People's names for the stock, shipping and flow enumerations, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from shared.pb import flow_pb2 as F
from shared.pb import shipping_pb2 as H
from shared.pb import stock_pb2 as S


def levels() -> dict[int, str]:
    return {1: Q.translate("StockNames", "Item"), 2: Q.translate("StockNames", "Case"),
            3: Q.translate("StockNames", "Pallet")}


def holding_states() -> dict[int, str]:
    return {
        S.HOLDING_STATE_IN_STOCK: Q.translate("StockNames", "In stock"),
        S.HOLDING_STATE_IN_TRANSIT: Q.translate("StockNames", "In transit"),
        S.HOLDING_STATE_SOLD: Q.translate("StockNames", "Sold"),
        S.HOLDING_STATE_OUT: Q.translate("StockNames", "Exceptional shipment"),
    }


def move_kinds() -> dict[int, str]:
    return {
        S.STOCK_MOVE_KIND_RECEIPT: Q.translate("StockNames", "Receipt from production"),
        S.STOCK_MOVE_KIND_MOVE: Q.translate("StockNames", "Moved"),
        S.STOCK_MOVE_KIND_SHIP: Q.translate("StockNames", "Shipped"),
        S.STOCK_MOVE_KIND_RECEIVE: Q.translate("StockNames", "Received"),
        S.STOCK_MOVE_KIND_SELL: Q.translate("StockNames", "Sold"),
        S.STOCK_MOVE_KIND_EXCEPTIONAL: Q.translate("StockNames", "Exceptional shipment"),
        S.STOCK_MOVE_KIND_EXCHANGE_IN: Q.translate("StockNames", "Taken back (exchange)"),
        S.STOCK_MOVE_KIND_EXCHANGE_OUT: Q.translate("StockNames", "Handed out (exchange)"),
    }


def shipment_kinds() -> dict[int, str]:
    return {
        H.SHIPMENT_KIND_ORDER: Q.translate("StockNames", "Against an order"),
        H.SHIPMENT_KIND_DIRECT: Q.translate("StockNames", "To a dealer or store below"),
        H.SHIPMENT_KIND_TRANSFER: Q.translate("StockNames", "Transfer"),
        H.SHIPMENT_KIND_RETURN: Q.translate("StockNames", "Return"),
        H.SHIPMENT_KIND_EXCEPTIONAL: Q.translate("StockNames", "Exceptional shipment"),
    }


def shipment_statuses() -> dict[int, str]:
    return {
        H.SHIPMENT_STATUS_DRAFT: Q.translate("StockNames", "Scanning"),
        H.SHIPMENT_STATUS_SHIPPED: Q.translate("StockNames", "Shipped"),
        H.SHIPMENT_STATUS_RECEIVED: Q.translate("StockNames", "Received"),
        H.SHIPMENT_STATUS_RECEIVED_SHORT: Q.translate("StockNames", "Received, units missing"),
        H.SHIPMENT_STATUS_CANCELLED: Q.translate("StockNames", "Cancelled"),
    }


def receipt_kinds() -> dict[int, str]:
    return {S.RECEIPT_KIND_PRODUCTION: Q.translate("StockNames", "From production"),
            S.RECEIPT_KIND_SHIPMENT: Q.translate("StockNames", "From a shipment")}


def receipt_statuses() -> dict[int, str]:
    return {S.RECEIPT_STATUS_OPEN: Q.translate("StockNames", "Scanning"),
            S.RECEIPT_STATUS_CONFIRMED: Q.translate("StockNames", "Confirmed"),
            S.RECEIPT_STATUS_CANCELLED: Q.translate("StockNames", "Cancelled")}


def discrepancy_kinds() -> dict[int, str]:
    return {H.DISCREPANCY_KIND_MISSING: Q.translate("StockNames", "Missing"),
            H.DISCREPANCY_KIND_EXTRA: Q.translate("StockNames", "Extra")}


def org_kinds() -> dict[str, str]:
    return {
        "headquarters": Q.translate("StockNames", "Headquarters"),
        "factory": Q.translate("StockNames", "Factory"),
        "licensed_factory": Q.translate("StockNames", "Licensed factory"),
        "branch": Q.translate("StockNames", "Branch"),
        "warehouse": Q.translate("StockNames", "Warehouse"),
        "dealer": Q.translate("StockNames", "Dealer"),
        "store": Q.translate("StockNames", "Store"),
        "department": Q.translate("StockNames", "Department"),
        "regulator": Q.translate("StockNames", "Regulator"),
    }


def exceptional_reason(reason: str) -> str:
    return {
        "staff_welfare": Q.translate("StockNames", "Staff welfare"),
        "gift": Q.translate("StockNames", "Gift to a customer"),
        "sample": Q.translate("StockNames", "Sample not returned"),
        "other": Q.translate("StockNames", "Other"),
    }.get(reason, reason)


def trace_kinds() -> dict[int, str]:
    return {
        F.TRACE_KIND_ISSUED: Q.translate("StockNames", "Code issued"),
        F.TRACE_KIND_ALLOCATED: Q.translate("StockNames", "Rolls allocated"),
        F.TRACE_KIND_ACTIVATED: Q.translate("StockNames", "Activated"),
        F.TRACE_KIND_VOIDED: Q.translate("StockNames", "Voided"),
        F.TRACE_KIND_PACKED: Q.translate("StockNames", "Packed"),
        F.TRACE_KIND_UNPACKED: Q.translate("StockNames", "Taken out"),
        F.TRACE_KIND_RECEIPT: Q.translate("StockNames", "Receipt from production"),
        F.TRACE_KIND_MOVE: Q.translate("StockNames", "Moved"),
        F.TRACE_KIND_SHIP: Q.translate("StockNames", "Shipped"),
        F.TRACE_KIND_RECEIVE: Q.translate("StockNames", "Received"),
        F.TRACE_KIND_SELL: Q.translate("StockNames", "Sold"),
        F.TRACE_KIND_EXCEPTIONAL: Q.translate("StockNames", "Exceptional shipment"),
        F.TRACE_KIND_EXCHANGE_IN: Q.translate("StockNames", "Taken back (exchange)"),
        F.TRACE_KIND_EXCHANGE_OUT: Q.translate("StockNames", "Handed out (exchange)"),
        F.TRACE_KIND_SCAN: Q.translate("StockNames", "Consumer scan"),
        F.TRACE_KIND_RECALLED: Q.translate("StockNames", "Recalled"),
    }


def in_cases(items: int, per_case: int) -> str:
    """Items in whole cases where they make them ("40 cases", "2 cases + 3 items"): how a
    clerk counts what is ordered and shipped."""
    if not items:
        return "0"
    cases, rest = divmod(items, per_case) if per_case > 1 else (0, items)
    parts = []
    if cases:
        parts.append(Q.translate("StockNames", "%n case(s)").replace("%n", f"{cases:,}"))
    if rest:
        parts.append(Q.translate("StockNames", "%n item(s)").replace("%n", f"{rest:,}"))
    return " + ".join(parts)


def quantity(pallets: int, cases: int, items: int) -> str:
    """"1 pallet · 3 cases · 12 items" with the parts that are not zero."""
    parts = []
    if pallets:
        parts.append(Q.translate("StockNames", "%n pallet(s)").replace("%n", str(pallets)))
    if cases:
        parts.append(Q.translate("StockNames", "%n case(s)").replace("%n", str(cases)))
    parts.append(Q.translate("StockNames", "%n item(s)").replace("%n", f"{items:,}"))
    return " · ".join(parts)
