"""Shape checks for the blind held-out topic set built from whole reference lists.

``references/patent-pool-topics-holdout6-zh.csl.json`` holds every entry (in list order) of
reference lists printed by Chinese papers on patent pools, standards consortia and R&D
alliances, each labelled from the reference alone. These tests only check that the file is
well formed; they never run the tagger.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = Path(__file__).resolve().parents[1] / "references" / "patent-pool-topics-holdout6-zh.csl.json"
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    assert data, "the set is empty"
    return data


def test_every_item_loads_as_a_reference(items: list[dict[str, Any]]) -> None:
    for item in items:
        ref = Reference.from_csl(item)
        assert ref.title == item["title"]


def test_ids_are_unique_and_numbered(items: list[dict[str, Any]]) -> None:
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert ids == [f"h6z-{n:03d}" for n in range(1, len(ids) + 1)]


def test_topics_are_mission_topics_and_ambiguous_items_have_none(items: list[dict[str, Any]]) -> None:
    for item in items:
        topics = item["x-topics"]
        assert isinstance(topics, list), item["id"]
        assert set(topics) <= MISSION_TOPICS, item["id"]
        assert len(topics) == len(set(topics)), item["id"]
        if item.get("x-topics-ambiguous"):
            assert topics == [], item["id"]


def test_every_item_says_why_where_and_from_which_list(items: list[dict[str, Any]]) -> None:
    for item in items:
        for key in ("x-why", "x-source", "x-query", "x-list"):
            assert isinstance(item.get(key), str) and item[key].strip(), (item["id"], key)
        assert item["x-source"].startswith("http"), item["id"]
        assert item["language"] in {"zh", "en"}, item["id"]


def test_titles_are_not_repeated(items: list[dict[str, Any]]) -> None:
    titles = [item["title"].casefold() for item in items]
    assert len(titles) == len(set(titles))
