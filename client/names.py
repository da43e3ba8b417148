"""People's names for the protocol's enumerations and record kinds, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.pb import accounts_pb2, catalog_pb2


def org_kinds() -> dict[int, str]:
    k = accounts_pb2
    return {
        k.ORG_KIND_HEADQUARTERS: QCoreApplication.translate("Labels", "Headquarters"),
        k.ORG_KIND_FACTORY: QCoreApplication.translate("Labels", "Factory"),
        k.ORG_KIND_LICENSED_FACTORY: QCoreApplication.translate("Labels", "Licensed factory"),
        k.ORG_KIND_BRANCH: QCoreApplication.translate("Labels", "Branch"),
        k.ORG_KIND_WAREHOUSE: QCoreApplication.translate("Labels", "Warehouse"),
        k.ORG_KIND_DEPARTMENT: QCoreApplication.translate("Labels", "Department"),
        k.ORG_KIND_DEALER: QCoreApplication.translate("Labels", "Dealer"),
        k.ORG_KIND_STORE: QCoreApplication.translate("Labels", "Store"),
        k.ORG_KIND_REGULATOR: QCoreApplication.translate("Labels", "Regulator"),
    }


def org_kind_name(kind: int, dealer_level: int = 0) -> str:
    name = org_kinds().get(kind, "")
    if kind == accounts_pb2.ORG_KIND_DEALER and dealer_level:
        return QCoreApplication.translate("Labels", "Dealer (level %1)").replace(
            "%1", str(dealer_level))
    return name


def org_kind_field(kind: int) -> str:
    """The server's filter value for a kind ("dealer")."""
    return accounts_pb2.OrgKind.Name(kind).removeprefix("ORG_KIND_").lower()


def field_types() -> dict[int, str]:
    c = catalog_pb2
    return {
        c.FIELD_TYPE_TEXT: QCoreApplication.translate("Labels", "Text"),
        c.FIELD_TYPE_NUMBER: QCoreApplication.translate("Labels", "Number"),
        c.FIELD_TYPE_DATE: QCoreApplication.translate("Labels", "Date"),
        c.FIELD_TYPE_BOOLEAN: QCoreApplication.translate("Labels", "Yes/No"),
        c.FIELD_TYPE_CHOICE: QCoreApplication.translate("Labels", "Choice"),
    }


def field_scopes() -> dict[int, str]:
    c = catalog_pb2
    return {
        c.FIELD_SCOPE_PRODUCT: QCoreApplication.translate("Labels", "Product"),
        c.FIELD_SCOPE_LOT: QCoreApplication.translate("Labels", "Production lot"),
    }


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Labels", "Yes") if value
            else QCoreApplication.translate("Labels", "No"))


def active_text(value: bool) -> str:
    return (QCoreApplication.translate("Labels", "Active") if value
            else QCoreApplication.translate("Labels", "Inactive"))


def audit_actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("Labels", "Create"),
        "update": QCoreApplication.translate("Labels", "Update"),
        "delete": QCoreApplication.translate("Labels", "Delete"),
        "move": QCoreApplication.translate("Labels", "Move"),
        "login": QCoreApplication.translate("Labels", "Sign in"),
        "logout": QCoreApplication.translate("Labels", "Sign out"),
        "change_password": QCoreApplication.translate("Labels", "Change password"),
        "reset_password": QCoreApplication.translate("Labels", "Reset password"),
        "set_image": QCoreApplication.translate("Labels", "Set image"),
        "issue": QCoreApplication.translate("Labels", "Issue codes"),
        "allocate": QCoreApplication.translate("Labels", "Allocate"),
        "activate": QCoreApplication.translate("Labels", "Activate"),
        "void": QCoreApplication.translate("Labels", "Void"),
        "export": QCoreApplication.translate("Labels", "Export"),
        "lookup": QCoreApplication.translate("Labels", "Look up"),
        "start": QCoreApplication.translate("Labels", "Print"),
        "reprint": QCoreApplication.translate("Labels", "Reprint"),
        "finish": QCoreApplication.translate("Labels", "Finish printing"),
        "confirm": QCoreApplication.translate("Labels", "Confirm"),
        "cancel": QCoreApplication.translate("Labels", "Cancel"),
        "import": QCoreApplication.translate("Labels", "Import"),
        "import_rejected": QCoreApplication.translate("Labels", "Import refused"),
        "upsert": QCoreApplication.translate("Labels", "ERP sync"),
        "approve": QCoreApplication.translate("Labels", "Approve"),
        "reject": QCoreApplication.translate("Labels", "Reject"),
        "withdraw": QCoreApplication.translate("Labels", "Withdraw"),
        "ship": QCoreApplication.translate("Labels", "Ship"),
    }


def entities() -> dict[str, str]:
    return {
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "user": QCoreApplication.translate("Labels", "User"),
        "role": QCoreApplication.translate("Labels", "Role"),
        "category": QCoreApplication.translate("Labels", "Product category"),
        "product": QCoreApplication.translate("Labels", "Product"),
        "line": QCoreApplication.translate("Labels", "Production line"),
        "lot": QCoreApplication.translate("Labels", "Production lot"),
        "warehouse": QCoreApplication.translate("Labels", "Warehouse"),
        "code_batch": QCoreApplication.translate("Labels", "Code batch"),
        "code_event": QCoreApplication.translate("Labels", "Code record"),
        "code_settings": QCoreApplication.translate("Labels", "Code settings"),
        "template": QCoreApplication.translate("Labels", "Label template"),
        "print_job": QCoreApplication.translate("Labels", "Print job"),
        "sales_order": QCoreApplication.translate("Labels", "Sales order"),
        "exceptional_shipment": QCoreApplication.translate("Labels", "Exceptional shipment"),
        "location": QCoreApplication.translate("Labels", "Warehouse location"),
        "stock_alert": QCoreApplication.translate("Labels", "Low-stock warning"),
    }


def outcomes() -> dict[str, str]:
    return {"ok": QCoreApplication.translate("Labels", "Succeeded"),
            "error": QCoreApplication.translate("Labels", "Refused")}


def permission_areas() -> dict[str, str]:
    return {
        "accounts": QCoreApplication.translate("Labels", "Accounts"),
        "audit": QCoreApplication.translate("Labels", "Audit"),
        "catalog": QCoreApplication.translate("Labels", "Catalogue"),
        "production": QCoreApplication.translate("Labels", "Production"),
        "warehouse": QCoreApplication.translate("Labels", "Warehousing"),
        "codes": QCoreApplication.translate("Labels", "Codes"),
        "labels": QCoreApplication.translate("Labels", "Labels and printing"),
        "orders": QCoreApplication.translate("Labels", "Orders and shipping"),
        "packing": QCoreApplication.translate("Labels", "Packing"),
    }
