"""Shape checks for the blind English held-out topic set (holdout 5)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

SET_PATH = (
    Path(__file__).resolve().parent.parent
    / "references"
    / "patent-pool-topics-holdout5-en.csl.json"
)
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    data = json.loads(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_every_item_loads_as_reference(items: list[dict[str, Any]]) -> None:
    for item in items:
        ref = Reference.from_csl(item)
        assert ref.title, item["id"]
        assert ref.language == "en", item["id"]


def test_ids_are_unique_and_follow_the_pattern(items: list[dict[str, Any]]) -> None:
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert ids == [f"h5e-{n:03d}" for n in range(1, len(ids) + 1)]


def test_titles_are_unique(items: list[dict[str, Any]]) -> None:
    titles = [" ".join(item["title"].lower().split()) for item in items]
    assert len(titles) == len(set(titles))


def test_labels_use_only_mission_topics(items: list[dict[str, Any]]) -> None:
    for item in items:
        topics = item["x-topics"]
        assert isinstance(topics, list), item["id"]
        assert set(topics) <= MISSION_TOPICS, item["id"]
        assert len(topics) == len(set(topics)), item["id"]


def test_ambiguous_items_carry_no_topics(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert isinstance(item["x-topics-ambiguous"], bool), item["id"]
        if item["x-topics-ambiguous"]:
            assert item["x-topics"] == [], item["id"]


def test_every_item_has_provenance(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert item.get("x-why", "").strip(), item["id"]
        assert item.get("x-source", "").startswith("http"), item["id"]
        assert item.get("x-query", "").strip(), item["id"]
