"""Packing repositories. Runs and events belong to the factory running the line (`org_id`): its
subtree (headquarters above it) sees them; a licensed factory sees its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.catalog.models import Product
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec
from server.core.repository import Repository
from server.packing.models import PackEvent, PackRun, PackSettings
from server.production.models import ProductionLine, ProductionLot


class RunRepository(Repository[PackRun]):
    model = PackRun
    entity = "pack_run"

    def list_spec(self) -> ListSpec:
        r = PackRun
        return ListSpec(
            fields={"id": r.id, "line_id": r.line_id, "product_id": r.product_id,
                    "lot_id": r.lot_id, "status": r.status, "source": r.source,
                    "started_at": r.started_at, "station": r.station, "cases": r.cases},
            search=(r.station, Product.code, Product.name, ProductionLot.lot_no,
                    ProductionLine.name, ProductionLine.code),
            default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Runs with factory, line, product, lot and user names."""
        org = aliased(Organisation)
        return (self.base()
                .join(org, org.id == PackRun.org_id)
                .join(ProductionLine, ProductionLine.id == PackRun.line_id)
                .join(Product, Product.id == PackRun.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == PackRun.lot_id)
                .join(User, User.id == PackRun.created_by_id)
                .add_columns(org.name, ProductionLine.code, ProductionLine.name, Product.code,
                             Product.name, ProductionLot.lot_no, User.username))

    def row(self, run_id: int) -> Any:
        row = self.session.execute(self.listing().where(PackRun.id == run_id)).one_or_none()
        if row is None:
            self.get(run_id)  # NOT_FOUND
        return row

    def lock_open(self, run_id: int) -> PackRun:
        """The run, locked for this call (a run's commands apply one at a time, in order);
        refused once it is closed or deleted."""
        if not run_id:
            raise DomainError(Reason.REQUIRED, field="run_id")
        run = self.get(run_id, for_update=True)
        if run.status != "open":
            raise DomainError(Reason.PACK_RUN_CLOSED, field="run_id", run=run.id)
        return run

    def open_at(self, line_id: int, station: str, source: str) -> PackRun | None:
        """The open run of a station (or collector) on a line, locked."""
        return self.session.execute(self.base().where(
            PackRun.line_id == line_id, PackRun.station == station, PackRun.source == source,
            PackRun.status == "open").order_by(PackRun.id.desc()).limit(1)
            .with_for_update()).scalar_one_or_none()


class EventRepository(Repository[PackEvent]):
    model = PackEvent
    entity = "pack_event"

    def list_spec(self) -> ListSpec:
        e = PackEvent
        return ListSpec(
            fields={"seq": e.seq, "action": e.action, "biz_step": e.biz_step,
                    "run_id": e.run_id, "parent_id": e.parent_id, "event_time": e.event_time},
            search=(e.station, e.reason), default_sort=("-seq",))

    def listing(self) -> Select[Any]:
        """Events with line, factory and user names."""
        org = aliased(Organisation)
        return (self.base()
                .join(org, org.id == PackEvent.org_id)
                .outerjoin(ProductionLine, ProductionLine.id == PackEvent.line_id)
                .outerjoin(User, User.id == PackEvent.user_id)
                .add_columns(org.name, ProductionLine.name, User.username))


class SettingsRepository(Repository[PackSettings]):
    model = PackSettings
    entity = "pack_settings"
    org_scoped = False

    def row(self, *, for_update: bool = False) -> PackSettings:
        stmt = select(PackSettings).where(PackSettings.tenant_id == self.ctx.tenant_id)
        if for_update:
            stmt = stmt.with_for_update()
        found = self.session.execute(stmt).scalar_one_or_none()
        if found is None:
            self.session.execute(insert(PackSettings).values(tenant_id=self.ctx.tenant_id)
                                 .on_conflict_do_nothing(index_elements=["tenant_id"]))
            found = self.session.execute(stmt).scalar_one()
        return found  # type: ignore[no-any-return]
