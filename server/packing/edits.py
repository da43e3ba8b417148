"""Looking into the tree and correcting it: a code's container and contents, 撤销关联 (take some or
all children out of a case or pallet) and 替换 (a new item takes a defective one's place, as
quality control does after packing). Each change is an event; nothing is half-applied."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from server.codes.keys import KeyStore
from server.codes.lookup import shown
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.validate import text as clean_text
from server.packing import ops, tree
from server.packing.codestate import Code
from server.packing.models import PackNode, PackRun
from server.packing.packer import Packer, moment
from server.packing.tree import Node
from server.production.models import ProductionLine


@dataclass(frozen=True)
class ChildView:
    code: str
    node: Node


@dataclass(frozen=True)
class ContainerView:
    """A code's place in the tree and what it holds."""

    code: str
    node: Node | None
    level: str
    batch_id: int
    serial: int
    parent_code: str = ""
    root_code: str = ""
    item_count: int = 0
    station: str = ""
    line_name: str = ""
    children: list[ChildView] = field(default_factory=list)


class EditService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.p = Packer(ctx, keys)
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id

    def view(self, raw: str) -> ContainerView:
        return self._view(self.p.codes.one(raw))

    def _view(self, code: Code) -> ContainerView:
        node = self.p.node(code, lock=False)
        if node is None:
            return ContainerView(code.printed, None, code.level, code.batch.id, code.serial)
        kids = tree.children(self.session, self.tenant_id, node.id)
        parent = tree.by_ids(self.session, self.tenant_id, [node.parent_id])[0] \
            if node.parent_id else None
        root = tree.by_ids(self.session, self.tenant_id, [node.root_id])[0] \
            if node.root_id else None
        run_id = node.run_id or (kids[0].run_id if kids else None) or node.pending_run_id
        station, line_name = "", ""
        if run_id:
            found = self.session.execute(
                select(PackRun.station, ProductionLine.name)
                .join(ProductionLine, ProductionLine.id == PackRun.line_id)
                .where(PackRun.tenant_id == self.tenant_id, PackRun.id == run_id)).first()
            station, line_name = found if found else ("", "")
        return ContainerView(
            code=code.printed, node=node, level=code.level, batch_id=code.batch.id,
            serial=code.serial, parent_code=self.p.code_of(parent) if parent else "",
            root_code=self.p.code_of(root) if root else "",
            item_count=tree.item_count(self.session, self.tenant_id, node),
            station=station, line_name=line_name,
            children=[ChildView(self.p.code_of(k), k) for k in kids])

    def disaggregate(self, container: str, children: list[str], everything: bool,
                     reason: str, op: str) -> ContainerView:
        """Take the named children (or all) out of a case or pallet."""
        done = ops.replay(self.ctx, op, ("disaggregate",))
        parent_code = self.p.codes.one(container)
        if done is not None:
            return self._view(parent_code)
        reason = clean_text(reason, "reason", max_len=500, required=True)
        parent = self.p.node(parent_code)
        if parent is None or not parent.child_count:
            raise DomainError(Reason.PACK_EMPTY, field="container_code",
                              code=shown(container), container_level=parent_code.level)
        kids = tree.children(self.session, self.tenant_id, parent.id)
        if everything:
            chosen = kids
        else:
            if not children:
                raise DomainError(Reason.REQUIRED, field="child_codes")
            by_key = {(k.batch_id, k.serial): k for k in kids}
            chosen = []
            for code in self.p.codes.many(children):
                kid = by_key.get(code.key)
                if kid is None:
                    raise DomainError(Reason.PACK_NOT_A_CHILD, field="child_codes",
                                      code=code.shown, container=parent_code.printed)
                if kid not in chosen:
                    chosen.append(kid)
        ids = [k.id for k in chosen]
        tree.unlink(self.session, self.tenant_id, parent, ids)
        self.p.event("delete", "unpacking", parent, ids, moment(None), reason=reason,
                     org_id=self._org_of(parent))
        self.ctx.record("pack_node", parent.id, {"children": parent.child_count},
                        {"children": parent.child_count - len(ids),
                         "removed": [k.code for k in self._codes(chosen)], "reason": reason},
                        action="disaggregate")
        ops.record(self.ctx, op, "disaggregate", b"", node_id=parent.id)
        self.p.commit_events()
        return self._view(parent_code)

    def replace(self, new_raw: str, old_raw: str, reason: str, op: str) -> ContainerView:
        """The new item takes the old one's place in its case; the old one is left loose."""
        done = ops.replay(self.ctx, op, ("replace",))
        old_code = self.p.codes.one(old_raw)
        if done is not None:
            parent = tree.by_ids(self.session, self.tenant_id, [int(done.decode())])[0]
            return self._view(self.p.codes.at_keys([(parent.batch_id, parent.serial)])[0])
        reason = clean_text(reason, "reason", max_len=500, required=True)
        new_code = self.p.codes.one(new_raw)
        old = self.p.node(old_code)
        if old is None or old.parent_id is None:
            raise DomainError(Reason.PACK_NOT_PACKED, field="old_code", code=shown(old_raw))
        parent = tree.by_ids(self.session, self.tenant_id, [old.parent_id], lock=True)[0]
        self.p.check(new_code, old_code.level, old.product_id, old.lot_id)
        when = moment(None)
        [new_id] = self.p.take([new_code], None, product_id=old.product_id, lot_id=old.lot_id,
                               pending_run_id=None, when=when)
        org_id = self._org_of(parent)
        tree.unlink(self.session, self.tenant_id, parent, [old.id])
        tree.link(self.session, self.tenant_id, parent, [new_id], run_id=old.run_id, when=when)
        self.p.codes.activate([new_code], old.product_id, old.lot_id)
        self.p.event("delete", "replacing", parent, [old.id], when, reason=reason, org_id=org_id)
        self.p.event("add", "replacing", parent, [new_id], when, reason=reason, org_id=org_id)
        self.ctx.record("pack_node", parent.id, {"child": old_code.printed},
                        {"child": new_code.printed, "reason": reason}, action="replace")
        ops.record(self.ctx, op, "replace", str(parent.id).encode(), node_id=parent.id)
        self.p.commit_events()
        return self._view(self.p.codes.at_keys([(parent.batch_id, parent.serial)])[0])

    def _codes(self, nodes: list[Node]) -> list[ChildView]:
        return [ChildView(self.p.code_of(n), n) for n in nodes]

    def _org_of(self, node: Node) -> int:
        """The factory that packed a container (its run's), else the caller's organisation."""
        run_id = node.run_id or self.session.execute(select(PackNode.run_id).where(
            PackNode.tenant_id == self.tenant_id, PackNode.parent_id == node.id,
            PackNode.run_id.is_not(None)).limit(1)).scalar_one_or_none()
        if run_id:
            org = self.session.execute(select(PackRun.org_id).where(
                PackRun.id == run_id)).scalar_one_or_none()
            if org:
                return int(org)
        return self.ctx.user.org_id
