"""The public tagging functions: :func:`tag` and :func:`tag_many`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

from ..model import Reference
from .matcher import Hit, Matcher
from .scoring import score_hits
from .taxonomy import Taxonomy, default_taxonomy

__all__ = ["TopicTag", "reference_fields", "tag", "tag_fields", "tag_many"]


@dataclass(frozen=True)
class TopicTag:
    """A topic assigned to a reference.

    Attributes:
        topic: the topic id (e.g. ``"rent-sharing"``).
        score: calibrated confidence in [0, 1); tags are kept from the threshold up.
        evidence: the words or phrases that triggered the topic, exactly as they occur in the
            reference (strongest first, never empty).
    """

    topic: str
    score: float
    evidence: list[str]


_MATCHERS: WeakKeyDictionary[Taxonomy, Matcher] = WeakKeyDictionary()


def _matcher(taxonomy: Taxonomy) -> Matcher:
    matcher = _MATCHERS.get(taxonomy)
    if matcher is None:
        matcher = _MATCHERS[taxonomy] = Matcher(taxonomy)
    return matcher


_CONTEXT: WeakKeyDictionary[Taxonomy, Matcher] = WeakKeyDictionary()


def _context_topics(taxonomy: Taxonomy, read: list[tuple[str, str]]) -> set[int]:
    """Indexes of the topics whose context terms occur in the fields read.

    A topic's context negatives mask the context terms inside them (the "合作" of
    "合作博弈" names no collective), as negative cues mask cue words.
    """
    matcher = _CONTEXT.get(taxonomy)
    if matcher is None:  # the same matcher, over each topic's context terms as its cues
        view = replace(taxonomy, topics=tuple(
            replace(t, cues=t.context, negatives=t.context_negatives) for t in taxonomy.topics))
        matcher = _CONTEXT[taxonomy] = Matcher(view)
    return {h.topic for name, text in read for h in matcher.match(name, text) if not h.negative}


def reference_fields(ref: Reference) -> dict[str, str]:
    """The text fields the tagger reads from a reference, by field-weight name."""
    fields: dict[str, str] = {}
    if ref.title:
        fields["title"] = ref.title
    elif ref.raw:  # e.g. a reference string the parser could not split
        fields["raw"] = ref.raw
    containers = [v for v in (ref.container_title, ref.collection_title, ref.event_title) if v]
    if containers:
        fields["container_title"] = " | ".join(containers)
    if ref.keyword:
        fields["keyword"] = ref.keyword
    if ref.abstract:
        fields["abstract"] = ref.abstract
    return fields


def tag_fields(
    fields: Mapping[str, str], *, taxonomy: Taxonomy | None = None, threshold: float | None = None
) -> list[TopicTag]:
    """Tag a mapping of field name to text; see :func:`tag`.

    Field names are those of the taxonomy's field weights: ``title``, ``container_title``,
    ``keyword`` and ``abstract``; other names are ignored.
    """
    tax = taxonomy if taxonomy is not None else default_taxonomy()
    matcher = _matcher(tax)
    read = [(name, text) for name, text in fields.items() if text and name in tax.field_weights]
    hits: list[Hit] = [h for name, text in read for h in matcher.match(name, text)]
    context = _LazyContext(tax, read)
    if any(h.cue.yields_to for h in hits):
        # A cue yields to a topic tagged at the taxonomy's own thresholds, so the caller's
        # threshold only filters and never changes a score. Topics yielded to do not yield,
        # so this first pass already tags them as the result will.
        tagged = {t.topic for t in _tags(tax, hits, context, None)}
        hits = [h for h in hits if not tagged.intersection(h.cue.yields_to)]
    return _tags(tax, hits, context, threshold)


class _LazyContext:
    """The topics whose context terms occur in the fields read, matched on first need."""

    def __init__(self, taxonomy: Taxonomy, read: list[tuple[str, str]]):
        self._taxonomy, self._read = taxonomy, read
        self._topics: set[int] | None = None

    def __contains__(self, topic: int) -> bool:
        if self._topics is None:
            self._topics = _context_topics(self._taxonomy, self._read)
        return topic in self._topics


def _tags(tax: Taxonomy, hits: list[Hit], context: _LazyContext,
          threshold: float | None) -> list[TopicTag]:
    """The tags the hits give: scored, cut at the thresholds, kept in context, best first."""
    tags: list[tuple[float, int, TopicTag]] = []
    floor = threshold if threshold is not None else min(
        [tax.threshold] + [t.threshold for t in tax.topics if t.threshold is not None])
    for ts in score_hits(tax, hits, min_score=floor):
        topic = tax.topics[ts.topic]
        cut = threshold if threshold is not None else (
            topic.threshold if topic.threshold is not None else tax.threshold)
        if not (ts.score > 0 and ts.score >= cut and ts.evidence):
            continue
        if topic.context and ts.topic not in context:
            continue  # e.g. innovation in general, not the innovation effects of pools
        tags.append((-ts.score, ts.topic, TopicTag(topic.id, ts.score, list(ts.evidence))))
    return [t for _, _, t in sorted(tags, key=lambda x: (x[0], x[1]))]


def tag(
    ref: Reference, *, taxonomy: Taxonomy | None = None, threshold: float | None = None
) -> list[TopicTag]:
    """Topics of one reference, best first, each with the evidence that triggered it.

    Reads the title (weighted most), the container title, keywords and abstract when present
    (and the raw reference text when there is no title); English is matched on word stems,
    Chinese on characters. Deterministic: the same reference
    and taxonomy always give the same tags.

    Args:
        ref: the reference.
        taxonomy: a taxonomy from :func:`load_taxonomy`; ``None`` for the packaged one
            (patent pools and alliances).
        threshold: minimum score in [0, 1] for every topic; ``None`` uses the taxonomy's.

    Returns:
        The topics scoring at or above the threshold, highest score first.

    Example:
        >>> from poolrefs import Reference, tag
        >>> tags = tag(Reference(type="article-journal",
        ...                      title="Patent pool formation: timing matters"))
        >>> [(t.topic, t.evidence) for t in tags]
        [('pool-formation', ['pool formation', 'timing'])]
    """
    return tag_fields(reference_fields(ref), taxonomy=taxonomy, threshold=threshold)


def tag_many(
    refs: Iterable[Reference], *, taxonomy: Taxonomy | None = None, threshold: float | None = None
) -> list[list[TopicTag]]:
    """Tag a batch; the result lists each reference's tags in input order (see :func:`tag`)."""
    tax = taxonomy if taxonomy is not None else default_taxonomy()
    return [tag(ref, taxonomy=tax, threshold=threshold) for ref in refs]
