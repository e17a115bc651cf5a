"""A persistent cache of good link results (SQLite), with expiry; failures are never stored."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

from .model import LinkResult

__all__ = ["CACHEABLE", "LinkCache"]

#: Only conclusive successes are cached: anything else is checked again next time.
CACHEABLE = frozenset({"ok", "redirected"})


class LinkCache:
    """Link results keyed by link; a result older than ``expire_after`` seconds is ignored.

    Args:
        path: the SQLite file (created with its directory when missing).
        expire_after: the oldest result used, in seconds (applied when reading, so a
            shorter expiry takes effect on results stored earlier).
    """

    def __init__(self, path: Path, *, expire_after: float):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.expire_after = expire_after
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        with self._lock, self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS link_results_v1 ("
                " key TEXT PRIMARY KEY, stored REAL NOT NULL, result TEXT NOT NULL)"
            )

    def get(self, key: str) -> LinkResult | None:
        """The stored result for ``key`` if present and not expired (marked ``from_cache``)."""
        with self._lock:
            row = self._db.execute(
                "SELECT result FROM link_results_v1 WHERE key = ? AND stored > ?",
                (key, time.time() - self.expire_after),
            ).fetchone()
        if row is None:
            return None
        try:
            result = LinkResult.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None  # written by another version: check again
        return replace(result, from_cache=True, elapsed=0.0)

    def put(self, key: str, result: LinkResult) -> None:
        """Store ``result`` when it is a success; anything else is ignored."""
        if result.status not in CACHEABLE:
            return
        data = json.dumps(result.to_dict(), ensure_ascii=False)
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO link_results_v1 (key, stored, result) VALUES (?, ?, ?)",
                (key, time.time(), data),
            )

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()
