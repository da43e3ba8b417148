"""Runs (采集记录, collection records): what a station or a line collector packs on one line for
one product and lot. Starting a station's run resumes its open run for the same product and lot,
or takes over the pallet its previous run left open; ending keeps an unfinished pallet open for
the next run. Changing the product rebinds the run's codes; deleting the run undoes every
aggregation it made that is still current. Both are audited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from server.catalog.models import Product
from server.catalog.repository import ProductRepository
from server.codes.keys import KeyStore
from server.codes.ranges import int_array
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import snapshot
from server.core.validate import text as clean_text
from server.packing import ops, tree
from server.packing.models import PackRun
from server.packing.packer import Packer, moment
from server.packing.repository import RunRepository
from server.production.models import ProductionLine, ProductionLot
from server.production.repository import LineRepository, LotRepository
from shared.pb import common_pb2

FIELDS = ("id", "org_id", "line_id", "station", "source", "product_id", "lot_id",
          "items_per_case", "cases_per_pallet", "status", "pallet_end", "items", "cases",
          "pallets", "note")
MAX_STATION = 64
MAX_SPEC = 10_000


@dataclass(frozen=True)
class RunInput:
    line_id: int
    station: str
    product_id: int
    lot_id: int = 0
    items_per_case: int = 0
    cases_per_pallet: int = 0  # 0: the product's; -1: no pallets
    source: str = "station"


@dataclass(frozen=True)
class RunView:
    """A run with the names and open containers its proto shows."""

    row: Any  # RunRepository.listing() row
    open_items: list[str]
    open_cases: list[str]


class RunService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.keys = keys
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id
        self.repo = RunRepository(ctx)

    # --- reading --------------------------------------------------------------------------------

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.session, self.repo.listing(), query, self.repo.list_spec())

    def view(self, run_id: int, *, codes: bool = True) -> RunView:
        row = self.repo.row(run_id)
        if not codes:
            return RunView(row, [], [])
        packer = Packer(self.ctx, self.keys)
        items = tree.pending(self.session, self.tenant_id, run_id, "item")
        cases = tree.pending(self.session, self.tenant_id, run_id, "case")
        return RunView(row, [packer.code_of(n) for n in items], [packer.code_of(n) for n in cases])

    # --- starting and ending --------------------------------------------------------------------

    def start(self, data: RunInput, op: str = "") -> PackRun:
        """A new run, or the station's open run when it packs the same product and lot."""
        done = ops.replay(self.ctx, op, ("start_run",))
        if done is not None:
            return self.repo.get(int(done.decode()))
        line, product, lot = self._setup(data)
        station = clean_text(data.station, "station", max_len=MAX_STATION, required=True)
        items_per_case = data.items_per_case or product.items_per_case
        cases_per_pallet = 0 if data.cases_per_pallet < 0 else \
            data.cases_per_pallet or product.cases_per_pallet
        for value, name in ((items_per_case, "items_per_case"),
                            (cases_per_pallet, "cases_per_pallet")):
            if not 0 <= value <= MAX_SPEC:
                raise DomainError(Reason.INVALID_VALUE, field=name, detail=f"1..{MAX_SPEC}")
        lot_id = lot.id if lot else None
        current = self.repo.open_at(line.id, station, data.source)
        if current is not None:
            if (current.product_id, current.lot_id, current.items_per_case,
                    current.cases_per_pallet) == (product.id, lot_id, items_per_case,
                                                  cases_per_pallet):
                ops.record(self.ctx, op, "start_run", str(current.id).encode(),
                           run_id=current.id)
                return current
            self.end(current.id)
        run = PackRun(org_id=line.org_id, line_id=line.id, station=station, source=data.source,
                      product_id=product.id, lot_id=lot_id, items_per_case=items_per_case,
                      cases_per_pallet=cases_per_pallet, created_by_id=self.ctx.user.user_id)
        self.repo.add(run)
        # The pallet the station's previous runs left open continues in this one.
        self.session.execute(text("""
            UPDATE pack_node SET pending_run_id = :new
            WHERE tenant_id = :t AND level = 'case' AND pending_run_id IN (
                SELECT id FROM pack_run WHERE tenant_id = :t AND line_id = :line
                AND station = :station AND source = :source AND status = 'closed')"""),
            {"new": run.id, "t": self.tenant_id, "line": line.id, "station": station,
             "source": data.source})
        self.ctx.record("pack_run", run.id, None, snapshot(run, FIELDS), action="start")
        ops.record(self.ctx, op, "start_run", str(run.id).encode(), run_id=run.id)
        return run

    def _setup(self, data: RunInput) -> tuple[ProductionLine, Product, ProductionLot | None]:
        if not data.line_id:
            raise DomainError(Reason.REQUIRED, field="line_id")
        if not data.product_id:
            raise DomainError(Reason.REQUIRED, field="product_id")
        try:
            line = LineRepository(self.ctx).get(data.line_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="line_id", entity="line",
                              id=data.line_id) from exc
        if not line.active:
            raise DomainError(Reason.INVALID_VALUE, field="line_id",
                              detail=f"{line.name}: inactive / 产线已停用")
        product = self._product(data.product_id)
        return line, product, self._lot(data.lot_id, product)

    def _product(self, product_id: int) -> Product:
        try:
            product = ProductRepository(self.ctx).get(product_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="product_id", entity="product",
                              id=product_id) from exc
        if not product.active:
            raise DomainError(Reason.INVALID_VALUE, field="product_id",
                              detail=f"{product.name}: inactive / 产品已停用")
        return product

    def _lot(self, lot_id: int, product: Product) -> ProductionLot | None:
        if not lot_id:
            return None
        try:
            lot = LotRepository(self.ctx).get(lot_id)
        except DomainError as exc:
            raise DomainError(Reason.NOT_FOUND, field="lot_id", entity="lot", id=lot_id) from exc
        if lot.product_id != product.id:
            raise DomainError(Reason.INVALID_VALUE, field="lot_id",
                              detail=f"lot {lot.lot_no} is of another product / "
                                     f"生产批次 {lot.lot_no} 属于其他产品")
        return lot

    def end(self, run_id: int, op: str = "") -> PackRun:
        """Close the run; an unfinished pallet stays open for the station's next run."""
        done = ops.replay(self.ctx, op, ("end_run",))
        if done is not None:
            return self.repo.get(run_id)
        run = self.repo.get(run_id, for_update=True)
        if run.status != "open":
            return run
        before = snapshot(run, FIELDS)
        items = tree.pending(self.session, self.tenant_id, run.id, "item")
        if items:
            raise DomainError(Reason.PACK_CASE_OPEN, field="run_id", count=len(items))
        cases = tree.pending(self.session, self.tenant_id, run.id, "case")
        run.status = "closed"
        run.pallet_end = "keep_open" if cases else "submitted" if self._ended_short(run) else ""
        run.ended_at = moment(None)
        self.session.flush()
        self.ctx.record("pack_run", run.id, before, snapshot(run, FIELDS), action="end")
        ops.record(self.ctx, op, "end_run", b"", run_id=run.id)
        return run

    def _ended_short(self, run: PackRun) -> bool:
        return bool(self.session.execute(text("""
            SELECT 1 FROM pack_node WHERE tenant_id = :t AND run_id = :r AND level = 'case'
            AND parent_id IN (SELECT id FROM pack_node WHERE tenant_id = :t AND short
                              AND level = 'pallet') LIMIT 1"""),
            {"t": self.tenant_id, "r": run.id}).first())

    # --- correcting a record --------------------------------------------------------------------

    def change_product(self, run_id: int, product_id: int, lot_id: int, reason: str,
                       op: str = "") -> PackRun:
        """变更产品: the run's items and cases are bound to another product and lot."""
        done = ops.replay(self.ctx, op, ("change_product",))
        if done is not None:
            return self.repo.get(run_id)
        run = self.repo.get(run_id, for_update=True)
        if run.status == "deleted":
            raise DomainError(Reason.PACK_RUN_CLOSED, field="run_id", run=run.id)
        reason = clean_text(reason, "reason", max_len=500, required=True)
        product = self._product(product_id)
        lot = self._lot(lot_id, product)
        before = snapshot(run, FIELDS)
        rows = self.session.execute(text("""
            SELECT id, batch_id, serial FROM pack_node WHERE tenant_id = :t AND (run_id = :r
                OR pending_run_id = :r AND level = 'item'
                OR id IN (SELECT parent_id FROM pack_node WHERE tenant_id = :t AND run_id = :r
                          AND level = 'item'))
            ORDER BY id FOR UPDATE"""), {"t": self.tenant_id, "r": run.id}).all()
        packer = Packer(self.ctx, self.keys)
        codes = packer.codes.at_keys([(int(b), int(s)) for _, b, s in rows])
        for code in codes:
            if code.batch.product_id and code.batch.product_id != product.id:
                packer.check_product(code, product.id, None)
        self.session.execute(text("""
            UPDATE pack_node SET product_id = :p, lot_id = :lot
            WHERE tenant_id = :t AND id = ANY(CAST(:ids AS bigint[])) AND level <> 'pallet'"""),
            {"t": self.tenant_id, "p": product.id, "lot": lot.id if lot else None,
             "ids": int_array(r[0] for r in rows)})
        packer.codes.activate([c for c in codes if c.level != "pallet"], product.id,
                              lot.id if lot else None, again=True)
        run.product_id, run.lot_id = product.id, lot.id if lot else None
        run.note = reason
        self.session.flush()
        self.ctx.record("pack_run", run.id, before, snapshot(run, FIELDS), action="change_product")
        ops.record(self.ctx, op, "change_product", b"", run_id=run.id)
        return run

    def delete(self, run_id: int, reason: str, op: str = "") -> PackRun:
        """删除: undo every aggregation the run made that is still current."""
        done = ops.replay(self.ctx, op, ("delete_run",))
        if done is not None:
            return self.repo.get(run_id)
        run = self.repo.get(run_id, for_update=True)
        if run.status == "deleted":
            return run
        reason = clean_text(reason, "reason", max_len=500, required=True)
        before = snapshot(run, FIELDS)
        packer = Packer(self.ctx, self.keys)
        when = moment(None)
        linked = self.session.execute(text("""
            SELECT parent_id, array_agg(id ORDER BY id) FROM pack_node
            WHERE tenant_id = :t AND run_id = :r AND parent_id IS NOT NULL
            GROUP BY parent_id ORDER BY parent_id"""), {"t": self.tenant_id, "r": run.id}).all()
        parents = {n.id: n for n in tree.by_ids(self.session, self.tenant_id,
                                                 [int(p) for p, _ in linked], lock=True)}
        # Pallets first: their cases become tops before the cases' items leave them.
        for parent_id, ids in sorted(linked, key=lambda r: parents[r[0]].level != "pallet"):
            parent = parents[int(parent_id)]
            tree.unlink(self.session, self.tenant_id, parent, list(ids))
            packer.event("delete", "unpacking", parent, list(ids), when, run=run, reason=reason)
        self.session.execute(text("""UPDATE pack_node SET pending_run_id = NULL
            WHERE tenant_id = :t AND pending_run_id = :r"""), {"t": self.tenant_id, "r": run.id})
        run.status, run.note, run.ended_at = "deleted", reason, run.ended_at or when
        self.session.flush()
        self.ctx.record("pack_run", run.id, before, snapshot(run, FIELDS), action="delete")
        ops.record(self.ctx, op, "delete_run", b"", run_id=run.id)
        packer.commit_events()
        return run
