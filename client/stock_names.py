"""People's names for the stock, shipping and flow enumerations, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import flow_pb2 as F
from shared.pb import shipping_pb2 as H
from shared.pb import stock_pb2 as S


def _t(text: str) -> str:
    return QCoreApplication.translate("StockNames", text)


def levels() -> dict[int, str]:
    return {1: _t("Item"), 2: _t("Case"), 3: _t("Pallet")}


def holding_states() -> dict[int, str]:
    return {S.HOLDING_STATE_IN_STOCK: _t("In stock"), S.HOLDING_STATE_IN_TRANSIT: _t("In transit"),
            S.HOLDING_STATE_SOLD: _t("Sold"), S.HOLDING_STATE_OUT: _t("Exceptional shipment")}


def move_kinds() -> dict[int, str]:
    return {
        S.STOCK_MOVE_KIND_RECEIPT: _t("Receipt from production"),
        S.STOCK_MOVE_KIND_MOVE: _t("Moved"),
        S.STOCK_MOVE_KIND_SHIP: _t("Shipped"),
        S.STOCK_MOVE_KIND_RECEIVE: _t("Received"),
        S.STOCK_MOVE_KIND_SELL: _t("Sold"),
        S.STOCK_MOVE_KIND_EXCEPTIONAL: _t("Exceptional shipment"),
        S.STOCK_MOVE_KIND_EXCHANGE_IN: _t("Taken back (exchange)"),
        S.STOCK_MOVE_KIND_EXCHANGE_OUT: _t("Handed out (exchange)"),
    }


def shipment_kinds() -> dict[int, str]:
    return {H.SHIPMENT_KIND_ORDER: _t("Against an order"),
            H.SHIPMENT_KIND_DIRECT: _t("To a dealer or store below"),
            H.SHIPMENT_KIND_TRANSFER: _t("Transfer"), H.SHIPMENT_KIND_RETURN: _t("Return"),
            H.SHIPMENT_KIND_EXCEPTIONAL: _t("Exceptional shipment")}


def shipment_statuses() -> dict[int, str]:
    return {H.SHIPMENT_STATUS_DRAFT: _t("Scanning"), H.SHIPMENT_STATUS_SHIPPED: _t("Shipped"),
            H.SHIPMENT_STATUS_RECEIVED: _t("Received"),
            H.SHIPMENT_STATUS_RECEIVED_SHORT: _t("Received, units missing"),
            H.SHIPMENT_STATUS_CANCELLED: _t("Cancelled")}


def receipt_kinds() -> dict[int, str]:
    return {S.RECEIPT_KIND_PRODUCTION: _t("From production"),
            S.RECEIPT_KIND_SHIPMENT: _t("From a shipment")}


def receipt_statuses() -> dict[int, str]:
    return {S.RECEIPT_STATUS_OPEN: _t("Scanning"), S.RECEIPT_STATUS_CONFIRMED: _t("Confirmed"),
            S.RECEIPT_STATUS_CANCELLED: _t("Cancelled")}


def discrepancy_kinds() -> dict[int, str]:
    return {H.DISCREPANCY_KIND_MISSING: _t("Missing"), H.DISCREPANCY_KIND_EXTRA: _t("Extra")}


def org_kinds() -> dict[str, str]:
    return {"headquarters": _t("Headquarters"), "factory": _t("Factory"),
            "licensed_factory": _t("Licensed factory"), "branch": _t("Branch"),
            "warehouse": _t("Warehouse"), "dealer": _t("Dealer"), "store": _t("Store"),
            "department": _t("Department"), "regulator": _t("Regulator")}


def exceptional_reason(reason: str) -> str:
    return {"staff_welfare": _t("Staff welfare"), "gift": _t("Gift to a customer"),
            "sample": _t("Sample not returned"), "other": _t("Other")}.get(reason, reason)


def trace_kinds() -> dict[int, str]:
    return {
        F.TRACE_KIND_ISSUED: _t("Code issued"), F.TRACE_KIND_ALLOCATED: _t("Rolls allocated"),
        F.TRACE_KIND_ACTIVATED: _t("Activated"), F.TRACE_KIND_VOIDED: _t("Voided"),
        F.TRACE_KIND_PACKED: _t("Packed"), F.TRACE_KIND_UNPACKED: _t("Taken out"),
        F.TRACE_KIND_RECEIPT: _t("Receipt from production"), F.TRACE_KIND_MOVE: _t("Moved"),
        F.TRACE_KIND_SHIP: _t("Shipped"), F.TRACE_KIND_RECEIVE: _t("Received"),
        F.TRACE_KIND_SELL: _t("Sold"), F.TRACE_KIND_EXCEPTIONAL: _t("Exceptional shipment"),
        F.TRACE_KIND_EXCHANGE_IN: _t("Taken back (exchange)"),
        F.TRACE_KIND_EXCHANGE_OUT: _t("Handed out (exchange)"),
        F.TRACE_KIND_SCAN: _t("Consumer scan"), F.TRACE_KIND_RECALLED: _t("Recalled"),
    }


def quantity(pallets: int, cases: int, items: int) -> str:
    """"1 pallet · 3 cases · 12 items" with the parts that are not zero."""
    parts = []
    if pallets:
        parts.append(_t("%n pallet(s)").replace("%n", str(pallets)))
    if cases:
        parts.append(_t("%n case(s)").replace("%n", str(cases)))
    parts.append(_t("%n item(s)").replace("%n", f"{items:,}"))
    return " · ".join(parts)
