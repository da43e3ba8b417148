"""The gateway's batcher: alone when idle, together under load, failures reach every query."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from gateway.batcher import Batcher


def test_queries_travel_alone_when_idle_and_together_under_load() -> None:
    calls: list[list[int]] = []
    gate = asyncio.Event()

    async def send(batch: Sequence[int]) -> list[int]:
        calls.append(list(batch))
        await gate.wait()
        return [q * 10 for q in batch]

    async def scenario() -> list[int]:
        batcher: Batcher[int, int] = Batcher(send, max_batch=3, in_flight=1)
        first = asyncio.ensure_future(batcher.submit(1))
        await asyncio.sleep(0)
        rest = [asyncio.ensure_future(batcher.submit(q)) for q in range(2, 8)]
        await asyncio.sleep(0)
        gate.set()
        return list(await asyncio.gather(first, *rest))

    answers = asyncio.run(scenario())
    assert answers == [10, 20, 30, 40, 50, 60, 70]
    assert calls == [[1], [2, 3, 4], [5, 6, 7]]


def test_a_failed_call_fails_each_of_its_queries() -> None:
    async def send(batch: Sequence[int]) -> list[int]:
        raise RuntimeError("server away")

    async def scenario() -> None:
        batcher: Batcher[int, int] = Batcher(send)
        results = await asyncio.gather(*(batcher.submit(q) for q in range(3)),
                                       return_exceptions=True)
        assert all(isinstance(r, RuntimeError) for r in results)

    asyncio.run(scenario())
    with pytest.raises(RuntimeError):
        asyncio.run(Batcher(send).submit(1))  # type: ignore[arg-type]
