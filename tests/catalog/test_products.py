"""Products: GTIN check digits, packaging, custom values, paging and scope, over gRPC."""

from __future__ import annotations

import grpc
import pytest

from client.connection import Connection, ServerError
from server.catalog.repository import ProductRepository
from shared.pb import catalog_pb2, common_pb2
from tests.catalog.helpers import (
    GTIN_A,
    GTIN_A14,
    GTIN_B,
    GTIN_B14,
    audit_rows,
    catalog,
    field,
    new_category,
    new_lot,
    new_product,
    product_msg,
    query,
    refused,
)
from tests.support.tenants import TenantFixture


def _get(conn: Connection, product_id: int) -> catalog_pb2.Product:
    return conn.call(catalog(conn).GetProduct, common_pb2.IdRequest(id=product_id))


def test_product_round_trip(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    cat = new_category(conn, "OIL", "花生油")
    made = new_product(conn, cat.id, "10120091", name="花生油 4L", spec="4L/桶", gtin=GTIN_A,
                       barcode=GTIN_A, colour_no="C-01", unit="桶", items_per_case=4,
                       cases_per_pallet=40,
                       custom={"origin": " 山东 ", "grade": "一级", "volume_l": "+4",
                               "organic": "TRUE"})
    assert made.gtin == GTIN_A14  # stored as GTIN-14
    assert (made.spec, made.barcode, made.colour_no, made.unit) == ("4L/桶", GTIN_A, "C-01", "桶")
    assert (made.items_per_case, made.cases_per_pallet) == (4, 40)
    assert dict(made.custom) == {"origin": "山东", "grade": "一级", "volume_l": "4",
                                 "organic": "true"}
    assert made.active and made.category_name == "花生油"
    assert made.owner_org_id == tenant.ids.hq_org_id
    assert made.created_at.seconds > 0 and not made.has_image
    assert _get(conn, made.id) == made

    change = catalog_pb2.Product()
    change.CopyFrom(made)
    change.name, change.gtin, change.items_per_case, change.active = "花生油 5L", GTIN_B, 6, False
    change.custom["grade"] = "二级"
    del change.custom["organic"]
    updated = conn.call(stub.UpdateProduct, change)
    assert (updated.name, updated.gtin, updated.items_per_case, updated.active) == (
        "花生油 5L", GTIN_B14, 6, False)
    assert dict(updated.custom) == {"origin": "山东", "grade": "二级", "volume_l": "4"}
    assert updated.updated_at.ToDatetime() >= made.updated_at.ToDatetime()

    conn.call(stub.DeleteProduct, common_pb2.IdRequest(id=made.id))
    err = refused(_get, conn, made.id)
    assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)


