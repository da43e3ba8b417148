"""The case and pallet window: scan or type a code to see where it is and what it holds; take
some or all children out (撤销关联), put a new item in a defective one's place (替换), reprint
the label. Every change asks for a reason and carries an operation id."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.session import Session
from client.widgets.errors import plain_message
from shared.pb import common_pb2, packing_pb2


def reprint_label(session: Session, batch_id: int, serial: int, lot_id: int,
                  parent: QWidget) -> None:
    """The print dialog for one case or pallet label (a reprint asks for its reason)."""
    conn = session.connection

    def open_dialog(batch: object) -> None:
        from client.areas.print_dialog import PrintDialog

        dialog = PrintDialog(session, batch, parent)  # type: ignore[arg-type]
        dialog.first.setValue(serial)
        dialog.last.setValue(serial)
        if lot_id:
            dialog.lot.set_current(lot_id)
        dialog.open()
    session.call(conn.codes.GetBatch, common_pb2.IdRequest(id=batch_id),
                 on_success=open_dialog, owner=parent)


class ContainerDialog(QDialog):
    def __init__(self, session: Session, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("containerDialog")
        self.setWindowTitle(self.tr("Case or pallet"))
        self.container: packing_pb2.Container | None = None
        self.code = QLineEdit(code)
        self.code.setObjectName("containerCode")
        self.code.setPlaceholderText(self.tr("Scan a case, pallet or item code"))
        self.code.returnPressed.connect(self.look_up)
        self.where = QLabel()
        self.where.setObjectName("containerWhere")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("font-size: 14px;")
        self.children_list = QListWidget()
        self.children_list.setObjectName("containerChildren")
        self.reason = QLineEdit()
        self.reason.setObjectName("editReason")
        self.reason.setPlaceholderText(self.tr("Why (required for every change)"))
        self.remove_button = QPushButton(self.tr("Remove checked"))
        self.remove_button.setObjectName("removeChecked")
        self.remove_all_button = QPushButton(self.tr("Remove all"))
        self.remove_all_button.setObjectName("removeAll")
        self.new_code = QLineEdit()
        self.new_code.setObjectName("replaceNew")
        self.new_code.setPlaceholderText(self.tr("new item code"))
        self.old_code = QLineEdit()
        self.old_code.setObjectName("replaceOld")
        self.old_code.setPlaceholderText(self.tr("code of the item taken out"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.setObjectName("replaceButton")
        self.reprint_button = QPushButton(self.tr("Reprint label"))
        self.status = QLabel()
        self.status.setObjectName("containerStatus")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Reason"), self.reason)
        remove = QHBoxLayout()
        remove.addWidget(self.remove_button)
        remove.addWidget(self.remove_all_button)
        remove.addStretch(1)
        replace = QHBoxLayout()
        replace.addWidget(self.new_code, 1)
        replace.addWidget(self.old_code, 1)
        replace.addWidget(self.replace_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(QLabel(self.tr("Contents (check what to take out)")))
        layout.addWidget(self.children_list, 1)
        layout.addLayout(remove)
        layout.addWidget(QLabel(self.tr("Quality check: replace an item (scan the new one, "
                                        "then the one taken out)")))
        layout.addLayout(replace)
        layout.addLayout(bottom)
        self.remove_button.clicked.connect(lambda: self.disaggregate(everything=False))
        self.remove_all_button.clicked.connect(lambda: self.disaggregate(everything=True))
        self.replace_button.clicked.connect(self.replace)
        self.reprint_button.clicked.connect(self.reprint)
        self.new_code.returnPressed.connect(self.old_code.setFocus)
        self.old_code.returnPressed.connect(self.replace)
        self.resize(720, 560)
        self._sync()
        if code:
            self.look_up()

    def look_up(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        conn = self.session.connection
        self.session.call(conn.packing.GetContainer, packing_pb2.ContainerRequest(code=code),
                          on_success=self.show_container, on_failure=self._failed, owner=self)

    def show_container(self, found: packing_pb2.Container) -> None:
        self.container = found
        levels = code_names.levels()
        parts = [f"{levels.get(found.level, '')} {found.code}"]
        if found.parent_code:
            parts.append(self.tr("in %1").replace("%1", found.parent_code))
        if found.root_code and found.root_code != found.parent_code:
            parts.append(self.tr("on %1").replace("%1", found.root_code))
        if found.pending:
            parts.append(self.tr("in a station's open case or pallet"))
        if found.children:
            parts.append(self.tr("holds %1 (%2 items)").replace("%1", str(len(found.children)))
                         .replace("%2", str(found.item_count)))
        if found.line_name or found.station:
            parts.append(" / ".join(x for x in (found.line_name, found.station) if x))
        self.where.setText(" · ".join(parts))
        self.children_list.clear()
        for child in found.children:
            item = QListWidgetItem(f"{child.code}" + (f"  ({child.child_count})"
                                                       if child.child_count else ""))
            item.setData(Qt.ItemDataRole.UserRole, child.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.children_list.addItem(item)
        self.status.clear()
        self._sync()

    def _sync(self) -> None:
        has = self.container is not None and bool(self.container.children)
        self.remove_button.setEnabled(has)
        self.remove_all_button.setEnabled(has)
        self.reprint_button.setEnabled(self.container is not None and
                                       self.container.level != packing_pb2.Container().level)

    def checked(self) -> list[str]:
        out = []
        for row in range(self.children_list.count()):
            item = self.children_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _reason(self) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setText(self.tr("Give the reason first."))
            self.reason.setFocus()
            return None
        return reason

    def disaggregate(self, everything: bool) -> None:
        reason = self._reason()
        if reason is None or self.container is None:
            return
        children = [] if everything else self.checked()
        if not everything and not children:
            self.status.setText(self.tr("Check the codes to take out."))
            return
        conn = self.session.connection
        request = packing_pb2.DisaggregateRequest(
            container_code=self.container.code, child_codes=children, all=everything,
            reason=reason, operation_id=uuid.uuid4().hex)
        self.session.call(conn.packing.Disaggregate, request, on_success=self._changed,
                          on_failure=self._failed, owner=self)

    def replace(self) -> None:
        reason = self._reason()
        new, old = self.new_code.text().strip(), self.old_code.text().strip()
        if reason is None:
            return
        if not new or not old:
            self.status.setText(self.tr("Scan the new item, then the one taken out."))
            return
        conn = self.session.connection
        request = packing_pb2.ReplaceRequest(new_code=new, old_code=old, reason=reason,
                                             operation_id=uuid.uuid4().hex)
        self.session.call(conn.packing.Replace, request, on_success=self._changed,
                          on_failure=self._failed, owner=self)

    def _changed(self, found: packing_pb2.Container) -> None:
        self.new_code.clear()
        self.old_code.clear()
        self.show_container(found)
        self.status.setStyleSheet("color: #1e5b2a;")
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(plain_message(exc))
        self.status.setStyleSheet("color: #a61b1b;")

    def reprint(self) -> None:
        if self.container is not None:
            reprint_label(self.session, self.container.batch_id, self.container.serial,
                          self.container.lot_id, self)
