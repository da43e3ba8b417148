"""Consumers' queries that arrive together go to the server together. Nothing waits for a
batch to fill: when no call is in flight a query is sent at once; while `in_flight` calls are
out, new queries queue and leave together as soon as one returns. Under light load each query
travels alone; under heavy load a call carries many, and the server answers them all with two
database round trips."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Q = TypeVar("Q")
A = TypeVar("A")


class Batcher(Generic[Q, A]):
    def __init__(self, send: Callable[[Sequence[Q]], Awaitable[Sequence[A]]], *,
                 max_batch: int = 64, in_flight: int = 4) -> None:
        self._send = send
        self._max_batch = max_batch
        self._limit = in_flight
        self._queue: list[tuple[Q, asyncio.Future[A]]] = []
        self._flying = 0

    async def submit(self, query: Q) -> A:
        future: asyncio.Future[A] = asyncio.get_running_loop().create_future()
        self._queue.append((query, future))
        self._pump()
        return await future

    def _pump(self) -> None:
        while self._queue and self._flying < self._limit:
            batch = self._queue[:self._max_batch]
            del self._queue[:self._max_batch]
            self._flying += 1
            asyncio.get_running_loop().create_task(self._deliver(batch))

    async def _deliver(self, batch: list[tuple[Q, asyncio.Future[A]]]) -> None:
        try:
            answers = await self._send([query for query, _ in batch])
            for (_, future), answer in zip(batch, answers, strict=True):
                if not future.done():
                    future.set_result(answer)
        except BaseException as exc:  # every query of the batch hears of the failure
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
        finally:
            self._flying -= 1
            self._pump()
