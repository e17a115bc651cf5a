"""Sanity checks for the blind held-out topic set ``patent-pool-topics-holdout8-zh``.

The file is a measurement set: 60 real works from the Chinese literature (and English
entries of Chinese papers' reference lists), labelled from their references only.  These
tests check its shape, never the tagger.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

HOLDOUT = (
    Path(__file__).resolve().parent.parent
    / "references"
    / "patent-pool-topics-holdout8-zh.csl.json"
)
MISSION_TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    data = json.loads(HOLDOUT.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_size_and_unique_ids(items: list[dict[str, Any]]) -> None:
    ids = [item["id"] for item in items]
    assert len(items) == 60
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("h8z-") for i in ids)


def test_every_item_loads_as_reference(items: list[dict[str, Any]]) -> None:
    for item in items:
        ref = Reference.from_csl(item)
        assert ref.title == item["title"], item["id"]


def test_topics_are_mission_topics(items: list[dict[str, Any]]) -> None:
    for item in items:
        topics = item["x-topics"]
        assert isinstance(topics, list), item["id"]
        assert set(topics) <= MISSION_TOPICS, item["id"]
        assert len(set(topics)) == len(topics), item["id"]


def test_ambiguous_items_carry_no_topics(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert isinstance(item["x-topics-ambiguous"], bool), item["id"]
        if item["x-topics-ambiguous"]:
            assert item["x-topics"] == [], item["id"]


def test_provenance_present(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert item.get("x-why", "").strip(), item["id"]
        assert item.get("x-source", "").startswith("http"), item["id"]
        assert item.get("x-query", "").strip(), item["id"]
        assert item["language"] in {"zh", "en"}, item["id"]


def test_titles_unique_within_set(items: list[dict[str, Any]]) -> None:
    titles = [item["title"].casefold() for item in items]
    assert len(set(titles)) == len(titles)
