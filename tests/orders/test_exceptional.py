"""Exceptional shipments: requested with a reason, approved or rejected by a holder of the
approver permission who is not the requester, within scope; audited; and blocked for shipping
until approved (the functions part B's shipping calls)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.core.errors import DomainError
from server.orders.exceptional import ExceptionalShipmentService
from shared.pb import common_pb2, orders_pb2
from tests.catalog.helpers import audit_rows, query, refused
from tests.orders.helpers import CASE, O, World, build_world, line, service_context
from tests.support.tenants import TenantFixture

REQUEST = ["exceptional.read", "exceptional.request", "warehouse.read", "product.read"]
APPROVE = ["exceptional.read", "exceptional.approve"]


@pytest.fixture
def world(tenant: TenantFixture) -> World:
    return build_world(tenant)


def request(conn: Connection, warehouse_id: int, product_id: int, op: str = "",
            reason: int = O.EXCEPTIONAL_REASON_STAFF_WELFARE,
            text: str = "中秋员工福利") -> orders_pb2.ExceptionalShipment:
    shipment = O.ExceptionalShipment(warehouse_id=warehouse_id, reason=reason,  # type: ignore[arg-type]
                                     reason_text=text, lines=[line(product_id, 5, CASE)])
    return conn.call(conn.exceptional.CreateExceptionalShipment,
                     O.CreateExceptionalShipmentRequest(operation_id=op, shipment=shipment))


def decide(conn: Connection, request_id: int, approve: bool = True,
           comment: str = "") -> orders_pb2.ExceptionalShipment:
    method = conn.exceptional.ApproveExceptionalShipment if approve else \
        conn.exceptional.RejectExceptionalShipment
    return conn.call(method, O.DecideExceptionalShipmentRequest(id=request_id, comment=comment))


def test_request_and_approval(world: World, tenant: TenantFixture) -> None:
    keeper = tenant.user_with("keeper", REQUEST, world.factory_wh_org)
    boss = tenant.user_with("boss", APPROVE, world.factory)
    made = request(keeper, world.factory_wh, world.oil, op="ex-1")
    assert request(keeper, world.factory_wh, world.oil, op="ex-1").id == made.id  # a retry
    assert made.request_no.startswith("EX") and made.status == O.EXCEPTIONAL_STATUS_REQUESTED
    assert (made.requested_by, made.org_name, made.total_items, made.lines[0].quantity_items) \
        == ("keeper", "一厂成品仓", 20, 20)
    queue = boss.call(boss.exceptional.ListExceptionalShipments, query(
        filters=[("status", "EQ", "requested")]))
    assert [x.id for x in queue.items] == [made.id]
    approved = decide(boss, made.id, comment="同意")
    assert (approved.status, approved.decided_by, approved.decision_comment) == (
        O.EXCEPTIONAL_STATUS_APPROVED, "boss", "同意")
    assert decide(boss, made.id).decided_at == approved.decided_at  # repeated: unchanged
    err = refused(decide, boss, made.id, approve=False, comment="改主意")
    assert err.reason == "EXCEPTIONAL_ALREADY_DECIDED" and "已批准" in err.message_zh
    row = audit_rows(world.conn, "exceptional_shipment", made.id, "approve")[0]
    assert (row["username"], row["before"]["status"], row["after"]["status"]) == (
        "boss", "requested", "approved")


def test_the_requester_and_non_approvers_cannot_approve(world: World,
                                                        tenant: TenantFixture) -> None:
    both = tenant.user_with("both", [*REQUEST, "exceptional.approve"], world.factory)
    keeper = tenant.user_with("keeper", REQUEST, world.factory_wh_org)
    sibling_boss = tenant.user_with("sib", APPROVE, world.sibling)
    mine = request(both, world.factory_wh, world.oil)
    err = refused(decide, both, mine.id)
    assert (err.reason, err.message_zh.count(mine.request_no)) == ("EXCEPTIONAL_SELF_APPROVAL", 1)
    assert refused(decide, both, mine.id, approve=False, comment="x").reason == \
        "EXCEPTIONAL_SELF_APPROVAL"
    assert refused(decide, keeper, mine.id).reason == "PERMISSION_DENIED"
    assert refused(decide, sibling_boss, mine.id).reason == "NOT_FOUND"  # not its warehouse
    got = world.conn.call(world.conn.exceptional.GetExceptionalShipment,
                          common_pb2.IdRequest(id=mine.id))
    assert got.status == O.EXCEPTIONAL_STATUS_REQUESTED
    assert decide(world.conn, mine.id).status == O.EXCEPTIONAL_STATUS_APPROVED  # the admin


def test_reject_needs_a_comment_and_withdraw_is_the_requesters(world: World,
                                                              tenant: TenantFixture) -> None:
    keeper = tenant.user_with("keeper", REQUEST, world.factory_wh_org)
    other = tenant.user_with("other", REQUEST, world.factory_wh_org)
    made = request(keeper, world.factory_wh, world.oil, reason=O.EXCEPTIONAL_REASON_SAMPLE,
                   text="质检抽样不归还")
    err = refused(decide, world.conn, made.id, approve=False)
    assert (err.reason, err.field) == ("REQUIRED", "comment")
    rejected = decide(world.conn, made.id, approve=False, comment="数量过多")
    assert rejected.status == O.EXCEPTIONAL_STATUS_REJECTED
    second = request(keeper, world.factory_wh, world.oil)
    assert refused(other.call, other.exceptional.WithdrawExceptionalShipment,
                   common_pb2.IdRequest(id=second.id)).reason == "EXCEPTIONAL_NOT_REQUESTER"
    withdrawn = keeper.call(keeper.exceptional.WithdrawExceptionalShipment,
                            common_pb2.IdRequest(id=second.id))
    assert withdrawn.status == O.EXCEPTIONAL_STATUS_WITHDRAWN
    assert refused(decide, world.conn, second.id).reason == "EXCEPTIONAL_ALREADY_DECIDED"


@pytest.mark.parametrize(("changes", "reason", "fld"), [
    ({"reason": O.EXCEPTIONAL_REASON_UNSPECIFIED}, "REQUIRED", "reason"),
    ({"reason_text": " "}, "REQUIRED", "reason_text"),
    ({"lines": []}, "REQUIRED", "lines"),
    ({"warehouse_id": 0}, "REQUIRED", "warehouse_id"),
])
def test_bad_requests_are_refused(world: World, changes: dict[str, object], reason: str,
                                  fld: str) -> None:
    msg = O.ExceptionalShipment(warehouse_id=world.factory_wh,
                                reason=O.EXCEPTIONAL_REASON_GIFT, reason_text="送客户",
                                lines=[line(world.oil, 1)])
    for key, value in changes.items():
        if key == "lines":
            del msg.lines[:]
        else:
            setattr(msg, key, value)
    err = refused(world.conn.call, world.conn.exceptional.CreateExceptionalShipment,
                  O.CreateExceptionalShipmentRequest(shipment=msg))
    assert (err.reason, err.field) == (reason, fld)


def test_shipping_is_blocked_until_approved(world: World, tenant: TenantFixture,
                                            sessions: sessionmaker[Session]) -> None:
    keeper = tenant.user_with("keeper", REQUEST, world.factory_wh_org)
    made = request(keeper, world.factory_wh, world.oil)
    rejected = request(keeper, world.factory_wh, world.oil)
    decide(world.conn, rejected.id, approve=False, comment="不批")

    def ship(request_id: int) -> None:
        with service_context(sessions, tenant, "keeper") as ctx:
            service = ExceptionalShipmentService(ctx)
            found = service.for_shipping(request_id)
            line_id = service.repo.lines(request_id)[0][0].id
            service.mark_shipped(found, {line_id: 20})

    for request_id, status in ((made.id, "待审批"), (rejected.id, "已驳回")):
        with pytest.raises(DomainError) as err:
            ship(request_id)
        assert err.value.reason.name == "EXCEPTIONAL_NOT_APPROVED"
        assert status in err.value.message_zh
    decide(world.conn, made.id)
    ship(made.id)
    shipped = keeper.call(keeper.exceptional.GetExceptionalShipment,
                          common_pb2.IdRequest(id=made.id))
    assert (shipped.status, shipped.lines[0].shipped_items) == (O.EXCEPTIONAL_STATUS_SHIPPED, 20)
    with pytest.raises(DomainError) as again:
        ship(made.id)  # shipped once, never twice
    assert again.value.reason.name == "EXCEPTIONAL_NOT_APPROVED"
    assert audit_rows(world.conn, "exceptional_shipment", made.id, "ship")
