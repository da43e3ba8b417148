"""Roles: a code, a name and permissions chosen as check boxes grouped by area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from client import i18n, names
from client.areas.common import confirm, lister
from client.models.columns import Column, number
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import accounts_pb2, common_pb2

CODE_ROLE = Qt.ItemDataRole.UserRole


class RoleForm(FormDialog):
    def __init__(self, session: Session, role: accounts_pb2.Role | None = None,
                 parent: QWidget | None = None) -> None:
        self.role = role or accounts_pb2.Role()
        super().__init__(session, self.tr("Edit role") if self.role.id else self.tr("New role"),
                         parent)
        self.code = QLineEdit(self.role.code)
        self.name = QLineEdit(self.role.name)
        self.description = QLineEdit(self.role.description)
        self.permissions = QTreeWidget()
        self.permissions.setObjectName("permissionTree")
        self.permissions.setHeaderHidden(True)
        self.permissions.setMinimumHeight(420)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("permissions", self.tr("Permissions"), self.permissions)
        self.form.setRowWrapPolicy(self.form.RowWrapPolicy.DontWrapRows)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.setMinimumWidth(520)
        conn = session.connection
        session.call(conn.accounts.ListPermissions, common_pb2.Empty(),
                     on_success=self._fill, owner=self,
                     on_failure=lambda exc: self.show_error(session.message(exc)))

    def _fill(self, response: accounts_pb2.ListPermissionsResponse) -> None:
        held = set(self.role.permissions)
        mine = set(self.session.principal.permissions)
        areas = names.permission_areas()
        groups: dict[str, QTreeWidgetItem] = {}
        zh = i18n.current().startswith("zh")
        for perm in response.items:
            group = groups.get(perm.area)
            if group is None:
                group = QTreeWidgetItem(self.permissions, [areas.get(perm.area, perm.area)])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
                groups[perm.area] = group
            item = QTreeWidgetItem(group, [f"{perm.name_zh if zh else perm.name_en}"
                                           f"  ({perm.code})"])
            item.setData(0, CODE_ROLE, perm.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if perm.code in held
                               else Qt.CheckState.Unchecked)
            if perm.code not in mine:
                item.setToolTip(0, self.tr("You do not hold this permission, so you cannot "
                                           "grant it."))
                item.setForeground(0, Qt.GlobalColor.gray)
            self.items[perm.code] = item
        self.permissions.expandAll()

    def set_permission(self, code: str, checked: bool = True) -> None:
        self.items[code].setCheckState(0, Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return sorted(code for code, item in self.items.items()
                      if item.checkState(0) == Qt.CheckState.Checked)

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        return problems

    def build(self) -> accounts_pb2.Role:
        permissions = self.chosen() if self.items else list(self.role.permissions)
        return accounts_pb2.Role(id=self.role.id, code=self.code.text().strip(),
                                 name=self.name.text().strip(),
                                 description=self.description.text().strip(),
                                 permissions=permissions)

    def send(self, request: accounts_pb2.Role) -> accounts_pb2.Role:
        conn = self.session.connection
        method = conn.accounts.UpdateRole if request.id else conn.accounts.CreateRole
        return conn.call(method, request)


class RolesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Code"), lambda r: r.code, "code"),
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Description"), lambda r: r.description),
            number(self.tr("Permissions"), lambda r: len(r.permissions)),
            number(self.tr("Users"), lambda r: r.user_count),
            Column(self.tr("Built-in"), lambda r: names.yes_no(r.builtin)),
        ]
        super().__init__(session, self.tr("Roles"), lister(conn, conn.accounts.ListRoles),
                         columns, parent, self.tr("Code, name or description"))
        self.add_action(self.tr("New"), self.new_record, permission="role.write", name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="role.write", name="editButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="role.write", name="deleteButton")
        self.activated.connect(lambda _r: self.edit_record())

    def new_record(self) -> RoleForm:
        dialog = RoleForm(self.session, parent=self)
        dialog.saved.connect(lambda _r: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> RoleForm | None:
        role = self.selected_record()
        if role is None or not self.session.can("role.write"):
            return None
        dialog = RoleForm(self.session, role, parent=self)
        dialog.saved.connect(lambda _r: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self, ask: bool = True) -> None:
        role = self.selected_record()
        if role is None:
            return
        if ask and not confirm(self, self.tr("Delete the role “%1”?").replace("%1", role.name)):
            return
        conn = self.session.connection
        self.session.call(conn.accounts.DeleteRole, common_pb2.IdRequest(id=role.id),
                          on_success=lambda _r: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)
