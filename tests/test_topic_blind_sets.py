"""The blind-labelled topic sets in ``references/``: shape, labels, and no work in two sets.

Each ``patent-pool-topics-holdoutN-LANG.csl.json`` is a CSL-JSON list of real works labelled
blind in the seed list's convention (mission topics only, ``x-topics-ambiguous`` for unclear
items, a reason and the page that confirmed each work). A ``*-second-labels.json`` file holds
another engineer's blind labels of the same works.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from poolrefs import Reference

REFS = Path(__file__).resolve().parents[1] / "references"
MISSION = {"pool-formation", "innovation-effects", "rent-sharing"}
BLIND = sorted(REFS.glob("patent-pool-topics-holdout*.csl.json"))
SECOND = sorted(REFS.glob("patent-pool-topics-*second-labels.json"))


def _load(path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _norm(title: str) -> str:
    return re.sub(r"[\W_]+", "", title.casefold())


def test_the_blind_sets_are_there() -> None:
    names = {p.name.removeprefix("patent-pool-topics-").removesuffix(".csl.json") for p in BLIND}
    assert {"holdout4", "holdout5-en", "holdout5-zh", "holdout6-en", "holdout6-zh",
            "holdout7-en", "holdout7-zh"} <= names


@pytest.mark.parametrize("path", BLIND, ids=lambda p: p.name)
def test_works_load_and_are_labelled_in_the_convention(path: Path) -> None:
    items = _load(path)
    assert len(items) >= 40
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids)
    for item in items:
        where = f"{path.name} {item['id']}"
        assert Reference.from_csl(item).title, where
        topics = item["x-topics"]
        assert isinstance(topics, list) and set(topics) <= MISSION, where
        assert isinstance(item["x-topics-ambiguous"], bool), where
        assert not (item["x-topics-ambiguous"] and topics), where
        assert str(item["x-why"]).strip(), where
        assert str(item["x-source"]).startswith("http"), where


def test_no_work_is_in_two_sets() -> None:
    """A work seen while revising the cues must not count again as unseen."""
    titles: Counter[str] = Counter()
    for path in sorted(REFS.glob("*.csl.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        titles.update({_norm(item["title"]) for item in data if item.get("title")})
    assert [t for t, n in titles.items() if n > 1] == []


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.name)
def test_second_labels_name_known_works(path: Path) -> None:
    known = {item["id"] for p in BLIND for item in _load(p)}
    labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
    assert labels and {row["id"] for row in labels} <= known
    for row in labels:
        assert set(row["x-topics"]) <= MISSION and isinstance(row["x-topics-ambiguous"], bool)
        assert not (row["x-topics-ambiguous"] and row["x-topics"]), row["id"]
        assert str(row["why"]).strip(), row["id"]


@pytest.mark.parametrize("path", sorted(REFS.glob("patent-pool-topics-phrasings*.json")),
                         ids=lambda p: p.name)
def test_invented_probes_are_marked_and_labelled(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "invented" in data["_about"].lower()
    ids = [item["id"] for item in data["items"]]
    assert len(ids) >= 100 and len(set(ids)) == len(ids)
    # A probe holds English, Chinese or both (the paraphrase probes are one-language).
    languages = {item["language"] for item in data["items"]}
    assert languages and languages <= {"en", "zh"}
    for item in data["items"]:
        assert item["title"].strip() and str(item["why"]).strip(), item["id"]
        assert set(item["x-topics"]) <= MISSION, item["id"]
        assert not (item["x-topics-ambiguous"] and item["x-topics"]), item["id"]


def test_no_invented_title_is_in_two_probes() -> None:
    """A probe measures wordings nobody tuned on: a title an earlier probe holds is not new."""
    titles: Counter[str] = Counter()
    for path in sorted(REFS.glob("patent-pool-topics-phrasings*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        titles.update({_norm(item["title"]) for item in data["items"]})
    assert [t for t, n in titles.items() if n > 1] == []


def test_paraphrases_name_the_real_work_they_reword() -> None:
    """A paraphrase probe's ``x-paraphrase-of`` is the id of a labelled real work, never its title."""
    real: dict[str, str] = {}
    for path in [*BLIND, REFS / "patent-pool-topics-eval.csl.json",
                 REFS / "cas-bulletin-2018-patent-alliances.csl.json"]:
        real |= {item["id"]: item["title"] for item in _load(path)}
    probes = 0
    for path in sorted(REFS.glob("patent-pool-topics-phrasings*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))["items"]
        if not any("x-paraphrase-of" in item for item in items):
            continue
        probes += 1
        for item in items:
            source = item["x-paraphrase-of"]
            assert source in real, (path.name, item["id"])
            assert _norm(item["title"]) != _norm(real[source]), (path.name, item["id"])
    assert probes >= 8
