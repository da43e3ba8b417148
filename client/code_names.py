"""People's names for the code and print enumerations (levels, formats, states, roll units,
export columns, record kinds, print targets and statuses), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import codes_pb2 as C
from shared.pb import labels_pb2 as L


def levels() -> dict[int, str]:
    return {
        C.CODE_LEVEL_ITEM: QCoreApplication.translate("CodeNames", "Item"),
        C.CODE_LEVEL_CASE: QCoreApplication.translate("CodeNames", "Case"),
        C.CODE_LEVEL_PALLET: QCoreApplication.translate("CodeNames", "Pallet"),
    }


def formats() -> dict[int, str]:
    return {
        C.CODE_FORMAT_DIGITS: QCoreApplication.translate("CodeNames", "Digits"),
        C.CODE_FORMAT_SHORT: QCoreApplication.translate("CodeNames", "Short (for QR URLs)"),
        C.CODE_FORMAT_GS1: QCoreApplication.translate("CodeNames", "GS1 (GTIN + serial / SSCC)"),
    }


def short_formats() -> dict[int, str]:
    return {
        C.CODE_FORMAT_DIGITS: QCoreApplication.translate("CodeNames", "Digits"),
        C.CODE_FORMAT_SHORT: QCoreApplication.translate("CodeNames", "Short"),
        C.CODE_FORMAT_GS1: QCoreApplication.translate("CodeNames", "GS1"),
    }


def states() -> dict[int, str]:
    return {
        C.CODE_STATE_ISSUED: QCoreApplication.translate("CodeNames", "Issued"),
        C.CODE_STATE_ALLOCATED: QCoreApplication.translate("CodeNames", "Allocated"),
        C.CODE_STATE_ACTIVATED: QCoreApplication.translate("CodeNames", "Activated"),
        C.CODE_STATE_VOIDED: QCoreApplication.translate("CodeNames", "Voided"),
    }


def roll_units() -> dict[int, str]:
    return {
        C.ROLL_UNIT_ROLL: QCoreApplication.translate("CodeNames", "Roll"),
        C.ROLL_UNIT_PACK: QCoreApplication.translate("CodeNames", "Pack"),
        C.ROLL_UNIT_SHEET: QCoreApplication.translate("CodeNames", "Sheet"),
    }


def export_columns() -> dict[int, str]:
    return {
        C.EXPORT_COLUMN_SERIAL: QCoreApplication.translate("CodeNames", "Serial number"),
        C.EXPORT_COLUMN_CODE: QCoreApplication.translate("CodeNames", "Code"),
        C.EXPORT_COLUMN_URL: QCoreApplication.translate("CodeNames", "URL (QR content)"),
        C.EXPORT_COLUMN_VERIFICATION_CODE: QCoreApplication.translate("CodeNames",
                                                                      "Verification code"),
        C.EXPORT_COLUMN_ROLL: QCoreApplication.translate("CodeNames", "Roll / pack / sheet number"),
        C.EXPORT_COLUMN_ELEMENT_STRING: QCoreApplication.translate("CodeNames",
                                                                   "GS1 element string"),
    }


def event_kinds() -> dict[str, str]:
    """The kinds of code records (allocate, activate, void)."""
    return {
        "allocate": QCoreApplication.translate("CodeNames", "Allocation"),
        "activate": QCoreApplication.translate("CodeNames", "Activation"),
        "void": QCoreApplication.translate("CodeNames", "Void"),
    }


def print_targets() -> dict[int, str]:
    return {
        L.PRINT_TARGET_PRINTER: QCoreApplication.translate("CodeNames", "This PC's printer"),
        L.PRINT_TARGET_PDF: QCoreApplication.translate("CodeNames", "PDF file"),
        L.PRINT_TARGET_ZPL: QCoreApplication.translate("CodeNames", "Network label printer (ZPL)"),
    }


def print_statuses() -> dict[int, str]:
    return {
        L.PRINT_STATUS_STARTED: QCoreApplication.translate("CodeNames", "Printing"),
        L.PRINT_STATUS_PRINTED: QCoreApplication.translate("CodeNames", "Printed"),
        L.PRINT_STATUS_FAILED: QCoreApplication.translate("CodeNames", "Failed"),
        L.PRINT_STATUS_CANCELLED: QCoreApplication.translate("CodeNames", "Cancelled"),
    }


def level_field(level: int) -> str:
    """The server's filter value for a level ("item")."""
    return C.CodeLevel.Name(level).removeprefix("CODE_LEVEL_").lower()


def format_field(fmt: int) -> str:
    return C.CodeFormat.Name(fmt).removeprefix("CODE_FORMAT_").lower()
