"""Breaking containers in the channel: a dealer ships two cases of a pallet, a store sells one
bottle of a case, a receiver takes in the cases of a pallet whose label is gone. Each node taken
out becomes a top of its own through the packing tree's unlink, which hands it the holder of the
old top and takes its contents from the old top's holding; an unpacking event per container
goes to the chain at the end of the command."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from server.core.context import CallContext
from server.packing import chain, tree
from server.packing.tree import Node

# Cases leave their pallets before bottles leave their cases: a bottle's top is then its case.
_ORDER = {"pallet": 0, "case": 1}


class Breaker:
    """Collects the unpacking events of one command; `finish` appends them (last step)."""

    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.events: list[chain.NewEvent] = []

    def detach(self, nodes: Sequence[Node], *, when: datetime, reason: str) -> list[int]:
        """Take the nodes that are inside something out of it; returns their ids."""
        session, tenant_id = self.ctx.session, self.ctx.tenant_id
        by_parent: dict[int, list[int]] = defaultdict(list)
        for node in nodes:
            if node.parent_id is not None:
                by_parent[node.parent_id].append(node.id)
        if not by_parent:
            return []  # nothing was inside anything
        parents = tree.by_ids(session, tenant_id, list(by_parent), lock=True)
        for parent in sorted(parents, key=lambda p: (_ORDER.get(p.level, 2), p.id)):
            kids = by_parent[parent.id]
            # Re-read: a case taken off its pallet just now has a new top.
            fresh = tree.by_ids(session, tenant_id, [parent.id], lock=True)[0]
            tree.unlink(session, tenant_id, fresh, kids)
            self.events.append(chain.NewEvent(
                action="delete", biz_step="unpacking", parent_id=parent.id, child_ids=kids,
                event_time=when, org_id=self.ctx.user.org_id, user_id=self.ctx.user.user_id,
                product_id=parent.product_id, lot_id=parent.lot_id, reason=reason))
        return [i for ids in by_parent.values() for i in ids]

    def finish(self) -> None:
        """Append the command's unpacking events to the tenant's chain (its head's lock is the
        command's last)."""
        chain.append(self.ctx.session, self.ctx.tenant_id, self.events)
        self.events = []