def test_product_update_and_delete_are_audited(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    made = new_product(conn, cat.id, "P1", name="旧名", gtin=GTIN_A)
    change = _get(conn, made.id)
    change.name = "新名"
    conn.call(catalog(conn).UpdateProduct, change)
    conn.call(catalog(conn).DeleteProduct, common_pb2.IdRequest(id=made.id))
    rows = audit_rows(conn, "product", made.id)
    assert [r["action"] for r in rows] == ["delete", "update", "create"]
    delete, update, create = rows
    assert update["before"]["name"] == "旧名" and update["after"]["name"] == "新名"
    assert update["before"]["gtin"] == update["after"]["gtin"] == GTIN_A14
    assert delete["before"]["name"] == "新名" and delete["after"] is None
    assert create["before"] is None and create["after"]["code"] == "P1"
    assert all(r["username"] == "admin" and r["outcome"] == "ok" for r in rows)


@pytest.mark.parametrize(("gtin", "detail"), [
    ("6901234567893", "2"),        # wrong check digit: the message names the right one
    ("690123456789", "12"),        # 12 digits but its last is no check digit for them
    ("69012345678", "8/12/13/14"),  # no GTIN has 11 digits
    ("69012345678X2", "digits"),
])
def test_bad_gtin_is_refused(tenant: TenantFixture, gtin: str, detail: str) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    err = refused(new_product, conn, cat.id, "P1", gtin=gtin)
    assert (err.reason, err.field, err.code) == ("GTIN_INVALID", "gtin",
                                                 grpc.StatusCode.INVALID_ARGUMENT)
    assert gtin in err.message_en and gtin in err.message_zh
    if detail != "12":
        assert detail in err.message_en
    assert conn.call(catalog(conn).ListProducts, query()).page.total == 0


def test_gtin_is_unique_whatever_its_length(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, "P1", name="花生油 4L", gtin=GTIN_A)
    err = refused(new_product, conn, cat.id, "P2", gtin=GTIN_A14)
    assert (err.reason, err.field) == ("GTIN_DUPLICATE", "gtin")
    assert "花生油 4L" in err.message_zh
    # Products without a GTIN do not collide.
    new_product(conn, cat.id, "P3")
    new_product(conn, cat.id, "P4")


def test_gtin_taken_by_a_concurrent_call_is_still_refused(
        tenant: TenantFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, "P1", gtin=GTIN_A)
    # The in-process server's look-up misses the first product, as it would under a race:
    # the unique index is what refuses the second one.
    monkeypatch.setattr(ProductRepository, "with_gtin", lambda self, gtin, exclude_id=0: None)
    err = refused(new_product, conn, cat.id, "P2", gtin=GTIN_A)
    assert (err.reason, err.field) == ("GTIN_DUPLICATE", "gtin")
    assert GTIN_A14 in err.message_en
    assert conn.call(catalog(conn).ListProducts, query()).page.total == 1


def test_duplicate_product_code_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, "P1")
    err = refused(new_product, conn, cat.id, "P1")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    assert "P1" in err.message_en


@pytest.mark.parametrize(("custom", "key", "words"), [
    ({"volume_l": "four"}, "volume_l", "容量"),
    ({"volume_l": "1e3"}, "volume_l", "容量"),
    ({"grade": "特级"}, "grade", "一级"),
    ({"organic": "maybe"}, "organic", "true"),
    ({"colour": "red"}, "colour", "colour"),        # not a field of the category
    ({"acid_value": "0.8"}, "acid_value", "acid_value"),  # a lot field, not a product one
])
def test_bad_custom_values_are_refused(tenant: TenantFixture, custom: dict[str, str], key: str,
                                       words: str) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    err = refused(new_product, conn, cat.id, "P1", custom=custom)
    assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", f"custom.{key}")
    assert words in err.message_zh


def test_required_and_date_custom_fields(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn, fields=[field("harvest", "date", label="采收日期", required=True)])
    err = refused(new_product, conn, cat.id, "P1")
    assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", "custom.harvest")
    assert "采收日期" in err.message_zh and "必填" in err.message_zh
    err = refused(new_product, conn, cat.id, "P1", custom={"harvest": "   "})
    assert err.field == "custom.harvest"
    for bad in ("2026-02-30", "2026/10/01", "20261001"):
        err = refused(new_product, conn, cat.id, "P1", custom={"harvest": bad})
        assert err.field == "custom.harvest", bad
    made = new_product(conn, cat.id, "P1", custom={"harvest": "2026-09-01"})
    assert made.custom["harvest"] == "2026-09-01"


@pytest.mark.parametrize(("changes", "reason", "fld"), [
    ({"name": "  "}, "REQUIRED", "name"),
    ({"code": "P 1"}, "INVALID_VALUE", "code"),
    ({"items_per_case": 0}, "INVALID_VALUE", "items_per_case"),
    ({"cases_per_pallet": -1}, "INVALID_VALUE", "cases_per_pallet"),
    ({"spec": "x" * 101}, "TOO_LONG", "spec"),
])
def test_product_field_refusals(tenant: TenantFixture, changes: dict[str, object], reason: str,
                                fld: str) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    msg = product_msg(cat.id, "P1")
    for key, value in changes.items():
        setattr(msg, key, value)
    err = refused(conn.call, catalog(conn).CreateProduct, msg)
    assert (err.reason, err.field) == (reason, fld)


