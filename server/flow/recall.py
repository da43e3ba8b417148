"""Recalls (召回). Given lots — chosen directly, or found by a material recorded on them — who
holds how many units now, grouped by holder (exportable from the client). Recalling marks
every holding of those lots wherever it is (shipping then refuses them except back up the
chain, stores refuse to sell them, new holdings of the lots are marked as they appear) and
the consumer page of every unit of the lots says so. Only the side that made a lot (its
factory, or an organisation above it) recalls it. Recalls are the brand's notices: everyone
allowed to read recalls reads them all; the holders shown stay within the caller's subtree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text

from server.accounts.models import Organisation, User
from server.core.context import CallContext
from server.core.convert import ts
from server.core.errors import DomainError, Reason
from server.core.listing import ListSpec, Page, paginate
from server.core.repository import Repository
from server.core.validate import text as clean_text
from server.flow import lots
from server.flow.models import DEFAULT_NOTICE, Recall, RecallLot
from server.orders.numbers import next_number
from server.production.models import ProductionLot
from server.stock import ops
from shared.pb import common_pb2, flow_pb2

F = flow_pb2
MAX_LOTS = 100
_MARK = text("""
    WITH marked AS (
        UPDATE stock_holding h SET recall_id = :r
        WHERE h.tenant_id = :t AND h.recall_id IS NULL AND h.node_id IN (
            SELECT c.node_id FROM stock_content c
            WHERE c.tenant_id = :t AND c.lot_id = ANY(CAST(:lots AS bigint[])))
        RETURNING h.node_id)
    SELECT count(*), coalesce((SELECT sum(c.items) FROM stock_content c
                               WHERE c.tenant_id = :t AND c.node_id IN (SELECT node_id FROM marked)
                                 AND c.lot_id = ANY(CAST(:lots AS bigint[]))), 0)
    FROM marked""")


class RecallRepository(Repository[Recall]):
    model = Recall
    entity = "recall"
    org_scoped = False

    def list_spec(self) -> ListSpec:
        r = Recall
        return ListSpec(fields={"id": r.id, "status": r.status, "created_at": r.created_at},
                        search=(r.recall_no, r.reason), default_sort=("-id",))

    def listing(self) -> Any:
        return (self.base().join(Organisation, Organisation.id == Recall.org_id)
                .join(User, User.id == Recall.created_by_id)
                .add_columns(Organisation.name, User.display_name, User.username))


class RecallService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.repo = RecallRepository(ctx)

    def _lots(self, lot_ids: Sequence[int], *, making: bool) -> list[ProductionLot]:
        ids = list(dict.fromkeys(int(i) for i in lot_ids if i))
        if not ids:
            raise DomainError(Reason.RECALL_NO_LOTS, field="lot_ids")
        if len(ids) > MAX_LOTS:
            raise DomainError(Reason.INVALID_VALUE, field="lot_ids", detail=f"≤ {MAX_LOTS}")
        found = {x.id: x for x in self.session.execute(select(ProductionLot).where(
            ProductionLot.tenant_id == self.ctx.tenant_id, ProductionLot.id.in_(ids))).scalars()}
        for i in ids:
            if i not in found:
                raise DomainError(Reason.NOT_FOUND, field="lot_ids", entity="lot", id=i)
            if making:
                self.repo.org_in_scope(found[i].org_id)  # the maker's side recalls
        return [found[i] for i in ids]

    def preview(self, lot_ids: Sequence[int]) -> flow_pb2.RecallHolders:
        chosen = self._lots(lot_ids, making=False)
        out = lots.holders(self.ctx, [x.id for x in chosen])
        out.lots.extend(lots.lot_info(self.ctx, x.id) for x in chosen)
        return out

    def create(self, lot_ids: Sequence[int], reason: str, notice: str, op: str) -> Recall:
        done = ops.replay(self.ctx, op, "recall")
        if done is not None:
            return self.repo.get(int(done))
        chosen = self._lots(lot_ids, making=True)
        recall = Recall(recall_no=next_number(self.ctx, "recall", "RC"),
                        org_id=self.ctx.user.org_id, created_by_id=self.ctx.user.user_id,
                        reason=clean_text(reason, "reason", max_len=500, required=True),
                        public_notice=clean_text(notice, "public_notice", max_len=500)
                        or DEFAULT_NOTICE)
        self.repo.add(recall, code=recall.recall_no, field="recall_no")
        for lot in chosen:
            self.session.add(RecallLot(tenant_id=self.ctx.tenant_id, recall_id=recall.id,
                                       lot_id=lot.id))
        self.session.flush()
        marked, items = self.session.execute(_MARK, {
            "t": self.ctx.tenant_id, "r": recall.id,
            "lots": "{" + ",".join(str(x.id) for x in chosen) + "}"}).one()
        recall.holdings, recall.items = int(marked), int(items)
        self.repo.flush()
        self.ctx.record("recall", recall.id, None, {
            "recall_no": recall.recall_no, "lots": [x.lot_no for x in chosen],
            "reason": recall.reason, "holdings": recall.holdings, "items": recall.items},
            action="create")
        ops.record(self.ctx, op, str(recall.id).encode())
        return recall

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.session, self.repo.listing(), query, self.repo.list_spec())

    def to_proto(self, row: Any, *, holders: bool = False) -> flow_pb2.Recall:
        recall: Recall = row[0]
        org, display, username = row[1:]
        lot_ids = list(self.session.execute(select(RecallLot.lot_id).where(
            RecallLot.recall_id == recall.id).order_by(RecallLot.id)).scalars())
        out = F.Recall(id=recall.id, recall_no=recall.recall_no, reason=recall.reason,
                       public_notice=recall.public_notice, status=recall.status,
                       holdings=recall.holdings, items=recall.items,
                       created_by=display or username, created_at=ts(recall.created_at),
                       org_name=org, lots=[lots.lot_info(self.ctx, i) for i in lot_ids])
        if holders:
            out.holders.CopyFrom(lots.holders(self.ctx, lot_ids))
        return out

    def view(self, recall_id: int) -> flow_pb2.Recall:
        self.repo.get(recall_id)
        row = self.session.execute(self.repo.listing().where(Recall.id == recall_id)).one()
        return self.to_proto(row, holders=True)
