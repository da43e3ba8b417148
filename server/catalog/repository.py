"""Catalogue repositories: tenant-wide categories and products (changed only within the owner
organisation's subtree), and product images."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from server.accounts.models import Organisation
from server.catalog.models import Product, ProductCategory, ProductImage
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.production.models import ProductionLot

GTIN_INDEX = "uq_product_tenant_id_gtin"


class CategoryRepository(Repository[ProductCategory]):
    model = ProductCategory
    entity = "category"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        c = ProductCategory
        return ListSpec(fields={"id": c.id, "code": c.code, "name": c.name},
                        search=(c.code, c.name, c.description), default_sort=("id",))

    def listing(self) -> Select[Any]:
        """Categories with their owner organisation's name and product count."""
        count = (select(func.count()).where(Product.category_id == ProductCategory.id)
                 .correlate(ProductCategory).scalar_subquery())
        return (self.base().join(Organisation, Organisation.id == ProductCategory.owner_org_id)
                .add_columns(Organisation.name, count))

    def one(self, category_id: int) -> tuple[ProductCategory, str, int]:
        """A category with its owner's name and product count, or NOT_FOUND."""
        self.get(category_id)
        row = self.session.execute(
            self.listing().where(ProductCategory.id == category_id)).one()
        return row[0], row[1], row[2]

    def product_count(self, category_id: int) -> int:
        return int(self.session.execute(select(func.count()).where(
            Product.category_id == category_id)).scalar_one())

    def product_values(self, category_id: int, key: str, limit: int) -> list[str]:
        """Distinct values stored under `key` in the category's products."""
        value = Product.custom[key].astext
        return list(self.session.execute(
            select(value).where(Product.tenant_id == self.ctx.tenant_id,
                                Product.category_id == category_id,
                                Product.custom.has_key(key))
            .distinct().limit(limit)).scalars())

    def lot_values(self, category_id: int, key: str, limit: int) -> list[str]:
        """Distinct values under `key` in lots of the category's products, in every org."""
        value = ProductionLot.custom[key].astext
        return list(self.session.execute(
            select(value).join(Product, Product.id == ProductionLot.product_id)
            .where(ProductionLot.tenant_id == self.ctx.tenant_id,
                   Product.category_id == category_id, ProductionLot.custom.has_key(key))
            .distinct().limit(limit)).scalars())


class ProductRepository(Repository[Product]):
    model = Product
    entity = "product"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        p = Product
        return ListSpec(
            fields={"id": p.id, "code": p.code, "name": p.name, "category_id": p.category_id,
                    "gtin": p.gtin, "active": p.active, "updated_at": p.updated_at,
                    "created_at": p.created_at, "owner_org_id": p.owner_org_id,
                    "spec": p.spec, "barcode": p.barcode},
            search=(p.code, p.name, p.spec, p.gtin, p.barcode, p.colour_no),
            default_sort=("id",),
        )

    def listing(self) -> Select[Any]:
        """Products with category name, field definitions and image type, never image bytes."""
        return (self.base()
                .join(ProductCategory, ProductCategory.id == Product.category_id)
                .outerjoin(ProductImage, ProductImage.product_id == Product.id)
                .add_columns(ProductCategory.name, ProductCategory.fields, ProductImage.mime))

    def save(self, product: Product, *, new: bool) -> None:
        """Add or flush; a GTIN taken meanwhile by a concurrent call becomes GTIN_DUPLICATE."""
        try:
            if new:
                self.add(product, code=product.code)
            else:
                self.flush(code=product.code)
        except DomainError as exc:
            orig = getattr(exc.__cause__, "orig", None)
            constraint = getattr(getattr(orig, "diag", None), "constraint_name", "")
            if exc.reason is Reason.DUPLICATE and constraint == GTIN_INDEX:
                raise DomainError(Reason.GTIN_DUPLICATE, field="gtin", value=product.gtin,
                                  product="另一产品 / another product") from exc
            raise

    def with_gtin(self, gtin: str, exclude_id: int = 0) -> Product | None:
        return self.session.execute(self.base().where(
            Product.gtin == gtin, Product.id != exclude_id)).scalar_one_or_none()

    def lot_count(self, product_id: int) -> int:
        """Lots of the product across the tenant, including ones the caller cannot see."""
        return int(self.session.execute(select(func.count()).where(
            ProductionLot.tenant_id == self.ctx.tenant_id,
            ProductionLot.product_id == product_id)).scalar_one())

    def image(self, product_id: int) -> ProductImage | None:
        return self.session.get(ProductImage, product_id)

    def image_mime(self, product_id: int) -> str:
        return self.session.execute(select(ProductImage.mime).where(
            ProductImage.product_id == product_id)).scalar_one_or_none() or ""
