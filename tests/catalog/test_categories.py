"""Product categories and their custom field definitions, over the real gRPC channel."""

from __future__ import annotations

from typing import Any

import grpc

from client.connection import Connection
from shared.pb import catalog_pb2, common_pb2
from tests.catalog.helpers import (
    OIL_FIELDS,
    audit_rows,
    catalog,
    field,
    new_category,
    new_lot,
    new_product,
    query,
    refused,
)
from tests.support.tenants import TenantFixture


def _update(conn: Connection, category: catalog_pb2.Category,
            **changes: Any) -> catalog_pb2.Category:
    """UpdateCategory with some attributes (or the whole field list) replaced."""
    msg = catalog_pb2.Category()
    msg.CopyFrom(category)
    fields = changes.pop("fields", None)
    for key, value in changes.items():
        setattr(msg, key, value)
    if fields is not None:
        del msg.fields[:]
        msg.fields.extend(fields)
    return conn.call(catalog(conn).UpdateCategory, msg)


def test_category_round_trip(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    created = new_category(conn, "OIL-PEANUT", "花生油", description="压榨花生油")
    assert created.id > 0
    assert created.owner_org_id == tenant.ids.hq_org_id
    assert created.owner_org_name == f"Tenant {tenant.code}"
    assert [f.key for f in created.fields] == [f.key for f in OIL_FIELDS]
    grade = next(f for f in created.fields if f.key == "grade")
    assert list(grade.choices) == ["一级", "二级"]
    assert grade.type == catalog_pb2.FIELD_TYPE_CHOICE
    assert next(f for f in created.fields if f.key == "inspector").scope == \
        catalog_pb2.FIELD_SCOPE_LOT

    got = conn.call(stub.GetCategory, common_pb2.IdRequest(id=created.id))
    assert got == created
    new_product(conn, created.id, "P1")
    assert conn.call(stub.GetCategory, common_pb2.IdRequest(id=created.id)).product_count == 1

    updated = _update(conn, got, name="花生油系列", fields=[field("origin", label="产地")])
    assert updated.name == "花生油系列"
    assert [(f.key, f.label) for f in updated.fields] == [("origin", "产地")]
    listed = conn.call(stub.ListCategories, query())
    assert [(c.id, c.name, c.product_count) for c in listed.items] == [
        (created.id, "花生油系列", 1)]

    empty = new_category(conn, "EMPTY")
    conn.call(stub.DeleteCategory, common_pb2.IdRequest(id=empty.id))
    err = refused(conn.call, stub.GetCategory, common_pb2.IdRequest(id=empty.id))
    assert err.reason == "NOT_FOUND"


def test_duplicate_category_code_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    new_category(conn, "OIL")
    err = refused(new_category, conn, "OIL")
    assert (err.reason, err.field, err.code) == ("DUPLICATE", "code",
                                                 grpc.StatusCode.ALREADY_EXISTS)
    assert "OIL" in err.message_zh and "产品分类" in err.message_zh


def test_bad_field_definitions_are_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    bad = {
        "key with capitals": [field("Origin")],
        "key used twice": [field("origin"), field("origin", "number")],
        "choice without choices": [field("grade", "choice")],
        "empty choice": [field("grade", "choice", choices=["一级", " "])],
        "repeated choice": [field("grade", "choice", choices=["一级", "一级"])],
        "no type": [catalog_pb2.FieldDefinition(key="x", label="X",
                                                scope=catalog_pb2.FIELD_SCOPE_PRODUCT)],
        "no scope": [catalog_pb2.FieldDefinition(key="x", label="X",
                                                 type=catalog_pb2.FIELD_TYPE_TEXT)],
        "no label": [catalog_pb2.FieldDefinition(key="x", type=catalog_pb2.FIELD_TYPE_TEXT,
                                                 scope=catalog_pb2.FIELD_SCOPE_LOT)],
    }
    for case, defs in bad.items():
        err = refused(new_category, conn, "C1", "", defs)
        assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", "fields"), case
        assert err.message_zh.startswith("自定义字段"), case
    assert conn.call(catalog(conn).ListCategories, query()).page.total == 0


def test_choices_are_dropped_from_non_choice_fields(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    made = new_category(conn, "C1", fields=[field("origin", choices=["x"])])
    assert list(made.fields[0].choices) == []


def test_category_with_products_cannot_be_deleted(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    cat = new_category(conn)
    product = new_product(conn, cat.id)
    err = refused(conn.call, stub.DeleteCategory, common_pb2.IdRequest(id=cat.id))
    assert (err.reason, err.code) == ("IN_USE", grpc.StatusCode.FAILED_PRECONDITION)
    assert "1" in err.message_en
    conn.call(stub.DeleteProduct, common_pb2.IdRequest(id=product.id))
    conn.call(stub.DeleteCategory, common_pb2.IdRequest(id=cat.id))
    assert conn.call(stub.ListCategories, query()).page.total == 0


def test_removed_field_keeps_its_values_hidden_and_re_adding_brings_them_back(
        tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    cat = new_category(conn)
    product = new_product(conn, cat.id, custom={"origin": "山东", "grade": "一级"})
    without_origin = [f for f in cat.fields if f.key != "origin"]
    cat = _update(conn, cat, fields=without_origin)
    got = conn.call(stub.GetProduct, common_pb2.IdRequest(id=product.id))
    assert dict(got.custom) == {"grade": "一级"}
    # Saving the product as the client shows it keeps the hidden value.
    conn.call(stub.UpdateProduct, got)
    # A removed key can no longer be set.
    got.custom["origin"] = "河南"
    err = refused(conn.call, stub.UpdateProduct, got)
    assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", "custom.origin")
    _update(conn, cat, fields=[*cat.fields, field("origin", label="原料产地")])
    again = conn.call(stub.GetProduct, common_pb2.IdRequest(id=product.id))
    assert dict(again.custom) == {"origin": "山东", "grade": "一级"}


def test_type_change_that_breaks_stored_values_is_refused(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    cat = new_category(conn)
    new_product(conn, cat.id, custom={"origin": "山东", "volume_l": "4"})
    as_number = [field("origin", "number", label="原料产地") if f.key == "origin" else f
                 for f in cat.fields]
    err = refused(_update, conn, cat, fields=as_number)
    assert (err.reason, err.field) == ("CUSTOM_FIELD_IN_USE", "fields")
    assert "原料产地" in err.message_zh and "山东" in err.message_zh
    assert "产品" in err.message_zh
    # Nothing changed.
    still = conn.call(stub.GetCategory, common_pb2.IdRequest(id=cat.id))
    assert next(f for f in still.fields if f.key == "origin").type == catalog_pb2.FIELD_TYPE_TEXT
    # volume_l holds "4": text accepts it, and so does a choice that lists it.
    as_choice = [field("volume_l", "choice", choices=["4", "5"]) if f.key == "volume_l" else f
                 for f in cat.fields]
    _update(conn, cat, fields=as_choice)


def test_removing_a_choice_in_use_is_refused_but_an_unused_one_is_not(
        tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn)
    new_product(conn, cat.id, custom={"grade": "二级"})
    fewer = [field("grade", "choice", label="质量等级", choices=["一级"]) if f.key == "grade"
             else f for f in cat.fields]
    err = refused(_update, conn, cat, fields=fewer)
    assert err.reason == "CUSTOM_FIELD_IN_USE"
    assert "二级" in err.message_zh
    ok = [field("grade", "choice", label="质量等级", choices=["二级", "三级"])
          if f.key == "grade" else f for f in cat.fields]
    updated = _update(conn, cat, fields=ok)
    assert list(next(f for f in updated.fields if f.key == "grade").choices) == ["二级", "三级"]


def test_lot_values_are_checked_when_a_lot_field_changes(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    cat = new_category(conn)
    product = new_product(conn, cat.id)
    new_lot(conn, product.id, org_id=factory, custom={"inspector": "陈质检",
                                                      "acid_value": "0.8"})
    as_bool = [field("acid_value", "boolean", "lot", label="酸价") if f.key == "acid_value"
               else f for f in cat.fields]
    err = refused(_update, conn, cat, fields=as_bool)
    assert err.reason == "CUSTOM_FIELD_IN_USE"
    assert "生产批次" in err.message_zh and "0.8" in err.message_zh


def test_making_a_field_required_asks_for_it_on_next_save(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    cat = new_category(conn)
    product = new_product(conn, cat.id)
    required = [field("origin", label="原料产地", required=True) if f.key == "origin" else f
                for f in cat.fields]
    _update(conn, cat, fields=required)
    got = conn.call(stub.GetProduct, common_pb2.IdRequest(id=product.id))  # still readable
    err = refused(conn.call, stub.UpdateProduct, got)
    assert (err.reason, err.field) == ("CUSTOM_FIELD_INVALID", "custom.origin")
    got.custom["origin"] = "山东"
    assert conn.call(stub.UpdateProduct, got).custom["origin"] == "山东"


def test_category_update_is_audited_with_before_and_after(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    cat = new_category(conn, "OIL", "花生油")
    _update(conn, cat, name="玉米油", fields=[field("origin")])
    rows = audit_rows(conn, "category", cat.id)
    assert [r["action"] for r in rows] == ["update", "create"]
    update = rows[0]
    assert update["before"]["name"] == "花生油" and update["after"]["name"] == "玉米油"
    assert len(update["before"]["fields"]) == len(OIL_FIELDS)
    assert [f["key"] for f in update["after"]["fields"]] == ["origin"]
    assert rows[1]["before"] is None and rows[1]["after"]["code"] == "OIL"


def test_categories_are_tenant_wide_but_changed_only_inside_the_owner_subtree(
        tenant: TenantFixture) -> None:
    dealer_a = tenant.add_org(tenant.ids.hq_org_id, "dealer", "DA")
    dealer_b = tenant.add_org(tenant.ids.hq_org_id, "dealer", "DB")
    perms = ["category.read", "category.write", "product.read"]
    conn_a = tenant.user_with("cat_a", perms, dealer_a)
    conn_b = tenant.user_with("cat_b", perms, dealer_b)
    cat = new_category(conn_a, "A-CAT")
    assert cat.owner_org_id == dealer_a
    # Everyone in the tenant reads the catalogue...
    seen = conn_b.call(catalog(conn_b).GetCategory, common_pb2.IdRequest(id=cat.id))
    assert seen.code == "A-CAT"
    # ...but only the owner's subtree changes it.
    err = refused(_update, conn_b, seen, name="taken over")
    assert (err.reason, err.code) == ("OUT_OF_SCOPE", grpc.StatusCode.PERMISSION_DENIED)
    err = refused(conn_b.call, catalog(conn_b).DeleteCategory, common_pb2.IdRequest(id=cat.id))
    assert err.reason == "OUT_OF_SCOPE"
    admin = tenant.connect()
    assert _update(admin, seen, name="by headquarters").name == "by headquarters"


def test_other_tenant_sees_no_category(tenant: TenantFixture,
                                       other_tenant: TenantFixture) -> None:
    cat = new_category(tenant.connect())
    other = other_tenant.connect()
    assert other.call(catalog(other).ListCategories, query()).page.total == 0
    for method in (catalog(other).GetCategory, catalog(other).DeleteCategory):
        err = refused(other.call, method, common_pb2.IdRequest(id=cat.id))
        assert (err.reason, err.code) == ("NOT_FOUND", grpc.StatusCode.NOT_FOUND)
    # Same code in another tenant is no duplicate.
    assert new_category(other, "OIL").code == "OIL"


def test_category_permissions(tenant: TenantFixture) -> None:
    reader = tenant.user_with("cat_reader", ["category.read"])
    new_category(tenant.connect(), "OIL")
    assert reader.call(catalog(reader).ListCategories, query()).page.total == 1
    err = refused(new_category, reader, "NEW")
    assert (err.reason, err.code) == ("PERMISSION_DENIED", grpc.StatusCode.PERMISSION_DENIED)
    assert "category.write" in err.message_en
    nobody = tenant.user_with("cat_nobody", ["product.read"])
    err = refused(nobody.call, catalog(nobody).ListCategories, query())
    assert err.reason == "PERMISSION_DENIED"


def test_category_list_search_sort_filter(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = catalog(conn)
    for code, name in (("OIL-P", "花生油"), ("OIL-C", "玉米油"), ("RICE", "大米")):
        new_category(conn, code, name, fields=[])
    names = [c.name for c in conn.call(stub.ListCategories, query(sort=["-code"])).items]
    assert names == ["大米", "花生油", "玉米油"]
    found = conn.call(stub.ListCategories, query(search="油"))
    assert {c.code for c in found.items} == {"OIL-P", "OIL-C"}
    prefixed = conn.call(stub.ListCategories, query(filters=[("code", "PREFIX", "oil")]))
    assert prefixed.page.total == 2
    err = refused(conn.call, stub.ListCategories, query(sort=["product_count"]))
    assert err.reason == "LIST_FIELD_UNKNOWN"
