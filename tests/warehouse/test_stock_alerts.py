"""Low-stock warning settings: per dealer or store and product, set by the organisation itself
or one above it, replaced when set again, audited."""

from __future__ import annotations

from client.connection import Connection
from shared.pb import common_pb2, warehouse_pb2
from tests.catalog.helpers import audit_rows, new_category, new_product, query, refused
from tests.support.tenants import TenantFixture

PERMS = ["stock_alert.read", "stock_alert.write"]


def set_alert(conn: Connection, org_id: int, product_id: int, min_items: int,
              note: str = "") -> warehouse_pb2.StockAlert:
    return conn.call(conn.warehouse.SetStockAlert, warehouse_pb2.StockAlert(
        org_id=org_id, product_id=product_id, min_items=min_items, note=note))


def test_a_dealer_sets_warnings_for_its_stores(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    product = new_product(admin, new_category(admin, fields=()).id, "P4L", name="花生油 4L",
                          items_per_case=4)
    hq = tenant.ids.hq_org_id
    dealer = tenant.add_org(hq, "dealer", "D1", "鲁源商贸")
    store = tenant.add_org(dealer, "store", "S1", "永辉超市")
    sibling_store = tenant.add_org(tenant.add_org(hq, "dealer", "D2"), "store", "S2")
    conn = tenant.user_with("d1", PERMS, dealer)
    made = set_alert(conn, store, product.id, 24, "春节前加量")
    assert (made.org_name, made.product_name, made.min_items, made.items_per_case,
            made.updated_by) == ("永辉超市", "花生油 4L", 24, 4, "d1")
    again = set_alert(conn, store, product.id, 48)  # the same pair: replaced
    assert (again.id, again.min_items, again.note) == (made.id, 48, "")
    assert set_alert(conn, dealer, product.id, 400).org_id == dealer  # its own, too
    assert [(a.org_id, a.min_items) for a in conn.call(
        conn.warehouse.ListStockAlerts, query(sort=["org_id"])).items] == [
        (dealer, 400), (store, 48)]
    err = refused(set_alert, conn, sibling_store, product.id, 10)
    assert err.reason == "OUT_OF_SCOPE"
    err = refused(set_alert, admin, hq, product.id, 10)
    assert (err.reason, err.field) == ("INVALID_VALUE", "org_id")
    err = refused(set_alert, conn, store, product.id, 0)
    assert (err.reason, err.field) == ("INVALID_VALUE", "min_items")
    err = refused(set_alert, conn, store, 999_999_999, 5)
    assert (err.reason, err.field) == ("NOT_FOUND", "product_id")
    assert [r["action"] for r in audit_rows(admin, "stock_alert", made.id)] == [
        "update", "create"]
    conn.call(conn.warehouse.DeleteStockAlert, common_pb2.IdRequest(id=made.id))
    store_user = tenant.user_with("s1", ["stock_alert.read"], store)
    assert store_user.call(store_user.warehouse.ListStockAlerts, query()).page.total == 0
    assert refused(set_alert, store_user, store, product.id, 5).reason == "PERMISSION_DENIED"
