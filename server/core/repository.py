"""Typed repositories with organisation scope applied in one base query.

A repository sees only its tenant's rows and, for org-owned records, the caller's organisation
subtree. Repositories add and flush; the RPC's unit of work commits.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.accounts.models import Organisation
from server.core.context import CallContext
from server.core.errors import DomainError, Reason, not_found

M = TypeVar("M")

UNIQUE_VIOLATION = "23505"
FOREIGN_KEY_VIOLATION = "23503"


def subtree_ids(tenant_id: int, org_path: str) -> Select[int]:
    """Ids of the organisations at or below the one whose path is given."""
    return select(Organisation.id).where(Organisation.tenant_id == tenant_id,
                                         Organisation.path.startswith(org_path))


class Repository(Generic[M]):
    """Base repository. Subclasses set `model`, `entity`, and `org_scoped`."""

    model: ClassVar[type[Any]]
    entity: ClassVar[str]
    # True: rows belong to an organisation (column org_id) and are seen only within the
    # caller's subtree. False: tenant-wide master data, readable by every user of the tenant.
    org_scoped: ClassVar[bool] = True

    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.session: Session = ctx.session

    def base(self) -> Select[Any]:
        """select(model) limited to what the caller may see."""
        principal = self.ctx.user
        stmt = select(self.model).where(self.model.tenant_id == principal.tenant_id)
        if self.org_scoped:
            stmt = stmt.where(self.model.org_id.in_(
                subtree_ids(principal.tenant_id, principal.org_path)))
        return stmt

    def get(self, id: int, *, for_update: bool = False) -> M:
        """The record, or NOT_FOUND when it does not exist or lies outside the caller's scope."""
        stmt = self.base().where(self.model.id == id)
        if for_update:
            stmt = stmt.with_for_update()
        row = self.session.execute(stmt).scalar_one_or_none()
        if row is None:
            raise not_found(self.entity, id)
        return row

    def org_in_scope(self, org_id: int) -> Organisation:
        """The organisation if it lies in the caller's subtree, else OUT_OF_SCOPE."""
        principal = self.ctx.user
        org = self.session.execute(
            select(Organisation).where(Organisation.id == org_id,
                                       Organisation.tenant_id == principal.tenant_id,
                                       Organisation.path.startswith(principal.org_path))
        ).scalar_one_or_none()
        if org is None:
            raise DomainError(Reason.OUT_OF_SCOPE, field="org_id")
        return org

    def add(self, obj: M, *, code: str = "", field: str = "code") -> M:
        obj.tenant_id = self.ctx.tenant_id  # type: ignore[attr-defined]
        self.session.add(obj)
        self.flush(code=code, field=field)
        return obj

    def flush(self, *, code: str = "", field: str = "code") -> None:
        """Flush, turning constraint violations into people's errors (a unique violation is
        reported on `field`, whose value is `code`)."""
        try:
            self.session.flush()
        except IntegrityError as exc:  # the unit of work rolls the whole call back
            pgcode = getattr(exc.orig, "pgcode", None)
            if pgcode == UNIQUE_VIOLATION:
                raise DomainError(Reason.DUPLICATE, field=field, entity=self.entity,
                                  value=code) from exc
            if pgcode == FOREIGN_KEY_VIOLATION:
                table = getattr(getattr(exc.orig, "diag", None), "table_name", "") or ""
                raise DomainError(Reason.IN_USE, entity=self.entity, detail=table) from exc
            raise

    def delete(self, obj: M) -> None:
        self.session.delete(obj)
        self.flush()

    def exists_where(self, *conditions: Any) -> bool:
        return bool(self.session.execute(select(exists().where(*conditions))).scalar())
