"""Station scans. A scanned code's level says what it means: an item goes into the run's open
case; a case code closes the open case (or, with no case open, puts a closed case on the open
pallet); a pallet code closes the open pallet. Containers close only at their spec unless a reason
for closing short is given. Closing activates the codes not activated yet. Every scan carries an
operation id, and Undo walks the run's scans back one at a time."""

from __future__ import annotations

from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy import select, text

from server.codes.keys import KeyStore
from server.codes.lookup import shown
from server.codes.models import CodeBatch
from server.codes.repository import BatchRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.validate import text as clean_text
from server.packing import ops, tree
from server.packing.codestate import Code
from server.packing.models import PackRun
from server.packing.packer import Packer, moment
from server.packing.repository import RunRepository
from shared.pb import packing_pb2

MAX_REASON = 200
OUTCOME_OF_KIND = {"item": packing_pb2.SCAN_OUTCOME_ITEM_ADDED,
                   "close_case": packing_pb2.SCAN_OUTCOME_CASE_CLOSED,
                   "link_range": packing_pb2.SCAN_OUTCOME_CASE_CLOSED,
                   "add_case": packing_pb2.SCAN_OUTCOME_CASE_ADDED,
                   "close_pallet": packing_pb2.SCAN_OUTCOME_PALLET_CLOSED}
LEVEL = {"item": 1, "case": 2, "pallet": 3}


def replayed(data: bytes) -> packing_pb2.PackScanResult:
    result = packing_pb2.PackScanResult.FromString(data)
    result.replayed = True
    return result


