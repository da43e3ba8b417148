"""The station's durable queue survives a restart of the client; its sounds are real, distinct
WAV files and playing them never breaks a PC without an audio device."""

from __future__ import annotations

import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

from client.packing.queue import Command, ScanQueue
from client.packing.sounds import TONES, Sounds


def test_queue_keeps_unanswered_commands_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "queue.jsonl"
    queue = ScanQueue(path)
    first = queue.put(Command("scan", 7, "CODE-1"))
    second = queue.put(Command("scan", 7, "CODE-2", extra={"offline": True}))
    third = queue.put(Command("undo", 7))
    queue.done(first.op)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"kind": "scan", "run_id"')  # a line torn by a power cut
    again = ScanQueue(path)
    assert [c.op for c in again.pending()] == [second.op, third.op]
    assert again.head() == second and again.head().extra == {"offline": True}  # type: ignore
    again.done(second.op)
    again.done(third.op)
    assert len(again) == 0 and path.read_text() == ""  # emptied once everything is answered
    assert len(ScanQueue(path)) == 0


def test_sounds_are_distinct_wavs_and_play_without_audio(qapp: QApplication,
                                                         tmp_path: Path) -> None:
    sounds = Sounds(tmp_path)
    waves = {}
    for name in TONES:
        with wave.open(str(tmp_path / f"{name}.wav")) as wav:
            assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
            waves[name] = wav.readframes(wav.getnframes())
        assert any(waves[name]), name  # not silence
    assert len(set(waves.values())) == len(TONES)  # each outcome sounds different
    for name in TONES:
        sounds.play(name)
    qapp.processEvents()
    assert sounds.played == list(TONES)


def test_a_long_shift_does_not_run_out_of_none(qapp: QApplication) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call (about ten per
    scan at a station): a shift's worth of calls must not abort the client (client.qtcompat)."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for n in range(60_000):  # more than None's whole reference count in a fresh process
        label.setText(str(n % 10))
    assert sys.getrefcount(None) > 0 and before > 60_000
