"""Code repositories. A batch is seen by its owner organisation's subtree (headquarters sees every
batch its factories issue) and, for the ranges allocated to it, by a licensed factory; events are
seen by the batch owner's subtree and by the organisation they name (the receiving factory of an
allocation, the acting organisation of an activation or void)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, or_, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased

from server.accounts.models import Organisation, User
from server.catalog.models import Product
from server.codes.models import CodeBatch, CodeEvent, CodeRange, CodeSettings, CodeSpace
from server.codes.ranges import int_array
from server.core.listing import ListSpec
from server.core.repository import Repository, subtree_ids
from server.production.models import ProductionLot

# pg_advisory_xact_lock(class, key): one call at a time per (tenant, operation id).
_OPERATION_LOCK = 0x434F  # "CO"


class BatchRepository(Repository[CodeBatch]):
    model = CodeBatch
    entity = "code_batch"

    def _subtree(self) -> Any:
        p = self.ctx.user
        return subtree_ids(p.tenant_id, p.org_path)

    def base(self) -> Select[Any]:
        """Batches the caller owns (subtree) or holds allocated ranges of."""
        p = self.ctx.user
        allocated = exists().where(CodeRange.tenant_id == p.tenant_id,
                                   CodeRange.batch_id == CodeBatch.id,
                                   CodeRange.allocated_org_id.in_(self._subtree()))
        return select(CodeBatch).where(
            CodeBatch.tenant_id == p.tenant_id,
            or_(CodeBatch.owner_org_id.in_(self._subtree()), allocated))

    def owns(self, batch: CodeBatch) -> bool:
        """True when the batch's owner lies in the caller's subtree (full rights over it);
        False for a factory that only holds allocated ranges."""
        path = self.session.execute(select(Organisation.path).where(
            Organisation.id == batch.owner_org_id)).scalar_one()
        return bool(path.startswith(self.ctx.user.org_path))

    def lock(self, batch_id: int) -> CodeBatch:
        """The batch row, locked until the call ends (range changes on a batch serialise)."""
        return self.get(batch_id, for_update=True)

    def holding(self, space: str, seq: int) -> tuple[CodeBatch, bool] | None:
        """The tenant's batch holding a sequence number of a space (no scope applied), and
        whether the caller owns it (see `owns`)."""
        row = self.session.execute(
            select(CodeBatch, Organisation.path)
            .join(Organisation, Organisation.id == CodeBatch.owner_org_id)
            .where(CodeBatch.tenant_id == self.ctx.tenant_id, CodeBatch.space == space,
                   CodeBatch.seq_start <= seq)
            .order_by(CodeBatch.seq_start.desc()).limit(1)).one_or_none()
        if row is None or seq >= row[0].seq_start + row[0].count:
            return None
        return row[0], bool(row[1].startswith(self.ctx.user.org_path))

    def holding_many(self, spaces: list[str], seqs: list[int]) -> list[int | None]:
        """Batch ids holding each (space, sequence number), in order; one statement."""
        rows = self.session.execute(text("""
            SELECT x.ord, b.id FROM unnest(CAST(:spaces AS text[]), CAST(:seqs AS bigint[]))
                 WITH ORDINALITY AS x(space, seq, ord)
            CROSS JOIN LATERAL (
                SELECT id, seq_start, count FROM code_batch
                WHERE tenant_id = :t AND space = x.space AND seq_start <= x.seq
                ORDER BY seq_start DESC LIMIT 1) b
            WHERE x.seq < b.seq_start + b.count"""),
            {"t": self.ctx.tenant_id, "seqs": int_array(seqs),
             "spaces": "{" + ",".join(f'"{s}"' for s in spaces) + "}"}).all()
        out: list[int | None] = [None] * len(seqs)
        for ord_, batch_id in rows:
            out[int(ord_) - 1] = int(batch_id)
        return out

    def by_ids(self, ids: set[int]) -> dict[int, CodeBatch]:
        """The tenant's batches by id (no scope applied: callers found them by their codes)."""
        if not ids:
            return {}
        return {b.id: b for b in self.session.execute(select(CodeBatch).where(
            CodeBatch.tenant_id == self.ctx.tenant_id, CodeBatch.id.in_(ids))).scalars()}

    def by_operation(self, operation_id: str) -> CodeBatch | None:
        return self.session.execute(select(CodeBatch).where(
            CodeBatch.tenant_id == self.ctx.tenant_id,
            CodeBatch.operation_id == operation_id)).scalar_one_or_none()

    def list_spec(self) -> ListSpec:
        b = CodeBatch
        return ListSpec(
            fields={"id": b.id, "batch_no": b.batch_no, "level": b.level, "format": b.format,
                    "product_id": b.product_id, "count": b.count, "created_at": b.created_at},
            search=(b.batch_no, b.note, Product.name, Product.code), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Batches with product name and the issuing user's name."""
        return (self.base().outerjoin(Product, Product.id == CodeBatch.product_id)
                .join(User, User.id == CodeBatch.created_by_id)
                .add_columns(Product.name, User.username))

    def spaces(self, prefix: str) -> list[str]:
        """The tenant's code spaces whose key starts with `prefix` (e.g. every SSCC space)."""
        return list(self.session.execute(select(CodeSpace.space).where(
            CodeSpace.tenant_id == self.ctx.tenant_id,
            CodeSpace.space.startswith(prefix))).scalars())

    def take(self, space: str, count: int) -> tuple[int, int]:
        """Lock the space's allocator; (next sequence number, its row id)."""
        self.session.execute(insert(CodeSpace).values(
            tenant_id=self.ctx.tenant_id, space=space, next_seq=0,
        ).on_conflict_do_nothing(index_elements=["tenant_id", "space"]))
        row = self.session.execute(select(CodeSpace).where(
            CodeSpace.tenant_id == self.ctx.tenant_id, CodeSpace.space == space)
            .with_for_update()).scalar_one()
        return row.next_seq, row.id

    def advance(self, space_row_id: int, next_seq: int) -> None:
        self.session.execute(text("UPDATE code_space SET next_seq = :n WHERE id = :id"),
                             {"n": next_seq, "id": space_row_id})

    def lock_operation(self, operation_id: str) -> None:
        """Serialise calls carrying the same operation id (a retry racing the original)."""
        self.session.execute(text("SELECT pg_advisory_xact_lock(:cls, hashtext(:key))"),
                             {"cls": _OPERATION_LOCK,
                              "key": f"{self.ctx.tenant_id}/{operation_id}"})


class SettingsRepository(Repository[CodeSettings]):
    model = CodeSettings
    entity = "code_settings"
    org_scoped = False

    def row(self, *, for_update: bool = False) -> CodeSettings:
        """The tenant's settings row, created with defaults the first time."""
        stmt = self.base().with_for_update() if for_update else self.base()
        row = self.session.execute(stmt).scalar_one_or_none()
        if row is None:
            self.session.execute(insert(CodeSettings).values(tenant_id=self.ctx.tenant_id)
                                 .on_conflict_do_nothing(index_elements=["tenant_id"]))
            row = self.session.execute(stmt).scalar_one()
        return row  # type: ignore[no-any-return]


class EventRepository(Repository[CodeEvent]):
    model = CodeEvent
    entity = "code_event"

    def base(self) -> Select[Any]:
        p = self.ctx.user
        subtree = subtree_ids(p.tenant_id, p.org_path)
        owned = select(CodeBatch.id).where(CodeBatch.tenant_id == p.tenant_id,
                                           CodeBatch.owner_org_id.in_(subtree))
        return select(CodeEvent).where(
            CodeEvent.tenant_id == p.tenant_id,
            or_(CodeEvent.org_id.in_(subtree), CodeEvent.batch_id.in_(owned)))

    def list_spec(self) -> ListSpec:
        e = CodeEvent
        return ListSpec(
            fields={"id": e.id, "batch_id": e.batch_id, "kind": e.kind, "org_id": e.org_id,
                    "product_id": e.product_id, "lot_id": e.lot_id,
                    "created_at": e.created_at},
            search=(e.reason, CodeBatch.batch_no), default_sort=("-id",))

    def listing(self) -> Select[Any]:
        """Events with batch number, organisation, product, lot and user names."""
        org = aliased(Organisation)
        return (self.base().join(CodeBatch, CodeBatch.id == CodeEvent.batch_id)
                .join(org, org.id == CodeEvent.org_id)
                .join(User, User.id == CodeEvent.created_by_id)
                .outerjoin(Product, Product.id == CodeEvent.product_id)
                .outerjoin(ProductionLot, ProductionLot.id == CodeEvent.lot_id)
                .add_columns(CodeBatch.batch_no, org.name, Product.name, ProductionLot.lot_no,
                             User.username))

    def by_operation(self, operation_id: str) -> list[CodeEvent]:
        return list(self.session.execute(select(CodeEvent).where(
            CodeEvent.tenant_id == self.ctx.tenant_id, CodeEvent.operation_id == operation_id)
            .order_by(CodeEvent.id)).scalars())

    def row(self, event_id: int) -> Any:
        """One event as a listing row, or None outside the caller's scope."""
        return self.session.execute(self.listing().where(CodeEvent.id == event_id)
                                    ).one_or_none()