def test_unknown_category_is_refused(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    foreign = new_category(other_tenant.connect())
    for category_id in (0, foreign.id, 10**12):
        err = refused(new_product, conn, category_id, "P1")
        assert err.field == "category_id"
        assert err.reason == ("REQUIRED" if category_id == 0 else "NOT_FOUND")


def test_changing_category_revalidates_custom_values(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    oil = new_category(conn, "OIL")
    rice = new_category(conn, "RICE", fields=[field("paddy", label="稻谷品种")])
    made = new_product(conn, oil.id, "P1", custom={"origin": "山东"})
    move = _get(conn, made.id)
    move.category_id = rice.id
    err = refused(conn.call, catalog(conn).UpdateProduct, move)
    assert err.field == "custom.origin"
    move.custom.clear()
    move.custom["paddy"] = "粳稻"
    moved = conn.call(catalog(conn).UpdateProduct, move)
    assert (moved.category_name, dict(moved.custom)) == ("RICE 分类", {"paddy": "粳稻"})
    # The old category's values did not come along.
    move.category_id = oil.id
    move.custom.clear()
    assert dict(conn.call(catalog(conn).UpdateProduct, move).custom) == {}


def test_product_with_lots_cannot_be_deleted(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    cat = new_category(conn)
    made = new_product(conn, cat.id)
    new_lot(conn, made.id, org_id=factory)
    err = refused(conn.call, catalog(conn).DeleteProduct, common_pb2.IdRequest(id=made.id))
    assert (err.reason, err.code) == ("IN_USE", grpc.StatusCode.FAILED_PRECONDITION)
    assert "1" in err.message_zh and "生产批次" in err.message_zh
    assert _get(conn, made.id).id == made.id


def test_products_page_filter_sort_and_search_on_the_server(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    oil = new_category(conn, "OIL", fields=[])
    rice = new_category(conn, "RICE", fields=[])
    for i in range(120):
        new_product(conn, oil.id if i % 3 else rice.id, f"P{i:03d}", name=f"Product {i:03d}")
    page1 = conn.call(stub.ListProducts, query(page=1, page_size=50, sort=["-name"]))
    page2 = conn.call(stub.ListProducts, query(page=2, page_size=50, sort=["-name"]))
    page3 = conn.call(stub.ListProducts, query(page=3, page_size=50, sort=["-name"]))
    assert (page2.page.total, page2.page.page, page2.page.page_size) == (120, 2, 50)
    assert [p.name for p in page2.items] == [f"Product {i:03d}" for i in range(69, 19, -1)]
    assert len(page3.items) == 20
    names = [p.name for pg in (page1, page2, page3) for p in pg.items]
    assert len(set(names)) == 120  # pages neither overlap nor skip
    rice_only = conn.call(stub.ListProducts, query(
        page_size=500, filters=[("category_id", "EQ", str(rice.id))], sort=["code"]))
    assert rice_only.page.total == 40
    assert {p.category_name for p in rice_only.items} == {"RICE 分类"}
    assert rice_only.items[0].code == "P000" and rice_only.items[1].code == "P003"
    found = conn.call(stub.ListProducts, query(search="product 11"))
    assert sorted(p.code for p in found.items) == [f"P{i}" for i in range(110, 120)]
    err = refused(conn.call, stub.ListProducts, query(filters=[("owner_password", "EQ", "x")]))
    assert (err.reason, err.field) == ("LIST_FIELD_UNKNOWN", "owner_password")
    err = refused(conn.call, stub.ListProducts, query(page_size=501))
    assert (err.reason, err.field) == ("INVALID_VALUE", "page_size")


def test_filter_by_active(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, "P1")
    retired = _get(conn, new_product(conn, cat.id, "P2").id)
    retired.active = False
    conn.call(catalog(conn).UpdateProduct, retired)
    inactive = conn.call(catalog(conn).ListProducts, query(filters=[("active", "EQ", "false")]))
    assert [p.code for p in inactive.items] == ["P2"]
    with pytest.raises(ServerError) as err:
        conn.call(catalog(conn).ListProducts, query(filters=[("active", "LT", "true")]))
    assert (err.value.reason, err.value.field) == ("INVALID_VALUE", "active")


def test_search_finds_a_product_by_its_gtin(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, "P1", gtin=GTIN_A)
    new_product(conn, cat.id, "P2", gtin=GTIN_B)
    found = conn.call(catalog(conn).ListProducts, query(search=GTIN_A))
    assert [p.code for p in found.items] == ["P1"]
    exact = conn.call(catalog(conn).ListProducts, query(filters=[("gtin", "EQ", GTIN_B14)]))
    assert [p.code for p in exact.items] == ["P2"]


def test_product_permissions(tenant: TenantFixture) -> None:
    admin = tenant.connect()
    cat = new_category(admin)
    made = new_product(admin, cat.id, "P1")
    reader = tenant.user_with("prod_reader", ["product.read", "category.read"])
    assert reader.call(catalog(reader).ListProducts, query()).page.total == 1
    for call, request in (
            (catalog(reader).CreateProduct, product_msg(cat.id, "P2")),
            (catalog(reader).UpdateProduct, _get(admin, made.id)),
            (catalog(reader).DeleteProduct, common_pb2.IdRequest(id=made.id)),
            (catalog(reader).SetProductImage, catalog_pb2.SetProductImageRequest(
                product_id=made.id))):
        err = refused(reader.call, call, request)
        assert (err.reason, err.code) == ("PERMISSION_DENIED", grpc.StatusCode.PERMISSION_DENIED)
        assert "product.write" in err.message_en
    # The refusal is in the audit log, and nothing changed.
    refusals = admin.call(admin.audit.SearchAudit, query(filters=[
        ("username", "EQ", "prod_reader"), ("outcome", "EQ", "error")]))
    assert refusals.page.total == 4
    assert {e.reason_code for e in refusals.items} == {"PERMISSION_DENIED"}
    assert _get(admin, made.id).name == made.name
    nobody = tenant.user_with("prod_nobody", ["category.read"])
    err = refused(nobody.call, catalog(nobody).GetProduct, common_pb2.IdRequest(id=made.id))
    assert err.reason == "PERMISSION_DENIED"


def test_products_are_changed_only_inside_the_owner_subtree(tenant: TenantFixture) -> None:
    branch = tenant.add_org(tenant.ids.hq_org_id, "branch", "B1")
    dealer = tenant.add_org(branch, "dealer", "D1")
    other = tenant.add_org(tenant.ids.hq_org_id, "branch", "B2")
    perms = ["product.read", "product.write", "category.read"]
    cat = new_category(tenant.connect())
    at_dealer = tenant.user_with("p_dealer", perms, dealer)
    made = new_product(at_dealer, cat.id, "D-P1")
    assert made.owner_org_id == dealer
    at_branch = tenant.user_with("p_branch", perms, branch)
    at_other = tenant.user_with("p_other", perms, other)
    # Tenant-wide reading...
    assert _get(at_other, made.id).code == "D-P1"
    # ...changing from above the owner, never from beside it.
    change = _get(at_branch, made.id)
    change.name = "renamed by the branch"
    assert at_branch.call(catalog(at_branch).UpdateProduct, change).name == change.name
    change.name = "renamed beside"
    err = refused(at_other.call, catalog(at_other).UpdateProduct, change)
    assert err.reason == "OUT_OF_SCOPE"
    err = refused(at_other.call, catalog(at_other).DeleteProduct,
                  common_pb2.IdRequest(id=made.id))
    assert err.reason == "OUT_OF_SCOPE"
    assert _get(at_other, made.id).name == "renamed by the branch"


def test_other_tenant_cannot_see_or_touch_products(tenant: TenantFixture,
                                                   other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_product(conn, new_category(conn).id, "P1", gtin=GTIN_A)
    other = other_tenant.connect()
    stub = catalog(other)
    assert other.call(stub.ListProducts, query()).page.total == 0
    for method in (stub.GetProduct, stub.DeleteProduct):
        err = refused(other.call, method, common_pb2.IdRequest(id=made.id))
        assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    err = refused(other.call, stub.UpdateProduct, made)
    assert err.reason == "NOT_FOUND"
    # Another brand owner's GTIN is no duplicate here (each tenant is isolated).
    assert new_product(other, new_category(other).id, "P1", gtin=GTIN_A).gtin == GTIN_A14
