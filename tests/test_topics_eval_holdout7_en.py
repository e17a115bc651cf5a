"""Shape checks for the blind English held-out topic set (holdout 7)."""

from __future__ import annotations

import json
from pathlib import Path

from poolrefs import Reference

SET_PATH = (
    Path(__file__).resolve().parents[1]
    / "references"
    / "patent-pool-topics-holdout7-en.csl.json"
)
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


def _items() -> list[dict[str, object]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_every_item_loads_as_reference() -> None:
    for item in _items():
        ref = Reference.from_csl(item)
        assert ref.title, item["id"]


def test_ids_unique_and_prefixed() -> None:
    ids = [str(item["id"]) for item in _items()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("h7e-") for i in ids)


def test_topics_are_mission_topics_and_ambiguous_items_have_none() -> None:
    for item in _items():
        topics = item["x-topics"]
        assert isinstance(topics, list)
        assert set(topics) <= MISSION_TOPICS, item["id"]
        if item.get("x-topics-ambiguous"):
            assert topics == [], item["id"]


def test_every_item_has_why_and_source() -> None:
    for item in _items():
        assert str(item.get("x-why", "")).strip(), item["id"]
        assert str(item.get("x-source", "")).startswith("http"), item["id"]


def test_titles_unique_within_set() -> None:
    titles = [str(item["title"]).casefold() for item in _items()]
    assert len(titles) == len(set(titles))
