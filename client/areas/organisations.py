"""Organisations: the tree of the user's subtree beside a searchable list; create a child,
edit, move, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from client import names
from client.areas.common import all_items, confirm, lister
from client.areas.organisation_form import MoveOrganisationDialog, OrganisationForm
from client.models.columns import Column, flag
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import accounts_pb2, common_pb2

ID_ROLE = Qt.ItemDataRole.UserRole


class OrganisationTree(QWidget):
    """The organisation tree; picking a node narrows the list to that subtree."""

    picked = Signal(object)  # list of ids in the subtree, or None for everything

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setObjectName("orgTree")
        self.tree.setHeaderLabel(self.tr("Organisation structure"))
        self.orgs: dict[int, accounts_pb2.Organisation] = {}
        self.child_ids: dict[int, list[int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.currentItemChanged.connect(self._picked)
        self.setMinimumWidth(200)

    def reload(self) -> None:
        conn = self.session.connection
        self.session.run(lambda task: all_items(conn, conn.accounts.ListOrganisations),
                         on_success=self._fill, owner=self)

    def _fill(self, orgs: list[accounts_pb2.Organisation]) -> None:
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.orgs = {o.id: o for o in orgs}
        self.child_ids = {}
        roots: list[int] = []
        for org in orgs:
            if org.parent_id in self.orgs:
                self.child_ids.setdefault(org.parent_id, []).append(org.id)
            else:
                roots.append(org.id)
        items: dict[int, QTreeWidgetItem] = {}

        def add(org_id: int, parent: QTreeWidget | QTreeWidgetItem) -> None:
            org = self.orgs[org_id]
            kind = names.org_kind_name(org.kind, org.dealer_level)
            item = QTreeWidgetItem(parent, [f"{org.name}  [{kind}]"])
            item.setData(0, ID_ROLE, org.id)
            item.setToolTip(0, f"{org.code} — {org.name}")
            if not org.active:
                item.setForeground(0, Qt.GlobalColor.gray)
            items[org.id] = item
            for child in self.child_ids.get(org_id, []):
                add(child, item)

        for root in roots:
            add(root, self.tree)
        for root in roots:
            items[root].setExpanded(True)
            for child in self.child_ids.get(root, []):
                items[child].setExpanded(True)
        if current in items:
            self.tree.setCurrentItem(items[current])
        self.tree.blockSignals(False)

    def current_id(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else 0

    def subtree(self, org_id: int) -> list[int]:
        out, todo = [], [org_id]
        while todo:
            current = todo.pop()
            out.append(current)
            todo.extend(self.child_ids.get(current, []))
        return out

    def _picked(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.picked.emit(self.subtree(int(item.data(0, ID_ROLE))) if item is not None else None)


class OrganisationsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Code"), lambda o: o.code, "code"),
            Column(self.tr("Name"), lambda o: o.name, "name"),
            Column(self.tr("Type"), lambda o: names.org_kind_name(o.kind, o.dealer_level),
                   "kind"),
            Column(self.tr("Parent organisation"), lambda o: o.parent_name, "parent_id"),
            Column(self.tr("Region code"), lambda o: o.region_code, "region_code"),
            Column(self.tr("Contact person"), lambda o: o.contact),
            Column(self.tr("Phone"), lambda o: o.phone),
            flag(self.tr("Status"), lambda o: names.active_text(o.active), "active"),
            Column(self.tr("Created"), lambda o: session.format_time(o.created_at), "created_at",
                   width=150),
        ]
        super().__init__(session, self.tr("Organisations"),
                         lister(conn, conn.accounts.ListOrganisations), columns, parent,
                         self.tr("Code, name, contact or phone"))
        self.kind_filter = self.add_filter(ChoiceFilter(
            self.tr("Type"), "kind",
            [(name, names.org_kind_field(k)) for k, name in names.org_kinds().items()]))
        self.active_filter = self.add_filter(ChoiceFilter(
            self.tr("Status"), "active",
            [(self.tr("Active"), "true"), (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission="org.write", name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="org.write", name="editButton")
        self.add_action(self.tr("Move…"), self.move_selected, selection=True,
                        permission="org.write")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="org.write", name="deleteButton")
        self.tree = OrganisationTree(session)
        self.splitter.insertWidget(0, self.tree)
        self.splitter.setSizes([300, 900])
        self.tree.picked.connect(self._tree_picked)
        self.activated.connect(lambda _r: self.edit_record())
        self.controller.loaded.connect(self._maybe_tree)

    def _maybe_tree(self) -> None:
        if not self.tree.orgs:
            self.tree.reload()

    def _tree_picked(self, ids: list[int] | None) -> None:
        if ids is None:
            self.controller.filters.pop("subtree", None)
        else:
            self.controller.filters["subtree"] = common_pb2.Filter(
                field="id", op=common_pb2.FILTER_OP_IN, values=[str(i) for i in ids])
        self.controller.first_page()

    def refresh_all(self) -> None:
        self.controller.reload()
        self.tree.reload()

    def new_record(self) -> OrganisationForm:
        org = self.selected_record()
        me = self.session.principal
        parent_id = self.tree.current_id() or (org.id if org is not None else me.org_id)
        parent = self.tree.orgs.get(parent_id) or org
        dialog = OrganisationForm(self.session, parent_id=parent_id,
                                  parent_name=parent.name if parent else me.org_name,
                                  parent=self)
        dialog.saved.connect(lambda _o: self.refresh_all())
        dialog.open()
        return dialog

    def edit_record(self) -> OrganisationForm | None:
        org = self.selected_record()
        if org is None or not self.session.can("org.write"):
            return None
        dialog = OrganisationForm(self.session, org, parent=self)
        dialog.saved.connect(lambda _o: self.refresh_all())
        dialog.open()
        return dialog

    def move_selected(self) -> MoveOrganisationDialog | None:
        org = self.selected_record()
        if org is None:
            return None
        dialog = MoveOrganisationDialog(self.session, org, parent=self)
        dialog.saved.connect(lambda _o: self.refresh_all())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        org = self.selected_record()
        if org is None:
            return
        if ask and not confirm(self, self.tr("Delete the organisation “%1”?").replace(
                "%1", org.name)):
            return
        conn = self.session.connection
        self.session.call(conn.accounts.DeleteOrganisation, common_pb2.IdRequest(id=org.id),
                          on_success=lambda _r: self.refresh_all(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
