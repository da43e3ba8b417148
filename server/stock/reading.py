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
from server.codes.keys import KeyStore
from server.codes.lookup import Locator
from server.codes.models import CodeBatch
from server.core.context import CallContext
from server.core.errors import both
from server.packing import tree
from server.packing.codestate import Code, Codes
from server.packing.tree import Node
from server.production.models import ProductionLot
from server.stock import holdings
from server.stock.holdings import Content, Holding


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

    def scan(self, raw: str, *, lock: bool = False) -> Scanned:
        code = self.codes.one(raw)
        return self.of(code, lock=lock)

    def of(self, code: Code, *, lock: bool = False) -> Scanned:
        node = tree.by_keys(self.session, self.tenant_id, [code.key], lock=lock).get(code.key)
        top = node
        if node is not None and node.root_id is not None:
            top = tree.by_ids(self.session, self.tenant_id, [node.root_id])[0]
        held = holdings.read(self.session, self.tenant_id, [top.id]) if top else {}
        return Scanned(code, node, top, held.get(top.id) if top else None)

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
