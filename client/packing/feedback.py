"""What a scan's outcome looks and sounds like: a colour readable from across the hall, a short
headline, the detail in the operator's language, and one of a few distinct sounds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from client.connection import ServerError
from shared.pb import packing_pb2

P = packing_pb2
GREEN, BLUE, TEAL, PURPLE = "#1b7f3b", "#1456a8", "#0d7a7a", "#6a2ca0"
AMBER, RED, GREY = "#b86e00", "#b3261e", "#5f6b76"


@dataclass(frozen=True)
class Look:
    kind: str      # accepted / closed / duplicate / refused / queued / undone / idle
    colour: str
    sound: str
    headline: str
    detail: str = ""


def accepted(result: packing_pb2.PackScanResult) -> Look:
    """How an accepted scan shows."""
    o = result.outcome
    if o == P.SCAN_OUTCOME_ITEM_ADDED:
        head = QCoreApplication.translate("Packing", "✔ Item %1 of %2")
        return Look("accepted", GREEN, "ok", head.replace("%1", str(result.case_items))
                    .replace("%2", str(result.items_per_case)), result.code)
    if o == P.SCAN_OUTCOME_CASE_CLOSED:
        head = QCoreApplication.translate("Packing", "▣ Case closed (short)") if result.short \
            else QCoreApplication.translate("Packing", "▣ Case closed")
        return Look("closed", BLUE, "closed", head, result.container_code)
    if o == P.SCAN_OUTCOME_CASE_ADDED:
        head = QCoreApplication.translate("Packing", "✔ Case on pallet: %1 of %2")
        return Look("accepted", TEAL, "ok", head.replace("%1", str(result.pallet_cases))
                    .replace("%2", str(result.cases_per_pallet)), result.code)
    if o == P.SCAN_OUTCOME_PALLET_CLOSED:
        head = QCoreApplication.translate("Packing", "▦ Pallet closed")
        if result.virtual:
            head += " · " + QCoreApplication.translate("Packing", "virtual code")
        if result.short:
            head += " · " + QCoreApplication.translate("Packing", "partial")
        return Look("closed", PURPLE, "closed", head, result.container_code)
    if o == P.SCAN_OUTCOME_UNDONE:
        return Look("undone", GREY, "ok", QCoreApplication.translate("Packing", "↶ Undone"),
                    result.code)
    return Look("accepted", GREEN, "ok", QCoreApplication.translate("Packing", "✔ Done"),
                result.code)


def _heads() -> dict[str, str]:
    return {"duplicate": QCoreApplication.translate("Packing", "Scanned twice"),
            "elsewhere": QCoreApplication.translate("Packing", "Already packed elsewhere"),
            "product": QCoreApplication.translate("Packing", "Wrong product or lot"),
            "level": QCoreApplication.translate("Packing", "Wrong level"),
            "voided": QCoreApplication.translate("Packing", "Voided code"),
            "unknown": QCoreApplication.translate("Packing", "Unknown code"),
            "full": QCoreApplication.translate("Packing", "Full"),
            "short": QCoreApplication.translate("Packing", "Not full yet"),
            "empty": QCoreApplication.translate("Packing", "Nothing to close"),
            "refused": QCoreApplication.translate("Packing", "Refused")}


# reason -> (kind, colour, sound, headline key)
_REFUSALS = {
    "PACK_DUPLICATE": ("duplicate", AMBER, "duplicate", "duplicate"),
    "PACK_ALREADY_PACKED": ("refused", RED, "error", "elsewhere"),
    "PACK_PENDING_ELSEWHERE": ("refused", RED, "error", "elsewhere"),
    "PACK_CONTAINER_USED": ("refused", RED, "error", "elsewhere"),
    "PACK_WRONG_PRODUCT": ("refused", RED, "error", "product"),
    "PACK_MIXED": ("refused", RED, "error", "product"),
    "PACK_WRONG_LEVEL": ("refused", RED, "error", "level"),
    "PACK_CASE_OPEN": ("refused", RED, "error", "level"),
    "CODE_VOIDED": ("refused", RED, "error", "voided"),
    "CODE_UNKNOWN": ("refused", RED, "error", "unknown"),
    "CODE_MALFORMED": ("refused", RED, "error", "unknown"),
    "PACK_FULL": ("refused", RED, "error", "full"),
    "PACK_SHORT": ("duplicate", AMBER, "duplicate", "short"),
    "PACK_EMPTY": ("refused", RED, "error", "empty"),
}


def refused(exc: BaseException, lang: str) -> Look:
    """How a refusal shows: its kind from the reason, the server's words as detail."""
    heads = _heads()
    if isinstance(exc, ServerError):
        kind, colour, sound, head = _REFUSALS.get(exc.reason,
                                                  ("refused", RED, "error", "refused"))
        return Look(kind, colour, sound, "✖ " + heads[head], exc.message(lang))
    return Look("refused", RED, "error", "✖ " + heads["refused"], str(exc))


def queued(pending: int) -> Look:
    detail = QCoreApplication.translate("Packing", "Offline — %1 pending")
    return Look("queued", AMBER, "queued",
                QCoreApplication.translate("Packing", "⏸ Kept offline"),
                detail.replace("%1", str(pending)))


class FeedbackPanel(QWidget):
    """The big coloured block under the scan field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.headline = QLabel()
        self.headline.setObjectName("feedbackHeadline")
        self.detail = QLabel()
        self.detail.setObjectName("feedbackDetail")
        self.detail.setWordWrap(True)
        for label in (self.headline, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.setMinimumHeight(170)
        self.look = Look("idle", GREY, "", "")
        self.show_look(Look("idle", GREY, "",
                            QCoreApplication.translate("Packing", "Ready to scan")))

    def show_look(self, look: Look) -> None:
        colour_changed = look.colour != self.look.colour or not self.styleSheet()
        self.look = look
        self.headline.setText(look.headline)
        self.detail.setText(look.detail)
        if not colour_changed:  # restyling costs more than the rest of a scan's answer
            return
        self.setStyleSheet(f"#feedback {{ background: {look.colour}; border-radius: 8px; }}"
                           "QLabel { color: white; }"
                           "#feedbackHeadline { font-size: 40px; font-weight: bold; }"
                           "#feedbackDetail { font-size: 22px; }")
