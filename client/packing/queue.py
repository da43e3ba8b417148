"""The station's durable queue: every scan (and every command that changes the tree) is written
to a file in the client's data folder, with its operation id, before it is sent. Sent commands
are marked done when the server has answered. A scan made while the server is unreachable stays
queued; after a crash or a restart the queue is read back and replayed under the same ids, so the
server applies each once. Qt-free."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Command:
    """One station command: kind is scan / undo / virtual_pallet / link_range."""

    kind: str
    run_id: int
    code: str = ""
    short_reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    op: str = field(default_factory=lambda: uuid.uuid4().hex)
    at: float = field(default_factory=time.time)  # when the operator scanned


class ScanQueue:
    """Append-only JSON lines: a command, or {"done": op}. Emptied when nothing is pending."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._pending: dict[str, Command] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        done: set[str] = set()
        commands: list[Command] = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                data = json.loads(line)
            except ValueError:
                continue  # a line torn by a crash was never sent
            if "done" in data:
                done.add(data["done"])
            else:
                commands.append(Command(**data))
        self._pending = {c.op: c for c in commands if c.op not in done}

    def put(self, command: Command) -> Command:
        """Keep the command on disk before it goes anywhere."""
        with self._lock:
            self._append(json.dumps(asdict(command), ensure_ascii=False))
            self._pending[command.op] = command
        return command

    def done(self, op: str) -> None:
        # Not fsynced: a "done" lost in a power cut only means the command is sent again, and
        # the server answers a repeated operation id with its first answer.
        with self._lock:
            if self._pending.pop(op, None) is None:
                return
            if self._pending:
                self._append(json.dumps({"done": op}), sync=False)
            else:
                self.path.write_text("", encoding="utf-8")

    def head(self) -> Command | None:
        """The oldest command not answered yet."""
        with self._lock:
            return next(iter(self._pending.values()), None)

    def pending(self) -> list[Command]:
        with self._lock:
            return list(self._pending.values())

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)

    def _append(self, line: str, *, sync: bool = True) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
