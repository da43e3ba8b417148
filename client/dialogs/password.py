"""Change one's own password (also forced after an administrator created or reset it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from client.session import Session
from client.widgets.form import FormDialog
from shared.pb import auth_pb2, common_pb2


class ChangePasswordDialog(FormDialog):
    def __init__(self, session: Session, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Change password"), parent)
        self.setObjectName("changePasswordDialog")
        if forced:
            note = QLabel(self.tr("Your password was set by an administrator. Please choose "
                                  "your own password before you continue."))
            note.setWordWrap(True)
            self.body.insertWidget(0, note)
        self.old = self._secret("old_password", self.tr("Current password"))
        self.new = self._secret("new_password", self.tr("New password"))
        self.confirm = self._secret("confirm", self.tr("Repeat new password"))
        self.save_button.setText(self.tr("Change password"))

    def _secret(self, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setObjectName(key)
        self.add_field(key, label, edit, required=True)
        return edit

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        for key, edit in (("old_password", self.old), ("new_password", self.new),
                          ("confirm", self.confirm)):
            if not edit.text():
                problems.append((key, self.tr("Please fill in “%1”.").replace(
                    "%1", self.labels[key].text().rstrip(" *"))))
        if not problems and self.new.text() != self.confirm.text():
            problems.append(("confirm", self.tr("The two new passwords differ.")))
        return problems

    def build(self) -> auth_pb2.ChangePasswordRequest:
        return auth_pb2.ChangePasswordRequest(old_password=self.old.text(),
                                              new_password=self.new.text())

    def send(self, request: auth_pb2.ChangePasswordRequest) -> auth_pb2.Principal:
        conn = self.session.connection
        conn.call(conn.auth.ChangePassword, request)
        principal = conn.call(conn.auth.Me, common_pb2.Empty())
        conn.principal = principal
        return principal
