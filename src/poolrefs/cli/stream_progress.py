"""Progress display on stderr: a rich bar with rate on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TextIO

__all__ = ["PLAIN_INTERVAL", "make_progress"]

#: Seconds between two plain progress lines (when stderr is not a terminal).
PLAIN_INTERVAL = 5.0


class _Progress(AbstractContextManager["_Progress"]):
    """Shared interface: ``update(records=..., position=...)``; a context manager."""

    def update(self, *, records: int, position: int) -> None:
        """Report ``records`` written so far and ``position`` bytes of input consumed."""

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


class _Plain(_Progress):
    def __init__(self, total: int | None, stream: TextIO, interval: float):
        self.total = total
        self.stream = stream
        self.interval = interval
        self.started = self.last = time.monotonic()

    def update(self, *, records: int, position: int) -> None:
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        share = f" ({100 * position / self.total:.1f}% of input)" if self.total else ""
        rate = records / (now - self.started)
        print(f"poolrefs: {records} records{share}, {rate:.0f}/s", file=self.stream, flush=True)


class _Rich(_Progress):
    def __init__(self, total: int | None, stream: TextIO):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.started = time.monotonic()
        self.bar = Progress(
            TextColumn("[bold]parsing"),
            BarColumn(),
            TextColumn("{task.percentage:>5.1f}%"),
            TextColumn("{task.fields[records]} records, {task.fields[rate]}/s"),
            TimeElapsedColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self.task = self.bar.add_task("parse", total=total, records=0, rate="-")

    def __enter__(self) -> _Rich:
        self.bar.start()
        return self

    def update(self, *, records: int, position: int) -> None:
        rate = records / max(time.monotonic() - self.started, 1e-9)
        self.bar.update(self.task, completed=position, records=records, rate=f"{rate:.0f}")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.bar.stop()


def make_progress(
    *, total: int | None, enabled: bool = True, stream: TextIO | None = None,
    interval: float = PLAIN_INTERVAL,
) -> _Progress:  # fmt: skip
    """A progress display: rich on a terminal, plain lines every ``interval`` s otherwise.

    Args:
        total: input size in bytes, when known (for the percentage).
        enabled: ``False`` gives a display that shows nothing.
        stream: where to draw (default ``sys.stderr``).
        interval: seconds between plain lines.
    """
    stream = stream or sys.stderr
    if not enabled:
        return _Progress()
    if stream.isatty():
        return _Rich(total, stream)
    return _Plain(total, stream, interval)
