"""Label templates over the real gRPC channel: round trip, validation, ownership and scope."""

from __future__ import annotations

from typing import Any

import grpc
import pytest

from client.connection import Connection
from shared.pb import codes_pb2, common_pb2, labels_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.catalog.test_images import JPEG, png
from tests.labels.helpers import (
    L,
    label_text,
    labels,
    logo_element,
    new_template,
    qr,
    template_msg,
)
from tests.support.tenants import TenantFixture


def test_template_round_trip_with_logo(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    stub = labels(conn)
    logo = png(8, 8)
    elements = [qr("{url}", symbology=L.SYMBOLOGY_QR),
                label_text("{product_name} {spec}", font=9, bold=True),
                label_text("验证码 {verification_code}", y=10),
                qr("{element_string}", x=2, y=23, size=2, symbology=L.SYMBOLOGY_GS1_DATAMATRIX),
                logo_element()]
    created = new_template(conn, "T-BOTTLE", elements=elements, logo=logo,
                           logo_mime="image/png", name="瓶标 50×25")
    assert created.id > 0 and created.name == "瓶标 50×25"
    assert created.level == codes_pb2.CODE_LEVEL_ITEM
    assert (created.width_mm, created.height_mm) == (50, 25)
    assert [e.content for e in created.elements] == [e.content for e in elements[:4]] + [""]
    assert created.elements[1].bold and created.elements[1].font_size_pt == 9
    assert created.logo == logo and created.logo_mime == "image/png"
    assert created.updated_at.seconds > 0

    got = conn.call(stub.GetTemplate, common_pb2.IdRequest(id=created.id))
    assert got == created
    listed = conn.call(stub.ListTemplates, query()).items
    assert [t.code for t in listed] == ["T-BOTTLE"]
    assert listed[0].logo == b"" and listed[0].logo_mime == "image/png"  # no bytes in lists

    msg = labels_pb2.LabelTemplate()
    msg.CopyFrom(got)
    msg.name, msg.width_mm, msg.logo, msg.logo_mime = "瓶标 60", 60, b"", ""
    del msg.elements[4]  # the logo element goes with the logo
    updated = conn.call(stub.UpdateTemplate, msg)
    assert updated.name == "瓶标 60" and updated.width_mm == 60 and updated.logo == b""
    rows = audit_rows(conn, "template", created.id)
    assert [r["action"] for r in rows] == ["update", "create"]
    assert rows[0]["before"]["logo_sha256"] and rows[0]["after"]["logo_sha256"] == ""
    assert "logo" not in rows[1]["after"]  # the audit never holds the image itself

    conn.call(stub.DeleteTemplate, common_pb2.IdRequest(id=created.id))
    err = refused(conn.call, stub.GetTemplate, common_pb2.IdRequest(id=created.id))
    assert err.reason == "NOT_FOUND"


def test_list_filters_by_level_and_active(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    new_template(conn, "T-ITEM")
    new_template(conn, "T-CASE", level=codes_pb2.CODE_LEVEL_CASE, active=False)
    stub = labels(conn)
    cases = conn.call(stub.ListTemplates, query(filters=[("level", "EQ", "case")])).items
    assert [t.code for t in cases] == ["T-CASE"]
    active = conn.call(stub.ListTemplates, query(filters=[("active", "EQ", "true")])).items
    assert [t.code for t in active] == ["T-ITEM"]
    found = conn.call(stub.ListTemplates, query(search="case")).items
    assert [t.code for t in found] == ["T-CASE"]


BAD: list[tuple[str, dict[str, Any], str, str]] = [
    ("too narrow", {"width": 9.9}, "LABEL_SIZE_INVALID", "width_mm"),
    ("too tall", {"height": 300.5}, "LABEL_SIZE_INVALID", "height_mm"),
    ("no size", {"width": 0}, "LABEL_SIZE_INVALID", "width_mm"),
    ("no level", {"level": codes_pb2.CODE_LEVEL_UNSPECIFIED}, "REQUIRED", "level"),
    ("no name", {"name": " "}, "REQUIRED", "name"),
    ("bad code", {"code": "模板 1"}, "INVALID_VALUE", "code"),
    ("outside right", {"elements": [qr(x=40, size=20)]}, "LABEL_ELEMENT_OUTSIDE", "elements"),
    ("outside bottom", {"elements": [label_text("x", y=20, height=6)]},
     "LABEL_ELEMENT_OUTSIDE", "elements"),
    ("negative", {"elements": [qr(x=-1)]}, "LABEL_ELEMENT_OUTSIDE", "elements"),
    ("empty barcode", {"elements": [qr(" ")]}, "LABEL_ELEMENT_INVALID", "elements"),
    ("no symbology", {"elements": [qr(symbology=L.SYMBOLOGY_UNSPECIFIED)]},
     "LABEL_ELEMENT_INVALID", "elements"),
    ("no kind", {"elements": [labels_pb2.LabelElement(x_mm=1, y_mm=1, width_mm=5, height_mm=5,
                                                      content="x")]},
     "LABEL_ELEMENT_INVALID", "elements"),
    ("zero width", {"elements": [label_text("x", width=0)]}, "LABEL_ELEMENT_INVALID", "elements"),
    ("empty text", {"elements": [label_text("")]}, "LABEL_ELEMENT_INVALID", "elements"),
    ("tiny font", {"elements": [label_text("x", font=1)]}, "LABEL_ELEMENT_INVALID", "elements"),
    ("unknown placeholder", {"elements": [qr("{password}")]}, "LABEL_PLACEHOLDER_UNKNOWN",
     "elements"),
    ("unmatched brace", {"elements": [label_text("{serial")]}, "LABEL_ELEMENT_INVALID",
     "elements"),
    ("logo element without logo", {"elements": [logo_element()]}, "LABEL_ELEMENT_INVALID",
     "elements"),
    ("not an image", {"logo": b"GIF89a....."}, "IMAGE_INVALID", "logo"),
    ("logo too big", {"logo": png(padding=512 * 1024)}, "IMAGE_INVALID", "logo"),
    ("declared wrong type", {"logo": JPEG, "logo_mime": "image/png"}, "IMAGE_INVALID",
     "logo_mime"),
]


@pytest.mark.parametrize(("changes", "reason", "field"), [b[1:] for b in BAD],
                         ids=[b[0] for b in BAD])
def test_template_validation(tenant: TenantFixture, changes: dict[str, Any], reason: str,
                             field: str) -> None:
    conn = tenant.connect()
    err = refused(conn.call, labels(conn).CreateTemplate,
                  template_msg(changes.pop("code", "T1"), **changes))
    assert (err.reason, err.field) == (reason, field)
    assert err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert err.message_zh and err.message_en
    assert conn.call(labels(conn).ListTemplates, query()).page.total == 0


def test_refusals_name_the_element_and_the_placeholders(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    err = refused(conn.call, labels(conn).CreateTemplate, template_msg(
        elements=[qr(), label_text("{batch}")]))
    assert err.params["index"] == "2" and err.params["placeholder"] == "{batch}"
    assert "{batch_no}" in err.message_en and "第 2 个元素" in err.message_zh
    err = refused(conn.call, labels(conn).CreateTemplate, template_msg(width=30,
                                                                       elements=[qr(x=15)]))
    assert "Element 1" in err.message_en and "30×25 mm" in err.message_en


def test_edges_and_limits_are_accepted(tenant: TenantFixture) -> None:
    conn = tenant.connect()
    small = new_template(conn, "T-SMALL", width=10, height=10,
                         elements=[qr("{code}", x=0, y=0, size=10)])
    assert small.elements[0].x_mm == 0
    big = new_template(conn, "T-PALLET", level=codes_pb2.CODE_LEVEL_PALLET, width=300,
                       height=300, logo=JPEG, elements=[logo_element(x=292, y=292)])
    assert big.logo_mime == "image/jpeg"
    assert new_template(conn, "T-EMPTY", elements=[]).elements == []


def test_codes_are_unique_per_tenant(tenant: TenantFixture, other_tenant: TenantFixture) -> None:
    conn = tenant.connect()
    new_template(conn, "T1")
    err = refused(new_template, conn, "T1")
    assert (err.reason, err.field) == ("DUPLICATE", "code")
    assert new_template(other_tenant.connect(), "T1").id > 0


def test_tenant_wide_but_changed_only_above_the_owner(tenant: TenantFixture,
                                                      other_tenant: TenantFixture) -> None:
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1")
    other_factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F2")
    f1 = tenant.user_with("f1_designer", ["label.read", "label.write"], factory)
    f2 = tenant.user_with("f2_designer", ["label.read", "label.write"], other_factory)
    hq = tenant.connect()
    mine = new_template(f1, "T-F1")
    theirs = new_template(hq, "T-HQ")
    # Everybody in the tenant reads every template ...
    assert {t.code for t in f2.call(labels(f2).ListTemplates, query()).items} == {"T-F1", "T-HQ"}
    # ... the owner's subtree changes it ...
    assert conn_update(hq, mine, name="总部改").name == "总部改"
    assert conn_update(f1, mine, name="工厂改").name == "工厂改"
    # ... nobody else does.
    for conn, template in ((f2, mine), (f1, theirs)):
        err = refused(conn_update, conn, template, name="x")
        assert err.reason == "OUT_OF_SCOPE"
        err = refused(conn.call, labels(conn).DeleteTemplate, common_pb2.IdRequest(id=template.id))
        assert err.reason == "OUT_OF_SCOPE"
    # Another tenant sees nothing.
    other = other_tenant.connect()
    err = refused(other.call, labels(other).GetTemplate, common_pb2.IdRequest(id=mine.id))
    assert err.reason == "NOT_FOUND"
    assert other.call(labels(other).ListTemplates, query()).page.total == 0


def conn_update(conn: Connection, template: labels_pb2.LabelTemplate,
                **changes: Any) -> labels_pb2.LabelTemplate:
    msg = labels_pb2.LabelTemplate()
    msg.CopyFrom(template)
    for key, value in changes.items():
        setattr(msg, key, value)
    return conn.call(labels(conn).UpdateTemplate, msg)


def test_permissions(tenant: TenantFixture) -> None:
    hq = tenant.connect()
    made = new_template(hq, "T1")
    reader = tenant.user_with("reader", ["label.read"])
    assert reader.call(labels(reader).GetTemplate, common_pb2.IdRequest(id=made.id)).code == "T1"
    err = refused(new_template, reader, "T2")
    assert (err.reason, err.params["permission"]) == ("PERMISSION_DENIED", "label.write")
    err = refused(conn_update, reader, made, name="x")
    assert err.reason == "PERMISSION_DENIED"
    nobody = tenant.user_with("nobody", [])
    err = refused(nobody.call, labels(nobody).ListTemplates, query())
    assert (err.reason, err.params["permission"]) == ("PERMISSION_DENIED", "label.read")
