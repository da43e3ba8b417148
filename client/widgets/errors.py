"""Show a failure to a person: the server's message in the interface language, never a
traceback. Dialogs open window-modal without blocking, so background callbacks keep flowing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from client import i18n
from client.connection import ServerError


def plain_message(exc: BaseException) -> str:
    """The failure in plain words in the interface language."""
    if isinstance(exc, ServerError):
        return exc.message(i18n.current())
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong: %1").replace("%1", str(exc) or
                                                                 type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    """Open a non-blocking error dialog over `parent` and return it."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Error"))
    box.setText(plain_message(exc))
    if isinstance(exc, ServerError) and exc.reason:
        box.setInformativeText(QCoreApplication.translate("Errors", "Reason code: %1")
                               .replace("%1", exc.reason))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Information"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box

