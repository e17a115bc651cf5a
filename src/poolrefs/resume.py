"""Resuming an interrupted JSON-lines run from its own output.

Every record of a streaming run carries ``x-line``, the input line it came from, and records
are written in input order, one chunk at a time. So an output file is its own checkpoint: its
last *complete* line names the last input that was fully written. A run killed mid-write can
leave a partial last line; :func:`prepare_resume` cuts it off, and the restarted run skips
every input line up to the checkpoint. Nothing is written twice and nothing is lost.
"""

from __future__ import annotations

import json
import os
from typing import BinaryIO

from .errors import FormatError

__all__ = ["prepare_resume"]

_BLOCK = 1 << 16


def prepare_resume(out: BinaryIO, *, source: str = "<output>") -> int:
    """Truncate a partial last line of ``out`` and return the last input line it holds.

    Args:
        out: the output file, opened for reading and writing in binary mode (``"r+b"``).
        source: the file name, for messages.

    Returns:
        The ``x-line`` of the last complete record, or 0 for an empty file. The stream is
        left positioned at its (possibly new) end, ready to append.

    Raises:
        FormatError: the last complete line is not a record with an integer ``x-line``
            (the file is not the output of a ``--jsonl`` run).
    """
    end = out.seek(0, os.SEEK_END)
    cut = _after_last_newline(out, end)
    if cut < end:
        out.truncate(cut)
    out.seek(cut)
    if cut == 0:
        return 0
    start = _after_last_newline(out, cut - 1)
    out.seek(start)
    last = out.read(cut - start)
    out.seek(cut)
    return _line_number(last, source)


def _after_last_newline(out: BinaryIO, end: int) -> int:
    """Offset just after the last newline byte before ``end`` (0 if there is none)."""
    position = end
    while position > 0:
        size = min(_BLOCK, position)
        position -= size
        out.seek(position)
        found = out.read(size).rfind(b"\n")
        if found >= 0:
            return position + found + 1
    return 0


def _line_number(line: bytes, source: str) -> int:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise FormatError(
            f"cannot resume: the last line is not JSON ({exc})", source=source
        ) from exc
    number = record.get("x-line") if isinstance(record, dict) else None
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise FormatError(
            "cannot resume: the last record has no 'x-line' (not written by parse --jsonl?)",
            source=source,
        )
    return number
