"""From cue hits to topic scores: field weights, negative cues, and the score scale.

For each topic, every distinct cue counts once, with its weight times the weight of the best
field it was found in (title > keywords > abstract > container). Negative cues subtract their
own weight (the words inside them are already unavailable to positive cues, see
:meth:`~poolrefs.topics.matcher.Matcher.match`). The net evidence ``n`` maps to a score in
[0, 1) by ``1 - 2 ** -n``: one full-weight cue in a title gives 0.5 (the default threshold),
two give 0.75, and so on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .matcher import Hit
from .taxonomy import Taxonomy

__all__ = ["TopicScore", "evidence_to_score", "score_hits"]


@dataclass(frozen=True)
class TopicScore:
    """A topic's score with its evidence, strongest first."""

    topic: int
    score: float
    net: float
    evidence: tuple[str, ...]


def evidence_to_score(net: float) -> float:
    """Map net evidence (>= 0) to a score in [0, 1); 1.0 unit of evidence gives 0.5."""
    return 0.0 if net <= 0 else round(1.0 - 2.0 ** (-net), 4)


def score_hits(taxonomy: Taxonomy, hits: Iterable[Hit], *, min_score: float = 0.0) -> list[TopicScore]:
    """Scores of every topic with a positive hit and a score >= ``min_score``, in taxonomy order."""
    weights = taxonomy.field_weights
    by_topic: dict[int, list[Hit]] = {}
    for hit in hits:
        by_topic.setdefault(hit.topic, []).append(hit)
    out: list[TopicScore] = []
    for index in sorted(by_topic):
        topic_hits = by_topic[index]
        negatives = [h for h in topic_hits if h.negative]
        positives = [h for h in topic_hits if not h.negative]
        if not positives:
            continue
        loss = _total(negatives, weights) if negatives else 0.0
        net = (_total(positives, weights) - loss) * taxonomy.topics[index].weight
        score = evidence_to_score(net)
        if score > 0 and score >= min_score:
            out.append(TopicScore(index, score, net, _evidence(positives, weights)))
    return out


def _total(hits: list[Hit], weights: Mapping[str, float]) -> float:
    """Sum over distinct cues of the cue weight times the best field weight it was found in."""
    best: dict[object, float] = {}
    for hit in hits:
        value = hit.cue.weight * weights.get(hit.field, 0.0)
        if value > best.get(hit.cue.key, -1.0):
            best[hit.cue.key] = value
    return sum(sorted(best.values()))  # a fixed order: the same float sum on every run


def _evidence(hits: list[Hit], weights: Mapping[str, float]) -> tuple[str, ...]:
    """Surface text of the hits, strongest first, without spans nested in ones already listed."""
    best: dict[object, tuple[float, int, Hit]] = {}
    order = {name: i for i, name in enumerate(weights)}
    for hit in hits:
        value = hit.cue.weight * weights.get(hit.field, 0.0)
        rank = order.get(hit.field, len(order))
        current = best.get(hit.cue.key)
        if current is None or (value, -rank) > (current[0], -current[1]):
            best[hit.cue.key] = (value, rank, hit)
    ranked = sorted(best.values(), key=lambda t: (-t[0], t[1], t[2].start - t[2].end,
                                                  t[2].start, t[2].evidence))
    evidence: list[str] = []
    shown: list[Hit] = []
    for value, _, hit in ranked:
        if value <= 0 or any(_within(hit, s) for s in shown):
            continue  # a span inside evidence already listed adds nothing for a reader
        shown.append(hit)
        if hit.evidence not in evidence:
            evidence.append(hit.evidence)
    return tuple(evidence)


def _within(hit: Hit, other: Hit) -> bool:
    return hit.field == other.field and other.start <= hit.start and hit.end <= other.end
