"""Progress for long CLI stages: rich bars on a terminal, plain lines otherwise (stderr)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

__all__ = ["StageBars", "item_progress"]


@contextmanager
def item_progress(
    label: str,
    total: int,
    *,
    describe: Callable[[Any], str] | None = None,
    enabled: bool = True,
) -> Iterator[Callable[[Any], None]]:
    """A callback to call once per finished item: a rich bar on a terminal (stderr).

    When stderr is not a TTY, each item prints ``[i/total] describe(item)`` if ``describe``
    is given, and nothing otherwise.
    """
    if not enabled or total <= 0:
        yield lambda _item: None
        return
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        columns = (label, BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(label, total=total)
            yield lambda _item: bar.advance(task)
        return
    done = [0]

    def plain(item: Any) -> None:
        done[0] += 1
        if describe is not None:
            print(f"[{done[0]}/{total}] {describe(item)}", file=sys.stderr, flush=True)

    yield plain


class StageBars:
    """One progress bar per stage (a :class:`poolrefs.build.StageProgress`).

    On a terminal the bars are drawn with rich; when stderr is not a TTY (CI, pipes) each
    stage prints a start line and a summary line, and nothing else.
    """

    def __init__(self, *, tty: bool | None = None) -> None:
        self.tty = sys.stderr.isatty() if tty is None else tty
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}

    def __enter__(self) -> StageBars:
        if self.tty:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description:<10}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[summary]}"),
                console=Console(stderr=True),
            )
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def start(self, stage: str, total: int) -> None:
        """A stage begins."""
        if self._progress is not None:
            self._tasks[stage] = self._progress.add_task(stage, total=max(total, 1), summary="")
        else:
            print(f"{stage}: {total} step(s)...", file=sys.stderr, flush=True)

    def advance(self, stage: str, steps: int = 1) -> None:
        """Steps of a stage are done."""
        if self._progress is not None and stage in self._tasks:
            self._progress.advance(self._tasks[stage], steps)

    def finish(self, stage: str, summary: str) -> None:
        """A stage ended with a one-line summary."""
        if self._progress is not None and stage in self._tasks:
            task = self._tasks[stage]
            total = self._progress.tasks[task].total
            self._progress.update(task, completed=total, summary=summary)
        else:
            print(f"{stage}: {summary}", file=sys.stderr, flush=True)
