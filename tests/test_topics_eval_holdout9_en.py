"""Shape checks for the blind English held-out set ``holdout9-en``.

The set is labelled by hand (see the label guide); these tests check only its
structure, never the tagger's output on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = (
    Path(__file__).resolve().parents[1] / "references" / "patent-pool-topics-holdout9-en.csl.json"
)
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


def _items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_set_has_fifty_items_with_unique_sequential_ids() -> None:
    items = _items()
    ids = [item["id"] for item in items]
    assert len(items) == 50
    assert len(set(ids)) == len(ids)
    assert ids == [f"h9e-{n:03d}" for n in range(1, len(items) + 1)]


def test_titles_are_unique() -> None:
    titles = [item["title"].casefold() for item in _items()]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("item", _items(), ids=lambda item: str(item["id"]))
def test_item_loads_and_is_labelled_by_the_convention(item: dict[str, Any]) -> None:
    reference = Reference.from_csl(item)
    assert reference.title == item["title"]
    assert item["language"] == "en"
    topics = item["x-topics"]
    assert isinstance(topics, list)
    assert set(topics) <= MISSION_TOPICS
    assert len(set(topics)) == len(topics)
    assert isinstance(item["x-topics-ambiguous"], bool)
    if item["x-topics-ambiguous"]:
        assert topics == []
    assert item["x-why"].strip()
    assert item["x-source"].startswith(("http://", "https://"))
    assert item["x-query"].strip()


def test_web_items_stay_within_ten_percent() -> None:
    items = _items()
    web = [item for item in items if item["type"] in {"webpage", "article-newspaper"}]
    assert len(web) <= len(items) // 10
