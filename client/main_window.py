"""The main window: navigation by area (only what the user may open), one page per area built
on first use, menus, and a status bar with connection state, user and organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from client import i18n
from client.areas import Area, group_titles, visible_areas
from client.dialogs.password import ChangePasswordDialog
from client.monitor import State
from client.session import Session
from client.widgets.status import ConnectionIndicator

VERSION = "0.1.0"
KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        principal = session.principal
        self.setWindowTitle(self.tr("Yima traceability system — %1").replace(
            "%1", principal.tenant_name or principal.tenant_code))
        self.areas: dict[str, Area] = {a.key: a for a in visible_areas(session)}
        self.pages: dict[str, QWidget] = {}
        self.closing_for_logout = False

        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QTreeWidget { font-size: 13px; } "
                               "QTreeWidget::item { padding: 4px; }")
        self.items: dict[str, QTreeWidgetItem] = {}
        groups: dict[str, QTreeWidgetItem] = {}
        titles = group_titles()
        for area in self.areas.values():
            group = groups.get(area.group)
            if group is None:
                group = QTreeWidgetItem(self.nav, [titles[area.group]])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[area.group] = group
            item = QTreeWidgetItem(group, [area.title()])
            item.setData(0, KEY_ROLE, area.key)
            self.items[area.key] = item
        self.nav.expandAll()
        self.nav.setMinimumWidth(max(170, self.nav.sizeHintForColumn(0) + 36))
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Your account has no areas to open. "
                                    "Ask your administrator for a role."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status()
        session.monitor.state_changed.connect(self._state_changed)
        session.expired.connect(self._expired)
        self.resize(1200, 760)
        if self.items:
            self.nav.setCurrentItem(next(iter(self.items.values())))

    # menus and status
    def _build_menus(self) -> None:
        system = self.menuBar().addMenu(self.tr("&System"))
        self.change_password_action = system.addAction(self.tr("Change password…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.logout_action = system.addAction(self.tr("Sign out"))
        self.logout_action.triggered.connect(self.logout)
        system.addSeparator()
        quit_action = system.addAction(self.tr("Exit"))
        quit_action.triggered.connect(self.close)
        settings = self.menuBar().addMenu(self.tr("Se&ttings"))
        language = settings.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("About Yima…"))
        about.triggered.connect(self.about)

    def _build_status(self) -> None:
        p = self.session.principal
        self.connection_state = ConnectionIndicator()
        self.user_label = QLabel(self.tr("User: %1").replace(
            "%1", p.display_name or p.username))
        self.user_label.setObjectName("userLabel")
        self.org_label = QLabel(self.tr("Organisation: %1").replace("%1", p.org_name))
        self.org_label.setObjectName("orgLabel")
        self.server_label = QLabel(self.session.connection.address)
        for label in (self.connection_state, self.user_label, self.org_label):
            label.setContentsMargins(6, 0, 12, 0)
        bar = self.statusBar()
        bar.addWidget(self.connection_state)
        bar.addWidget(self.user_label)
        bar.addWidget(self.org_label)
        bar.addPermanentWidget(self.server_label)

    def _state_changed(self, state: State) -> None:
        self.connection_state.show_state(state)

    # navigation
    def _nav_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        key = item.data(0, KEY_ROLE)
        if not key:  # a group heading: open its first area
            if item.childCount():
                self.nav.setCurrentItem(item.child(0))
            return
        self.open_area(str(key))

    def open_area(self, key: str) -> QWidget:
        """Show an area's page (building it the first time)."""
        page = self.pages.get(key)
        if page is None:
            page = self.areas[key].build(self.session)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        item = self.items[key]
        if self.nav.currentItem() is not item:
            self.nav.setCurrentItem(item)
        self.stack.setCurrentWidget(page)
        return page

    def visible_area_keys(self) -> list[str]:
        return list(self.items)

    # actions
    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.session, parent=self)
        dialog.saved.connect(lambda _p: self.statusBar().showMessage(
            self.tr("Your password has been changed."), 5000))
        dialog.open()
        return dialog

    def logout(self) -> None:
        self.closing_for_logout = True
        self.logout_requested.emit()

    def choose_language(self, lang: str) -> None:
        if lang != i18n.current():
            self.language_requested.emit(lang)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Yima"), self.tr(
            "<b>Yima (一码) %1</b><br>One item, one code: anti-counterfeiting, traceability "
            "and anti-diversion.<br>Server: %2").replace("%1", VERSION).replace(
            "%2", self.session.connection.address))

    def _expired(self) -> None:
        if self.closing_for_logout:
            return
        self.closing_for_logout = True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Signed out"),
                          self.tr("Your session has ended. Please sign in again."),
                          QMessageBox.StandardButton.Ok, self)
        box.finished.connect(lambda _r: self.logout_requested.emit())
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.monitor.stop()
        super().closeEvent(event)
