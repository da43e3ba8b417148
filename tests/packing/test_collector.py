"""`yima collector` streams camera records through a server restart: records read while the
server is down wait in the journal, a record whose acknowledgement was lost is sent again, and in
the end every record is applied exactly once."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from server.app import Running, build_server
from server.codes.keys import KeyStore
from server.config import ServerConfig
from shared.collector import parse
from shared.pb import codes_pb2, common_pb2
from tests.packing.helpers import Plant, container, events
from tests.support.tenants import USER_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def wait_for(check: Callable[[], object], what: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def serve(sessions: sessionmaker[Session], keys: KeyStore, port: int = 0) -> Running:
    return build_server(ServerConfig(listen=f"127.0.0.1:{port}", workers=4, migrate=False),
                        sessions, keys)


def applied(engine: Engine, tenant_id: int) -> int:
    with engine.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM pack_op WHERE tenant_id = :t "
                                  "AND kind = 'record'"), {"t": tenant_id}).scalar_one())


def test_parse_reads_reader_lines_and_json() -> None:
    record = parse("CASE1, A;B\tC D\r\n")
    assert record is not None
    assert (record.parent, record.children) == ("CASE1", ["A", "B", "C", "D"])
    record = parse('{"parent": "P", "children": ["C1"], "short": true}')
    assert record is not None and record.short and record.children == ["C1"]
    assert parse("   ") is None
    with pytest.raises(ValueError):
        parse("ONLY-A-PARENT")


def test_collector_survives_a_server_restart(plant: Plant, sessions: sessionmaker[Session],
                                             keys: KeyStore, engine: Engine,
                                             tmp_path: Path) -> None:
    plant.tenant.user_with("line1", ["pack.collect"], plant.factory_id)
    tenant_id = plant.tenant.ids.tenant_id
    records = [[plant.code("case", n + 1), *plant.codes("item", n * 4 + 1, n * 4 + 4)]
               for n in range(12)]
    first = serve(sessions, keys)
    port = first.port
    camera = socket.create_server(("127.0.0.1", 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "collector", "--server", f"127.0.0.1:{port}",
         "--tenant", plant.tenant.code, "--user", "line1", "--password", USER_PASSWORD,
         "--line-id", str(plant.line_id), "--product-id", str(plant.product_id),
         "--lot-id", str(plant.lot_id), "--station", "LINE-PC-1",
         "--input", f"tcp://127.0.0.1:{camera.getsockname()[1]}",
         "--buffer", str(tmp_path / "journal")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    second: Running | None = None
    try:
        reader, _ = camera.accept()
        send = lambda rows: reader.sendall("".join(",".join(r) + "\r\n" for r in rows).encode())  # noqa: E731
        send(records[:5])
        wait_for(lambda: applied(engine, tenant_id) == 5, "the first five records")
        # Hold the run's row so the sixth record is in the server when it goes down.
        with engine.connect() as locker:
            tx = locker.begin()
            locker.execute(text("SELECT id FROM pack_run WHERE tenant_id = :t FOR UPDATE"),
                           {"t": tenant_id})
            send(records[5:6])
            wait_for(lambda: _waiting_on_lock(engine), "the sixth record to reach the lock")
            first.stop(0)
            send(records[6:10])  # read while the server is down: journalled
            journal = tmp_path / "journal" / "records.jsonl"
            wait_for(lambda: journal.exists() and
                     len(journal.read_text().splitlines()) == 5, "records 6–10 in the journal")
            tx.rollback()  # the sixth record commits; its acknowledgement is lost
        wait_for(lambda: applied(engine, tenant_id) == 6, "the sixth record to commit")
        second = serve(sessions, keys, port)
        send(records[10:])
        reader.close()
        assert proc.wait(90) == 0, proc.stdout.read() if proc.stdout else ""
    finally:
        if proc.poll() is None:
            proc.kill()
        camera.close()
        if second is not None:
            second.stop(0.5)
    out = proc.stdout.read() if proc.stdout else ""
    assert "0 refused, 0 still buffered" in out, out
    assert applied(engine, tenant_id) == 12
    conn = plant.admin
    for row in records:
        case = container(conn, row[0])
        assert sorted(c.code for c in case.children) == sorted(row[1:]), row[0]
    log = events(conn)
    assert len(log) == 12 and {e.parent_code for e in log} == {r[0] for r in records}
    runs = conn.call(conn.packing.ListRuns, common_pb2.ListQuery()).items
    assert [(r.station, r.cases, r.items) for r in runs] == [("LINE-PC-1", 12, 48)]
    info = conn.call(conn.codes.LookupCode, codes_pb2.LookupCodeRequest(code=records[9][2]))
    assert info.state == codes_pb2.CODE_STATE_ACTIVATED


def _waiting_on_lock(engine: Engine) -> bool:
    with engine.connect() as c:
        return bool(c.execute(text("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE wait_event_type = 'Lock'")).scalar_one())
