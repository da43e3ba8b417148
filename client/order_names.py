"""People's names for the order enumerations (order states and sources, units, exceptional
shipment reasons and states), in the interface language, and how quantities are written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import orders_pb2 as O


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderNames", text)


def field_value(enum_type: object, value: int, prefix: str) -> str:
    """The server's filter value for an enum value: ORDER_STATUS_DRAFT -> "draft"."""
    return str(enum_type.Name(value)).removeprefix(prefix).lower()  # type: ignore[attr-defined]


def order_statuses() -> dict[int, str]:
    return {
        O.ORDER_STATUS_DRAFT: _t("Draft"),
        O.ORDER_STATUS_CONFIRMED: _t("Confirmed"),
        O.ORDER_STATUS_PARTLY_SHIPPED: _t("Partly shipped"),
        O.ORDER_STATUS_SHIPPED: _t("Shipped"),
        O.ORDER_STATUS_CLOSED: _t("Closed"),
        O.ORDER_STATUS_CANCELLED: _t("Cancelled"),
    }


def order_sources() -> dict[int, str]:
    return {
        O.ORDER_SOURCE_CLIENT: _t("Entered"),
        O.ORDER_SOURCE_IMPORT: _t("Imported"),
        O.ORDER_SOURCE_ERP: _t("ERP"),
    }


def units() -> dict[int, str]:
    return {O.QUANTITY_UNIT_ITEM: _t("Items"), O.QUANTITY_UNIT_CASE: _t("Cases")}


def exceptional_reasons() -> dict[int, str]:
    return {
        O.EXCEPTIONAL_REASON_STAFF_WELFARE: _t("Staff welfare"),
        O.EXCEPTIONAL_REASON_GIFT: _t("Gift to a customer"),
        O.EXCEPTIONAL_REASON_SAMPLE: _t("Sample not returned"),
        O.EXCEPTIONAL_REASON_OTHER: _t("Other"),
    }


def exceptional_statuses() -> dict[int, str]:
    return {
        O.EXCEPTIONAL_STATUS_REQUESTED: _t("Awaiting approval"),
        O.EXCEPTIONAL_STATUS_APPROVED: _t("Approved"),
        O.EXCEPTIONAL_STATUS_REJECTED: _t("Rejected"),
        O.EXCEPTIONAL_STATUS_WITHDRAWN: _t("Withdrawn"),
        O.EXCEPTIONAL_STATUS_SHIPPED: _t("Shipped"),
    }


def quantity_text(line: O.OrderLine) -> str:
    """"10 cases (40)" or "5 items": the quantity as entered, with items for cases."""
    if line.unit == O.QUANTITY_UNIT_CASE:
        return _t("%1 cases (%2)").replace("%1", f"{line.quantity:,}").replace(
            "%2", f"{line.quantity_items:,}")
    return _t("%1 items").replace("%1", f"{line.quantity:,}")
