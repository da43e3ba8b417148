"""Organisation tree rules: which kinds go where, moving subtrees, deleting leaves."""

from __future__ import annotations

from sqlalchemy import func, update

from server.accounts.models import Organisation
from server.accounts.repository import OrganisationRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from server.core.listing import Page, paginate
from server.core.validate import code, region_code, snapshot, text
from shared.pb import common_pb2

ALLOWED_CHILDREN: dict[str, frozenset[str]] = {
    "headquarters": frozenset({"factory", "licensed_factory", "branch", "warehouse", "department",
                               "dealer", "store", "regulator"}),
    "factory": frozenset({"warehouse", "department"}),
    "licensed_factory": frozenset({"warehouse", "department"}),
    "branch": frozenset({"warehouse", "department", "dealer", "store"}),
    "dealer": frozenset({"dealer", "store", "warehouse", "department"}),
    "department": frozenset({"department", "warehouse"}),
    "regulator": frozenset({"department"}),
    "store": frozenset(),
    "warehouse": frozenset(),
}
FIELDS = ("id", "parent_id", "path", "kind", "code", "name", "region_code", "contact", "phone",
          "address", "active")


def path_ids(path: str) -> list[int]:
    return [int(p) for p in path.strip("/").split("/") if p]


class OrganisationService:
    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.repo = OrganisationRepository(ctx)

    def list_page(self, query: common_pb2.ListQuery) -> Page:
        return paginate(self.ctx.session, self.repo.base(), query, self.repo.list_spec())

    def get(self, org_id: int) -> Organisation:
        return self.repo.get(org_id)

    def ancestors_of(self, orgs: list[Organisation]) -> dict[int, Organisation]:
        """Every organisation on the paths of the given ones (for names, depth, dealer level)."""
        ids = {i for o in orgs for i in path_ids(o.path)}
        return self.repo.by_ids(ids)

    @staticmethod
    def dealer_level(org: Organisation, known: dict[int, Organisation]) -> int:
        if org.kind != "dealer":
            return 0
        return sum(1 for i in path_ids(org.path) if i in known and known[i].kind == "dealer")

    def _check_kind(self, parent: Organisation, kind: str) -> None:
        if not kind:
            raise DomainError(Reason.REQUIRED, field="kind")
        if kind not in ALLOWED_CHILDREN or kind == "headquarters":
            raise DomainError(Reason.ORG_KIND_INVALID, field="kind", kind=kind, parent=parent.kind)
        if kind not in ALLOWED_CHILDREN[parent.kind]:
            raise DomainError(Reason.ORG_KIND_INVALID, field="kind", kind=kind, parent=parent.kind)

    def _apply(self, org: Organisation, data: dict[str, str]) -> None:
        org.code = code(data["code"])
        org.name = text(data["name"], "name", max_len=200, required=True)
        org.region_code = region_code(data["region_code"])
        org.contact = text(data["contact"], "contact", max_len=100)
        org.phone = text(data["phone"], "phone", max_len=40)
        org.address = text(data["address"], "address", max_len=300)

    def create(self, parent_id: int, kind: str, data: dict[str, str]) -> Organisation:
        if not parent_id:
            raise DomainError(Reason.REQUIRED, field="parent_id")
        parent = self.repo.org_in_scope(parent_id)
        self._check_kind(parent, kind)
        org = Organisation(parent_id=parent.id, kind=kind, path="", active=True)
        self._apply(org, data)
        self.repo.add(org, code=org.code)
        org.path = f"{parent.path}{org.id}/"
        self.repo.flush()
        self.ctx.record("organisation", org.id, None, snapshot(org, FIELDS), action="create")
        return org

    def update(self, org_id: int, kind: str, active: bool, data: dict[str, str]) -> Organisation:
        org = self.repo.get(org_id, for_update=True)
        before = snapshot(org, FIELDS)
        if org.parent_id is None:
            if kind != org.kind or not active:
                raise DomainError(Reason.ORG_ROOT)
        elif kind != org.kind:
            parent = self.repo.by_ids({org.parent_id})[org.parent_id]
            self._check_kind(parent, kind)
            # The organisations below must still be allowed under the new kind.
            for child_kind in self.repo.child_kinds(org.id):
                if child_kind not in ALLOWED_CHILDREN[kind]:
                    raise DomainError(Reason.ORG_KIND_INVALID, field="kind", kind=child_kind,
                                      parent=kind)
            org.kind = kind
        if org.id == self.ctx.user.org_id and not active:
            raise DomainError(Reason.INVALID_VALUE, field="active",
                              detail="cannot deactivate your own organisation / "
                                     "不能停用本人所在组织")
        self._apply(org, data)
        org.active = active
        self.repo.flush(code=org.code)
        self.ctx.record("organisation", org.id, before, snapshot(org, FIELDS), action="update")
        return org

    def move(self, org_id: int, new_parent_id: int) -> Organisation:
        org = self.repo.get(org_id, for_update=True)
        if org.parent_id is None:
            raise DomainError(Reason.ORG_ROOT)
        parent = self.repo.org_in_scope(new_parent_id)
        if parent.path.startswith(org.path):
            raise DomainError(Reason.ORG_CYCLE)
        self._check_kind(parent, org.kind)
        before = snapshot(org, FIELDS)
        old_prefix, new_prefix = org.path, f"{parent.path}{org.id}/"
        self.ctx.session.execute(
            update(Organisation)
            .where(Organisation.tenant_id == org.tenant_id,
                   Organisation.path.startswith(old_prefix))
            .values(path=new_prefix + func.substr(Organisation.path, len(old_prefix) + 1))
            .execution_options(synchronize_session=False))
        org.parent_id = parent.id
        self.repo.flush()
        self.ctx.session.refresh(org)
        self.ctx.record("organisation", org.id, before, snapshot(org, FIELDS), action="move")
        return org

    def delete(self, org_id: int) -> None:
        org = self.repo.get(org_id, for_update=True)
        if org.parent_id is None:
            raise DomainError(Reason.ORG_ROOT)
        if self.repo.has_children(org.id):
            raise DomainError(Reason.IN_USE, entity="organisation",
                              detail="it has sub-organisations / 仍有下级组织")
        if self.repo.has_users(org.id):
            raise DomainError(Reason.IN_USE, entity="organisation",
                              detail="it has users / 仍有用户")
        before = snapshot(org, FIELDS)
        self.repo.delete(org)
        self.ctx.record("organisation", org_id, before, None, action="delete")
