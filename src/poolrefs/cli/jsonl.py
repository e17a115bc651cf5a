"""``poolrefs parse --jsonl``: stream references to JSON lines, on many cores, resumably.

Reads one reference per line from a file or stdin and writes one record per line
(:mod:`poolrefs.records`) as it goes, in input order, flushing after every chunk. With
``-o FILE`` an interrupted run restarted with the same output file continues after the last
complete record (:mod:`poolrefs.resume`); ``--overwrite`` starts over.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from typing import IO, BinaryIO

from ..errors import FormatError
from ..records import ParseTask
from ..resume import prepare_resume
from ..stream import ChunkTask, stream_chunks
from .stream_progress import make_progress

__all__ = ["MAX_LINE_BYTES", "add_jsonl_arguments", "run_jsonl"]

#: Input lines longer than this are cut here (the parser then rejects them as too long), so
#: one pathological line cannot exhaust memory.
MAX_LINE_BYTES = 4 << 20


def add_jsonl_arguments(parser: argparse.ArgumentParser, *, tag_option: bool = True) -> None:
    """Add the streaming options to the ``parse`` sub-command."""
    group = parser.add_argument_group("streaming (--jsonl)")
    group.add_argument(
        "--jsonl", action="store_true",
        help="stream: one reference per input line, one JSON record per output line",
    )  # fmt: skip
    group.add_argument("--workers", type=_positive, default=1, help="worker processes (default 1)")
    group.add_argument("--chunk-size", type=_positive, default=256, help="inputs per chunk (default 256)")
    group.add_argument(
        "--overwrite", action="store_true",
        help="with -o: start over instead of resuming after the output's last record",
    )  # fmt: skip
    group.add_argument("--no-progress", action="store_true", help="no progress display on stderr")
    if tag_option:
        group.add_argument("--tag", action="store_true", help="add topic tags (x-topics)")


def run_jsonl(args: argparse.Namespace, *, task: ChunkTask | None = None) -> int:
    """Run a streaming parse as described by ``args`` (``input``, ``output`` and the options)."""
    task = task or ParseTask(tag=bool(getattr(args, "tag", False)))
    output: str | None = getattr(args, "output", None)
    with ExitStack() as stack:
        source = _open_input(args.input, stack)
        out, skip = _open_output(output, bool(args.overwrite), stack)
        total = _size(source) if args.input != "-" else None
        reader = _LineReader(source, skip)
        progress = stack.enter_context(
            make_progress(total=total, enabled=not args.no_progress)
        )
        started = time.monotonic()
        written = failed = 0
        for lines in stream_chunks(
            reader, task, workers=args.workers, chunk_size=args.chunk_size
        ):
            if lines:
                out.write(("\n".join(lines) + "\n").encode("utf-8"))
                out.flush()
            written += len(lines)
            failed += sum('"x-error":' in line for line in lines)
            progress.update(records=written, position=reader.position)
        if reader.last < skip:
            raise FormatError(
                f"cannot resume: the output holds records up to input line {skip} but the "
                f"input has {reader.last} lines (another input? use --overwrite)",
                source=output,
            )
    _summary(written, failed, skip, time.monotonic() - started)
    return 0


class _LineReader:
    """Numbered, decoded input lines after ``skip``; tracks the byte position for progress."""

    def __init__(self, stream: BinaryIO, skip: int):
        self.stream = stream
        self.skip = skip
        self.last = 0
        self.position = 0

    def __iter__(self) -> Iterator[tuple[int, str]]:
        while raw := self._readline():
            self.last += 1
            if self.last > self.skip:
                yield self.last, _decode(raw, first=self.last == 1)

    def _readline(self) -> bytes:
        raw = self.stream.readline(MAX_LINE_BYTES)
        self.position += len(raw)
        if len(raw) == MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := self.stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                self.position += len(rest)  # the over-long line's remainder is dropped
            self.position += len(rest)
        return raw


def _decode(raw: bytes, *, first: bool) -> str:
    text = raw.decode("utf-8", "replace").rstrip("\r\n")
    return text.removeprefix("\ufeff") if first else text


def _open_input(path: str, stack: ExitStack) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return stack.enter_context(open(path, "rb"))


def _open_output(path: str | None, overwrite: bool, stack: ExitStack) -> tuple[IO[bytes], int]:
    if path is None or path == "-":
        return sys.stdout.buffer, 0
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    exists = os.path.exists(path) and not overwrite
    out: BinaryIO = stack.enter_context(open(path, "r+b" if exists else "w+b"))  # noqa: SIM115
    return out, prepare_resume(out, source=path) if exists else 0


def _size(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size or None
    except (OSError, ValueError):
        return None


def _summary(written: int, failed: int, skip: int, elapsed: float) -> None:
    rate = written / elapsed if elapsed > 0 else 0.0
    resumed = f", resumed after input line {skip}" if skip else ""
    print(
        f"poolrefs: wrote {written} record(s) ({failed} failed){resumed} "
        f"in {elapsed:.1f} s ({rate:.0f}/s)",
        file=sys.stderr,
    )


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return number
