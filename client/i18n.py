"""Interface language: Simplified Chinese on a Chinese system, English otherwise, or the one
chosen in the settings. Qt's own translator loads first, then ours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve(preferred: str | None) -> str:
    """The language to use: an explicit choice when valid, else the system's."""
    if preferred in LANGUAGES:
        return str(preferred)
    return system_language()


def current() -> str:
    """The active interface language ("zh_CN" or "en"), also used for server messages."""
    return _current


def install(lang: str) -> bool:
    """Replace the application's translators; returns False when ours could not be loaded."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{_current}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    ok = ours.load(f"yima_{_current}", str(TRANSLATIONS))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    return ok
