"""Create/edit a user (organisation, name, contact, language, roles), and reset a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from client.areas.common import all_items
from client.areas.organisation_form import org_picker
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.form import FormDialog
from shared.pb import accounts_pb2, common_pb2

ROLE_ID = Qt.ItemDataRole.UserRole


class UserForm(FormDialog):
    def __init__(self, session: Session, user: accounts_pb2.User | None = None,
                 parent: QWidget | None = None) -> None:
        self.user = user or accounts_pb2.User(active=True, org_id=session.principal.org_id,
                                              org_name=session.principal.org_name)
        self.creating = not self.user.id
        super().__init__(session, self.tr("New user") if self.creating else self.tr("Edit user"),
                         parent)
        self.org = org_picker(session)
        self.org.set_current(self.user.org_id, self.user.org_name)
        self.username = QLineEdit(self.user.username)
        self.username.setEnabled(self.creating)
        self.display_name = QLineEdit(self.user.display_name)
        self.phone = QLineEdit(self.user.phone)
        self.email = QLineEdit(self.user.email)
        self.locale = QComboBox()
        self.locale.addItem(self.tr("Follow the client"), "")
        self.locale.addItem("中文", "zh_CN")
        self.locale.addItem("English", "en")
        self.locale.setCurrentIndex(max(0, self.locale.findData(self.user.locale)))
        self.active = QCheckBox(self.tr("Active (may sign in)"))
        self.active.setChecked(self.user.active)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = QListWidget()
        self.roles.setObjectName("roleChecks")
        self.roles.setMinimumHeight(140)
        self.add_field("org_id", self.tr("Organisation"), self.org, required=True)
        self.add_field("username", self.tr("Username"), self.username, required=True)
        self.add_field("display_name", self.tr("Full name"), self.display_name, required=True)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("email", self.tr("Email"), self.email)
        self.add_field("locale", self.tr("Language"), self.locale)
        if self.creating:
            self.add_field("password", self.tr("Initial password"), self.password, required=True)
            self.add_field("confirm", self.tr("Repeat password"), self.confirm, required=True)
            hint = QLabel(self.tr("The user must change this password at first sign-in."))
            hint.setStyleSheet("color: #666;")
            self.form.addRow("", hint)
        else:
            self.add_field("active", self.tr("Status"), self.active)
        self.add_field("role_ids", self.tr("Roles"), self.roles)
        self._load_roles()

    def _load_roles(self) -> None:
        conn = self.session.connection
        if not self.session.can("role.read"):
            for rid, name in zip(self.user.role_ids, self.user.role_names, strict=False):
                self._add_role(rid, name, True)
            return
        self.session.run(lambda task: all_items(conn, conn.accounts.ListRoles),
                         on_success=self._fill_roles,
                         on_failure=lambda exc: self.show_error(self.session.message(exc)),
                         owner=self)

    def _add_role(self, role_id: int, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.roles)
        item.setData(ROLE_ID, role_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill_roles(self, roles: list[accounts_pb2.Role]) -> None:
        self.roles.clear()
        held = set(self.user.role_ids)
        for role in roles:
            self._add_role(role.id, f"{role.name} ({role.code})", role.id in held)

    def check_role(self, role_id: int, checked: bool = True) -> None:
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            if item.data(ROLE_ID) == role_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def role_ids(self) -> list[int]:
        return [int(self.roles.item(i).data(ROLE_ID)) for i in range(self.roles.count())
                if self.roles.item(i).checkState() == Qt.CheckState.Checked]

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not self.org.current_id():
            problems.append(("org_id", self.tr("Choose the organisation.")))
        if self.creating and not code_ok(self.username.text()):
            problems.append(("username", self.tr("Enter a username without spaces.")))
        if is_blank(self.display_name.text()):
            problems.append(("display_name", self.tr("Enter the full name.")))
        if self.email.text().strip() and "@" not in self.email.text():
            problems.append(("email", self.tr("The email address looks wrong.")))
        if self.creating:
            if not self.password.text():
                problems.append(("password", self.tr("Enter an initial password.")))
            elif self.password.text() != self.confirm.text():
                problems.append(("confirm", self.tr("The two passwords differ.")))
        return problems

    def build(self) -> accounts_pb2.User | accounts_pb2.CreateUserRequest:
        user = accounts_pb2.User(
            id=self.user.id, org_id=self.org.current_id(), username=self.username.text().strip(),
            display_name=self.display_name.text().strip(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), locale=str(self.locale.currentData()),
            active=self.active.isChecked() if not self.creating else True,
            role_ids=self.role_ids())
        if self.creating:
            return accounts_pb2.CreateUserRequest(user=user, password=self.password.text())
        return user

    def send(self, request: accounts_pb2.User | accounts_pb2.CreateUserRequest
             ) -> accounts_pb2.User:
        conn = self.session.connection
        if isinstance(request, accounts_pb2.CreateUserRequest):
            return conn.call(conn.accounts.CreateUser, request)
        return conn.call(conn.accounts.UpdateUser, request)


class ResetPasswordDialog(FormDialog):
    def __init__(self, session: Session, user: accounts_pb2.User,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Reset password"), parent)
        self.user = user
        note = QLabel(self.tr("Set a new password for “%1”. Their sessions end, a lockout is "
                              "cleared, and they must change the password at next sign-in.")
                      .replace("%1", user.display_name or user.username))
        note.setWordWrap(True)
        self.body.insertWidget(0, note)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("new_password", self.tr("New password"), self.password, required=True)
        self.add_field("confirm", self.tr("Repeat password"), self.confirm, required=True)
        self.save_button.setText(self.tr("Reset password"))

    def validate(self) -> list[tuple[str, str]]:
        if not self.password.text():
            return [("new_password", self.tr("Enter the new password."))]
        if self.password.text() != self.confirm.text():
            return [("confirm", self.tr("The two passwords differ."))]
        return []

    def build(self) -> accounts_pb2.ResetPasswordRequest:
        return accounts_pb2.ResetPasswordRequest(user_id=self.user.id,
                                                 new_password=self.password.text())

    def send(self, request: accounts_pb2.ResetPasswordRequest) -> common_pb2.Empty:
        conn = self.session.connection
        return conn.call(conn.accounts.ResetPassword, request)
