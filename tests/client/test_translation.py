"""The Simplified Chinese translation ships complete and loads; English otherwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from client import i18n
from client.dialogs.login import LoginDialog
from client.settings import ClientSettings
from client.tasks import TaskManager
from scripts.update_translations import untranslated

TS = Path(i18n.TRANSLATIONS) / "yima_zh_CN.ts"


def test_every_message_is_translated_and_compiled() -> None:
    assert untranslated(TS) == []
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 10_000


def test_chinese_widgets_and_qt_own_strings(qtbot: QtBot, settings: ClientSettings,
                                            tasks: TaskManager, chinese: None) -> None:
    assert i18n.current() == "zh_CN"
    dialog = LoginDialog(settings, tasks)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "一码 — 登录"
    assert [c.text() for c in dialog.captions] == ["服务器地址", "加密", "CA 证书", "企业代码",
                                                   "用户名", "密码"]
    assert QCoreApplication.translate("Areas", "Production lots") == "生产批次"
    assert QCoreApplication.translate("ListPage", "Export to Excel") == "导出Excel"
    assert QCoreApplication.translate("Pager", "Previous") == "上一页"
    # Qt's own translator is installed first: its standard texts are Chinese too
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_language_follows_settings_or_system(settings: ClientSettings) -> None:
    assert i18n.resolve("zh_CN") == "zh_CN"
    assert i18n.resolve("en") == "en"
    assert i18n.resolve("") in ("zh_CN", "en")
    assert i18n.resolve(None) == i18n.system_language()


def test_switching_back_to_english(qtbot: QtBot, settings: ClientSettings, tasks: TaskManager,
                                   chinese: None) -> None:
    dialog = LoginDialog(settings, tasks)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert i18n.current() == "en"
    assert dialog.login_button.text() == "Sign in"
    assert settings.language == "en"
