"""跟踪查询: everything that happened to a code — issued, allocated, activated, packed into which
case and pallet (and taken out), received, moved, shipped from whom to whom, received, sold,
exchanged, recalled, scanned by consumers — with who and where, in time order; its containers,
contents and holder now; its lot's upstream record.

The code's moves are its carriers' (flow.carriers): a bottle inherits its case's and pallet's
steps while it was in them. Steps in the channel outside the caller's subtree are counted, not
shown (a dealer sees the factory's shipment to it and everything below it, never a sibling's
business); facts about the code itself (issue, packing) are shown to every holder of flow.read.
Consumer scans need scan.read (the brand's data)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text

from server.codes import ranges
from server.codes.keys import KeyStore
from server.core.context import CallContext
from server.core.convert import ts
from server.flow import carriers, lots
from server.packing import tree
from server.scans.regions import Place, divisions
from server.stock.convert import state
from server.stock.reading import Reader, Scanned
from server.stock.units import LEVEL
from shared.pb import flow_pb2, stock_pb2

F = flow_pb2
MAX_CHILDREN = 200
MAX_SCANS = 50
KIND = {"receipt": F.TRACE_KIND_RECEIPT, "move": F.TRACE_KIND_MOVE, "ship": F.TRACE_KIND_SHIP,
        "receive": F.TRACE_KIND_RECEIVE, "sell": F.TRACE_KIND_SELL,
        "exceptional": F.TRACE_KIND_EXCEPTIONAL, "exchange_in": F.TRACE_KIND_EXCHANGE_IN,
        "exchange_out": F.TRACE_KIND_EXCHANGE_OUT}

_MOVES = text(f"""
    WITH c AS ({carriers.carriers(":t", ":node")})
    SELECT m.kind, m.at, c.node, pn.batch_id, pn.serial, pn.level,
           coalesce(u.display_name, u.username, ''), coalesce(ao.name, ''),
           concat_ws(' · ', fo.name, fw.name, fl.code),
           concat_ws(' · ', tor.name, tw.name, tl.code),
           coalesce(tor.region_code, ''), coalesce(s.shipment_no, r.receipt_no, ''), m.reason,
           m.salesperson, s.vehicle, s.driver,
           coalesce(fo.path LIKE :path, false) OR coalesce(tor.path LIKE :path, false)
               OR coalesce(ao.path LIKE :path, false)
    FROM c JOIN stock_move m ON m.tenant_id = :t AND m.node_id = c.node
         AND m.at >= c.t_from AND m.at < c.t_until
    JOIN pack_node pn ON pn.id = m.node_id
    LEFT JOIN app_user u ON u.id = m.user_id
    LEFT JOIN organisation ao ON ao.id = m.org_id
    LEFT JOIN organisation fo ON fo.id = m.from_org_id
    LEFT JOIN warehouse fw ON fw.id = m.from_warehouse_id
    LEFT JOIN warehouse_location fl ON fl.id = m.from_location_id
    LEFT JOIN organisation tor ON tor.id = m.to_org_id
    LEFT JOIN warehouse tw ON tw.id = m.to_warehouse_id
    LEFT JOIN warehouse_location tl ON tl.id = m.to_location_id
    LEFT JOIN shipment s ON s.id = m.shipment_id
    LEFT JOIN goods_receipt r ON r.id = m.receipt_id
    ORDER BY m.at, m.id""")
_EVENTS = text(f"""
    WITH c AS ({carriers.carriers(":t", ":node")})
    SELECT e.action, e.biz_step, e.event_time, e.parent_id, c.node,
           cardinality(e.child_ids), coalesce(o.name, ''), coalesce(ln.name, ''), e.station,
           coalesce(u.display_name, u.username, ''), e.reason
    FROM c JOIN pack_event e ON e.tenant_id = :t AND c.depth < 2
         AND e.child_ids @> ARRAY[c.node] AND e.event_time >= c.t_from
         AND e.event_time <= c.t_until
    LEFT JOIN organisation o ON o.id = e.org_id
    LEFT JOIN production_line ln ON ln.id = e.line_id
    LEFT JOIN app_user u ON u.id = e.user_id
    UNION ALL
    SELECT e.action, e.biz_step, e.event_time, e.parent_id, NULL, cardinality(e.child_ids),
           coalesce(o.name, ''), coalesce(ln.name, ''), e.station,
           coalesce(u.display_name, u.username, ''), e.reason
    FROM pack_event e
    LEFT JOIN organisation o ON o.id = e.org_id
    LEFT JOIN production_line ln ON ln.id = e.line_id
    LEFT JOIN app_user u ON u.id = e.user_id
    WHERE e.tenant_id = :t AND e.parent_id = :node""")
_CODE = text(f"""
    SELECT b.created_at, b.batch_no, bo.name, ae.created_at, ao.name, act.created_at,
           coalesce(acto.name, ''), ve.created_at, coalesce(ve.reason, '')
    FROM ({ranges.POINT}) p
    JOIN code_batch b ON b.id = :b
    LEFT JOIN organisation bo ON bo.id = b.owner_org_id
    LEFT JOIN code_event ae ON ae.id = p.allocate_event_id
    LEFT JOIN organisation ao ON ao.id = p.allocated_org_id
    LEFT JOIN code_event act ON act.id = p.activate_event_id
    LEFT JOIN organisation acto ON acto.id = act.org_id
    LEFT JOIN code_event ve ON ve.id = p.void_event_id""")
_SCANS = text("""SELECT at, verdict, result, province_code, city_code, district_code
    FROM scan WHERE tenant_id = :t AND batch_id = :b AND serial = :s
    ORDER BY id DESC LIMIT :n""")
_RECALLS = text("""SELECT r.recall_no, r.reason, r.created_at FROM recall_lot rl
    JOIN recall r ON r.id = rl.recall_id
    WHERE rl.tenant_id = :t AND rl.lot_id = :lot ORDER BY r.id""")


class TraceService:
    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.reader = Reader(ctx, keys)
        self._codes: dict[int, str] = {}

    def trace(self, raw: str) -> flow_pb2.CodeTrace:
        scanned = self.reader.scan(raw)
        code = scanned.code
        out = F.CodeTrace(code=code.printed, level=LEVEL[code.level])  # type: ignore[arg-type]
        entries: list[tuple[datetime, int, flow_pb2.TraceEntry]] = []
        out.state = self._code_facts(scanned, entries)
        out.product_id = code.product_id or 0
        out.product_name = self.reader.product_name(code.product_id)
        out.lot_id, out.lot_no = code.lot_id or 0, self.reader.lot_no(code.lot_id)
        node = scanned.node
        if node is not None:
            self._containers(out, scanned)
            self._packing(node.id, entries)
            out.hidden_steps = self._moves(node.id, entries)
        if code.lot_id:
            out.lot.CopyFrom(lots.lot_info(self.ctx, code.lot_id))
            for number, reason, at in self.session.execute(
                    _RECALLS, {"t": self.ctx.tenant_id, "lot": code.lot_id}).all():
                entries.append((at, 9, F.TraceEntry(kind=F.TRACE_KIND_RECALLED, at=ts(at),
                                                    document_no=number, detail=reason)))
        if self.ctx.user.can("scan.read"):
            self._scans(scanned, entries)
        out.timeline.extend(e for _, _, e in sorted(entries, key=lambda x: (x[0], x[1])))
        return out

    def _code_of(self, batch_id: int, serial: int) -> str:
        return self.reader.codes.printed(self.reader.batch(batch_id), serial)

    def _node_code(self, node_id: int) -> str:
        if node_id not in self._codes:
            node = tree.by_ids(self.session, self.ctx.tenant_id, [node_id])[0]
            self._codes[node_id] = self.reader.printed(node)
        return self._codes[node_id]

    def _code_facts(self, scanned: Scanned, entries: list[Any]) -> str:
        code = scanned.code
        row = self.session.execute(_CODE, {"t": self.ctx.tenant_id, "b": code.batch.id,
                                           "s": code.serial}).one()
        issued, batch_no, issuer, allocated, alloc_org, activated, act_org, voided, why = row
        entries.append((issued, 0, F.TraceEntry(kind=F.TRACE_KIND_ISSUED, at=ts(issued),
                                                org_name=issuer or "", document_no=batch_no)))
        if allocated is not None:
            entries.append((allocated, 1, F.TraceEntry(kind=F.TRACE_KIND_ALLOCATED,
                                                       at=ts(allocated), to_name=alloc_org or "")))
        if activated is not None:
            entries.append((activated, 2, F.TraceEntry(kind=F.TRACE_KIND_ACTIVATED,
                                                       at=ts(activated), org_name=act_org)))
        if voided is not None:
            entries.append((voided, 3, F.TraceEntry(kind=F.TRACE_KIND_VOIDED, at=ts(voided),
                                                    detail=why)))
        return "voided" if voided else "activated" if activated else \
            "allocated" if allocated else "issued"

    def _containers(self, out: flow_pb2.CodeTrace, scanned: Scanned) -> None:
        node = scanned.node
        assert node is not None
        if node.parent_id:
            out.parent_code = self._node_code(node.parent_id)
        if node.root_id:
            out.root_code = self._node_code(node.root_id)
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
                code=self._node_code(held.node_id), level=LEVEL[held.level],  # type: ignore[arg-type]
                state=state(held.state), org_id=held.org_id if visible else 0,
                org_name=held.org_name if visible else "",
                warehouse_name=held.warehouse_name if visible else "",
                location_code=held.location_code if visible else "",
                shipment_no=held.shipment_no if visible else "", items=held.items,
                cases=held.cases, damaged=held.condition == "damaged",
                recalled=held.recall_id is not None, out_reason=held.out_reason,
                since=ts(held.since) if visible else None, node_id=held.node_id))

    def _packing(self, node_id: int, entries: list[Any]) -> None:
        for (action, step, at, parent, carrier, count, org, line, station, user,
             reason) in self.session.execute(_EVENTS, {"t": self.ctx.tenant_id,
                                                       "node": node_id}).all():
            kind = F.TRACE_KIND_PACKED if action == "add" else F.TRACE_KIND_UNPACKED
            place = " · ".join(x for x in (line, station) if x)
            if carrier is None:  # the code is the container
                detail = f"{count}"
                entries.append((at, 4, F.TraceEntry(kind=kind, at=ts(at), org_name=org,
                                                    user_name=user, detail=detail,
                                                    from_name=place, document_no=step)))
                continue
            entries.append((at, 4, F.TraceEntry(
                kind=kind, at=ts(at), via_code=self._node_code(carrier) if carrier != node_id
                else "", to_name=self._node_code(parent), org_name=org, user_name=user,
                from_name=place, detail=reason, document_no=step)))

    def _moves(self, node_id: int, entries: list[Any]) -> int:
        hidden = 0
        for (kind, at, carrier, batch_id, serial, level, user, actor, src, dst, region, doc,
             reason, salesperson, vehicle, driver, visible) in self.session.execute(
                _MOVES, {"t": self.ctx.tenant_id, "node": node_id,
                         "path": self.ctx.user.org_path + "%"}).all():
            if not visible:
                hidden += 1
                continue
            detail = " · ".join(x for x in (reason, salesperson, vehicle, driver) if x)
            entries.append((at, 5, F.TraceEntry(
                kind=KIND[kind], at=ts(at),
                via_code=self._code_of(batch_id, serial) if carrier != node_id else "",
                via_level=LEVEL[level], org_name=actor, user_name=user,  # type: ignore[arg-type]
                from_name=src, to_name=dst, to_region=region, document_no=doc,
                detail=detail)))
        return hidden

    def _scans(self, scanned: Scanned, entries: list[Any]) -> None:
        div = divisions()
        code = scanned.code
        for at, verdict, result, province, city, district in self.session.execute(
                _SCANS, {"t": self.ctx.tenant_id, "b": code.batch.id, "s": code.serial,
                         "n": MAX_SCANS}).all():
            place = Place(province or "", city or "", district or "")
            entries.append((at, 8, F.TraceEntry(
                kind=F.TRACE_KIND_SCAN, at=ts(at), detail=f"{result} · {verdict}",
                place=div.name(place, "zh") if place.known else "")))
