"""Products: validated GTIN, packaging and custom values; images kept in their own table."""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from server import gs1
from server.catalog import fields
from server.catalog.models import Product, ProductCategory, ProductImage
from server.catalog.repository import CategoryRepository, ProductRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, positive, snapshot, text
from shared.pb import common_pb2

FIELDS = ("id", "category_id", "owner_org_id", "code", "name", "spec", "gtin", "barcode",
          "colour_no", "unit", "items_per_case", "cases_per_pallet", "custom", "active")
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_ITEMS_PER_CASE = 100_000
MAX_CASES_PER_PALLET = 10_000
MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


@dataclass(frozen=True)
class ProductInput:
    """What a client may set on a product (create and update replace all of it)."""

    category_id: int
    code: str
    name: str
    spec: str = ""
    gtin: str = ""
    barcode: str = ""
    colour_no: str = ""
    unit: str = ""
    items_per_case: int = 0
    cases_per_pallet: int = 0
    custom: dict[str, str] = field(default_factory=dict)
    active: bool = True


@dataclass(frozen=True)
class ProductView:
    """A product with what its proto shows besides its own columns."""

    product: Product
    category_name: str
    defs: list[fields.FieldDef]
    image_mime: str = ""
    image: bytes = b""


def image_mime(data: bytes, declared: str) -> str:
    """The image's type from its magic bytes; IMAGE_INVALID unless PNG/JPEG within 2 MiB."""
    if len(data) > MAX_IMAGE_BYTES:
        raise DomainError(Reason.IMAGE_INVALID, field="image",
                          detail=f"{len(data)} bytes, at most 2 MiB / 超过 2 MiB")
    found = next((mime for mime, magic in MAGIC.items() if data.startswith(magic)), "")
    if not found:
        raise DomainError(Reason.IMAGE_INVALID, field="image",
                          detail="PNG or JPEG only / 仅支持 PNG 或 JPEG")
    declared = declared.strip().lower()
    if declared == "image/jpg":
        declared = "image/jpeg"
    if declared and declared != found:
        raise DomainError(Reason.IMAGE_INVALID, field="mime",
                          detail=f"the data is {found}, not {declared} / 文件实际为 {found}")
    return found


class ProductService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = ProductRepository(ctx)
        self.categories = CategoryRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())

    def view(self, product: Product, *, with_image: bool = False) -> ProductView:
        category = self.ctx.session.get(ProductCategory, product.category_id)
        assert category is not None  # a foreign key guarantees it
        if with_image:
            image = self.repo.image(product.id)
            return ProductView(product, category.name, fields.load(category.fields),
                               image.mime if image else "", image.data if image else b"")
        return ProductView(product, category.name, fields.load(category.fields),
                           self.repo.image_mime(product.id))

    def get(self, product_id: int) -> ProductView:
        return self.view(self.repo.get(product_id), with_image=True)

    def _snapshot(self, product: Product) -> dict[str, Any]:
        return copy.deepcopy(snapshot(product, FIELDS))

    def _category(self, category_id: int) -> ProductCategory:
        if not category_id:
            raise DomainError(Reason.REQUIRED, field="category_id")
        try:
            return self.categories.get(category_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="category_id", entity="category",
                              id=category_id) from exc

    def _gtin(self, raw: str, product_id: int = 0) -> str:
        raw = raw.strip()
        if not raw:
            return ""
        try:
            gtin = gs1.normalise_gtin(raw)
        except gs1.GS1Error as exc:
            raise DomainError(Reason.GTIN_INVALID, field="gtin", value=raw,
                              detail=exc.detail) from None
        other = self.repo.with_gtin(gtin, exclude_id=product_id)
        if other is not None:
            raise DomainError(Reason.GTIN_DUPLICATE, field="gtin", value=gtin,
                              product=f"{other.code} {other.name}")
        return gtin

    def _apply(self, product: Product, data: ProductInput) -> None:
        category = self._category(data.category_id)
        product.category_id = category.id
        product.code = code(data.code)
        product.name = text(data.name, "name", max_len=200, required=True)
        product.spec = text(data.spec, "spec", max_len=100)
        product.gtin = self._gtin(data.gtin, product.id or 0)
        product.barcode = text(data.barcode, "barcode", max_len=64)
        product.colour_no = text(data.colour_no, "colour_no", max_len=32)
        product.unit = text(data.unit, "unit", max_len=16)
        product.items_per_case = positive(data.items_per_case, "items_per_case",
                                          maximum=MAX_ITEMS_PER_CASE)
        product.cases_per_pallet = positive(data.cases_per_pallet, "cases_per_pallet",
                                            maximum=MAX_CASES_PER_PALLET)
        # A new dict (never mutated in place) so the JSON column is seen as changed.
        product.custom = fields.check_values(fields.load(category.fields), "product",
                                             data.custom, product.custom or {})

    def create(self, data: ProductInput) -> Product:
        product = Product(owner_org_id=self.ctx.user.org_id, active=True, custom={})
        self._apply(product, data)
        self.repo.save(product, new=True)
        self.ctx.record("product", product.id, None, self._snapshot(product), action="create")
        return product

    def _owned(self, product_id: int) -> Product:
        product = self.repo.get(product_id, for_update=True)
        self.repo.org_in_scope(product.owner_org_id)
        return product

    def update(self, product_id: int, data: ProductInput) -> Product:
        """Replace the product's details (values of undefined custom fields stay stored)."""
        product = self._owned(product_id)
        before = self._snapshot(product)
        if data.category_id != product.category_id:
            # The old category's values mean nothing in the new one.
            product.custom = {}
        self._apply(product, data)
        product.active = data.active
        self.repo.save(product, new=False)
        self.ctx.record("product", product.id, before, self._snapshot(product), action="update")
        return product

    def delete(self, product_id: int) -> None:
        product = self._owned(product_id)
        count = self.repo.lot_count(product.id)
        if count:
            raise DomainError(Reason.IN_USE, entity="product",
                              detail=f"{count} production lots / 仍有 {count} 个生产批次")
        before = self._snapshot(product)
        self.repo.delete(product)
        self.ctx.record("product", product_id, before, None, action="delete")

    def set_image(self, product_id: int, data: bytes, mime: str) -> Product:
        """Replace the product's image; empty data removes it."""
        product = self._owned(product_id)
        image = self.repo.image(product.id)
        before = _image_summary(image)
        if not data:
            if image is not None:
                self.ctx.session.delete(image)
        else:
            found = image_mime(data, mime)
            if image is None:
                image = ProductImage(tenant_id=product.tenant_id, product_id=product.id)
                self.ctx.session.add(image)
            image.mime, image.data, image.size = found, data, len(data)
            image.sha256 = hashlib.sha256(data).hexdigest()
        self.repo.flush()
        after = _image_summary(image if data else None)
        self.ctx.record("product", product.id, {"image": before}, {"image": after},
                        action="set_image")
        return product


def _image_summary(image: ProductImage | None) -> dict[str, Any] | None:
    """What the audit log keeps of an image: its type, size and hash, never the bytes."""
    if image is None:
        return None
    return {"mime": image.mime, "size": image.size, "sha256": image.sha256}
