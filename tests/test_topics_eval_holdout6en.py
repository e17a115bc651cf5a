"""Shape checks for the blind held-out topic set built from whole reference lists (holdout 6, English)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from poolrefs import Reference

from .conftest import REFERENCES

HOLDOUT6 = REFERENCES / "patent-pool-topics-holdout6-en.csl.json"
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}
KEY_ORDER = [
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
    "x-list",
]


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(HOLDOUT6.read_text(encoding="utf-8"))
    return data


def test_every_item_loads_as_a_reference(items: list[dict[str, Any]]) -> None:
    for item in items:
        ref = Reference.from_csl(item)
        assert ref.title == item["title"]


def test_ids_are_unique_and_numbered_in_list_order(items: list[dict[str, Any]]) -> None:
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids)
    assert ids == [f"h6e-{n:03d}" for n in range(1, len(items) + 1)]


def test_topics_are_mission_topics_and_ambiguous_items_have_none(
    items: list[dict[str, Any]],
) -> None:
    for item in items:
        topics = item["x-topics"]
        assert isinstance(topics, list)
        assert set(topics) <= MISSION_TOPICS, item["id"]
        assert len(set(topics)) == len(topics), item["id"]
        assert isinstance(item["x-topics-ambiguous"], bool), item["id"]
        if item["x-topics-ambiguous"]:
            assert topics == [], item["id"]


def test_every_item_is_explained_sourced_and_tied_to_its_list(items: list[dict[str, Any]]) -> None:
    for item in items:
        for key in ("x-why", "x-source", "x-query", "x-list", "title"):
            assert isinstance(item.get(key), str) and item[key].strip(), (item["id"], key)
        assert item["x-source"].startswith(("http://", "https://")), item["id"]


def test_keys_follow_the_agreed_order(items: list[dict[str, Any]]) -> None:
    for item in items:
        keys = list(item)
        assert keys == [k for k in KEY_ORDER if k in item], item["id"]


def test_no_title_repeats_within_the_set(items: list[dict[str, Any]]) -> None:
    titles = [" ".join(item["title"].casefold().split()) for item in items]
    assert len(set(titles)) == len(titles)
