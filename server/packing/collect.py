"""Line collection: association records from line equipment (a case code with the item codes the
camera read in it, or a pallet code with its cases). A record applies whole or not at all, under
the collector's run for its line, product and lot (made or resumed as needed); its record id is
its operation id, and a record that matches the tree already (the camera sent it twice under
another id) is acknowledged as a duplicate without changing anything."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from server.codes.keys import KeyStore
from server.codes.lookup import shown
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.packing import ops, tree
from server.packing.codestate import Code
from server.packing.models import PackRun
from server.packing.packer import Packer, moment
from server.packing.runs import RunInput, RunService
from shared.pb import packing_pb2

MAX_CHILDREN = 10_000


class CollectService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.p = Packer(ctx, keys)
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id

    def apply(self, rec: packing_pb2.CollectRecord) -> packing_pb2.CollectAck:
        """Apply one record; a repeated record id returns the first acknowledgement."""
        if not rec.record_id:
            raise DomainError(Reason.REQUIRED, field="operation_id")
        done = ops.replay(self.ctx, rec.record_id, ("record",))
        if done is not None:
            ack = packing_pb2.CollectAck.FromString(done)
            ack.duplicate = True
            return ack
        if not rec.child_codes:
            raise DomainError(Reason.REQUIRED, field="child_codes")
        if len(rec.child_codes) > MAX_CHILDREN:
            raise DomainError(Reason.INVALID_VALUE, field="child_codes",
                              detail=f"≤ {MAX_CHILDREN}")
        run = RunService(self.ctx, self.keys).start(RunInput(
            line_id=rec.line_id, station=rec.station or "collector", product_id=rec.product_id,
            lot_id=rec.lot_id, items_per_case=rec.items_per_case, source="collector"))
        run = self.session.get(PackRun, run.id, with_for_update=True) or run
        when = moment(rec.read_at)
        if when < run.started_at:
            run.started_at = when
        if run.uploaded_at is None:
            run.uploaded_at = moment(None)
        parent = self.p.codes.one(rec.parent_code)
        children = self.p.codes.many(list(rec.child_codes))
        duplicate = self._already(parent, children)
        node_id = None
        if not duplicate:
            if parent.level == "case":
                node_id = self._case(run, parent, children, rec.short, when)
            elif parent.level == "pallet":
                node_id = self._pallet(run, parent, children, rec.short, when)
            else:
                raise DomainError(Reason.PACK_WRONG_LEVEL, field="parent_code",
                                  code=shown(rec.parent_code), code_level="item",
                                  expected_level="case")
        ack = packing_pb2.CollectAck(record_id=rec.record_id, ok=True, run_id=run.id,
                                     duplicate=duplicate)
        self.session.flush()
        ops.record(self.ctx, rec.record_id, "record", ack.SerializeToString(), run_id=run.id,
                   node_id=node_id)
        self.p.commit_events()
        return ack

    def _already(self, parent: Code, children: list[Code]) -> bool:
        """The record describes exactly what the tree already holds."""
        node = self.p.node(parent, lock=False)
        if node is None or node.child_count != len(children):
            return False
        kids = {(k.batch_id, k.serial) for k in tree.children(self.session, self.tenant_id,
                                                                node.id)}
        return kids == {c.key for c in children}

    def _count(self, run: PackRun, level: str, count: int, spec: int, short: bool) -> None:
        if count > spec:
            raise DomainError(Reason.PACK_FULL, field="child_codes", container_level=level,
                              count=count, spec=spec)
        if count < spec and not short:
            raise DomainError(Reason.PACK_SHORT, field="child_codes", container_level=level,
                              count=count, spec=spec)

    def _case(self, run: PackRun, case: Code, items: list[Code], short: bool,
              when: datetime) -> int:
        for item in items:
            self.p.check(item, "item", run.product_id, run.lot_id)
        self.p.check(case, "case", run.product_id, run.lot_id)
        self._count(run, "case", len(items), run.items_per_case, short)
        ids = self.p.take(items, run, product_id=run.product_id, lot_id=run.lot_id,
                          pending_run_id=None, when=when)
        [case_id] = self.p.take([case], run, product_id=run.product_id, lot_id=run.lot_id,
                                pending_run_id=None, when=when)
        self.session.execute(text("UPDATE pack_node SET short = :s WHERE id = :id"),
                             {"s": len(items) < run.items_per_case, "id": case_id})
        node = tree.by_ids(self.session, self.tenant_id, [case_id])[0]
        tree.link(self.session, self.tenant_id, node, ids, run_id=run.id,
                  when=when)
        self.p.codes.activate([*items, case], run.product_id, run.lot_id)
        self.p.event("add", "packing", node, ids, when, run=run)
        run.items += len(ids)
        run.cases += 1
        return case_id

    def _pallet(self, run: PackRun, pallet: Code, cases: list[Code], short: bool,
                when: datetime) -> int:
        if pallet.voided:
            raise DomainError(Reason.CODE_VOIDED, field="parent_code", code=shown(pallet.raw))
        nodes = tree.by_keys(self.session, self.tenant_id, [c.key for c in cases], lock=True)
        for code in cases:
            if code.level != "case":
                raise DomainError(Reason.PACK_WRONG_LEVEL, field="child_codes",
                                  code=shown(code.raw), code_level=code.level,
                                  expected_level="case")
            node = nodes.get(code.key)
            if node is None or not node.child_count:
                raise DomainError(Reason.PACK_EMPTY, field="child_codes", code=shown(code.raw),
                                  container_level="case")
            if node.parent_id is not None or node.pending_run_id is not None:
                raise self.p.held(code, node, run)
        first = nodes[cases[0].key]
        for code in cases:
            node = nodes[code.key]
            self.p.check_mix(node, code.raw, node.product_id, node.lot_id, first.product_id,
                             first.lot_id)
        self._count(run, "pallet", len(cases), run.cases_per_pallet or len(cases), short)
        products = {nodes[c.key].product_id for c in cases}
        lots = {nodes[c.key].lot_id for c in cases}
        product = next(iter(products)) if len(products) == 1 else None
        lot = next(iter(lots)) if len(lots) == 1 and product else None
        [pallet_id] = self.p.take([pallet], run, product_id=product, lot_id=lot,
                                  pending_run_id=None, when=when)
        node = tree.by_ids(self.session, self.tenant_id, [pallet_id])[0]
        ids = [nodes[c.key].id for c in cases]
        tree.link(self.session, self.tenant_id, node, ids, run_id=run.id,
                  when=when)
        self.p.codes.activate([pallet], product, lot)
        self.p.event("add", "packing", node, ids, when, run=run)
        run.pallets += 1
        return pallet_id
