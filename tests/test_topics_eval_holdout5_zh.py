"""Shape checks for the blind Chinese held-out topic set (holdout5-zh).

The file is a measuring set: these tests check that it is well formed (every item loads as
a Reference, ids are unique, labels use the three mission topics only, ambiguous items carry
no topic, every label has its reason and its source). They never look at what a tagger says.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = (
    Path(__file__).resolve().parent.parent
    / "references"
    / "patent-pool-topics-holdout5-zh.csl.json"
)
MISSION_TOPICS = frozenset({"pool-formation", "innovation-effects", "rent-sharing"})
KEY_ORDER = (
    "id",
    "type",
    "title",
    "author",
    "container-title",
    "issued",
    "language",
    "x-topics",
    "x-topics-ambiguous",
    "x-why",
    "x-source",
    "x-query",
)


def _items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


ITEMS = _items()


def test_set_has_fifty_items_with_unique_ids_and_titles() -> None:
    assert len(ITEMS) == 50
    ids = [item["id"] for item in ITEMS]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"h5z-\d{3}", i) for i in ids)
    titles = [item["title"] for item in ITEMS]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("item", ITEMS, ids=[item["id"] for item in ITEMS])
def test_item_loads_and_is_labelled_in_the_convention(item: dict[str, Any]) -> None:
    ref = Reference.from_csl(item)
    assert ref.title == item["title"]
    assert item["language"] in {"zh", "en"}
    topics = item["x-topics"]
    assert isinstance(topics, list)
    assert set(topics) <= MISSION_TOPICS
    assert len(set(topics)) == len(topics)
    assert isinstance(item["x-topics-ambiguous"], bool)
    if item["x-topics-ambiguous"]:
        assert topics == []
    assert isinstance(item["x-why"], str) and item["x-why"].strip()
    assert str(item["x-source"]).startswith(("http://", "https://"))
    assert isinstance(item["x-query"], str) and item["x-query"].strip()
    keys = [k for k in KEY_ORDER if k in item]
    assert list(item) == keys, "unknown key or keys out of the agreed order"
