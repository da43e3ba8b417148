"""label_data, the label printing area's source of what to print: scope, codes, URLs, GS1
element strings and verification codes only when asked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.accounts.sessions import SessionAuthenticator
from server.app import auth_settings
from server.codes.labels_data import label_data
from server.config import ServerConfig
from server.core.context import CallContext
from server.core.errors import DomainError
from server.core.policy import Policy
from tests.catalog.helpers import GTIN_A14
from tests.codes.helpers import BASE, C, allocate, gs1_product, issue, lookup, settings
from tests.support.tenants import TenantFixture


@contextmanager
def context(sessions: sessionmaker[Session], conn: Connection) -> Iterator[CallContext]:
    """A call context for the signed-in connection's user, as the interceptor builds it."""
    with sessions() as session:
        principal = SessionAuthenticator(auth_settings(ServerConfig())).authenticate(
            session, conn.token, "test")
        yield CallContext(method="/test", policy=Policy(), peer="test", session=session,
                          principal=principal)
        session.rollback()


def test_label_data_gives_codes_urls_rolls(tenant: TenantFixture,
                                           sessions: sessionmaker[Session]) -> None:
    conn = tenant.connect()
    settings(conn)
    batch = issue(conn, 2500, labels_per_roll=1000, verification_digits=6)
    with context(sessions, conn) as ctx:
        row, labels = label_data(ctx, batch.id, 995, 1004, verification=False)
        assert row.id == batch.id and row.batch_no == batch.batch_no and row.level == "item"
        assert [lab.serial for lab in labels] == list(range(995, 1005))
        assert [lab.roll for lab in labels] == [1] * 6 + [2] * 4
        assert all(lab.url == BASE + lab.code and lab.verification_code == "" and
                   lab.element_string == "" for lab in labels)
        _, with_checks = label_data(ctx, batch.id, 995, 1004, verification=True)
        assert [lab.code for lab in with_checks] == [lab.code for lab in labels]
        assert all(len(lab.verification_code) == 6 for lab in with_checks)
    for lab in labels[::3]:
        info = lookup(conn, lab.url)
        assert (info.batch_id, info.serial, info.roll) == (batch.id, lab.serial, lab.roll)


def test_label_data_gs1_element_strings(tenant: TenantFixture,
                                        sessions: sessionmaker[Session]) -> None:
    conn = tenant.connect()
    settings(conn, "https://id.fengyuan.example/", digital_link=True)
    product = gs1_product(conn)
    batch = issue(conn, 10, fmt=C.CODE_FORMAT_GS1, product_id=product.id)
    with context(sessions, conn) as ctx:
        _, labels = label_data(ctx, batch.id, 1, 10, verification=False)
    for lab in labels:
        assert lab.element_string == f"01{GTIN_A14}21{lab.code}"
        assert lab.url == f"https://id.fengyuan.example/01/{GTIN_A14}/21/{lab.code}"
        assert lookup(conn, lab.url).serial == lab.serial


def test_label_data_scope(tenant: TenantFixture, other_tenant: TenantFixture,
                          sessions: sessionmaker[Session]) -> None:
    hq = tenant.connect()
    factory = tenant.add_org(tenant.ids.hq_org_id, "licensed_factory", "LF1")
    batch = issue(hq, 3000)
    allocate(hq, batch.id, 2, 2, factory)
    clerk = tenant.user_with("lf_clerk", ["code.read"], factory)
    with context(sessions, clerk) as ctx:
        _, labels = label_data(ctx, batch.id, 1001, 2000, verification=False)
        assert len(labels) == 1000
        with pytest.raises(DomainError) as err:
            label_data(ctx, batch.id, 990, 1010, verification=False)
        assert err.value.reason.name == "OUT_OF_SCOPE"
        with pytest.raises(DomainError) as err:
            label_data(ctx, batch.id, 1001, 3001, verification=False)
        assert err.value.reason.name == "INVALID_VALUE"
    stranger = other_tenant.connect()
    with context(sessions, stranger) as ctx, pytest.raises(DomainError) as err:
        label_data(ctx, batch.id, 1, 10, verification=False)
    assert err.value.reason.name == "NOT_FOUND"
