"""`yima collector`: association records from line equipment to the server.

A camera reader (or the line PC's software) emits one record per line of text: the case code,
then the item codes read in it (or a pallet code, then its cases), separated by commas,
semicolons, tabs or spaces; or a JSON object {"parent": …, "children": […], "short": false}.
Records are read from a file, stdin, a TCP connection to the reader (tcp://host:port) or
readers connecting to us (listen://host:port); each is written to the disk journal first, then
streamed over PackingService.Collect, and dropped from the journal when the server acknowledges
it. While the server is unreachable, records wait in the journal; the stream reconnects with
back-off and sends everything unacknowledged again under the same ids: nothing is lost, nothing
applies twice.
"""

from __future__ import annotations

import json
import logging
import queue
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from google.protobuf.timestamp_pb2 import Timestamp

from client.connection import Connection, ServerError
from shared.collector_journal import Journal, Outcome, Record
from shared.pb import packing_pb2

log = logging.getLogger("yima.collector")
_SPLIT = re.compile(r"[,;\t ]+")
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
MAX_IN_FLIGHT = 256


@dataclass(frozen=True)
class Target:
    """Where records go: server, account, and the line/product/lot they belong to."""

    server: str
    tenant: str
    username: str
    password: str
    line_id: int
    product_id: int
    lot_id: int = 0
    station: str = "collector"
    items_per_case: int = 0


def parse(line: str) -> Record | None:
    """One record from one line of reader output, or None for a blank line."""
    line = line.strip().lstrip("\ufeff")
    if not line:
        return None
    short = False
    if line.startswith("{"):
        data = json.loads(line)
        parent, children = str(data["parent"]), [str(c) for c in data["children"]]
        short = bool(data.get("short", False))
    else:
        parts = [p for p in _SPLIT.split(line) if p]
        parent, children = parts[0], parts[1:]
    if not children:
        raise ValueError(f"a record needs a parent code and at least one child: {line[:80]}")
    return Record(uuid.uuid4().hex, parent, children, time.time(), short)


