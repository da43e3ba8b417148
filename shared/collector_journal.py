"""The collector's disk buffer: every record read from the line is written (and fsynced) before
it is sent, with the id it keeps for good; acknowledgements are written beside it. After a
crash, a power cut or a server outage, what was read and not acknowledged is sent again under
the same id, and the server applies each id once. Both files are append-only JSON lines and are
emptied when everything in them has been acknowledged."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Record:
    record_id: str
    parent: str
    children: list[str]
    read_at: float  # seconds since the epoch, when the camera read it
    short: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))


@dataclass
class Outcome:
    record_id: str
    ok: bool
    duplicate: bool = False
    reason: str = ""
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Journal:
    """records.jsonl (read), acked.jsonl (acknowledged, with the outcome) in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._records = folder / "records.jsonl"
        self._acked = folder / "acked.jsonl"
        self._lock = threading.Lock()
        self._pending: dict[str, Record] = {}
        self.refused: list[Outcome] = []
        self._load()

    def _load(self) -> None:
        acked: set[str] = set()
        if self._acked.exists():
            for line in self._acked.read_text(encoding="utf-8").splitlines():
                try:
                    outcome = Outcome(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # a line torn by a crash: its record is simply sent again
                acked.add(outcome.record_id)
                if not outcome.ok:
                    self.refused.append(outcome)
        if self._records.exists():
            for line in self._records.read_text(encoding="utf-8").splitlines():
                try:
                    record = Record(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # torn while being written: never acknowledged, never sent
                if record.record_id not in acked:
                    self._pending[record.record_id] = record

    def add(self, record: Record) -> None:
        """Keep a record on disk before anything else happens to it."""
        with self._lock:
            self._append(self._records, record.to_json())
            self._pending[record.record_id] = record

    def ack(self, outcome: Outcome) -> None:
        with self._lock:
            if outcome.record_id not in self._pending:
                return
            self._append(self._acked, json.dumps(asdict(outcome), ensure_ascii=False))
            del self._pending[outcome.record_id]
            if not outcome.ok:
                self.refused.append(outcome)
            if not self._pending:
                self._compact()

    def pending(self) -> list[Record]:
        """Records read and not acknowledged, in the order they were read."""
        with self._lock:
            return list(self._pending.values())

    def count(self) -> int:
        with self._lock:
            return len(self._pending)

    def _compact(self) -> None:
        for path in (self._records, self._acked):
            if path.exists():
                with open(path, "w", encoding="utf-8") as fh:
                    fh.flush()
                    os.fsync(fh.fileno())

    @staticmethod
    def _append(path: Path, line: str) -> None:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
