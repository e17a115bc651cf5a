"""Streaming batch processing: ordered output, bounded memory, one process or many.

The engine knows nothing about files or terminals: it takes an iterable of numbered input
lines and a picklable *chunk task* (a callable turning a list of ``(line_number, text)``
pairs into a list of output strings), and yields the output chunks **in input order**.

* ``workers=1`` runs the task in the calling process.
* ``workers=N`` runs it in a pool of ``N`` worker processes (``spawn`` start method). Each
  worker calls ``task.load()`` once, from the pool initializer, so a task can load its model
  once per process rather than once per chunk.
* At most ``max_in_flight`` chunks are submitted and not yet consumed, so memory stays
  bounded by ``max_in_flight * chunk_size`` inputs whatever the input size.

Example:
    >>> from poolrefs.records import ParseTask
    >>> lines = enumerate(["Kato A. Patent pools. 2004."], start=1)
    >>> for chunk in stream_chunks(lines, ParseTask()):  # doctest: +SKIP
    ...     print(chunk[0][:40])
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Protocol

from .errors import PoolrefsError

__all__ = ["ChunkTask", "WorkerError", "chunked", "stream_chunks"]

#: One numbered input: ``(1-based line number, text)``.
NumberedLine = tuple[int, str]


class ChunkTask(Protocol):
    """What the engine runs: picklable, with a one-off ``load`` per process."""

    def load(self) -> None:
        """Load whatever the task needs (a model...) in the current process."""

    def __call__(self, chunk: list[NumberedLine]) -> list[str]:
        """Process one chunk; one output string per input that yields a record."""


class WorkerError(PoolrefsError, RuntimeError):
    """A worker process died (killed, out of memory, crashed in native code)."""


def chunked(items: Iterable[NumberedLine], size: int) -> Iterator[list[NumberedLine]]:
    """Split ``items`` into lists of at most ``size`` items, lazily."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def stream_chunks(
    items: Iterable[NumberedLine],
    task: ChunkTask,
    *,
    workers: int = 1,
    chunk_size: int = 256,
    max_in_flight: int | None = None,
) -> Iterator[list[str]]:
    """Run ``task`` over ``items`` chunk by chunk; yield each chunk's output in input order.

    Args:
        items: numbered input lines, consumed lazily.
        task: the chunk task (see :class:`ChunkTask`); must be picklable when ``workers > 1``.
        workers: number of processes; 1 runs in the calling process.
        chunk_size: inputs per chunk (the unit of work, ordering and flushing).
        max_in_flight: chunks submitted but not yet yielded (default ``4 * workers``).

    Raises:
        WorkerError: a worker process died; the chunks already yielded stay valid.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    chunks = chunked(items, chunk_size)
    if workers == 1:
        task.load()
        yield from (task(chunk) for chunk in chunks)
        return
    yield from _pooled(chunks, task, workers, max_in_flight or 4 * workers)


def _pooled(
    chunks: Iterator[list[NumberedLine]], task: ChunkTask, workers: int, limit: int
) -> Iterator[list[str]]:
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_load, initargs=(task,))
    pending: deque[Future[list[str]]] = deque()
    try:
        for chunk in chunks:
            # a dead worker breaks the pool: ``submit`` raises as soon as the pool knows,
            # which may be before any pending ``result()`` does
            pending.append(_submit(pool, task, chunk))
            if len(pending) >= limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _load(task: ChunkTask) -> None:
    task.load()


def _submit(
    pool: ProcessPoolExecutor, task: ChunkTask, chunk: list[NumberedLine]
) -> Future[list[str]]:
    try:
        return pool.submit(task, chunk)
    except BrokenProcessPool as exc:
        raise _worker_died(exc) from exc


def _result(future: Future[list[str]]) -> list[str]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise _worker_died(exc) from exc


def _worker_died(exc: BrokenProcessPool) -> WorkerError:
    return WorkerError(f"a worker process died: {exc}")
