"""Shape checks for the blind Chinese-literature held-out topic set (holdout 7)."""

from __future__ import annotations

import json
from pathlib import Path

from poolrefs import Reference

DATA = Path(__file__).resolve().parent.parent / "references" / "patent-pool-topics-holdout7-zh.csl.json"
TOPICS = {"pool-formation", "innovation-effects", "rent-sharing"}


def _items() -> list[dict[str, object]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_every_item_loads_as_reference() -> None:
    for item in _items():
        ref = Reference.from_csl(item)
        assert ref.title, item["id"]


def test_ids_unique_and_prefixed() -> None:
    ids = [str(item["id"]) for item in _items()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("h7z-") for i in ids)


def test_labels_follow_the_convention() -> None:
    for item in _items():
        topics = item["x-topics"]
        assert isinstance(topics, list), item["id"]
        assert set(topics) <= TOPICS, item["id"]
        assert len(topics) == len(set(topics)), item["id"]
        if item["x-topics-ambiguous"]:
            assert topics == [], item["id"]
        assert item["x-why"], item["id"]
        assert item["x-source"], item["id"]
        assert item["language"] in {"zh", "en"}, item["id"]
