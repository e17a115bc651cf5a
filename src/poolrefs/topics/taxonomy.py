"""Topic taxonomies: the data model, loading from TOML or JSON, and validation.

A taxonomy file names its topics; each topic has an id, English and Chinese labels, a
definition, weighted cue groups and negative cue groups::

    [taxonomy]
    id = "patent-pools"
    threshold = 0.5

    [[topics]]
    id = "pool-formation"
    label = { en = "Pool formation and membership", zh = "专利池的形成与成员" }
    definition = "Why, when and how pools form ..."

    [[topics.cues]]
    weight = 1.0
    en = ["pool ~ formation", "coalition formation"]
    zh = ["联盟 ~ 形成", "组建"]

    [[topics.negative]]
    weight = 1.0
    en = ["information"]

    [[topics.context]]          # optional: the topic is tagged only in this context
    en = ["pool", "alliance"]
    zh = ["联盟", "池"]

    [terms.collective]          # optional: named term sets, used in cues as "$collective"
    en = ["pool", "alliance", "consortium"]
    zh = ["联盟", "池"]

A cue part written ``$name`` stands for every term of the set ``name`` in the cue's language
(``"$collective ~ formation"`` matches "alliance formation" and "consortium formation"; a
cue that is only ``"$collective"`` stands for the terms themselves). The variants of one cue
count once, as one cue.

A cue group may name topics it yields to (``yields-to = ["innovation-effects"]``): its cues
count for their topic only on references where none of those topics is tagged (at the
taxonomy's own thresholds, whatever threshold the caller asks for). In "Does joining a pool
raise patenting?" joining is the cause of an innovation effect, not a study of who joins, while
"To join or not to join" alone is. A topic named in ``yields-to`` may not have yielding cues
itself, so whether it is tagged never depends on a yield.

Context groups (optional) restrict a topic to references that mention one of their terms in
any field read (a topic defined for pools and alliances is not tagged on a paper about
innovation in general); their weights are ignored. Context-negative groups
(``[[topics.context-negative]]``) name phrases in which a context term does not count
("cooperative game" is no cooperation of firms).

English cues are matched on word stems (``forming a pool`` matches ``pool ~ formation``); parts
joined by ``~`` must occur near each other in any order. Chinese cues are matched on characters.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import FormatError, UnknownNameError
from .normalize import fold, tokenize

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "DEFAULT_FIELD_WEIGHTS",
    "Cue",
    "Taxonomy",
    "Topic",
    "default_taxonomy",
    "load_taxonomy",
    "parse_taxonomy",
]

#: Reference fields the tagger reads, with how much a cue found there counts.
DEFAULT_FIELD_WEIGHTS: Mapping[str, float] = {
    "title": 1.0,
    "keyword": 0.8,
    "abstract": 0.5,
    "container_title": 0.5,
    "raw": 0.8,  # the unparsed reference text, read only when there is no title
}
_LANGS = ("en", "zh")
_DEFAULT_FILE = "topics-patent-pools.toml"


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
                problem = _yield_problem(topic.id, name, known, yielding)
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


def _yield_problem(topic_id: str, name: str, known: list[str], yielding: set[str]) -> str:
    """What is wrong with topic ``topic_id`` yielding to ``name`` ("" if nothing is)."""
    if name not in known:
        return f"unknown topic {name!r} (known: {', '.join(known)})"
    if name == topic_id:
        return "a topic cannot yield to itself"
    if name in yielding:
        return f"topic {name!r} has yielding cues itself (a topic yielded to must not yield)"
    return ""


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (TOML, or JSON by its ``.json`` suffix).

    Args:
        path: the file; ``None`` for the packaged default (patent pools and alliances).

    Returns:
        The validated taxonomy.

    Raises:
        FormatError: the file is not valid TOML/JSON or a topic is malformed; the message
            names the file, the topic and the field.
        OSError: the file cannot be read.

    Example:
        >>> tax = load_taxonomy()
        >>> "rent-sharing" in tax.topic_ids
        True
    """
    if path is None:
        return default_taxonomy()
    p = Path(path)
    text = p.read_text(encoding="utf-8-sig")
    return parse_taxonomy(text, source=str(p), fmt="json" if p.suffix.lower() == ".json" else "toml")


_DEFAULT: list[Taxonomy] = []


def default_taxonomy() -> Taxonomy:
    """The packaged taxonomy (read once)."""
    if not _DEFAULT:
        data = resources.files("poolrefs").joinpath("data").joinpath(_DEFAULT_FILE)
        text = data.read_text(encoding="utf-8")
        _DEFAULT.append(parse_taxonomy(text, source=f"<package>/{_DEFAULT_FILE}"))
    return _DEFAULT[0]


