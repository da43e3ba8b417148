"""Two stations scanning the same code at the same moment: exactly one wins, the other is told
where the code went; nothing is packed twice."""

from __future__ import annotations

import threading

from client.connection import ServerError
from shared.pb import common_pb2
from tests.packing.helpers import Plant, container, scan


def _race(calls: list) -> list[object]:  # type: ignore[type-arg]
    barrier = threading.Barrier(len(calls))
    out: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            out[i] = calls[i]()
        except ServerError as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return out


def test_two_stations_race_for_the_same_codes(plant: Plant) -> None:
    a, b = plant.operator("op_a"), plant.operator("op_b")
    run_a, run_b = plant.start(a, "A"), plant.start(b, "B")
    assert run_a.id != run_b.id
    codes = plant.codes("item", 101, 104)
    for code in codes:
        results = _race([lambda c=code: scan(a, run_a.id, c),
                         lambda c=code: scan(b, run_b.id, c)])
        errors = [r for r in results if isinstance(r, ServerError)]
        assert len(errors) == 1, results
        assert errors[0].reason == "PACK_PENDING_ELSEWHERE"
        assert ("A" if results[1] is errors[0] else "B") in errors[0].message_en
    # Both stations close a case with the same case code: one wins.
    more = plant.codes("item", 111, 118)
    fill(plant, a, run_a.id, more[:4])
    fill(plant, b, run_b.id, more[4:])
    case = plant.code("case", 30)
    results = _race([lambda: scan(a, run_a.id, case, short_reason="race"),
                     lambda: scan(b, run_b.id, case, short_reason="race")])
    errors = [r for r in results if isinstance(r, ServerError)]
    # The winner's case went onto its open pallet: the loser is told which station has it.
    assert len(errors) == 1 and errors[0].reason == "PACK_PENDING_ELSEWHERE", results
    winner, loser = (run_a, run_b) if results[1] is errors[0] else (run_b, run_a)
    assert f'"{winner.station}"' in errors[0].message_en
    assert container(a, case).item_count == 4
    # Nothing of the refused close was applied: the loser's four bottles wait in its open case.
    left = a.call(a.packing.GetRun, common_pb2.IdRequest(id=loser.id))
    assert (left.open_case_items, left.cases) == (4, 0)


def fill(plant: Plant, conn: object, run_id: int, codes: list[str]) -> None:
    from client.connection import Connection
    assert isinstance(conn, Connection)
    for code in codes:
        try:
            scan(conn, run_id, code)
        except ServerError as exc:
            assert exc.reason == "PACK_FULL"
