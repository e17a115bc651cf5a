"""Picklable chunk tasks for the streaming engine tests (importable by spawned workers)."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EchoTask:
    """Upper-cases each line; logs loads and chunk pids to ``log_dir`` when given."""

    log_dir: str | None = None
    delay_every: int = 0  # sleep on chunks whose first line number is divisible by this
    die_on_line: int = 0  # os._exit in the worker holding this line

    def load(self) -> None:
        if self.log_dir:
            with open(Path(self.log_dir) / "loads", "a") as fh:
                fh.write(f"{os.getpid()}\n")

    def __call__(self, chunk: list[tuple[int, str]]) -> list[str]:
        first = chunk[0][0]
        if self.die_on_line and any(n == self.die_on_line for n, _ in chunk):
            os._exit(3)
        if self.delay_every and first % self.delay_every == 1:
            time.sleep(0.05)
        if self.log_dir:
            with open(Path(self.log_dir) / "chunks", "a") as fh:
                fh.write(f"{os.getpid()}\n")
        return [
            json.dumps({"x-line": n, "x-raw": t, "up": t.upper()}, ensure_ascii=False)
            for n, t in chunk
            if t.strip()
        ]