class Collector:
    """Reads into the journal; one sender thread keeps the stream to the server going."""

    def __init__(self, target: Target, journal: Journal) -> None:
        self.target = target
        self.journal = journal
        self.stop = threading.Event()
        self.input_done = threading.Event()
        self.acked = 0
        self.connected = threading.Event()
        self._wake = threading.Condition()
        self._sender = threading.Thread(target=self._send_loop, name="collector-send",
                                        daemon=True)

    # --- reading --------------------------------------------------------------------------------

    def feed(self, lines: Iterable[str]) -> int:
        """Journal every record of `lines`; returns how many were read."""
        count = 0
        for line in lines:
            try:
                record = parse(line)
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("unreadable line skipped: %s", exc)
                continue
            if record is None:
                continue
            self.journal.add(record)
            count += 1
            with self._wake:
                self._wake.notify_all()
        return count

    def start(self) -> None:
        self._sender.start()

    def finish_input(self) -> None:
        self.input_done.set()
        with self._wake:
            self._wake.notify_all()

    def wait_drained(self, timeout: float | None = None) -> bool:
        """Wait until the input has ended and every record is acknowledged."""
        end = None if timeout is None else time.monotonic() + timeout
        while not (self.input_done.is_set() and not self.journal.count()):
            if self.stop.is_set() or (end is not None and time.monotonic() > end):
                return False
            time.sleep(0.05)
        return True

    # --- sending --------------------------------------------------------------------------------

    def _message(self, record: Record) -> packing_pb2.CollectRecord:
        stamp = Timestamp()
        stamp.FromNanoseconds(int(record.read_at * 1e9))
        t = self.target
        return packing_pb2.CollectRecord(
            record_id=record.record_id, line_id=t.line_id, station=t.station,
            product_id=t.product_id, lot_id=t.lot_id, parent_code=record.parent,
            child_codes=record.children, short=record.short, read_at=stamp,
            items_per_case=t.items_per_case)

    def _requests(self, sent: set[str], acks: queue.Queue[str]) -> Iterator[
            packing_pb2.CollectRecord]:
        """Unacknowledged records in order, then new ones as they are read."""
        in_flight = 0
        while not self.stop.is_set():
            while not acks.empty():
                acks.get_nowait()
                in_flight -= 1
            fresh = [r for r in self.journal.pending() if r.record_id not in sent]
            if not fresh and self.input_done.is_set() and not self.journal.count():
                return
            for record in fresh:
                if in_flight >= MAX_IN_FLIGHT:
                    break
                sent.add(record.record_id)
                in_flight += 1
                yield self._message(record)
            with self._wake:
                self._wake.wait(0.05)

    def _send_loop(self) -> None:
        failures = 0
        conn: Connection | None = None
        while not self.stop.is_set():
            if self.input_done.is_set() and not self.journal.count():
                return
            try:
                if conn is None or not conn.token:
                    conn = Connection(self.target.server)
                    conn.login(self.target.tenant, self.target.username, self.target.password,
                               client_info="yima collector")
                self.connected.set()
                self._stream(conn)
                failures = 0
            except ServerError as exc:
                self.connected.clear()
                if exc.code.name == "UNAUTHENTICATED" and conn is not None:
                    conn.token = ""
                if not exc.is_connection_problem and exc.code.name != "UNAUTHENTICATED":
                    log.error("server refused the collector: %s", exc.message_en)
                delay = BACKOFF[min(failures, len(BACKOFF) - 1)]
                failures += 1
                log.info("server unreachable (%s); %d records buffered; retry in %.1fs",
                         exc.reason, self.journal.count(), delay)
                if conn is not None and exc.is_connection_problem:
                    conn.close()
                    conn = None
                self.stop.wait(delay)
        if conn is not None:
            conn.close()

    def _stream(self, conn: Connection) -> None:
        sent: set[str] = set()
        acks: queue.Queue[str] = queue.Queue()
        responses = conn.stream(conn.packing.Collect, self._requests(sent, acks))
        for ack in responses:
            acks.put(ack.record_id)
            with self._wake:
                self._wake.notify_all()
            outcome = Outcome(ack.record_id, ack.ok, ack.duplicate, ack.reason,
                              ack.message_en)
            if not ack.ok:
                log.warning("record %s refused: %s %s", ack.record_id, ack.reason,
                            ack.message_en)
            self.journal.ack(outcome)
            self.acked += 1


def _lines_from_socket(sock: socket.socket) -> Iterator[str]:
    buffer = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = re.split(rb"\r?\n|\r", buffer)
        for line in lines:
            yield line.decode("utf-8", "replace")
    if buffer.strip():
        yield buffer.decode("utf-8", "replace")


def read_input(collector: Collector, source: str) -> None:
    """Read records from a file, '-' (stdin), tcp://host:port or listen://host:port."""
    try:
        if source.startswith("tcp://"):
            host, port = source[6:].rsplit(":", 1)
            with socket.create_connection((host, int(port))) as sock:
                collector.feed(_lines_from_socket(sock))
        elif source.startswith("listen://"):
            host, port = source[9:].rsplit(":", 1)
            with socket.create_server((host, int(port))) as server:
                print(f"collector listening on {host}:{server.getsockname()[1]}", flush=True)
                while not collector.stop.is_set():
                    peer, _ = server.accept()
                    threading.Thread(target=lambda s=peer: collector.feed(_lines_from_socket(s)),
                                     daemon=True).start()
        elif source == "-":
            collector.feed(_stdin_lines(sys.stdin))
        else:
            with open(Path(source), encoding="utf-8") as fh:
                collector.feed(fh)
    finally:
        collector.finish_input()


def _stdin_lines(stream: TextIO) -> Iterator[str]:
    yield from iter(stream.readline, "")
