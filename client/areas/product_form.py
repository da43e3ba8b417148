"""Create/edit a product: category, code, name, spec, GTIN, barcode, colour number, unit,
packaging (items per case, cases per pallet), image, and the category's product fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.areas.common import items_of
from client.session import Session
from client.validation import code_ok, gtin_shape_ok, is_blank
from client.widgets.custom_fields import CustomFieldsBox
from client.widgets.form import FormDialog
from client.widgets.pickers import RecordPicker
from shared.pb import catalog_pb2, common_pb2

MAX_IMAGE = 2 * 1024 * 1024


def category_picker(session: Session, empty_text: str | None = None) -> RecordPicker:
    conn = session.connection
    return RecordPicker(session, items_of(conn, conn.catalog.ListCategories),
                        lambda c: f"{c.name} ({c.code})", empty_text=empty_text)


class ImageBox(QWidget):
    """Preview of the product image with pick and remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.mime = ""
        self.changed = False
        self.preview = QLabel()
        self.preview.setObjectName("imagePreview")
        self.preview.setFixedSize(160, 160)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: #fafafa; color: #888;")
        self.pick = QPushButton(self.tr("Choose image…"))
        self.remove = QPushButton(self.tr("Remove image"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.pick)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.pick.clicked.connect(self.choose)
        self.remove.clicked.connect(lambda: self.set_image(b"", "", changed=True))
        self.set_image(b"", "")

    def set_image(self, data: bytes, mime: str, changed: bool = False) -> None:
        self.data, self.mime = data, mime
        self.changed = self.changed or changed
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(pixmap.scaled(156, 156, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
        self.remove.setEnabled(bool(data))

    def load_file(self, path: str) -> str:
        """Use a PNG or JPEG file; returns a problem or ""."""
        suffix = Path(path).suffix.lower()
        mime = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(suffix)
        if mime is None:
            return self.tr("Choose a PNG or JPEG image.")
        data = Path(path).read_bytes()
        if len(data) > MAX_IMAGE:
            return self.tr("The image is larger than 2 MB.")
        self.set_image(data, mime, changed=True)
        return ""

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Product image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            problem = self.load_file(path)
            if problem:
                self.preview.setText(problem)


class ProductForm(FormDialog):
    def __init__(self, session: Session, product: catalog_pb2.Product | None = None,
                 parent: QWidget | None = None) -> None:
        self.product = product or catalog_pb2.Product(active=True, items_per_case=1,
                                                      cases_per_pallet=1)
        super().__init__(session, self.tr("Edit product") if self.product.id
                         else self.tr("New product"), parent)
        p = self.product
        self.category = category_picker(session)
        self.category.set_current(p.category_id, p.category_name)
        self.code = QLineEdit(p.code)
        self.name = QLineEdit(p.name)
        self.spec = QLineEdit(p.spec)
        self.spec.setPlaceholderText(self.tr("e.g. 4L"))
        self.gtin = QLineEdit(p.gtin)
        self.gtin.setPlaceholderText(self.tr("8, 12, 13 or 14 digits"))
        self.gtin.setMaxLength(14)
        self.barcode = QLineEdit(p.barcode)
        self.colour = QLineEdit(p.colour_no)
        self.unit = QLineEdit(p.unit)
        self.unit.setPlaceholderText(self.tr("e.g. bottle"))
        self.per_case = QSpinBox()
        self.per_case.setRange(0, 100_000)
        self.per_case.setValue(p.items_per_case)
        self.per_pallet = QSpinBox()
        self.per_pallet.setRange(0, 100_000)
        self.per_pallet.setValue(p.cases_per_pallet)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(p.active)
        self.image = ImageBox()
        self.custom = CustomFieldsBox(self.tr("Custom fields of the category"))
        for key, label, widget, required in (
                ("category_id", self.tr("Category"), self.category, True),
                ("code", self.tr("Code"), self.code, True),
                ("name", self.tr("Name"), self.name, True),
                ("spec", self.tr("Specification"), self.spec, False),
                ("gtin", self.tr("GTIN"), self.gtin, False),
                ("barcode", self.tr("Barcode"), self.barcode, False),
                ("colour_no", self.tr("Colour number"), self.colour, False),
                ("unit", self.tr("Unit"), self.unit, False),
                ("items_per_case", self.tr("Items per case"), self.per_case, False),
                ("cases_per_pallet", self.tr("Cases per pallet"), self.per_pallet, False),
                ("active", self.tr("Status"), self.active, False),
                ("image", self.tr("Image"), self.image, False)):
            self.add_field(key, label, widget, required)
        self.extra.addWidget(self.custom)
        self.category.record_changed.connect(self._category_changed)
        self.setMinimumWidth(560)
        if p.id and p.has_image:
            conn = session.connection
            session.call(conn.catalog.GetProduct, common_pb2.IdRequest(id=p.id),
                         on_success=lambda full: self.image.set_image(full.image,
                                                                      full.image_mime),
                         owner=self)

    def _category_changed(self, category: catalog_pb2.Category | None) -> None:
        values = dict(self.product.custom)
        values.update(self.custom.values())
        definitions = [f for f in (category.fields if category is not None else [])
                       if f.scope == catalog_pb2.FIELD_SCOPE_PRODUCT]
        self.custom.set_definitions(definitions, values)
        self.use_custom_editors(self.custom.editors)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.category.current_id():
            problems.append(("category_id", self.tr("Choose the category.")))
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        if self.gtin.text().strip() and not gtin_shape_ok(self.gtin.text()):
            problems.append(("gtin", self.tr("A GTIN has 8, 12, 13 or 14 digits.")))
        problems.extend(self.custom.problems())
        return problems

    def build(self) -> catalog_pb2.Product:
        return catalog_pb2.Product(
            id=self.product.id, category_id=self.category.current_id(),
            code=self.code.text().strip(), name=self.name.text().strip(),
            spec=self.spec.text().strip(), gtin=self.gtin.text().strip(),
            barcode=self.barcode.text().strip(), colour_no=self.colour.text().strip(),
            unit=self.unit.text().strip(), items_per_case=self.per_case.value(),
            cases_per_pallet=self.per_pallet.value(), custom=self.custom.values(),
            active=self.active.isChecked())

    def send(self, request: catalog_pb2.Product) -> catalog_pb2.Product:
        conn = self.session.connection
        method = conn.catalog.UpdateProduct if request.id else conn.catalog.CreateProduct
        saved = conn.call(method, request)
        if self.image.changed:
            saved = conn.call(conn.catalog.SetProductImage, catalog_pb2.SetProductImageRequest(
                product_id=saved.id, data=self.image.data, mime=self.image.mime))
        return saved
