"""Line collection: association records from line equipment (a case code with the item codes the
camera read in it, or a pallet code with its cases). A record applies whole or not at all, under
the collector's run for its line, product and lot (made or resumed as needed); its record id is
its operation id, and a record that matches the tree already (the camera sent it twice under
another id) is acknowledged as a duplicate without changing anything."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from server.codes.keys import KeyStore
from server.core import rawsql
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.rawsql import Statement
from server.packing import ops, tree
from server.packing.codestate import Code
from server.packing.models import PackRun
from server.packing.packer import Packer, moment
from server.packing.runs import RunInput, RunService
from shared.pb import packing_pb2

MAX_CHILDREN = 10_000
_NAMES = [c.name for c in PackRun.__table__.columns]
_COLUMNS = ", ".join(_NAMES)
_COUNT = Statement(f"""
    UPDATE pack_run SET items = items + :items, cases = cases + :cases,
                        pallets = pallets + :pallets, started_at = least(started_at, :w),
                        uploaded_at = coalesce(uploaded_at, now())
    WHERE id = :id AND tenant_id = :t AND status = 'open'
    RETURNING {_COLUMNS}""")


_UNCOUNT = text("""UPDATE pack_run SET items = items - :items, cases = cases - :cases,
                                      pallets = pallets - :pallets
                   WHERE id = :id AND tenant_id = :t""")


class CollectService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.p = Packer(ctx, keys)
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id
        self._runs: dict[tuple[int, str, int, int, int], int] = {}  # a stream's runs

    def apply(self, rec: packing_pb2.CollectRecord) -> packing_pb2.CollectAck:
        """Apply one record (then `finish` it); a repeated record id returns the first
        acknowledgement."""
        self.p.events = []  # a refused record's events went with its rollback
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
        codes = self.p.codes.many([rec.parent_code, *rec.child_codes])
        parent, children = codes[0], codes[1:]
        when = moment(rec.read_at)
        run = self._run(rec, parent.level, len(children), when)
        node_id, duplicate = None, False
        try:
            if parent.level == "case":
                node_id = self._case(run, parent, children, rec.short, when)
            elif parent.level == "pallet":
                node_id = self._pallet(run, parent, children, rec.short, when)
            else:
                raise DomainError(Reason.PACK_WRONG_LEVEL, field="parent_code",
                                  code=parent.shown, code_level="item", expected_level="case")
        except DomainError:
            # The same record sent again under another id: every code is where it says, so
            # nothing was written before the refusal. Anything else is a real refusal.
            if not self._already(parent, children):
                raise
            duplicate = True
            self.session.execute(_UNCOUNT, {"id": run.id, "t": self.tenant_id,
                                            "items": len(children) if parent.level == "case"
                                            else 0, "cases": int(parent.level == "case"),
                                            "pallets": int(parent.level == "pallet")})
        ack = packing_pb2.CollectAck(record_id=rec.record_id, ok=True, run_id=run.id,
                                     duplicate=duplicate)
        ops.record(self.ctx, rec.record_id, "record", ack.SerializeToString(), run_id=run.id,
                   node_id=node_id)
        return ack

    def finish(self) -> None:
        """Append the record's events: the chain head's lock is taken last, just before the
        commit (after the audit row), so that the streams of a tenant queue only for that."""
        self.p.commit_events()

    def _run(self, rec: packing_pb2.CollectRecord, level: str, children: int,
             when: datetime) -> PackRun:
        """The collector's open run for the record's line, product and lot, with the record
        counted: found once per stream (made or resumed as needed), then one UPDATE a record.
        (A record that fails rolls back with its count.)"""
        key = (rec.line_id, rec.station or "collector", rec.product_id, rec.lot_id,
               rec.items_per_case)
        for _ in range(2):
            known = self._runs.get(key)
            if known is not None:
                row = rawsql.first(self.session, _COUNT, {
                    "id": known, "t": self.tenant_id, "w": when,
                    "items": children if level == "case" else 0,
                    "cases": 1 if level == "case" else 0,
                    "pallets": 1 if level == "pallet" else 0})
                if row is not None:
                    return PackRun(**dict(zip(_NAMES, row, strict=True)))  # detached: read only
            run = RunService(self.ctx, self.keys).start(RunInput(
                line_id=rec.line_id, station=key[1], product_id=rec.product_id,
                lot_id=rec.lot_id, items_per_case=rec.items_per_case, source="collector"))
            self.session.flush()
            self._runs[key] = run.id
        raise AssertionError("unreachable: a run just started is open")

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
        *ids, case_id = self.p.take([*items, case], run, product_id=run.product_id,
                                    lot_id=run.lot_id, pending_run_id=None, when=when)
        node = tree.fresh(case_id, case)
        tree.link(self.session, self.tenant_id, node, ids, run_id=run.id, when=when,
                  short=len(items) < run.items_per_case)
        self.p.codes.activate([*items, case], run.product_id, run.lot_id)
        self.p.event("add", "packing", node, ids, when, run=run)
        return case_id

    def _pallet(self, run: PackRun, pallet: Code, cases: list[Code], short: bool,
                when: datetime) -> int:
        if pallet.voided:
            raise DomainError(Reason.CODE_VOIDED, field="parent_code", code=pallet.shown)
        nodes = tree.by_keys(self.session, self.tenant_id, [c.key for c in cases], lock=True)
        for code in cases:
            if code.level != "case":
                raise DomainError(Reason.PACK_WRONG_LEVEL, field="child_codes",
                                  code=code.shown, code_level=code.level,
                                  expected_level="case")
            node = nodes.get(code.key)
            if node is None or not node.child_count:
                raise DomainError(Reason.PACK_EMPTY, field="child_codes", code=code.shown,
                                  container_level="case")
            if node.parent_id is not None or node.pending_run_id is not None:
                raise self.p.held(code, node, run)
        first = nodes[cases[0].key]
        for code in cases:
            node = nodes[code.key]
            self.p.check_mix(node, code.shown, node.product_id, node.lot_id, first.product_id,
                             first.lot_id)
        self._count(run, "pallet", len(cases), run.cases_per_pallet or len(cases), short)
        products = {nodes[c.key].product_id for c in cases}
        lots = {nodes[c.key].lot_id for c in cases}
        product = next(iter(products)) if len(products) == 1 else None
        lot = next(iter(lots)) if len(lots) == 1 and product else None
        [pallet_id] = self.p.take([pallet], run, product_id=product, lot_id=lot,
                                  pending_run_id=None, when=when)
        node = tree.fresh(pallet_id, pallet)
        ids = [nodes[c.key].id for c in cases]
        tree.link(self.session, self.tenant_id, node, ids, run_id=run.id, when=when,
                  short=len(cases) < (run.cases_per_pallet or len(cases)))
        self.p.codes.activate([pallet], product, lot)
        self.p.event("add", "packing", node, ids, when, run=run)
        return pallet_id
