"""Integrity checks for the topic-targeted Chinese held-out set (holdout 9).

The file is a blind evaluation set: these tests check its shape only (every item loads as a
``Reference``, ids are unique, labels use the three mission topics, ambiguous items carry no
topics, every item explains its label and cites its source). They never look at the tagger.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = (
    Path(__file__).resolve().parent.parent
    / "references"
    / "patent-pool-topics-holdout9-zh.csl.json"
)
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


def _items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_set_has_fifty_items_with_unique_prefixed_ids() -> None:
    items = _items()
    ids = [item["id"] for item in items]
    assert len(items) == 50
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("h9z-") for i in ids)


def test_titles_are_unique() -> None:
    titles = [item["title"] for item in _items()]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("item", _items(), ids=lambda item: str(item["id"]))
def test_item_loads_and_is_labelled_by_convention(item: dict[str, Any]) -> None:
    ref = Reference.from_csl(item)
    assert ref.title == item["title"]
    assert item["language"] == "zh"
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
