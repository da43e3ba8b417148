"""Reading the event log: a page of events with their parent and child codes as printed."""

from __future__ import annotations

from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.listing import paginate
from server.packing import convert, tree
from server.packing.packer import Packer
from server.packing.repository import EventRepository
from shared.pb import common_pb2, packing_pb2


class EventService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.repo = EventRepository(ctx)
        self.p = Packer(ctx, keys)

    def list_page(self, query: common_pb2.ListQuery) -> packing_pb2.ListPackEventsResponse:
        page = paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())
        ids = {row[0].parent_id for row in page.rows}
        for row in page.rows:
            ids.update(row[0].child_ids)
        nodes = {n.id: n for n in tree.by_ids(self.ctx.session, self.ctx.tenant_id, list(ids))}
        codes = {i: self.p.code_of(n) for i, n in nodes.items()}
        return packing_pb2.ListPackEventsResponse(
            items=[convert.event_to_proto(row, codes.get(row[0].parent_id, ""),
                                          [codes.get(c, "") for c in row[0].child_ids])
                   for row in page.rows], page=page.info)