class ScanService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.p = Packer(ctx, keys)
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id
        self.runs = RunRepository(ctx)

    # --- the commands ---------------------------------------------------------------------------

    def scan(self, run_id: int, raw: str, op: str, short_reason: str = "",
             scanned_at: Timestamp | None = None) -> packing_pb2.PackScanResult:
        done = ops.replay(self.ctx, op, ops.SCAN_KINDS)
        if done is not None:
            return replayed(done)
        run = self.runs.lock_open(run_id)
        when = moment(scanned_at)
        reason = clean_text(short_reason, "short_reason", max_len=MAX_REASON)
        code = self.p.codes.one(raw)
        result = packing_pb2.PackScanResult(code=code.printed, level=LEVEL[code.level])  # type: ignore[arg-type]
        if code.level == "item":
            kind, node_id = "item", self._item(run, code, when)
        elif code.level == "case":
            items = tree.pending(self.session, self.tenant_id, run.id, "item")
            if items:
                kind, node_id = "close_case", self._close_case(run, code, items, when, reason,
                                                               result)
            else:
                kind, node_id = "add_case", self._add_case(run, code, when)
        else:
            kind, node_id = "close_pallet", self._close_pallet(run, code, when, reason, result)
        return self._finish(run, op, kind, node_id, result)

    def close_virtual(self, run_id: int, batch_id: int, short_reason: str,
                      op: str) -> packing_pb2.PackScanResult:
        """Close the open pallet under the next free code of a pallet batch."""
        done = ops.replay(self.ctx, op, ("close_pallet",))
        if done is not None:
            return replayed(done)
        run = self.runs.lock_open(run_id)
        reason = clean_text(short_reason, "short_reason", max_len=MAX_REASON)
        batch, serial = self._virtual_code(batch_id)
        code = self.p.codes.at(batch, [serial])[0]
        result = packing_pb2.PackScanResult(code=code.printed, level=LEVEL["pallet"])  # type: ignore[arg-type]
        node_id = self._close_pallet(run, code, moment(None), reason, result, virtual=True)
        return self._finish(run, op, "close_pallet", node_id, result)

    def link_range(self, run_id: int, case_code: str, first_item: str, count: int,
                   op: str) -> packing_pb2.PackScanResult:
        """Fuzzy association: the case holds `count` consecutive item serials."""
        done = ops.replay(self.ctx, op, ("link_range",))
        if done is not None:
            return replayed(done)
        run = self.runs.lock_open(run_id)
        when = moment(None)
        count = count or run.items_per_case
        if not 1 <= count <= run.items_per_case:
            raise DomainError(Reason.INVALID_VALUE, field="count",
                              detail=f"1..{run.items_per_case}")
        first = self.p.codes.one(first_item)
        if first.serial + count - 1 > first.batch.count:
            raise DomainError(Reason.PACK_RANGE_INVALID, field="first_item_code",
                              code=shown(first_item), count=count)
        items = self.p.codes.at(first.batch, range(first.serial, first.serial + count))
        for item in items:
            self.p.check(item, "item", run.product_id, run.lot_id)
        case = self.p.codes.one(case_code)
        result = packing_pb2.PackScanResult(code=case.printed, level=LEVEL["case"])  # type: ignore[arg-type]
        open_items = tree.pending(self.session, self.tenant_id, run.id, "item")
        if open_items:
            raise DomainError(Reason.PACK_CASE_OPEN, field="case_code", count=len(open_items))
        self.p.check(case, "case", run.product_id, run.lot_id)
        ids = self.p.take(items, run, product_id=run.product_id, lot_id=run.lot_id,
                          pending_run_id=None, when=when)
        nodes = tree.by_ids(self.session, self.tenant_id, ids)
        node_id = self._close_case(run, case, nodes, when, "", result, fuzzy=True, codes=items)
        return self._finish(run, op, "link_range", node_id, result)

    def undo(self, run_id: int, op: str) -> packing_pb2.PackScanResult:
        """Reverse the run's last scan that is not undone yet."""
        done = ops.replay(self.ctx, op, ("undo",))
        if done is not None:
            return replayed(done)
        run = self.runs.lock_open(run_id)
        last = ops.last_scan(self.ctx, run.id)
        if last is None or last.node_id is None:
            raise DomainError(Reason.PACK_NOTHING_TO_UNDO)
        node = tree.by_ids(self.session, self.tenant_id, [last.node_id], lock=True)[0]
        when = moment(None)
        if last.kind in ("item", "add_case"):
            if node.pending_run_id == run.id:
                tree.release(self.session, self.tenant_id, [node.id])
        else:
            if node.parent_id is not None:  # a case already on a pallet: undo that first
                raise self.p.held(self.p.codes.at_keys([(node.batch_id, node.serial)])[0],
                                  node, run)
            kids = tree.children(self.session, self.tenant_id, node.id)
            ids = [k.id for k in kids]
            if ids:
                tree.unlink(self.session, self.tenant_id, node, ids)
                self.p.event("delete", "unpacking", node, ids, when, run=run, reason="undo")
            if last.kind != "link_range":  # scanned children go back into the open container
                tree.hold(self.session, self.tenant_id, ids, run.id, when)
            if node.pending_run_id == run.id:
                tree.release(self.session, self.tenant_id, [node.id])
            if node.level == "case":
                run.items -= len(ids)
                run.cases -= 1
            else:
                run.pallets -= 1
        last.undone = True
        result = packing_pb2.PackScanResult(code=self.p.code_of(node), level=LEVEL[node.level],  # type: ignore[arg-type]
                                        undone=OUTCOME_OF_KIND[last.kind])
        return self._finish(run, op, "undo", node.id, result,
                            outcome=packing_pb2.SCAN_OUTCOME_UNDONE)

    # --- what a scan does -----------------------------------------------------------------------

    def _open_counts(self, run: PackRun) -> dict[str, int]:
        rows = self.session.execute(text("""
            SELECT level, count(*) FROM pack_node WHERE tenant_id = :t AND pending_run_id = :r
            GROUP BY level"""), {"t": self.tenant_id, "r": run.id}).all()
        return {str(level): int(n) for level, n in rows}

    def _item(self, run: PackRun, code: Code, when: datetime) -> int:
        self.p.check(code, "item", run.product_id, run.lot_id)
        node = self.p.node(code, lock=False)
        if node is not None and not node.loose:
            raise self.p.held(code, node, run)
        count = self._open_counts(run).get("item", 0)
        if count >= run.items_per_case:
            raise DomainError(Reason.PACK_FULL, field="code", container_level="case",
                              count=count, spec=run.items_per_case)
        return self.p.take([code], run, product_id=run.product_id, lot_id=run.lot_id,
                           pending_run_id=run.id, when=when)[0]

    def _pallet_room(self, run: PackRun, code: Code | tree.Node, raw: str,
                     product_id: int | None, lot_id: int | None) -> None:
        """The open pallet takes one more case of this product and lot."""
        cases = tree.pending(self.session, self.tenant_id, run.id, "case")
        if len(cases) >= run.cases_per_pallet:
            raise DomainError(Reason.PACK_FULL, field="code", container_level="pallet",
                              count=len(cases), spec=run.cases_per_pallet)
        with_product, with_lot = (cases[0].product_id, cases[0].lot_id) if cases else \
            (run.product_id, run.lot_id)
        self.p.check_mix(code, raw, product_id, lot_id, with_product, with_lot)

    def _close_case(self, run: PackRun, code: Code, items: list[tree.Node], when: datetime,
                    reason: str, result: packing_pb2.PackScanResult, *, fuzzy: bool = False,
                    codes: list[Code] | None = None) -> int:
        self.p.check(code, "case", run.product_id, run.lot_id)
        if len(items) < run.items_per_case and not reason and not fuzzy:
            raise DomainError(Reason.PACK_SHORT, field="code", container_level="case",
                              count=len(items), spec=run.items_per_case)
        palletise = run.cases_per_pallet > 0
        if palletise:
            self._pallet_room(run, code, code.shown, run.product_id, run.lot_id)
        case_id = self.p.take([code], run, product_id=run.product_id, lot_id=run.lot_id,
                              pending_run_id=run.id if palletise else None, when=when)[0]
        short = len(items) < run.items_per_case
        self.session.execute(text("UPDATE pack_node SET short = :s WHERE id = :id"),
                             {"s": short, "id": case_id})
        case = tree.by_ids(self.session, self.tenant_id, [case_id])[0]
        ids = [i.id for i in items]
        tree.link(self.session, self.tenant_id, case, ids, run_id=run.id, when=when,
                  fuzzy=fuzzy)
        item_codes = codes if codes is not None else \
            self.p.codes.at_keys([(i.batch_id, i.serial) for i in items])
        activated = self.p.codes.activate([*item_codes, code], run.product_id, run.lot_id)
        self.p.event("add", "packing", case, ids, when, run=run, reason=reason)
        run.items += len(ids)
        run.cases += 1
        result.container_code = code.printed
        result.container_batch_id, result.container_serial = code.batch.id, code.serial
        result.short, result.activated = short, activated > 0
        return case_id

    def _add_case(self, run: PackRun, code: Code, when: datetime) -> int:
        if not run.cases_per_pallet:
            raise DomainError(Reason.PACK_WRONG_LEVEL, field="code", code=code.shown,
                              code_level="case", expected_level="item")
        if code.voided:
            raise DomainError(Reason.CODE_VOIDED, field="code", code=code.shown)
        node = self.p.node(code)
        if node is None or node.loose:
            raise DomainError(Reason.PACK_EMPTY, field="code", code=code.shown,
                              container_level="case")
        if node.parent_id is not None or node.pending_run_id is not None:
            raise self.p.held(code, node, run)
        self._pallet_room(run, node, code.shown, node.product_id, node.lot_id)
        tree.hold(self.session, self.tenant_id, [node.id], run.id, when)
        return node.id

    def _close_pallet(self, run: PackRun, code: Code, when: datetime, reason: str,
                      result: packing_pb2.PackScanResult, *, virtual: bool = False) -> int:
        items = tree.pending(self.session, self.tenant_id, run.id, "item")
        if items:
            raise DomainError(Reason.PACK_CASE_OPEN, field="code", count=len(items))
        if code.level != "pallet":
            raise DomainError(Reason.PACK_WRONG_LEVEL, field="code", code=code.shown,
                              code_level=code.level, expected_level="pallet")
        if code.voided:
            raise DomainError(Reason.CODE_VOIDED, field="code", code=code.shown)
        cases = tree.pending(self.session, self.tenant_id, run.id, "case")
        if not cases:
            raise DomainError(Reason.PACK_EMPTY, field="code", code=code.shown,
                              container_level="pallet")
        short = len(cases) < run.cases_per_pallet
        if short and not reason:
            raise DomainError(Reason.PACK_SHORT, field="code", container_level="pallet",
                              count=len(cases), spec=run.cases_per_pallet)
        products = {c.product_id for c in cases}
        lots = {c.lot_id for c in cases}
        product = next(iter(products)) if len(products) == 1 else None
        lot = next(iter(lots)) if len(lots) == 1 and product else None
        pallet_id = self.p.take([code], run, product_id=product, lot_id=lot, pending_run_id=None,
                                when=when)[0]
        self.session.execute(text("UPDATE pack_node SET short = :s, virtual = :v WHERE id = :id"),
                             {"s": short, "v": virtual, "id": pallet_id})
        pallet = tree.by_ids(self.session, self.tenant_id, [pallet_id])[0]
        ids = [c.id for c in cases]
        tree.link(self.session, self.tenant_id, pallet, ids, run_id=run.id, when=when)
        activated = self.p.codes.activate([code], product, lot)
        self.p.event("add", "packing", pallet, ids, when, run=run, reason=reason)
        run.pallets += 1
        result.container_code = code.printed
        result.container_batch_id, result.container_serial = code.batch.id, code.serial
        result.short, result.virtual, result.activated = short, virtual, activated > 0
        return pallet_id

    def _virtual_code(self, batch_id: int) -> tuple[CodeBatch, int]:
        """The next pallet code nothing has used: not packed, not printed, not voided."""
        repo = BatchRepository(self.ctx)
        if batch_id:
            candidates = [repo.get(batch_id)]
            if candidates[0].level != "pallet":
                raise DomainError(Reason.PACK_WRONG_LEVEL, field="batch_id",
                                  code=candidates[0].batch_no,
                                  code_level=candidates[0].level, expected_level="pallet")
        else:
            candidates = list(self.session.execute(
                repo.base().where(CodeBatch.level == "pallet").order_by(CodeBatch.id.desc())
                .limit(10)).scalars())
        for batch in candidates:
            # Serialise virtual codes per batch: two stations never take the same one.
            repo.lock(batch.id)
            serial = self.session.execute(text("""
                WITH start AS (
                    SELECT coalesce(max(serial), 0) + 1 AS s FROM pack_node
                    WHERE tenant_id = :t AND batch_id = :b AND virtual)
                SELECT g.s FROM start, generate_series(start.s, least(start.s + 20000, :n)) g(s)
                WHERE NOT EXISTS (SELECT 1 FROM pack_node n WHERE n.tenant_id = :t
                                  AND n.batch_id = :b AND n.serial = g.s)
                  AND NOT EXISTS (SELECT 1 FROM print_job j WHERE j.tenant_id = :t
                                  AND j.batch_id = :b AND g.s BETWEEN j.first_serial
                                  AND j.last_serial AND j.status <> 'cancelled')
                  AND NOT EXISTS (SELECT 1 FROM code_unit u WHERE u.tenant_id = :t
                                  AND u.batch_id = :b AND u.serial = g.s
                                  AND u.void_event_id IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM code_range r WHERE r.tenant_id = :t
                                  AND r.batch_id = :b AND g.s BETWEEN r.first_serial
                                  AND r.last_serial AND r.void_event_id IS NOT NULL)
                ORDER BY g.s LIMIT 1"""),
                {"t": self.tenant_id, "b": batch.id, "n": batch.count}).scalar_one_or_none()
            if serial is not None:
                return batch, int(serial)
        raise DomainError(Reason.PACK_NO_VIRTUAL_CODES, field="batch_id")

    def _finish(self, run: PackRun, op: str, kind: str, node_id: int,
                result: packing_pb2.PackScanResult, *,
                outcome: int = 0) -> packing_pb2.PackScanResult:
        """Counters into the result, the command journalled, the events appended."""
        counts = self._open_counts(run)
        result.outcome = outcome or OUTCOME_OF_KIND[kind]  # type: ignore[assignment]
        result.case_items, result.pallet_cases = counts.get("item", 0), counts.get("case", 0)
        result.items_per_case, result.cases_per_pallet = run.items_per_case, run.cases_per_pallet
        result.run_items, result.run_cases, result.run_pallets = run.items, run.cases, run.pallets
        if run.uploaded_at is None:
            run.uploaded_at = self.session.execute(select(text("now()"))).scalar_one()
        self.session.flush()
        ops.record(self.ctx, op, kind, result.SerializeToString(), run_id=run.id,
                   node_id=node_id)
        self.p.commit_events()
        return result
