"""Status bar pieces: connection state, who is signed in and their organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from client.monitor import State

_COLOURS = {State.CONNECTED: "#2e7d32", State.RECONNECTING: "#ef6c00", State.OFFLINE: "#c62828"}


class ConnectionIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionState")
        self.state = State.CONNECTED
        self.show_state(State.CONNECTED)

    def state_text(self, state: State) -> str:
        return {State.CONNECTED: self.tr("Connected"),
                State.RECONNECTING: self.tr("Reconnecting…"),
                State.OFFLINE: self.tr("Offline — retrying")}[state]

    def show_state(self, state: State) -> None:
        self.state = state
        self.setText(f"<span style='color:{_COLOURS[state]}'>●</span> {self.state_text(state)}")
        self.setToolTip(self.state_text(state))
