"""Distinct sounds for scan outcomes, made as WAV files on first use (no sound files shipped) and
played with QtMultimedia's QSoundEffect. Where there is no audio device (or no QtMultimedia),
playing does nothing: the colours still say it."""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)
RATE = 22_050

# name -> [(frequency Hz, seconds)], 0 Hz = silence
TONES: dict[str, list[tuple[float, float]]] = {
    "ok": [(1760, 0.07)],                                     # short high blip: item accepted
    "closed": [(1320, 0.08), (0, 0.03), (1760, 0.12)],        # rising pair: case/pallet closed
    "duplicate": [(880, 0.08), (0, 0.05), (880, 0.08)],       # two equal beeps: scanned twice
    "error": [(220, 0.35)],                                   # long low buzz: refused
    "queued": [(660, 0.1), (0, 0.03), (440, 0.1)],            # falling pair: kept offline
}


def write_wav(path: Path, tones: list[tuple[float, float]]) -> None:
    """A mono 16-bit WAV of the tones (square-ish waves carry across a noisy hall)."""
    frames = bytearray()
    for freq, seconds in tones:
        count = int(RATE * seconds)
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / 200)  # no clicks at the edges
            value = 0.0 if freq == 0 else math.copysign(1.0, math.sin(2 * math.pi * freq * i /
                                                                       RATE)) * 0.5 * fade
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


class Sounds(QObject):
    """Plays an outcome's sound; silent when audio is unavailable."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.enabled = True
        self.played: list[str] = []  # what was asked for (the tests listen here)
        self._effects: dict[str, object] = {}
        folder.mkdir(parents=True, exist_ok=True)
        for name, tones in TONES.items():
            path = folder / f"{name}.wav"
            if not path.exists():
                write_wav(path, tones)
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Qt without multimedia: colours only
            log.info("QtMultimedia is not available: scans are silent")
            return
        for name in TONES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{name}.wav")))
            effect.setVolume(1.0)
            self._effects[name] = effect

    def play(self, name: str) -> None:
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is None or not self.enabled:
            return
        try:
            effect.stop()  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]
        except RuntimeError:  # no audio device: nothing to hear, nothing to break
            log.debug("could not play %s", name)
