"""Shape of the blind vocabulary probe `references/patent-pool-topics-phrasings.json`.

Checks the file only (ids, labels, languages, mix), never the tagger's output on it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

PATH = Path(__file__).resolve().parent.parent / "references" / "patent-pool-topics-phrasings.json"
TOPICS = ("pool-formation", "innovation-effects", "rent-sharing")
KEYS = {"id", "title", "container-title", "language", "x-topics", "x-topics-ambiguous", "why"}
REQUIRED = KEYS - {"container-title"}
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = doc["items"]
    return found


def test_top_level_says_the_titles_are_invented(doc: dict[str, Any]) -> None:
    assert set(doc) == {"_about", "items"}
    about = doc["_about"].lower()
    assert "invented" in about
    assert "not real works" in about
    assert "blind" in about


def test_240_items_with_unique_ids_and_titles(items: list[dict[str, Any]]) -> None:
    assert len(items) == 240
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"ph-\d{3}", i) for i in ids)
    titles = [item["title"].strip().casefold() for item in items]
    assert len(set(titles)) == len(titles)


def test_every_item_has_the_expected_fields(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert REQUIRED <= set(item) <= KEYS, item["id"]
        assert isinstance(item["title"], str) and item["title"].strip(), item["id"]
        if "container-title" in item:
            assert isinstance(item["container-title"], str), item["id"]
            assert item["container-title"].strip(), item["id"]
        assert isinstance(item["why"], str) and item["why"].strip(), item["id"]
        assert "\n" not in item["why"], item["id"]
        assert isinstance(item["x-topics-ambiguous"], bool), item["id"]


def test_topics_are_valid_unique_and_absent_on_ambiguous_items(
    items: list[dict[str, Any]],
) -> None:
    for item in items:
        topics = item["x-topics"]
        assert isinstance(topics, list), item["id"]
        assert set(topics) <= set(TOPICS), item["id"]
        assert len(set(topics)) == len(topics), item["id"]
        if item["x-topics-ambiguous"]:
            assert topics == [], item["id"]


def test_both_languages_half_and_half_and_script_matches(
    items: list[dict[str, Any]],
) -> None:
    languages = Counter(item["language"] for item in items)
    assert languages == {"en": 120, "zh": 120}
    for item in items:
        has_han = bool(HAN.search(item["title"]))
        assert has_han == (item["language"] == "zh"), item["id"]


def test_mix_of_positives_negatives_and_topics(items: list[dict[str, Any]]) -> None:
    positives = [item for item in items if item["x-topics"]]
    assert 0.3 <= len(positives) / len(items) <= 0.5
    per_topic = Counter(topic for item in items for topic in item["x-topics"])
    assert per_topic["rent-sharing"] >= 25
    assert min(per_topic[topic] for topic in TOPICS) >= 25
    assert any(len(item["x-topics"]) > 1 for item in items)
    ambiguous = sum(item["x-topics-ambiguous"] for item in items)
    assert 0 < ambiguous <= len(items) // 10
    for language in ("en", "zh"):
        mine = [item for item in items if item["language"] == language]
        assert {t for item in mine for t in item["x-topics"]} == set(TOPICS), language
