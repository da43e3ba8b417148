"""Reading a scanned code in the channel: the code (any printed form), its node in the packing
tree, its top and the top's holding. Any code of the tenant is read: in the channel, what a
caller may do with a code depends on who holds it, not on which organisation issued the batch
(a dealer never issued anything). Messages say where a code is in both languages, naming the
holder only when the caller's subtree holds it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from server.catalog.models import Product
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.lookup import Locator, shown
from server.codes.models import CodeBatch
from server.core import prepared
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, both
from server.packing.codestate import Code, Codes
from server.packing.tree import Node
from server.production.models import ProductionLot
from server.stock import holdings
from server.stock.holdings import Content, Holding

NODE_COLUMNS = ("id, batch_id, serial, level, parent_id, root_id, pending_run_id, run_id, "
                "product_id, lot_id, child_count, fuzzy, short, virtual, packed_at")
_OF = prepared.Prepared("yima_stock_of", f"""
    SELECT {", ".join("n." + c.strip() for c in NODE_COLUMNS.split(","))},
           {", ".join("t." + c.strip() for c in NODE_COLUMNS.split(","))},
           {holdings.HOLDING_COLUMNS}
    FROM pack_node n
    LEFT JOIN pack_node t ON t.id = n.root_id
    LEFT JOIN stock_holding h ON h.tenant_id = n.tenant_id
         AND h.node_id = coalesce(n.root_id, n.id)
    {holdings.HOLDING_JOINS}
    WHERE n.tenant_id = :t AND n.batch_id = :b AND n.serial = :s""",
    {"t": "bigint", "b": "bigint", "s": "bigint"})


_BATCH = [c.name for c in CodeBatch.__table__.columns]
# A scanned code in one statement: the batch holding the first candidate that any batch
# holds, the code's state (as codes.lookup and packing's codestate read it), its node, top and
# the top's holding.
_READ = prepared.Prepared("yima_stock_read", f"""
WITH c AS (
    SELECT * FROM unnest(CAST(:spaces AS text[]), CAST(:seqs AS bigint[]),
                         CAST(:gtins AS text[])) WITH ORDINALITY AS c(space, seq, gtin, ord)),
hit AS (
    SELECT b.*, c.seq - b.seq_start + 1 AS hit_serial FROM c
    CROSS JOIN LATERAL (
        SELECT * FROM code_batch
        WHERE tenant_id = :t AND space = c.space AND seq_start <= c.seq
        ORDER BY seq_start DESC LIMIT 1) b
    WHERE c.seq < b.seq_start + b.count AND (c.gtin = '' OR b.gtin = c.gtin)
    ORDER BY c.ord LIMIT 1)
SELECT {", ".join("hit." + c for c in _BATCH)}, hit.hit_serial,
       st.void_event_id IS NOT NULL OR st.unit_void IS NOT NULL, ae.id IS NOT NULL,
       ae.product_id, ae.lot_id,
       {", ".join("n." + c.strip() for c in NODE_COLUMNS.split(","))},
       {", ".join("t." + c.strip() for c in NODE_COLUMNS.split(","))},
       {holdings.HOLDING_COLUMNS}
FROM hit
CROSS JOIN LATERAL (
    SELECT r.void_event_id, u.void_event_id AS unit_void,
           CASE WHEN u.activate_event_id > r.activate_event_id OR r.activate_event_id IS NULL
                THEN u.activate_event_id ELSE r.activate_event_id END AS activate_event_id
    FROM (SELECT * FROM code_range
          WHERE tenant_id = :t AND batch_id = hit.id AND first_serial <= hit.hit_serial
          ORDER BY first_serial DESC LIMIT 1) r
    LEFT JOIN code_unit u
           ON u.tenant_id = :t AND u.batch_id = hit.id AND u.serial = hit.hit_serial) st
LEFT JOIN code_event ae ON ae.id = st.activate_event_id
LEFT JOIN pack_node n ON n.tenant_id = :t AND n.batch_id = hit.id AND n.serial = hit.hit_serial
LEFT JOIN pack_node t ON t.id = n.root_id
LEFT JOIN stock_holding h ON h.tenant_id = :t AND h.node_id = coalesce(n.root_id, n.id)
{holdings.HOLDING_JOINS}""", {"t": "bigint", "spaces": "text[]", "seqs": "bigint[]",
                              "gtins": "text[]"})


class TenantLocator(Locator):
    """A locator for which every code of the tenant is visible."""

    def _visible(self, batch: CodeBatch, serial: int) -> bool:
        return True


@dataclass
class Scanned:
    """A code as the channel sees it. `top` is the node holdings are keyed by (the node itself
    when nothing holds it), `holding` that top's holding when it is in stock or beyond."""

    code: Code
    node: Node | None
    top: Node | None
    holding: Holding | None

    @property
    def level(self) -> str:
        return self.code.level

    @property
    def is_top(self) -> bool:
        return self.node is not None and self.top is not None and self.node.id == self.top.id


