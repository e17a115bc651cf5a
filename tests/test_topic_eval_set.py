"""Shape of the hand-labelled topic evaluation set (no tagging: the labels are checked, not scored)."""

from __future__ import annotations

import json
from pathlib import Path

from poolrefs import Reference

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "references" / "patent-pool-topics-eval.csl.json"
TOPICS = {
    "pool-formation", "innovation-effects", "rent-sharing", "standards-seps",
    "competition-antitrust", "licensing", "medicines-health", "patent-valuation",
    "alliance-governance", "industry-cases",
}
SPLITS = {"dev", "test", "holdout", "holdout2", "holdout3"}
MISSION = {"pool-formation", "innovation-effects", "rent-sharing"}


def _raw() -> list[dict]:
    return json.loads(EVAL.read_text(encoding="utf-8"))


def test_every_item_is_labelled_and_loads() -> None:
    items = _raw()
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for item in items:
        assert item["title"].strip(), item["id"]
        assert item["issued"]["date-parts"][0][0], item["id"]
        assert item["x-split"] in SPLITS, item["id"]
        assert set(item["x-topics"]) <= TOPICS, item["id"]
        assert item["x-topic-reason"].strip(), item["id"]
        Reference.from_csl(item)


def test_splits_keep_their_order_and_holdout2_is_the_larger_blind_set() -> None:
    items = _raw()
    order = [i["x-split"] for i in items]
    first_holdout2 = order.index("holdout2")
    first_holdout3 = order.index("holdout3")
    assert first_holdout2 < first_holdout3
    assert set(order[first_holdout2:first_holdout3]) == {"holdout2"}
    assert set(order[first_holdout3:]) == {"holdout3"}
    assert not {"holdout2", "holdout3"} & set(order[:first_holdout2])
    blind = items[first_holdout2:first_holdout3]
    chinese = [i for i in blind if i.get("language") == "zh-CN"]
    assert len(blind) >= 100
    assert len(chinese) >= 0.3 * len(blind)
    assert all(i["x-topics"] for i in blind)


def test_holdout3_is_a_blind_set_centred_on_the_mission_topics() -> None:
    items = _raw()
    blind = [i for i in items if i["x-split"] == "holdout3"]
    holdout2 = [i for i in items if i["x-split"] == "holdout2"]
    assert len(blind) >= 60
    assert all(i["x-topics"] for i in blind)
    with_mission = [i for i in blind if MISSION & set(i["x-topics"])]
    assert len(with_mission) >= 0.5 * len(blind)
    for topic in MISSION:  # each mission topic is better represented than in holdout2
        assert sum(topic in i["x-topics"] for i in blind) > sum(
            topic in i["x-topics"] for i in holdout2
        ), topic
