"""The data model of topic taxonomies: cues, topics and taxonomies (see :mod:`.taxonomy`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import FormatError, UnknownNameError

__all__ = ["DEFAULT_FIELD_WEIGHTS", "LANGS", "Cue", "Taxonomy", "Topic", "yield_problem"]

#: Reference fields the tagger reads, with how much a cue found there counts.
DEFAULT_FIELD_WEIGHTS: Mapping[str, float] = {
    "title": 1.0,
    "keyword": 0.8,
    "abstract": 0.5,
    "container_title": 0.5,
    "raw": 0.8,  # the unparsed reference text, read only when there is no title
}
#: The languages cues are written in.
LANGS = ("en", "zh")


@dataclass(frozen=True, eq=False)
class Cue:
    """One cue term or phrase.

    Attributes:
        text: the cue as written in the taxonomy file.
        lang: ``"en"`` (matched on word stems) or ``"zh"`` (matched on characters).
        weight: evidence it adds (1.0 is enough on its own in a title).
        parts: the normalised parts that must all occur near each other: stem tuples for
            English, folded strings for Chinese.
        family: for a variant of a cue with a ``$set`` part, the cue as written, shared by all
            its variants (which count once); empty otherwise.
        yields_to: ids of the topics that, when tagged, take this cue's evidence away from its
            own topic (see the module docstring); empty for most cues.
    """

    text: str
    lang: str
    weight: float
    parts: tuple[tuple[str, ...], ...]
    family: str = ""
    yields_to: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, object]:
        """What counts once: the family of ``$set`` variants, or the normalised cue.

        "license" and "licensing" share a stem, so they are one piece of evidence.
        """
        return (self.lang, self.family or self.parts)


@dataclass(frozen=True)
class Topic:
    """One topic of a taxonomy."""

    id: str
    label_en: str
    label_zh: str
    definition: str
    cues: tuple[Cue, ...]
    negatives: tuple[Cue, ...] = ()
    threshold: float | None = None
    weight: float = 1.0
    context: tuple[Cue, ...] = ()
    context_negatives: tuple[Cue, ...] = ()


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """A validated set of topics, ready to be compiled into a matcher.

    Attributes:
        id: the taxonomy's name.
        topics: its topics, in file order.
        threshold: default score a topic needs to be tagged (0..1).
        field_weights: how much a cue counts in each reference field.
        source: the file it was read from (``"<package>"`` for the default).
    """

    id: str
    topics: tuple[Topic, ...]
    threshold: float = 0.5
    field_weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_FIELD_WEIGHTS))
    title: str = ""
    source: str = "<string>"

    def __post_init__(self) -> None:
        """Check ``yields_to`` (also for taxonomies built in code rather than read from a file)."""
        known = [t.id for t in self.topics]
        yielding = {t.id for t in self.topics if any(c.yields_to for c in t.cues)}
        for topic in self.topics:
            for name in sorted({n for c in topic.cues for n in c.yields_to}):
                problem = yield_problem(topic.id, name, known, yielding)
                if problem:
                    raise FormatError(f"topic {topic.id!r} field 'cues' 'yields-to': {problem}",
                                      source=self.source)

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; :class:`~poolrefs.UnknownNameError` suggests close ids."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise UnknownNameError("topic", topic_id, [t.id for t in self.topics])

    @property
    def topic_ids(self) -> tuple[str, ...]:
        """Topic ids in file order."""
        return tuple(t.id for t in self.topics)


def yield_problem(topic_id: str, name: str, known: list[str], yielding: set[str]) -> str:
    """What is wrong with topic ``topic_id`` yielding to ``name`` ("" if nothing is)."""
    if name not in known:
        return f"unknown topic {name!r} (known: {', '.join(known)})"
    if name == topic_id:
        return "a topic cannot yield to itself"
    if name in yielding:
        return f"topic {name!r} has yielding cues itself (a topic yielded to must not yield)"
    return ""
