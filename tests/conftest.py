from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI runs the same examples every time (a fresh clone has no example database); locally,
# hypothesis keeps exploring new ones. Set HYPOTHESIS_PROFILE=explore to force exploring.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "explore"))

ROOT = Path(__file__).resolve().parent.parent
REFERENCES = ROOT / "references"
SEED_TXT = REFERENCES / "cas-bulletin-2018-patent-alliances.txt"
SEED_CSL = REFERENCES / "cas-bulletin-2018-patent-alliances.csl.json"
SEED_BIB = REFERENCES / "cas-bulletin-2018-patent-alliances.bib"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty poolrefs cache directory and no contact address."""
    cache = tmp_path / "poolrefs-cache"
    monkeypatch.setenv("POOLREFS_CACHE_DIR", str(cache))
    monkeypatch.delenv("POOLREFS_MAILTO", raising=False)
    return cache


@pytest.fixture(scope="session")
def seed_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(SEED_CSL.read_text(encoding="utf-8"))
    return items


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    return SEED_TXT.read_text(encoding="utf-8").splitlines()
