"""Users: list, create with an initial password, edit with roles, (de)activate, reset password."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client import names
from client.areas.common import lister
from client.areas.user_form import ResetPasswordDialog, UserForm
from client.models.columns import Column, flag
from client.session import Session
from client.widgets.errors import show_error
from client.widgets.filters import ChoiceFilter
from client.widgets.list_page import ListPage
from shared.pb import accounts_pb2


class UsersPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        conn = session.connection
        columns = [
            Column(self.tr("Username"), lambda u: u.username, "username"),
            Column(self.tr("Full name"), lambda u: u.display_name, "display_name"),
            Column(self.tr("Organisation"), lambda u: u.org_name, "org_id"),
            Column(self.tr("Roles"), lambda u: "、".join(u.role_names)),
            Column(self.tr("Phone"), lambda u: u.phone, "phone"),
            flag(self.tr("Status"), lambda u: self.status_text(u), "active"),
            Column(self.tr("Last sign-in"), lambda u: session.format_time(u.last_login_at),
                   "last_login_at"),
            Column(self.tr("Created"), lambda u: session.format_time(u.created_at), "created_at"),
        ]
        super().__init__(session, self.tr("Users"), lister(conn, conn.accounts.ListUsers),
                         columns, parent, self.tr("Username, name, phone or email"))
        self.add_filter(ChoiceFilter(self.tr("Status"), "active",
                                     [(self.tr("Active"), "true"),
                                      (self.tr("Inactive"), "false")]))
        self.add_action(self.tr("New"), self.new_record, permission="user.write", name="newButton")
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="user.write", name="editButton")
        self.toggle_button = self.add_action(self.tr("Deactivate"), self.toggle_active,
                                             selection=True, permission="user.write")
        self.add_action(self.tr("Reset password…"), self.reset_password, selection=True,
                        permission="user.reset_password")
        self.activated.connect(lambda _r: self.edit_record())
        self.table.selectionModel().selectionChanged.connect(self._update_toggle)

    def status_text(self, user: accounts_pb2.User) -> str:
        if user.locked:
            return self.tr("Locked")
        return names.active_text(user.active)

    def _update_toggle(self, *_args: object) -> None:
        user = self.selected_record()
        self.toggle_button.setText(self.tr("Activate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    def new_record(self) -> UserForm:
        dialog = UserForm(self.session, parent=self)
        dialog.saved.connect(lambda _u: self.controller.reload())
        dialog.open()
        return dialog

    def edit_record(self) -> UserForm | None:
        user = self.selected_record()
        if user is None or not self.session.can("user.write"):
            return None
        dialog = UserForm(self.session, user, parent=self)
        dialog.saved.connect(lambda _u: self.controller.reload())
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self.selected_record()
        if user is None:
            return
        change = accounts_pb2.User()
        change.CopyFrom(user)
        change.active = not user.active
        conn = self.session.connection
        self.session.call(conn.accounts.UpdateUser, change,
                          on_success=lambda _u: self.controller.reload(),
                          on_failure=lambda exc: show_error(self, exc), owner=self)

    def reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected_record()
        if user is None:
            return None
        dialog = ResetPasswordDialog(self.session, user, parent=self)
        dialog.saved.connect(lambda _r: self.show_message(
            self.tr("The password of “%1” has been reset.").replace("%1", user.username)))
        dialog.open()
        return dialog
