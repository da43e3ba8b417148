"""The areas of the main window, in navigation order. Each names the permission that shows it
and builds its page; nothing is discovered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from client import qtcompat  # noqa: F401  (PySide6 signal refcount fix, see there)
from client.session import Session


@dataclass(frozen=True)
class Area:
    key: str
    group: str
    permission: str
    title: Callable[[], str]
    build: Callable[[Session], QWidget]


def group_titles() -> dict[str, str]:
    return {
        "accounts": QCoreApplication.translate("Areas", "System management"),
        "audit": QCoreApplication.translate("Areas", "Audit"),
        "catalog": QCoreApplication.translate("Areas", "Product management"),
        "production": QCoreApplication.translate("Areas", "Production management"),
        "warehouse": QCoreApplication.translate("Areas", "Warehouse management"),
        "codes": QCoreApplication.translate("Areas", "Code management"),
        "labels": QCoreApplication.translate("Areas", "Labels and printing"),
        "orders": QCoreApplication.translate("Areas", "Orders and shipping"),
        "scans": QCoreApplication.translate("Areas", "Anti-counterfeiting"),
        "packing": QCoreApplication.translate("Areas", "Packing"),
        "stock": QCoreApplication.translate("Areas", "Warehousing and channel"),
        "flow": QCoreApplication.translate("Areas", "Traceability"),
    }


def _orgs(session: Session) -> QWidget:
    from client.areas.organisations import OrganisationsPage

    return OrganisationsPage(session)


def _users(session: Session) -> QWidget:
    from client.areas.users import UsersPage

    return UsersPage(session)


def _roles(session: Session) -> QWidget:
    from client.areas.roles import RolesPage

    return RolesPage(session)


def _audit(session: Session) -> QWidget:
    from client.areas.audit import AuditPage

    return AuditPage(session)


def _categories(session: Session) -> QWidget:
    from client.areas.categories import CategoriesPage

    return CategoriesPage(session)


def _products(session: Session) -> QWidget:
    from client.areas.products import ProductsPage

    return ProductsPage(session)


def _lots(session: Session) -> QWidget:
    from client.areas.lots import LotsPage

    return LotsPage(session)


def _lines(session: Session) -> QWidget:
    from client.areas.lines import LinesPage

    return LinesPage(session)


def _warehouses(session: Session) -> QWidget:
    from client.areas.warehouses import WarehousesPage

    return WarehousesPage(session)


def _code_batches(session: Session) -> QWidget:
    from client.areas.code_batches import CodeBatchesPage

    return CodeBatchesPage(session)


def _code_events(session: Session) -> QWidget:
    from client.areas.code_events import CodeEventsPage

    return CodeEventsPage(session)


def _label_templates(session: Session) -> QWidget:
    from client.areas.label_templates import TemplatesPage

    return TemplatesPage(session)


def _print_jobs(session: Session) -> QWidget:
    from client.areas.print_jobs import PrintJobsPage

    return PrintJobsPage(session)


def _sales_orders(session: Session) -> QWidget:
    from client.areas.sales_orders import SalesOrdersPage

    return SalesOrdersPage(session)


def _exceptional(session: Session) -> QWidget:
    from client.areas.exceptional import ExceptionalPage

    return ExceptionalPage(session)


def _locations(session: Session) -> QWidget:
    from client.areas.locations import LocationsPage

    return LocationsPage(session)


def _stock_alerts(session: Session) -> QWidget:
    from client.areas.stock_alerts import StockAlertsPage

    return StockAlertsPage(session)


def _scan_log(session: Session) -> QWidget:
    from client.areas.scan_log import ScanLogPage

    return ScanLogPage(session)


def _scan_alerts(session: Session) -> QWidget:
    from client.areas.scan_alerts import AlertsPage

    return AlertsPage(session)


def _alert_recipients(session: Session) -> QWidget:
    from client.areas.scan_alerts import RecipientsPage

    return RecipientsPage(session)


def _response_templates(session: Session) -> QWidget:
    from client.areas.scan_templates import TemplatesPage

    return TemplatesPage(session)


def _complaints(session: Session) -> QWidget:
    from client.areas.scan_complaints import ComplaintsPage

    return ComplaintsPage(session)


def _scan_documents(session: Session) -> QWidget:
    from client.areas.scan_documents import DocumentsPage

    return DocumentsPage(session)


def _verification_products(session: Session) -> QWidget:
    from client.areas.scan_documents import VerificationPage

    return VerificationPage(session)


def _packing_station(session: Session) -> QWidget:
    from client.areas.packing_station import PackingStationPage

    return PackingStationPage(session)


def _collection_records(session: Session) -> QWidget:
    from client.areas.collection_records import CollectionRecordsPage

    return CollectionRecordsPage(session)


def _shipments(session: Session) -> QWidget:
    from client.areas.shipments import ShipmentsPage

    return ShipmentsPage(session)


def _receipts(session: Session) -> QWidget:
    from client.areas.receipts import ReceiptsPage

    return ReceiptsPage(session)


def _inventory(session: Session) -> QWidget:
    from client.areas.inventory import InventoryPage

    return InventoryPage(session)


def _holdings(session: Session) -> QWidget:
    from client.areas.stock_lists import HoldingsPage

    return HoldingsPage(session)


def _stock_moves(session: Session) -> QWidget:
    from client.areas.stock_lists import StockMovesPage

    return StockMovesPage(session)


def _discrepancies(session: Session) -> QWidget:
    from client.areas.stock_lists import DiscrepanciesPage

    return DiscrepanciesPage(session)


def _stock_warnings(session: Session) -> QWidget:
    from client.areas.stock_lists import StockWarningsPage

    return StockWarningsPage(session)


def _store_sales(session: Session) -> QWidget:
    from client.areas.store_sales import StoreSalesPage

    return StoreSalesPage(session)


def _trace(session: Session) -> QWidget:
    from client.areas.trace import TracePage

    return TracePage(session)


def _recalls(session: Session) -> QWidget:
    from client.areas.recalls import RecallsPage

    return RecallsPage(session)


AREAS: tuple[Area, ...] = (
    Area("organisations", "accounts", "org.read",
         lambda: QCoreApplication.translate("Areas", "Organisations"), _orgs),
    Area("users", "accounts", "user.read",
         lambda: QCoreApplication.translate("Areas", "Users"), _users),
    Area("roles", "accounts", "role.read",
         lambda: QCoreApplication.translate("Areas", "Roles"), _roles),
    Area("audit", "audit", "audit.read",
         lambda: QCoreApplication.translate("Areas", "Audit log"), _audit),
    Area("categories", "catalog", "category.read",
         lambda: QCoreApplication.translate("Areas", "Product categories"), _categories),
    Area("products", "catalog", "product.read",
         lambda: QCoreApplication.translate("Areas", "Products"), _products),
    Area("lots", "production", "lot.read",
         lambda: QCoreApplication.translate("Areas", "Production lots"), _lots),
    Area("lines", "production", "line.read",
         lambda: QCoreApplication.translate("Areas", "Production lines"), _lines),
    Area("warehouses", "warehouse", "warehouse.read",
         lambda: QCoreApplication.translate("Areas", "Warehouses"), _warehouses),
    Area("code_batches", "codes", "code.read",
         lambda: QCoreApplication.translate("Areas", "Code batches"), _code_batches),
    Area("code_events", "codes", "code.read",
         lambda: QCoreApplication.translate("Areas", "Code records"), _code_events),
    Area("label_templates", "labels", "label.read",
         lambda: QCoreApplication.translate("Areas", "Label templates"), _label_templates),
    Area("print_jobs", "labels", "print.read",
         lambda: QCoreApplication.translate("Areas", "Print jobs"), _print_jobs),
    Area("packing_station", "packing", "pack.run",
         lambda: QCoreApplication.translate("Areas", "Packing station"), _packing_station),
    Area("collection_records", "packing", "pack.read",
         lambda: QCoreApplication.translate("Areas", "Collection records"),
         _collection_records),
    Area("sales_orders", "orders", "sales_order.read",
         lambda: QCoreApplication.translate("Areas", "Sales orders"), _sales_orders),
    Area("exceptional_shipments", "orders", "exceptional.read",
         lambda: QCoreApplication.translate("Areas", "Exceptional shipments"), _exceptional),
    Area("shipments", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Shipments"), _shipments),
    Area("receipts", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Receipts"), _receipts),
    Area("inventory", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Inventory"), _inventory),
    Area("stock_units", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Stock units"), _holdings),
    Area("stock_moves", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Stock movements"), _stock_moves),
    Area("store_sales", "stock", "stock.sell",
         lambda: QCoreApplication.translate("Areas", "Store sales"), _store_sales),
    Area("discrepancies", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Receipt discrepancies"), _discrepancies),
    Area("stock_warnings", "stock", "stock.read",
         lambda: QCoreApplication.translate("Areas", "Low stock"), _stock_warnings),
    Area("trace", "flow", "flow.read",
         lambda: QCoreApplication.translate("Areas", "Trace a code"), _trace),
    Area("recalls", "flow", "recall.read",
         lambda: QCoreApplication.translate("Areas", "Recall"), _recalls),
    Area("locations", "warehouse", "warehouse.read",
         lambda: QCoreApplication.translate("Areas", "Warehouse locations"), _locations),
    Area("stock_alerts", "warehouse", "stock_alert.read",
         lambda: QCoreApplication.translate("Areas", "Low-stock warnings"), _stock_alerts),
    Area("scan_log", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Scan log"), _scan_log),
    Area("scan_alerts", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Alerts"), _scan_alerts),
    Area("alert_recipients", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Alert recipients"), _alert_recipients),
    Area("response_templates", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Response templates"),
         _response_templates),
    Area("complaints", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Complaints"), _complaints),
    Area("scan_documents", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Certificates and reports"),
         _scan_documents),
    Area("verification_products", "scans", "scan.read",
         lambda: QCoreApplication.translate("Areas", "Verification codes"),
         _verification_products),
)


def visible_areas(session: Session) -> list[Area]:
    """The areas the signed-in user may open."""
    return [a for a in AREAS if session.can(a.permission)]
