"""Master-data pages against the server: categories with field definitions, products with the
right editor per custom field, GTIN checks, lots with lot fields, lines and warehouses."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from client.areas.categories import CategoriesPage
from client.areas.lines import LinesPage
from client.areas.lots import LotsPage
from client.areas.products import ProductsPage
from client.areas.warehouses import WarehousesPage
from client.connection import Connection
from client.widgets.custom_fields import OptionalDate
from client.widgets.form import INVALID_STYLE
from shared.pb import catalog_pb2, production_pb2
from tests.client.conftest import WindowFactory
from tests.client.helpers import column_texts, wait_loaded
from tests.support.tenants import TenantFixture

C = catalog_pb2


def _category(conn: Connection) -> catalog_pb2.Category:
    return conn.call(conn.catalog.CreateCategory, C.Category(code="OIL", name="花生油", fields=[
        C.FieldDefinition(key="origin", label="产地", type=C.FIELD_TYPE_TEXT, shown=True,
                          scope=C.FIELD_SCOPE_PRODUCT),
        C.FieldDefinition(key="grade", label="等级", type=C.FIELD_TYPE_CHOICE, required=True,
                          choices=["一级", "二级"], scope=C.FIELD_SCOPE_PRODUCT),
        C.FieldDefinition(key="acid", label="酸价", type=C.FIELD_TYPE_NUMBER,
                          scope=C.FIELD_SCOPE_LOT),
        C.FieldDefinition(key="tested", label="检验日期", type=C.FIELD_TYPE_DATE,
                          scope=C.FIELD_SCOPE_LOT)]))


def test_category_form_edits_field_definitions(qtbot: QtBot, tenant: TenantFixture,
                                               open_window: WindowFactory) -> None:
    page = open_window(tenant.connect()).open_area("categories")
    assert isinstance(page, CategoriesPage)
    wait_loaded(qtbot, page)
    form = page.new_record()
    form.code.setText("RICE")
    form.name.setText("大米")
    form.field_table.add_button.click()
    form.submit()  # the new row has no label or key yet: stopped before sending
    assert form.pending is None and "Field 1" in form.banner.text()
    row = 0
    table = form.field_table.table
    label, key = table.cellWidget(row, 0), table.cellWidget(row, 1)
    assert isinstance(label, QLineEdit) and isinstance(key, QLineEdit)
    label.setText("产地")
    key.setText("origin")
    with qtbot.waitSignal(form.saved, timeout=10_000) as blocker:
        form.submit()
    saved = blocker.args[0]
    assert [(f.key, f.label, f.type, f.shown) for f in saved.fields] == [
        ("origin", "产地", C.FIELD_TYPE_TEXT, True)]
    qtbot.waitUntil(lambda: page.controller.total == 1, timeout=10_000)


def test_product_form_has_an_editor_per_field_type_and_checks_gtin(
        qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory) -> None:
    conn = tenant.connect()
    category = _category(conn)
    page = open_window(conn).open_area("products")
    assert isinstance(page, ProductsPage)
    wait_loaded(qtbot, page)
    form = page.new_record()
    qtbot.waitUntil(lambda: form.category.count() > 0, timeout=10_000)
    form.category.set_current(category.id)
    qtbot.waitUntil(lambda: "custom.grade" in form.fields, timeout=10_000)
    assert isinstance(form.fields["custom.origin"], QLineEdit)
    assert isinstance(form.fields["custom.grade"], QComboBox)
    assert "custom.acid" not in form.fields  # lot fields are not on the product
    form.code.setText("P4L")
    form.name.setText("花生油 4L")
    form.gtin.setText("12345")
    form.submit()
    assert form.pending is None
    assert "A GTIN has 8, 12, 13 or 14 digits." in form.banner.text()
    assert "“等级”" in form.banner.text()  # the required choice is missing
    form.gtin.setText("6901234567891")  # right shape, wrong check digit: the server says so
    grade = form.fields["custom.grade"]
    assert isinstance(grade, QComboBox)
    grade.setCurrentIndex(grade.findData("一级"))
    form.submit()
    qtbot.waitUntil(lambda: form.banner.isVisible() and "GTIN" in form.banner.text(),
                    timeout=10_000)
    assert form.gtin.styleSheet() == INVALID_STYLE
    form.gtin.setText("6901234567892")
    with qtbot.waitSignal(form.saved, timeout=10_000) as blocker:
        form.submit()
    product = blocker.args[0]
    assert product.gtin == "06901234567892" and dict(product.custom) == {"grade": "一级"}
    qtbot.waitUntil(lambda: column_texts(page, 0) == ["P4L"], timeout=10_000)


def test_products_filter_by_category(qtbot: QtBot, tenant: TenantFixture,
                                     open_window: WindowFactory) -> None:
    conn = tenant.connect()
    oil = _category(conn)
    rice = conn.call(conn.catalog.CreateCategory, C.Category(code="RICE", name="大米"))
    for i, cat in enumerate([oil, oil, rice]):
        conn.call(conn.catalog.CreateProduct, C.Product(
            category_id=cat.id, code=f"P{i}", name=f"产品{i}", items_per_case=4,
            cases_per_pallet=40, custom={"grade": "一级"} if cat is oil else {}))
    page = open_window(conn).open_area("products")
    assert isinstance(page, ProductsPage)
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: page.category_filter.combo.count() == 3, timeout=10_000)
    with qtbot.waitSignal(page.controller.loaded):
        page.category_filter.select(str(rice.id))
    assert column_texts(page, 0) == ["P2"]


def test_lot_form_shows_lot_fields_and_saves(qtbot: QtBot, tenant: TenantFixture,
                                             open_window: WindowFactory) -> None:
    conn = tenant.connect()
    category = _category(conn)
    product = conn.call(conn.catalog.CreateProduct, C.Product(
        category_id=category.id, code="P4L", name="花生油 4L", custom={"grade": "一级"},
        items_per_case=4, cases_per_pallet=40))
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1", "一厂")
    conn.call(conn.production.CreateLot, production_pb2.Lot(
        org_id=factory, product_id=product.id, lot_no="L001", production_date="2026-01-05"))
    page = open_window(conn).open_area("lots")
    assert isinstance(page, LotsPage)
    wait_loaded(qtbot, page)
    assert column_texts(page, 0) == ["L001"]
    form = page.new_record()
    qtbot.waitUntil(lambda: form.product.count() > 0, timeout=10_000)
    form.product.set_current(product.id)
    qtbot.waitUntil(lambda: "custom.acid" in form.fields, timeout=10_000)
    assert isinstance(form.fields["custom.tested"], OptionalDate)
    form.lot_no.setText("L002")
    form.org.set_current(factory, "一厂")
    acid = form.fields["custom.acid"]
    assert isinstance(acid, QLineEdit)
    acid.setText("0.8")
    with qtbot.waitSignal(form.saved, timeout=10_000) as blocker:
        form.submit()
    assert dict(blocker.args[0].custom) == {"acid": "0.8"}


def test_lines_and_warehouses_are_created_through_their_forms(
        qtbot: QtBot, tenant: TenantFixture, open_window: WindowFactory) -> None:
    factory = tenant.add_org(tenant.ids.hq_org_id, "factory", "F1", "一厂")
    window = open_window(tenant.connect())
    lines = window.open_area("lines")
    assert isinstance(lines, LinesPage)
    wait_loaded(qtbot, lines)
    form = lines.new_record()
    qtbot.waitUntil(lambda: form.org.count() > 1, timeout=10_000)
    form.org.set_current(factory)
    form.code.setText("LINE1")
    form.name.setText("1号线")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    qtbot.waitUntil(lambda: column_texts(lines, 0) == ["LINE1"], timeout=10_000)
    warehouses = window.open_area("warehouses")
    assert isinstance(warehouses, WarehousesPage)
    wait_loaded(qtbot, warehouses)
    form2 = warehouses.new_record()
    qtbot.waitUntil(lambda: form2.org.current_id() != 0, timeout=10_000)
    form2.code.setText("WH1")
    form2.name.setText("成品仓")
    form2.region.setText("3701")
    form2.submit()
    assert form2.banner.text() == "The region code has 6 digits."
    form2.region.setText("370100")
    with qtbot.waitSignal(form2.saved, timeout=10_000):
        form2.submit()
    qtbot.waitUntil(lambda: column_texts(warehouses, 0) == ["WH1"], timeout=10_000)
