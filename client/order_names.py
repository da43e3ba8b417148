"""People's names for the order enumerations (order states and sources, units, exceptional
shipment reasons and states), in the interface language, and how quantities are written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import orders_pb2 as O


def field_value(enum_type: object, value: int, prefix: str) -> str:
    """The server's filter value for an enum value: ORDER_STATUS_DRAFT -> "draft"."""
    return str(enum_type.Name(value)).removeprefix(prefix).lower()  # type: ignore[attr-defined]


def order_statuses() -> dict[int, str]:
    return {
        O.ORDER_STATUS_DRAFT: QCoreApplication.translate("OrderNames", "Draft"),
        O.ORDER_STATUS_CONFIRMED: QCoreApplication.translate("OrderNames", "Confirmed"),
        O.ORDER_STATUS_PARTLY_SHIPPED: QCoreApplication.translate("OrderNames", "Partly shipped"),
        O.ORDER_STATUS_SHIPPED: QCoreApplication.translate("OrderNames", "Shipped"),
        O.ORDER_STATUS_CLOSED: QCoreApplication.translate("OrderNames", "Closed"),
        O.ORDER_STATUS_CANCELLED: QCoreApplication.translate("OrderNames", "Cancelled"),
    }


def order_sources() -> dict[int, str]:
    return {
        O.ORDER_SOURCE_CLIENT: QCoreApplication.translate("OrderNames", "Entered"),
        O.ORDER_SOURCE_IMPORT: QCoreApplication.translate("OrderNames", "Imported"),
        O.ORDER_SOURCE_ERP: QCoreApplication.translate("OrderNames", "ERP"),
    }


def units() -> dict[int, str]:
    return {O.QUANTITY_UNIT_ITEM: QCoreApplication.translate("OrderNames", "Items"),
            O.QUANTITY_UNIT_CASE: QCoreApplication.translate("OrderNames", "Cases")}


def exceptional_reasons() -> dict[int, str]:
    return {
        O.EXCEPTIONAL_REASON_STAFF_WELFARE:
            QCoreApplication.translate("OrderNames", "Staff welfare"),
        O.EXCEPTIONAL_REASON_GIFT: QCoreApplication.translate("OrderNames", "Gift to a customer"),
        O.EXCEPTIONAL_REASON_SAMPLE:
            QCoreApplication.translate("OrderNames", "Sample not returned"),
        O.EXCEPTIONAL_REASON_OTHER: QCoreApplication.translate("OrderNames", "Other"),
    }


def exceptional_statuses() -> dict[int, str]:
    return {
        O.EXCEPTIONAL_STATUS_REQUESTED:
            QCoreApplication.translate("OrderNames", "Awaiting approval"),
        O.EXCEPTIONAL_STATUS_APPROVED: QCoreApplication.translate("OrderNames", "Approved"),
        O.EXCEPTIONAL_STATUS_REJECTED: QCoreApplication.translate("OrderNames", "Rejected"),
        O.EXCEPTIONAL_STATUS_WITHDRAWN: QCoreApplication.translate("OrderNames", "Withdrawn"),
        O.EXCEPTIONAL_STATUS_SHIPPED: QCoreApplication.translate("OrderNames", "Shipped"),
    }


def quantity_text(line: O.OrderLine) -> str:
    """"10 cases (40)" or "5 items": the quantity as entered, with items for cases."""
    if line.unit == O.QUANTITY_UNIT_CASE:
        text = QCoreApplication.translate("OrderNames", "%1 cases (%2)")
        return text.replace("%1", f"{line.quantity:,}").replace(
            "%2", f"{line.quantity_items:,}")
    text = QCoreApplication.translate("OrderNames", "%1 items")
    return text.replace("%1", f"{line.quantity:,}")
