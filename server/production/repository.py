"""Production repositories: lines and lots, both seen within the caller's organisation subtree."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation
from server.catalog.models import Product, ProductCategory
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.production.models import ProductionLine, ProductionLot

FACTORY_KINDS = frozenset({"factory", "licensed_factory"})


def factory_in_scope(repo: Repository[Any], org_id: int, entity: str) -> Organisation:
    """The organisation if it is a factory or licensed factory in the caller's subtree."""
    org = repo.org_in_scope(org_id)
    if org.kind not in FACTORY_KINDS:
        raise DomainError(Reason.NOT_A_FACTORY, field="org_id", entity=entity, org=org.name,
                          kind=org.kind)
    return org


class LineRepository(Repository[ProductionLine]):
    model = ProductionLine
    entity = "line"

    def list_spec(self) -> ListSpec:
        x = ProductionLine
        return ListSpec(
            fields={"id": x.id, "code": x.code, "name": x.name, "org_id": x.org_id,
                    "active": x.active, "created_at": x.created_at},
            search=(x.code, x.name, x.description), default_sort=("id",))

    def listing(self) -> Select[Any]:
        """Lines with their factory's name."""
        return (self.base().join(Organisation, Organisation.id == ProductionLine.org_id)
                .add_columns(Organisation.name))


class LotRepository(Repository[ProductionLot]):
    model = ProductionLot
    entity = "lot"

    def list_spec(self) -> ListSpec:
        x = ProductionLot
        return ListSpec(
            fields={"id": x.id, "lot_no": x.lot_no, "product_id": x.product_id,
                    "line_id": x.line_id, "org_id": x.org_id,
                    "production_date": x.production_date, "shift": x.shift,
                    "created_at": x.created_at, "product_code": Product.code,
                    "product_name": Product.name},
            search=(x.lot_no, x.shift, Product.code, Product.name),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Lots with product code/name, the category's field definitions, line and factory."""
        factory = aliased(Organisation)
        return (self.base()
                .join(Product, Product.id == ProductionLot.product_id)
                .join(ProductCategory, ProductCategory.id == Product.category_id)
                .join(factory, factory.id == ProductionLot.org_id)
                .outerjoin(ProductionLine, ProductionLine.id == ProductionLot.line_id)
                .add_columns(Product.code, Product.name, ProductCategory.fields,
                             ProductionLine.name, factory.name))
