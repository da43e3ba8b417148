"""报读设置: the words a consumer reads for each result, in Chinese and English, with the
placeholders ${防伪码} ${产品名称} ${已查询次数} ${当前第几次} ${首次查询时间} ${首次查询地点} and a
preview the server renders with sample values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from client import scan_names
from client.areas.scan_log import stub
from client.areas.scan_settings import PageSettingsDialog
from client.models.columns import Column, flag
from client.session import Session
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from shared.pb import common_pb2, scans_pb2

S = scans_pb2
PLACEHOLDERS = ("${防伪码}", "${产品名称}", "${已查询次数}", "${当前第几次}", "${首次查询时间}",
                "${首次查询地点}")


class TemplateDialog(FormDialog):
    """One kind's text in both languages, with placeholder buttons and a live preview."""

    def __init__(self, session: Session, kind: int, texts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Response template: %1").replace(
            "%1", scan_names.template_kinds().get(kind, "")), parent)
        self.setObjectName("templateDialog")
        self.kind = kind
        self.editors: dict[str, QPlainTextEdit] = {}
        self.previews: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (lang, name) in enumerate(scan_names.langs().items()):
            editor = QPlainTextEdit(texts.get(lang, ""))
            editor.setObjectName(f"template_{lang}")
            editor.setMinimumHeight(120)
            editor.textChanged.connect(self._schedule)
            preview = QLabel()
            preview.setObjectName(f"preview_{lang}")
            preview.setWordWrap(True)
            preview.setStyleSheet("QLabel { background: #f4f7f4; border: 1px solid #d5ddd5; "
                                  "padding: 8px; border-radius: 4px; }")
            grid.addWidget(QLabel(name), 0, column)
            grid.addWidget(editor, 1, column)
            grid.addWidget(QLabel(self.tr("Preview")), 2, column)
            grid.addWidget(preview, 3, column)
            self.editors[lang], self.previews[lang] = editor, preview
            self.fields[f"templates.{self._kind_name()}.{lang}"] = editor
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Insert:")))
        for placeholder in PLACEHOLDERS:
            button = QPushButton(placeholder)
            button.setObjectName("insertPlaceholder")
            button.clicked.connect(lambda _c=False, p=placeholder: self.insert(p))
            buttons.addWidget(button)
        buttons.addStretch(1)
        restore = QPushButton(self.tr("Restore the default"))
        restore.setObjectName("restoreDefault")
        restore.clicked.connect(self.restore)
        buttons.addWidget(restore)
        self.extra.addLayout(buttons)
        self.extra.addLayout(grid)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh_preview)
        self.last_focus = self.editors["zh"]
        for editor in self.editors.values():
            editor.installEventFilter(self)
        self.setMinimumWidth(900)
        self.refresh_preview()

    def _kind_name(self) -> str:
        return S.TemplateKind.Name(self.kind).removeprefix("TEMPLATE_KIND_").lower()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn and watched in self.editors.values():
            self.last_focus = watched
        return super().eventFilter(watched, event)

    def insert(self, placeholder: str) -> None:
        self.last_focus.insertPlainText(placeholder)
        self.last_focus.setFocus()

    def restore(self) -> None:
        for editor in self.editors.values():
            editor.setPlainText("")  # empty means the default: the preview shows it

    def _request(self) -> S.ResponseTemplates:
        return S.ResponseTemplates(templates=[
            S.ResponseTemplate(kind=self.kind, lang=lang,  # type: ignore[arg-type]
                               text=editor.toPlainText())
            for lang, editor in self.editors.items()])

    def _schedule(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        def shown(result: S.ResponseTemplates) -> None:
            for t in result.templates:
                if t.lang in self.previews:
                    self.previews[t.lang].setText(t.text)
            self.show_error("")

        self.session.call(stub(self.session).GetTemplatePreview, self._request(),
                          on_success=shown,
                          on_failure=lambda exc: self.show_error(self.session.message(exc)),
                          owner=self)

    def build(self) -> S.ResponseTemplates:
        return self._request()

    def send(self, request: S.ResponseTemplates) -> S.ResponseTemplates:
        return self.session.connection.call(stub(self.session).UpdateTemplates, request)


class TemplatesPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        kinds, langs = scan_names.template_kinds(), scan_names.langs()
        columns = [
            Column(self.tr("Answer for"), lambda t: kinds.get(t.kind, ""), width=170),
            Column(self.tr("Language"), lambda t: langs.get(t.lang, t.lang)),
            flag(self.tr("Own text"), lambda t: t.customised),
            Column(self.tr("Text"), lambda t: t.text),
        ]
        super().__init__(session, self.tr("Response templates"), self._fetch, columns, parent,
                         self.tr("Text"))
        self.all: list[Any] = []
        self.add_action(self.tr("Edit"), self.edit_record, selection=True,
                        permission="scan.settings", name="editButton")
        self.add_action(self.tr("Consumer page settings…"), self.open_settings,
                        permission="scan.settings", name="pageSettingsButton")
        self.activated.connect(lambda _r: self.edit_record())

    def _fetch(self, query: common_pb2.ListQuery) -> tuple[Sequence[Any], common_pb2.PageInfo]:
        result = self.session.connection.call(stub(self.session).ListTemplates,
                                              common_pb2.Empty())
        rows = [t for t in result.templates
                if not query.search or query.search.lower() in t.text.lower()]
        self.all = list(result.templates)
        return rows, common_pb2.PageInfo(total=len(rows), page=1, page_size=max(len(rows), 1))

    def edit_record(self) -> TemplateDialog | None:
        record = self.selected_record()
        if record is None or not self.session.can("scan.settings"):
            return None
        texts = {t.lang: t.text for t in self.all if t.kind == record.kind}
        dialog = TemplateDialog(self.session, record.kind, texts, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def open_settings(self) -> PageSettingsDialog:
        dialog = PageSettingsDialog(self.session, self)
        dialog.open()
        return dialog
