from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty poolrefs cache directory and no contact address."""
    cache = tmp_path / "poolrefs-cache"
    monkeypatch.setenv("POOLREFS_CACHE_DIR", str(cache))
    monkeypatch.delenv("POOLREFS_MAILTO", raising=False)
    return cache
