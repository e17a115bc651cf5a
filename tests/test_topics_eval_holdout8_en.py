"""Integrity checks for the blind English holdout set 8 (labels in the seed's convention)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = Path(__file__).resolve().parents[1] / "references" / "patent-pool-topics-holdout8-en.csl.json"
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


def _items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_set_has_sixty_items_with_unique_ids() -> None:
    items = _items()
    ids = [item["id"] for item in items]
    assert len(items) == 60
    assert len(set(ids)) == len(ids)
    assert ids == [f"h8e-{n:03d}" for n in range(1, len(ids) + 1)]


@pytest.mark.parametrize("item", _items(), ids=lambda item: str(item["id"]))
def test_item_loads_and_is_labelled(item: dict[str, Any]) -> None:
    ref = Reference.from_csl(item)
    assert ref.title
    assert item["language"] == "en"
    topics = item["x-topics"]
    assert isinstance(topics, list)
    assert set(topics) <= MISSION_TOPICS
    assert len(set(topics)) == len(topics)
    assert isinstance(item["x-topics-ambiguous"], bool)
    if item["x-topics-ambiguous"]:
        assert topics == []
    assert isinstance(item["x-why"], str) and item["x-why"].strip()
    assert isinstance(item["x-source"], str) and item["x-source"].strip()
    assert isinstance(item["x-query"], str) and item["x-query"].strip()


def test_titles_are_unique() -> None:
    titles = [" ".join(item["title"].lower().split()) for item in _items()]
    assert len(set(titles)) == len(titles)