def parse_taxonomy(text: str, *, source: str = "<string>", fmt: str = "toml") -> Taxonomy:
    """Validate taxonomy text (``fmt`` ``"toml"`` or ``"json"``) into a :class:`Taxonomy`."""
    try:
        data: Any = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"not valid {fmt.upper()}: {exc}", source=source) from exc
    return _Validator(source).taxonomy(data)


class _Validator:
    """Turns parsed TOML/JSON into dataclasses, naming topic and field in every error."""

    def __init__(self, source: str):
        self.source = source
        self.terms: dict[str, dict[str, list[str]]] = {}
        self.topic_ids: list[str] = []

    def fail(self, where: str, reason: str) -> FormatError:
        return FormatError(f"{where}: {reason}", source=self.source)

    def taxonomy(self, data: Any) -> Taxonomy:
        if not isinstance(data, dict):
            raise self.fail("file", "expected a table at the top level")
        head = data.get("taxonomy", {})
        if not isinstance(head, dict):
            raise self.fail("[taxonomy]", "expected a table")
        tax_id = head.get("id", Path(self.source).stem)
        threshold = self.number(head, "threshold", "[taxonomy]", 0.5, 0.0, 1.0)
        weights = self.field_weights(data.get("fields", {}))
        self.terms = self.term_sets(data.get("terms", {}))
        raw_topics = data.get("topics")
        if not isinstance(raw_topics, list) or not raw_topics:
            raise self.fail("topics", "expected a non-empty array of topic tables ([[topics]])")
        self.topic_ids = [str(t.get("id", "")).strip() for t in raw_topics if isinstance(t, dict)]
        topics = tuple(self.topic(i, t) for i, t in enumerate(raw_topics, 1))
        seen: set[str] = set()
        for topic in topics:
            if topic.id in seen:
                raise self.fail(f"topic {topic.id!r}", "duplicate topic id")
            seen.add(topic.id)
        title = head.get("title", "")
        return Taxonomy(id=str(tax_id), topics=topics, threshold=threshold,
                        field_weights=weights, title=str(title), source=self.source)

    def field_weights(self, raw: Any) -> dict[str, float]:
        if not isinstance(raw, dict):
            raise self.fail("[fields]", "expected a table of field weights")
        weights = dict(DEFAULT_FIELD_WEIGHTS)
        for name in raw:
            if name not in DEFAULT_FIELD_WEIGHTS:
                known = ", ".join(DEFAULT_FIELD_WEIGHTS)
                raise self.fail(f"[fields] {name!r}", f"unknown field (known: {known})")
            weights[name] = self.number(raw, name, "[fields]", 1.0, 0.0, 10.0)
        return weights

    def term_sets(self, raw: Any) -> dict[str, dict[str, list[str]]]:
        if not isinstance(raw, dict):
            raise self.fail("[terms]", "expected a table of named term sets")
        sets: dict[str, dict[str, list[str]]] = {}
        for name, table in raw.items():
            where = f"[terms.{name}]"
            if not isinstance(table, dict) or set(table) - set(_LANGS):
                raise self.fail(where, "expected a table with 'en' and/or 'zh' arrays")
            sets[name] = {}
            for lang in _LANGS:
                terms = table.get(lang, [])
                if not isinstance(terms, list) or not all(
                        isinstance(t, str) and t.strip() and "~" not in t and "$" not in t
                        for t in terms):
                    raise self.fail(f"{where} {lang!r}",
                                    "expected an array of plain terms (no '~' or '$')")
                sets[name][lang] = [t.strip() for t in terms]
        return sets

    def number(self, table: dict[str, Any], key: str, where: str, default: float,
               low: float, high: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            raise self.fail(f"{where} field {key!r}", f"expected a number, got {value!r}")
        if not low <= value <= high:
            raise self.fail(f"{where} field {key!r}", f"{value} is outside {low}..{high}")
        return float(value)

    def text(self, table: dict[str, Any], key: str, where: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where} field {key!r}", "expected a non-empty string")
        return value.strip()

    def topic(self, index: int, raw: Any) -> Topic:
        where = f"topic #{index}"
        if not isinstance(raw, dict):
            raise self.fail(where, "expected a table")
        topic_id = self.text(raw, "id", where)
        where = f"topic {topic_id!r}"
        label = raw.get("label")
        if not isinstance(label, dict):
            raise self.fail(f"{where} field 'label'", "expected a table with 'en' and 'zh'")
        cues = self.cue_groups(raw.get("cues"), f"{where} field 'cues'", required=True,
                               yielding_topic=topic_id)
        negatives = self.cue_groups(raw.get("negative", []), f"{where} field 'negative'")
        context = self.cue_groups(raw.get("context", []), f"{where} field 'context'")
        context_negatives = self.cue_groups(raw.get("context-negative", []),
                                            f"{where} field 'context-negative'")
        if context_negatives and not context:
            raise self.fail(f"{where} field 'context-negative'", "needs a 'context' group")
        threshold = (self.number(raw, "threshold", where, 0.5, 0.0, 1.0)
                     if "threshold" in raw else None)
        return Topic(
            id=topic_id,
            label_en=self.text(label, "en", f"{where} label"),
            label_zh=self.text(label, "zh", f"{where} label"),
            definition=self.text(raw, "definition", where),
            cues=cues,
            negatives=negatives,
            threshold=threshold,
            weight=self.number(raw, "weight", where, 1.0, 0.0, 10.0),
            context=context,
            context_negatives=context_negatives,
        )

    def cue_groups(self, raw: Any, where: str, *, required: bool = False,
                   yielding_topic: str = "") -> tuple[Cue, ...]:
        """The cues of an array of groups.

        ``yielding_topic`` names the topic whose groups may carry ``yields-to`` (only
        ``[[topics.cues]]`` groups may).
        """
        if not isinstance(raw, list) or (required and not raw):
            raise self.fail(where, "expected a non-empty array of cue groups ([[...]] tables)"
                            if required else "expected an array of cue groups")
        cues: list[Cue] = []
        for n, group in enumerate(raw, 1):
            gwhere = f"{where} group #{n}"
            if not isinstance(group, dict):
                raise self.fail(gwhere, "expected a table with 'weight', 'en' and/or 'zh'")
            keys = {"weight", *_LANGS, *(("yields-to",) if yielding_topic else ())}
            unknown = set(group) - keys
            if unknown:
                hint = "; yields-to only in [[topics.cues]]" if "yields-to" in unknown else ""
                raise self.fail(gwhere, f"unknown key(s) {sorted(unknown)} "
                                f"(use {', '.join(sorted(keys))}{hint})")
            weight = self.number(group, "weight", gwhere, 1.0, 0.0, 10.0)
            yields_to = self.yields(group, yielding_topic, gwhere) if "yields-to" in group else ()
            for lang in _LANGS:
                terms = group.get(lang, [])
                if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                    raise self.fail(f"{gwhere} {lang!r}", "expected an array of strings")
                for term in terms:
                    found = self.cues(term, lang, weight, f"{gwhere} {lang!r}")
                    cues.extend([replace(c, yields_to=yields_to) for c in found]
                                if yields_to else found)
        if required and not cues:
            raise self.fail(where, "no cue terms")
        return tuple(cues)

    def yields(self, group: dict[str, Any], topic_id: str, where: str) -> tuple[str, ...]:
        """A group's ``yields-to``: a non-empty array of other topics' ids (stripped, once each)."""
        raw = group["yields-to"]
        if not isinstance(raw, list) or not raw or not all(
                isinstance(t, str) and t.strip() for t in raw):
            raise self.fail(f"{where} 'yields-to'", "expected a non-empty array of topic ids")
        names = tuple(dict.fromkeys(t.strip() for t in raw))
        for name in names:  # whether the topics yielded to yield is checked by Taxonomy
            problem = _yield_problem(topic_id, name, self.topic_ids, set())
            if problem:
                raise self.fail(f"{where} 'yields-to'", problem)
        return names

    def cues(self, term: str, lang: str, weight: float, where: str) -> list[Cue]:
        """The cue, or one variant per combination of the terms of its ``$set`` parts."""
        if "$" not in term:
            return [self.cue(term, lang, weight, where)]
        variants = [""]
        for n, piece in enumerate(term.split("~")):
            piece = piece.strip()
            if piece.startswith("$"):
                name = piece[1:]
                if name not in self.terms:
                    known = ", ".join(sorted(self.terms)) or "none defined"
                    raise self.fail(where, f"cue {term!r} uses unknown term set ${name} "
                                    f"(known: {known})")
                options = self.terms[name][lang]
                if not options:
                    raise self.fail(where, f"cue {term!r}: term set ${name} has no {lang!r} terms")
            elif "$" in piece:
                raise self.fail(where, f"cue {term!r}: a '$set' must be a whole part")
            else:
                options = [piece]
            variants = [f"{v} ~ {o}" if n else o for v in variants for o in options]
        return [replace(self.cue(v, lang, weight, where), family=term) for v in variants]

    def cue(self, term: str, lang: str, weight: float, where: str) -> Cue:
        parts: list[tuple[str, ...]] = []
        for piece in term.split("~"):
            folded = fold(piece.strip())
            if lang == "en":
                stems = tuple(s for s, _, _ in tokenize(folded))
                if not stems:
                    raise self.fail(where, f"cue {term!r} has an empty or non-word part")
                parts.append(stems)
            else:
                if not folded:
                    raise self.fail(where, f"cue {term!r} has an empty part")
                parts.append((folded,))
        return Cue(text=term, lang=lang, weight=weight, parts=tuple(parts))
