"""Scan repositories. Scans, alerts, complaints, templates and settings are the brand's
(tenant-wide, like the product catalogue): whoever holds the permission sees all of them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased

from server.accounts.models import User
from server.catalog.models import Product
from server.codes.models import CodeBatch
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.production.models import ProductionLot
from server.scans.models import (
    AlertDelivery,
    AlertRecipient,
    Complaint,
    Scan,
    ScanAlert,
    ScanDocument,
    ScanProduct,
    ScanSettings,
    ScanTemplate,
)


class ScanRepository(Repository[Scan]):
    model = Scan
    entity = "scan"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        s = Scan
        return ListSpec(
            fields={"id": s.id, "at": s.at, "result": s.result, "verdict": s.verdict,
                    "method": s.method, "province_code": s.province_code,
                    "city_code": s.city_code, "district_code": s.district_code,
                    "product_id": s.product_id, "batch_id": s.batch_id, "code": s.code,
                    "ordinal": s.ordinal},
            search=(s.code, Product.name, ProductionLot.lot_no), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        return (self.base()
                .outerjoin(Product, Product.id == Scan.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == Scan.lot_id)
                .outerjoin(CodeBatch, CodeBatch.id == Scan.batch_id)
                .add_columns(Product.name, ProductionLot.lot_no, CodeBatch.batch_no))


class SettingsRepository(Repository[ScanSettings]):
    model = ScanSettings
    entity = "scan_settings"
    org_scoped = False

    def row(self, *, for_update: bool = False) -> ScanSettings:
        """The tenant's settings, created with defaults the first time."""
        stmt = self.base().with_for_update() if for_update else self.base()
        found = self.session.execute(stmt).scalar_one_or_none()
        if found is None:
            self.session.execute(insert(ScanSettings).values(tenant_id=self.ctx.tenant_id)
                                 .on_conflict_do_nothing(index_elements=["tenant_id"]))
            found = self.session.execute(stmt).scalar_one()
        return found  # type: ignore[no-any-return]


class TemplateRepository(Repository[ScanTemplate]):
    model = ScanTemplate
    entity = "scan_template"
    org_scoped = False

    def all(self) -> list[ScanTemplate]:
        return list(self.session.execute(self.base()).scalars())


class RecipientRepository(Repository[AlertRecipient]):
    model = AlertRecipient
    entity = "alert_recipient"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        r = AlertRecipient
        return ListSpec(fields={"id": r.id, "name": r.name, "phone": r.phone,
                                "enabled": r.enabled},
                        search=(r.name, r.phone), default_sort=("id",))


class AlertRepository(Repository[ScanAlert]):
    model = ScanAlert
    entity = "scan_alert"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        a = ScanAlert
        return ListSpec(fields={"id": a.id, "at": a.at, "kind": a.kind, "level": a.level,
                                "acknowledged": a.acknowledged_at.is_not(None),
                                "code": a.code},
                        search=(a.code, a.source, Product.name), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        d = AlertDelivery
        counts = (select(d.alert_id, func.count().label("n"),
                         func.count().filter(d.status == "sent").label("sent"),
                         func.count().filter(d.status == "failed").label("failed"))
                  .where(d.tenant_id == self.ctx.tenant_id).group_by(d.alert_id).subquery())
        by = aliased(User)
        return (self.base()
                .outerjoin(Product, Product.id == ScanAlert.product_id)
                .outerjoin(by, by.id == ScanAlert.acknowledged_by_id)
                .outerjoin(counts, counts.c.alert_id == ScanAlert.id)
                .add_columns(Product.name, by.username, counts.c.n, counts.c.sent,
                             counts.c.failed))


class ComplaintRepository(Repository[Complaint]):
    model = Complaint
    entity = "complaint"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        c = Complaint
        return ListSpec(fields={"id": c.id, "at": c.at, "kind": c.kind, "status": c.status,
                                "product_id": c.product_id},
                        search=(c.text, c.code, c.contact, Product.name), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        by = aliased(User)
        return (self.base()
                .outerjoin(Product, Product.id == Complaint.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == Complaint.lot_id)
                .outerjoin(by, by.id == Complaint.handled_by_id)
                .add_columns(Product.name, ProductionLot.lot_no, by.username))


class DocumentRepository(Repository[ScanDocument]):
    model = ScanDocument
    entity = "document"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        d = ScanDocument
        return ListSpec(fields={"id": d.id, "product_id": d.product_id, "lot_id": d.lot_id,
                                "kind": d.kind, "title": d.title},
                        search=(d.title, Product.name, ProductionLot.lot_no),
                        default_sort=("-id",))

    def listing(self) -> Select[Any]:
        return (self.base()
                .outerjoin(ProductionLot, ProductionLot.id == ScanDocument.lot_id)
                .outerjoin(Product, Product.id == func.coalesce(ScanDocument.product_id,
                                                                ProductionLot.product_id))
                .add_columns(Product.name, ProductionLot.lot_no))


class ProductVerificationRepository(Repository[ScanProduct]):
    model = ScanProduct
    entity = "product"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        p = Product
        return ListSpec(fields={"id": p.id, "code": p.code, "name": p.name},
                        search=(p.code, p.name), default_sort=("code",))

    def listing(self) -> Any:
        return (select(Product.id, Product.code, Product.name, ScanProduct.verification)
                .outerjoin(ScanProduct, (ScanProduct.product_id == Product.id)
                           & (ScanProduct.tenant_id == Product.tenant_id))
                .where(Product.tenant_id == self.ctx.tenant_id))
