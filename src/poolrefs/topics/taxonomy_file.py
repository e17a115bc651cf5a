"""Validation of parsed taxonomy files (TOML or JSON) into the data model.

Every error names the file, the topic and the field.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import FormatError
from .normalize import fold, tokenize
from .taxonomy_types import DEFAULT_FIELD_WEIGHTS, LANGS, Cue, Taxonomy, Topic, yield_problem

__all__ = ["taxonomy_from_data"]


def taxonomy_from_data(data: Any, *, source: str) -> Taxonomy:
    """Validate parsed TOML/JSON (``data``) read from ``source`` into a :class:`Taxonomy`.

    Raises:
        FormatError: what is wrong, naming the file, the topic and the field.
    """
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
            if not isinstance(table, dict) or set(table) - set(LANGS):
                raise self.fail(where, "expected a table with 'en' and/or 'zh' arrays")
            sets[name] = {}
            for lang in LANGS:
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
            keys = {"weight", *LANGS, *(("yields-to",) if yielding_topic else ())}
            unknown = set(group) - keys
            if unknown:
                hint = "; yields-to only in [[topics.cues]]" if "yields-to" in unknown else ""
                raise self.fail(gwhere, f"unknown key(s) {sorted(unknown)} "
                                f"(use {', '.join(sorted(keys))}{hint})")
            weight = self.number(group, "weight", gwhere, 1.0, 0.0, 10.0)
            yields_to = self.yields(group, yielding_topic, gwhere) if "yields-to" in group else ()
            for lang in LANGS:
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
            problem = yield_problem(topic_id, name, self.topic_ids, set())
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
