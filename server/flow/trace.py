"""跟踪查询: everything that happened to a code — issued, allocated, activated, packed into which
case and pallet (and taken out), received, moved, shipped from whom to whom, received, sold,
exchanged, recalled, scanned by consumers — with who and where, in time order; its containers,
contents and holder now; its lot's upstream record.

The code's moves are its carriers' (flow.carriers): a bottle inherits its case's and pallet's
steps while it was in them. Steps in the channel outside the caller's subtree are counted, not
shown (a dealer sees the factory's shipment to it and everything below it, never a sibling's
business); facts about the code itself (issue, packing) are shown to every holder of flow.read.
Consumer scans need scan.read (the brand's data). All of it is one prepared statement
(trace_sql) after the code's reading."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.core import prepared
from server.core.context import CallContext
from server.core.convert import ts
from server.flow import trace_sql
from server.flow.lots import lot_from_row, region_name
from server.packing import tree
from server.scans.regions import Place, divisions
from server.stock.convert import state
from server.stock.reading import Reader, Scanned
from server.stock.units import LEVEL
from shared.pb import flow_pb2, stock_pb2

F = flow_pb2
MAX_CHILDREN = 200
KIND = {"receipt": F.TRACE_KIND_RECEIPT, "move": F.TRACE_KIND_MOVE, "ship": F.TRACE_KIND_SHIP,
        "receive": F.TRACE_KIND_RECEIVE, "sell": F.TRACE_KIND_SELL,
        "exceptional": F.TRACE_KIND_EXCEPTIONAL, "exchange_in": F.TRACE_KIND_EXCHANGE_IN,
        "exchange_out": F.TRACE_KIND_EXCHANGE_OUT}
Entry = tuple[float, int, flow_pb2.TraceEntry]


def _ts(epoch: float | None) -> Any:
    return ts(datetime.fromtimestamp(float(epoch), UTC)) if epoch is not None else None


class TraceService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.reader = Reader(ctx, keys)

    def trace(self, raw: str) -> flow_pb2.CodeTrace:
        scanned = self.reader.scan(raw)
        code, node = scanned.code, scanned.node
        out = F.CodeTrace(code=code.printed, level=LEVEL[code.level])  # type: ignore[arg-type]
        out.product_id, out.lot_id = code.product_id or 0, code.lot_id or 0
        moves, events, facts, recalls, scans = prepared.run(self.session, trace_sql.TRACE, {
            "t": self.ctx.tenant_id, "node": node.id if node else None,
            "path": self.ctx.user.org_path + "%", "batch": code.batch.id,
            "serial": code.serial, "lot": code.lot_id, "scans": self.ctx.user.can("scan.read"),
        })[0]
        self._load_batches(moves, events)
        entries: list[Entry] = []
        out.state = self._facts(facts, entries)
        if node is not None:
            self._containers(out, scanned)
            self._packing(node.id, events or [], entries)
            out.hidden_steps = self._moves(node.id, moves or [], entries)
        if code.lot_id:
            rows = prepared.run(self.session, trace_sql.LOT, {"t": self.ctx.tenant_id,
                                                              "lot": code.lot_id})
            if rows:
                out.lot.CopyFrom(lot_from_row(rows[0]))
                out.product_name, out.lot_no = out.lot.product_name, out.lot.lot_no
        if not out.product_name:
            out.product_name = self.reader.product_name(code.product_id)
        for number, reason, at in recalls or []:
            entries.append((at, 9, F.TraceEntry(kind=F.TRACE_KIND_RECALLED, at=_ts(at),
                                                document_no=number, detail=reason)))
        self._scans(scans or [], entries)
        out.timeline.extend(e for _, _, e in sorted(entries, key=lambda x: (x[0], x[1])))
        return out

    def _load_batches(self, moves: Any, events: Any) -> None:
        """Every batch the answer prints codes of, in one statement."""
        wanted = {int(m[3]) for m in moves or []}
        wanted |= {int(e[i]) for e in events or [] for i in (11, 13) if e[i] is not None}
        wanted -= set(self.reader._batches)
        if wanted:
            for batch in self.session.execute(select(CodeBatch).where(
                    CodeBatch.tenant_id == self.ctx.tenant_id,
                    CodeBatch.id.in_(wanted))).scalars():
                self.reader._batches[batch.id] = batch

    def _code(self, batch_id: int | None, serial: int | None) -> str:
        if batch_id is None or serial is None:
            return ""
        return self.reader.codes.printed(self.reader.batch(int(batch_id)), int(serial))

    def _facts(self, facts: Any, entries: list[Entry]) -> str:
        issued, batch_no, issuer, allocated, alloc_org, activated, act_org, voided, why = facts
        entries.append((issued, 0, F.TraceEntry(kind=F.TRACE_KIND_ISSUED, at=_ts(issued),
                                                org_name=issuer or "", document_no=batch_no)))
        if allocated is not None:
            entries.append((allocated, 1, F.TraceEntry(
                kind=F.TRACE_KIND_ALLOCATED, at=_ts(allocated), to_name=alloc_org or "")))
        if activated is not None:
            entries.append((activated, 2, F.TraceEntry(
                kind=F.TRACE_KIND_ACTIVATED, at=_ts(activated), org_name=act_org)))
        if voided is not None:
            entries.append((voided, 3, F.TraceEntry(kind=F.TRACE_KIND_VOIDED, at=_ts(voided),
                                                    detail=why)))
        return "voided" if voided else "activated" if activated else \
            "allocated" if allocated else "issued"

    def _containers(self, out: flow_pb2.CodeTrace, scanned: Scanned) -> None:
        node, top = scanned.node, scanned.top
        assert node is not None and top is not None
        if node.parent_id:
            parent = top if node.parent_id == top.id else \
                tree.by_ids(self.session, self.ctx.tenant_id, [node.parent_id])[0]
            out.parent_code = self.reader.printed(parent)
        if node.root_id:
            out.root_code = self.reader.printed(top)
        if node.level != "item":
            contents = self.reader.contents(scanned)
            out.items = sum(c.items for c in contents)
            out.cases = sum(c.cases for c in contents) - (1 if node.level == "case" else 0)
            kids = tree.children(self.session, self.ctx.tenant_id, node.id)[:MAX_CHILDREN]
            out.children.extend(self.reader.printed(k) for k in kids)
        held = scanned.holding
        if held is not None:
            visible = self.reader.in_scope(held)
            out.holder.CopyFrom(stock_pb2.Holding(
                code=self.reader.printed(top), level=LEVEL[held.level],  # type: ignore[arg-type]
                state=state(held.state), org_id=held.org_id if visible else 0,
                org_name=held.org_name if visible else "",
                warehouse_name=held.warehouse_name if visible else "",
                location_code=held.location_code if visible else "",
                shipment_no=held.shipment_no if visible else "", items=held.items,
                cases=held.cases, damaged=held.condition == "damaged",
                recalled=held.recall_id is not None, out_reason=held.out_reason,
                since=ts(held.since) if visible else None, node_id=held.node_id))

    def _packing(self, node_id: int, events: list[Any], entries: list[Entry]) -> None:
        for (action, step, at, _parent, carrier, count, org, line, station, user, reason,
             p_batch, p_serial, c_batch, c_serial, c_level) in events:
            kind = F.TRACE_KIND_PACKED if action == "add" else F.TRACE_KIND_UNPACKED
            place = " · ".join(x for x in (line, station) if x)
            if carrier is None:  # the code is the container
                entries.append((at, 4, F.TraceEntry(kind=kind, at=_ts(at), org_name=org,
                                                    user_name=user, detail=str(count),
                                                    from_name=place, document_no=step)))
                continue
            entries.append((at, 4, F.TraceEntry(
                kind=kind, at=_ts(at),
                via_code=self._code(c_batch, c_serial) if carrier != node_id else "",
                via_level=LEVEL.get(c_level, 0) if carrier != node_id else 0,  # type: ignore[arg-type]
                to_name=self._code(p_batch, p_serial), org_name=org, user_name=user,
                from_name=place, detail=reason, document_no=step)))

    def _moves(self, node_id: int, moves: list[Any], entries: list[Entry]) -> int:
        hidden = 0
        for (kind, at, carrier, batch_id, serial, level, user, actor, src, dst, region, doc,
             reason, salesperson, vehicle, driver, visible) in moves:
            if not visible:
                hidden += 1
                continue
            detail = " · ".join(x for x in (reason, salesperson, vehicle, driver) if x)
            entries.append((at, 5, F.TraceEntry(
                kind=KIND[kind], at=_ts(at),
                via_code=self._code(batch_id, serial) if carrier != node_id else "",
                via_level=LEVEL[level], org_name=actor, user_name=user,  # type: ignore[arg-type]
                from_name=src, to_name=dst, to_region=region, document_no=doc,
                detail=detail, to_region_name=region_name(region))))
        return hidden

    def _scans(self, scans: list[Any], entries: list[Entry]) -> None:
        if not scans:
            return
        div = divisions()
        for at, verdict, result, province, city, district in scans:
            place = Place(province or "", city or "", district or "")
            entries.append((at, 8, F.TraceEntry(
                kind=F.TRACE_KIND_SCAN, at=_ts(at), detail=f"{result} · {verdict}",
                place=div.name(place, "zh") if place.known else "")))
