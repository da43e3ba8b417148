"""Discrepancies (收货差异) found when shipments are received: listed for both sides, settled by
the sender with a note (found, written off, shipped again). A unit reported missing and
received later settles itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import text
from server.packing import tree
from server.shipping.models import Discrepancy, Shipment
from server.shipping.repository import DiscrepancyRepository, ShipmentRepository
from server.stock.models import GoodsReceipt
from server.stock.reading import Reader
from server.stock.units import unit
from shared.pb import common_pb2, stock_pb2


@dataclass(frozen=True)
class DiscrepancyView:
    row: Any
    code: str
    unit: stock_pb2.ScannedUnit
    receipt_no: str
    where: str


class DiscrepancyService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.repo = DiscrepancyRepository(ctx)
        self.reader = Reader(ctx, keys)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.session, self.repo.listing(), query, self.repo.list_spec())
        nodes = {n.id: n for n in tree.by_ids(self.session, self.ctx.tenant_id,
                                              [r[0].node_id for r in page.rows])}
        receipts = dict(self.session.execute(select(GoodsReceipt.id, GoodsReceipt.receipt_no)
                                             .where(GoodsReceipt.id.in_(
                                                 {r[0].receipt_id for r in page.rows}))).all())
        views = []
        for row in page.rows:
            d: Discrepancy = row[0]
            node = nodes[d.node_id]
            code = self.reader.printed(node)
            scanned = self.reader.of(self.reader.codes.at_keys([(node.batch_id,
                                                                 node.serial)])[0])
            contents = self.reader.contents(scanned)
            views.append(DiscrepancyView(
                row, code, unit(self.reader, code, node.level, contents,
                                expected=d.kind == "missing"),
                receipts.get(d.receipt_id or 0, ""), self.reader.where(scanned).split("\x1f")[0]))
        return Page(views, page.info)

    def resolve(self, discrepancy_id: int, resolution: str) -> Discrepancy:
        found = self.repo.get(discrepancy_id, for_update=True)
        shipment = self.session.get(Shipment, found.shipment_id)
        assert shipment is not None
        ShipmentRepository(self.ctx).sender_side(shipment)
        if found.status == "resolved":
            raise DomainError(Reason.DISCREPANCY_RESOLVED)
        found.resolution = text(resolution, "resolution", max_len=500, required=True)
        found.status, found.resolved_at = "resolved", datetime.now(UTC)
        found.resolved_by_id = self.ctx.user.user_id
        self.repo.flush()
        self.ctx.record("discrepancy", found.id, {"status": "open"},
                        {"status": "resolved", "resolution": found.resolution},
                        action="resolve")
        return found
