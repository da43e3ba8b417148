"""Exceptional shipments (异常出库): a request to ship goods outside any order (staff welfare,
gifts, samples not returned) with a reason, approved or rejected by a holder of
exceptional.approve who is not the requester; only an approved request may ship.

Shipping is part B's: it calls `for_shipping()` to check and lock an approved request and
`mark_shipped()` when the goods have left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import snapshot, text
from server.orders.lines import LineInput, check_lines, lines_snapshot, replace_lines
from server.orders.models import EXCEPTIONAL_REASONS, ExceptionalShipment, ExceptionalShipmentLine
from server.orders.numbers import next_number
from server.orders.operations import Operations, operation_id
from server.orders.repository import ExceptionalRepository
from server.orders.sales_orders import SalesOrderService, now
from shared.pb import common_pb2

FIELDS = ("id", "request_no", "org_id", "warehouse_id", "reason", "reason_text", "status",
          "requested_by_id", "decided_by_id", "decision_comment")


@dataclass(frozen=True)
class ExceptionalInput:
    warehouse_id: int
    reason: str
    reason_text: str
    lines: Sequence[LineInput]


@dataclass(frozen=True)
class ExceptionalView:
    row: Any
    lines: list[Any] = field(default_factory=list)


class ExceptionalShipmentService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = ExceptionalRepository(ctx)
        self.operations = Operations(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        page = paginate(self.ctx.session, self.repo.listing(), query, self.repo.list_spec())
        return Page(rows=[ExceptionalView(r) for r in page.rows], info=page.info)

    def view(self, request_id: int) -> ExceptionalView:
        self.repo.get(request_id)
        row = self.ctx.session.execute(
            self.repo.listing().where(ExceptionalShipment.id == request_id)).one()
        return ExceptionalView(row, self.repo.lines(request_id))

    def create(self, data: ExceptionalInput, op: str = "") -> ExceptionalShipment:
        """A new request, or the one an earlier call with the same operation id made."""
        op = operation_id(op)
        earlier = self.operations.earlier(op, "create_exceptional")
        if earlier is not None:
            return self.repo.get(earlier.entity_id or 0)
        warehouse = SalesOrderService(self.ctx).warehouse(data.warehouse_id)
        if not data.reason:
            raise DomainError(Reason.REQUIRED, field="reason")
        if data.reason not in EXCEPTIONAL_REASONS:
            raise DomainError(Reason.INVALID_VALUE, field="reason", detail=data.reason)
        lines = check_lines(self.ctx, data.lines, "exceptional_shipment")
        request = ExceptionalShipment(
            request_no=next_number(self.ctx, "exceptional", "EX"), org_id=warehouse.org_id,
            warehouse_id=warehouse.id, reason=data.reason,
            reason_text=text(data.reason_text, "reason_text", max_len=500, required=True),
            status="requested", requested_by_id=self.ctx.user.user_id)
        self.repo.add(request, code=request.request_no, field="request_no")
        replace_lines(self.ctx, ExceptionalShipmentLine, "request_id", request.id, lines)
        self.operations.remember(op, "create_exceptional", entity_id=request.id)
        after = snapshot(request, FIELDS) | {"lines": lines_snapshot(lines)}
        self.ctx.record("exceptional_shipment", request.id, None, after, action="create")
        return request

    def _decide(self, request_id: int, status: str, comment: str) -> ExceptionalShipment:
        request = self.repo.get(request_id, for_update=True)
        user = self.ctx.user
        if request.requested_by_id == user.user_id:
            raise DomainError(Reason.EXCEPTIONAL_SELF_APPROVAL, request_no=request.request_no)
        if request.status == status and request.decided_by_id == user.user_id:
            return request  # the same decision repeated (a retry): nothing changes
        if request.status != "requested":
            raise DomainError(Reason.EXCEPTIONAL_ALREADY_DECIDED,
                              request_no=request.request_no, status=request.status)
        before = snapshot(request, FIELDS)
        request.status, request.decided_by_id, request.decided_at = status, user.user_id, now()
        request.decision_comment = text(comment, "comment", max_len=500,
                                        required=status == "rejected")
        self.repo.flush()
        self.ctx.record("exceptional_shipment", request.id, before, snapshot(request, FIELDS),
                        action="approve" if status == "approved" else "reject")
        return request

    def approve(self, request_id: int, comment: str) -> ExceptionalShipment:
        return self._decide(request_id, "approved", comment)

    def reject(self, request_id: int, comment: str) -> ExceptionalShipment:
        """Reject with a comment saying why (required)."""
        return self._decide(request_id, "rejected", comment)

    def withdraw(self, request_id: int) -> ExceptionalShipment:
        """The requester takes back an undecided request."""
        request = self.repo.get(request_id, for_update=True)
        if request.requested_by_id != self.ctx.user.user_id:
            raise DomainError(Reason.EXCEPTIONAL_NOT_REQUESTER, request_no=request.request_no)
        if request.status == "withdrawn":
            return request
        if request.status != "requested":
            raise DomainError(Reason.EXCEPTIONAL_ALREADY_DECIDED,
                              request_no=request.request_no, status=request.status)
        before = snapshot(request, FIELDS)
        request.status = "withdrawn"
        self.repo.flush()
        self.ctx.record("exceptional_shipment", request.id, before, snapshot(request, FIELDS),
                        action="withdraw")
        return request

    # for shipping (part B) ------------------------------------------------------------------

    def for_shipping(self, request_id: int) -> ExceptionalShipment:
        """The request locked for this call, if it is approved and not yet shipped;
        EXCEPTIONAL_NOT_APPROVED otherwise (requested, rejected, withdrawn or shipped)."""
        request = self.repo.get(request_id, for_update=True)
        if request.status != "approved":
            raise DomainError(Reason.EXCEPTIONAL_NOT_APPROVED, request_no=request.request_no,
                              status=request.status)
        return request

    def mark_shipped(self, request: ExceptionalShipment,
                     shipped_items: dict[int, int]) -> ExceptionalShipment:
        """Record what left (items per line id) and move the request to shipped; the caller
        got `request` from for_shipping() in the same call."""
        before = snapshot(request, FIELDS)
        for line in self.ctx.session.query(ExceptionalShipmentLine).filter(
                ExceptionalShipmentLine.request_id == request.id):
            line.shipped_items = shipped_items.get(line.id, 0)
        request.status, request.shipped_at = "shipped", now()
        self.repo.flush()
        self.ctx.record("exceptional_shipment", request.id, before, snapshot(request, FIELDS),
                        action="ship")
        return request
