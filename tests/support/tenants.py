"""Each test gets its own tenant: tests stay isolated on one shared server and database,
and tenant isolation is exercised by every test that runs beside another."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from client.connection import Connection
from server.accounts import passwords
from server.accounts.bootstrap import NewTenant, create_tenant
from server.accounts.models import Organisation, Role, RolePermission, User, UserRole

ADMIN_PASSWORD = "Admin12345"
USER_PASSWORD = "User123456"
_counter = itertools.count(1)


@dataclass
class TenantFixture:
    code: str
    ids: NewTenant
    sessions: sessionmaker[Session]
    address: str
    connections: list[Connection] = field(default_factory=list)

    def connect(self, username: str = "admin", password: str = ADMIN_PASSWORD) -> Connection:
        """A signed-in connection, closed at the end of the test."""
        conn = Connection(self.address)
        self.connections.append(conn)
        conn.login(self.code, username, password)
        return conn

    def anonymous(self) -> Connection:
        conn = Connection(self.address)
        self.connections.append(conn)
        return conn

    def add_org(self, parent_id: int, kind: str, code: str, name: str = "",
                region_code: str = "") -> int:
        with self.sessions() as s, s.begin():
            parent = s.get(Organisation, parent_id)
            assert parent is not None
            org = Organisation(tenant_id=self.ids.tenant_id, parent_id=parent_id, path="",
                               kind=kind, code=code, name=name or code, region_code=region_code)
            s.add(org)
            s.flush()
            org.path = f"{parent.path}{org.id}/"
            return org.id

    def add_role(self, code: str, permissions: list[str]) -> int:
        with self.sessions() as s, s.begin():
            role = Role(tenant_id=self.ids.tenant_id, code=code, name=code)
            s.add(role)
            s.flush()
            for p in permissions:
                s.add(RolePermission(tenant_id=self.ids.tenant_id, role_id=role.id, permission=p))
            return role.id

    def add_user(self, username: str, org_id: int, role_ids: list[int],
                 password: str = USER_PASSWORD) -> int:
        with self.sessions() as s, s.begin():
            user = User(tenant_id=self.ids.tenant_id, org_id=org_id, username=username,
                        display_name=username, password_hash=passwords.hash_password(password))
            s.add(user)
            s.flush()
            for rid in role_ids:
                s.add(UserRole(tenant_id=self.ids.tenant_id, user_id=user.id, role_id=rid))
            return user.id

    def user_with(self, username: str, permissions: list[str], org_id: int | None = None
                  ) -> Connection:
        """Create a user holding exactly these permissions and sign them in."""
        role = self.add_role(f"r_{username}", permissions)
        self.add_user(username, org_id or self.ids.hq_org_id, [role])
        return self.connect(username, USER_PASSWORD)

    def close(self) -> None:
        for conn in self.connections:
            conn.close()


def make_tenant(sessions: sessionmaker[Session], address: str,
                prefix: str = "t") -> TenantFixture:
    code = f"{prefix}{os.getpid()}x{next(_counter)}"
    with sessions() as s, s.begin():
        ids = create_tenant(s, code, f"Tenant {code}", "admin", ADMIN_PASSWORD,
                            must_change_password=False)
    return TenantFixture(code=code, ids=ids, sessions=sessions, address=address)


TenantFactory = Callable[..., TenantFixture]