class Reader:
    """Codes, nodes, holdings and names for one call."""

    def __init__(self, ctx: CallContext, keys: KeyStore) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.tenant_id = ctx.tenant_id
        self.codes = Codes(ctx, keys)
        locator = TenantLocator(ctx, keys)
        locator.repo = self.codes.locator.repo
        self.codes.locator = locator
        self._names: dict[tuple[str, int], str] = {}
        self._batches: dict[int, CodeBatch] = {}

    def scan(self, raw: str) -> Scanned:
        """The code behind scanned text with its node, top and holding: one statement after
        the decoding (CODE_MALFORMED / CODE_UNKNOWN as the codes area says)."""
        locator = self.codes.locator
        spaces, seqs, gtins = [], [], []
        for candidate in locator.candidates(raw):
            seq = locator._seq(candidate)
            if seq is not None:
                spaces.append(candidate.space.key)
                seqs.append(seq)
                gtins.append(candidate.gtin)
        rows = prepared.run(self.session, _READ, {"t": self.tenant_id, "spaces": spaces,
                                                  "seqs": seqs, "gtins": gtins}) if seqs else []
        if not rows:
            raise DomainError(Reason.CODE_UNKNOWN, field="code", code=shown(raw))
        row = rows[0]
        width = len(_BATCH)
        batch = self._batches.setdefault(int(row[0]), CodeBatch(**dict(zip(
            _BATCH, row[:width], strict=True))))
        serial, voided, activated, product, lot = row[width:width + 5]
        code = Code(raw=raw, batch=batch, serial=int(serial), voided=bool(voided),
                    activated=bool(activated),
                    product_id=product if activated else batch.product_id,
                    lot_id=lot if activated else None, owner=self.codes)
        return self._scanned(code, row[width + 5:])

    def of(self, code: Code) -> Scanned:
        """The code's node, top and holding: one prepared statement."""
        self._batches.setdefault(code.batch.id, code.batch)
        rows = prepared.run(self.session, _OF, {"t": self.tenant_id, "b": code.batch.id,
                                                "s": code.serial})
        if not rows:
            return Scanned(code, None, None, None)
        return self._scanned(code, rows[0])

    def _scanned(self, code: Code, row: Any) -> Scanned:
        """From node, top and holding columns (NODE_COLUMNS twice, then holding's)."""
        if row[0] is None:
            return Scanned(code, None, None, None)
        node = Node(*row[:15])
        top = Node(*row[15:30]) if row[15] is not None else node
        held = holdings.from_row(row[30:], self._names) if row[30] is not None else None
        return Scanned(code, node, top, held)

    def contents(self, scanned: Scanned) -> list[Content]:
        """What the scanned node holds: its holding's contents for a top, else counted."""
        if scanned.node is None:
            return []
        if scanned.is_top and scanned.holding is not None:
            return scanned.holding.contents
        return holdings.count(self.session, self.tenant_id, [scanned.node.id])[scanned.node.id]

    def batch(self, batch_id: int) -> CodeBatch:
        found = self._batches.get(batch_id)
        if found is None:
            found = self.session.execute(select(CodeBatch).where(
                CodeBatch.tenant_id == self.tenant_id, CodeBatch.id == batch_id)).scalar_one()
            self._batches[batch_id] = found
        return found

    def printed_at(self, space: str, seq_start: int, serial: int) -> str:
        """A code as printed, from its batch's space and first sequence number."""
        codec = self.codes.keys.codec(self.session, self.tenant_id, Space.parse(space))
        return codec.encode(seq_start + serial - 1)

    def printed(self, node: Node) -> str:
        """A node's code as printed."""
        return self.codes.printed(self.batch(node.batch_id), node.serial)

    # --- names ----------------------------------------------------------------------------------

    def product_name(self, product_id: int | None) -> str:
        return self._name("product", product_id, Product, Product.name)

    def lot_no(self, lot_id: int | None) -> str:
        return self._name("lot", lot_id, ProductionLot, ProductionLot.lot_no)

    def _name(self, kind: str, id_: int | None, model: Any, column: Any) -> str:
        if not id_:
            return ""
        key = (kind, id_)
        if key not in self._names:
            self._names[key] = self.session.execute(select(column).where(
                model.tenant_id == self.tenant_id, model.id == id_)).scalar_one_or_none() or ""
        return self._names[key]

    def recall_no(self, recall_id: int | None) -> str:
        from server.flow.models import Recall

        return self._name("recall", recall_id, Recall, Recall.recall_no)

    def what(self, contents: list[Content]) -> str:
        """"product name" of contents holding one product, else "" (several)."""
        products = {c.product_id for c in contents}
        return self.product_name(next(iter(products))) if len(products) == 1 else ""

    # --- where a code is, in words --------------------------------------------------------------

    def in_scope(self, holding: Holding) -> bool:
        return holding.org_path.startswith(self.ctx.user.org_path)

    def where(self, scanned: Scanned) -> str:
        """Where the records say the code is (both languages; names only within scope)."""
        h = scanned.holding
        if h is None:
            if scanned.node is None or scanned.node.pending_run_id is not None:
                return both("尚未装箱入库", "not packed and received yet")
            return both("尚未入库", "not received into any warehouse yet")
        named = self.in_scope(h)
        place = " ".join(x for x in (h.org_name, h.warehouse_name, h.location_code) if x)
        if h.state == "in_stock":
            return both(f"在“{place}”的库存中", f"in stock at \"{place}\"") if named \
                else both("在其他组织的库存中", "in another organisation's stock")
        if h.state == "in_transit":
            return both(f"已随发货单 {h.shipment_no} 发出，在途", f"on its way with shipment "
                        f"{h.shipment_no}") if named else both("在途", "in transit")
        if h.state == "sold":
            return both(f"已由“{h.org_name}”售出", f"sold by \"{h.org_name}\"") if named \
                else both("已售出", "sold")
        return both("已异常出库", "gone through an exceptional shipment")
