"""Finding a taxonomy's cues in text: stems for English, characters for Chinese.

A :class:`Matcher` is compiled once per taxonomy: English cues are indexed by the first stem of
their first part, Chinese cues by their first character, so a text only pays for the cues whose
first word or character it contains.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .normalize import WORD, contains_cjk, fold, stem_words
from .taxonomy import Cue, Taxonomy

__all__ = ["EN_WINDOW", "ZH_WINDOW", "Hit", "Matcher"]

#: Words allowed between the parts of an English ``a ~ b`` cue.
EN_WINDOW = 6
#: Characters allowed between the parts of a Chinese ``甲 ~ 乙`` cue.
ZH_WINDOW = 10

_Entry = tuple[int, Cue, bool, frozenset[str]]  # topic index, cue, is-negative, all stems
_Found = tuple[int, Cue, bool, list[tuple[int, int]]]  # topic index, cue, is-negative, part spans


class Hit(NamedTuple):
    """A cue found in one field: ``text[start:end]`` of the original field is the evidence."""

    topic: int
    cue: Cue
    negative: bool
    field: str
    start: int
    end: int
    evidence: str


class Matcher:
    """All cues of one taxonomy, indexed for fast matching."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self._en: dict[str, list[_Entry]] = {}
        self._zh: dict[str, list[_Entry]] = {}
        self._df: dict[str, int] = {}  # how many English cues use each stem
        for topic in taxonomy.topics:
            for cue in (*topic.cues, *topic.negatives):
                if cue.lang == "en":
                    for s in {s for part in cue.parts for s in part}:
                        self._df[s] = self._df.get(s, 0) + 1
        for index, topic in enumerate(taxonomy.topics):
            self._add(index, topic.cues, negative=False)
            self._add(index, topic.negatives, negative=True)
        self._vocab = frozenset(s for entries in self._en.values() for e in entries for s in e[3])

    def _add(self, index: int, cues: Iterable[Cue], *, negative: bool) -> None:
        for cue in cues:
            if cue.lang == "en":
                needs = frozenset(s for part in cue.parts for s in part)
                rarest = min(needs, key=lambda s: (self._df[s], s))  # the most selective trigger
                self._en.setdefault(rarest, []).append((index, cue, negative, needs))
            else:
                needs = frozenset(ch for part in cue.parts for ch in part[0])
                self._zh.setdefault(cue.parts[0][0][0], []).append((index, cue, negative, needs))

    def match(self, field: str, text: str) -> list[Hit]:
        """Every cue found in ``text`` (one hit per cue: its first, tightest occurrence).

        A topic's negative cues are found first; a word or phrase inside one of them is not
        available to that topic's positive cues ("innovation" in "innovation alliance" is part
        of a name), so a positive cue takes its next occurrence outside the negatives or none.
        """
        folded = fold(text)
        hits: list[Hit] = []
        words = WORD.findall(folded)
        if words:
            hits.extend(self._match_en(field, text, folded, stem_words(words)))
        if self._zh and contains_cjk(text):
            hits.extend(self._match_zh(field, text, folded))
        return hits

    def _match_en(self, field: str, text: str, folded: str, stems: list[str]) -> list[Hit]:
        positions: dict[str, list[int]] = {}
        vocab = self._vocab
        for i, s in enumerate(stems):
            if s in vocab:  # words no cue uses need no positions
                positions.setdefault(s, []).append(i)
        present = positions.keys()
        found: list[_Found] = []
        en = self._en
        for s in positions:  # text order: deterministic
            for topic, cue, negative, needs in en.get(s, ()):
                if not needs <= present:
                    continue
                if len(cue.parts) == 1 and len(cue.parts[0]) == 1:
                    first = positions[s][0]  # a one-word cue: its first occurrence
                    parts: list[tuple[int, int]] | None = [(first, first + 1)]
                else:
                    parts = _find_en(cue.parts, stems, positions)
                if parts is not None:
                    found.append((topic, cue, negative, parts))
        if not found:
            return []

        def retry(cue: Cue, blocked: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
            free = {s: [i for i in ps if not _inside_any([(i, i + 1)], blocked)]
                    for s, ps in positions.items()}
            if not all(free.get(w) for part in cue.parts for w in part):
                return None
            return _find_en(cue.parts, stems, free)

        spans = [m.span() for m in WORD.finditer(folded)]
        hits: list[Hit] = []
        for topic, cue, negative, parts in _outside_negatives(
                found, lambda c, parts: _all_en(c.parts, stems, positions, parts), retry):
            start, end = spans[parts[0][0]][0], max(spans[b - 1][1] for _, b in parts)
            hits.append(Hit(topic, cue, negative, field, start, end, text[start:end]))
        return hits

    def _match_zh(self, field: str, text: str, folded: str) -> list[Hit]:
        chars = set(folded)
        found: list[_Found] = []
        for ch in sorted(chars.intersection(self._zh)):
            for topic, cue, negative, needs in self._zh[ch]:
                if not needs <= chars:
                    continue
                parts = _find_zh(cue.parts, folded)
                if parts is not None:
                    found.append((topic, cue, negative, parts))
        hits: list[Hit] = []
        for topic, cue, negative, parts in _outside_negatives(
                found, lambda c, parts: _all_zh(c.parts, folded, parts),
                lambda c, blocked: _find_zh(c.parts, folded, blocked)):
            start, end = parts[0][0], max(e for _, e in parts)
            hits.append(Hit(topic, cue, negative, field, start, end, text[start:end]))
        return hits


def _outside_negatives(
    found: list[_Found],
    occurrences: Callable[[Cue, list[tuple[int, int]]], list[tuple[int, int]]],
    retry: Callable[[Cue, list[tuple[int, int]]], list[tuple[int, int]] | None],
) -> list[_Found]:
    """The cues found, each positive one moved off its topic's negative spans or dropped.

    ``occurrences`` gives the spans a negative cue covers; ``retry`` finds a positive cue again
    outside the given blocked spans (``None`` if it does not occur there).
    """
    blocked: dict[int, list[tuple[int, int]]] = {}
    for topic, cue, negative, parts in found:
        if negative:
            blocked.setdefault(topic, []).extend(occurrences(cue, parts))
    out: list[_Found] = []
    for topic, cue, negative, parts in found:
        if not negative and topic in blocked and _inside_any(parts, blocked[topic]):
            moved = retry(cue, blocked[topic])
            if moved is None:
                continue
            parts = moved
        out.append((topic, cue, negative, parts))
    return out


def _inside_any(parts: Iterable[tuple[int, int]], blocked: list[tuple[int, int]]) -> bool:
    """Whether any of the spans lies inside one of the blocked spans."""
    return any(s <= a and b <= e for a, b in parts for s, e in blocked)


def _all_en(parts: tuple[tuple[str, ...], ...], stems: Sequence[str],
            positions: dict[str, list[int]], first: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every occurrence of a one-part (phrase) cue; the found one for a cue with ``~``."""
    if len(parts) > 1:
        return [(min(a for a, _ in first), max(b for _, b in first))]
    n = len(parts[0])
    return [(i, i + n) for i in _occurrences(parts[0], stems, positions)]


def _all_zh(parts: tuple[tuple[str, ...], ...], folded: str,
            first: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every occurrence of a one-part (phrase) cue; the found one for a cue with ``~``."""
    if len(parts) > 1:
        return [(min(a for a, _ in first), max(b for _, b in first))]
    word = parts[0][0]
    return [(i, i + len(word)) for i in _zh_occurrences(word, folded)]


def _zh_occurrences(word: str, folded: str) -> list[int]:
    """Start offsets of every occurrence of ``word`` in ``folded``."""
    out, i = [], folded.find(word)
    while i >= 0:
        out.append(i)
        i = folded.find(word, i + 1)
    return out


def _occurrences(part: tuple[str, ...], stems: Sequence[str],
                 positions: dict[str, list[int]]) -> list[int]:
    n = len(part)
    if n == 1:
        return positions.get(part[0], [])
    return [i for i in positions.get(part[0], []) if tuple(stems[i:i + n]) == part]


def _find_en(parts: tuple[tuple[str, ...], ...], stems: Sequence[str],
             positions: dict[str, list[int]]) -> list[tuple[int, int]] | None:
    """Token spans ``[start, end)`` of the parts, all within the window, or ``None``."""
    occ = [_occurrences(p, stems, positions) for p in parts]
    if not all(occ):
        return None
    if len(parts) == 1:
        return [(occ[0][0], occ[0][0] + len(parts[0]))]
    need = sum(len(p) for p in parts)
    return _tightest(occ, [len(p) for p in parts], need + EN_WINDOW)


def _find_zh(parts: tuple[tuple[str, ...], ...], folded: str,
             blocked: list[tuple[int, int]] | None = None) -> list[tuple[int, int]] | None:
    """Character spans of the parts, all within the window, or ``None``.

    Occurrences inside a ``blocked`` span are not used.
    """
    occ: list[list[int]] = []
    for (part,) in parts:
        found = [i for i in _zh_occurrences(part, folded)
                 if not blocked or not _inside_any([(i, i + len(part))], blocked)]
        if not found:
            return None
        occ.append(found)
    lengths = [len(p[0]) for p in parts]
    if len(parts) == 1:
        return [(occ[0][0], occ[0][0] + lengths[0])]
    return _tightest(occ, lengths, sum(lengths) + ZH_WINDOW)


def _tightest(occ: list[list[int]], lengths: list[int], limit: int) -> list[tuple[int, int]] | None:
    """The parts' spans, in text order, where all of them first occur within ``limit``.

    The parts may not overlap. For each start of the first part, each other part takes its
    nearest occurrence.
    """
    for first in occ[0]:
        spans = [(first, first + lengths[0])]
        for k in range(1, len(occ)):
            best = _nearest(occ[k], first)
            spans.append((best, best + lengths[k]))
        spans.sort()
        if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
            continue
        if max(e for _, e in spans) - spans[0][0] <= limit:
            return spans
    return None


def _nearest(positions: list[int], target: int) -> int:
    """The position closest to ``target`` (the first one on ties); ``positions`` is sorted.

    Binary search: a linear scan here made one long title quadratic (scale issue 9).
    """
    i = bisect.bisect_left(positions, target)
    if i == 0:
        return positions[0]
    if i == len(positions) or target - positions[i - 1] <= positions[i] - target:
        return positions[i - 1]
    return positions[i]
