"""Finding a taxonomy's cues in text: stems for English, characters for Chinese.

A :class:`Matcher` is compiled once per taxonomy: English cues are indexed by the first stem of
their first part, Chinese cues by their first character, so a text only pays for the cues whose
first word or character it contains.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .normalize import WORD, contains_cjk, fold, stem_words
from .taxonomy import Cue, Taxonomy

__all__ = ["EN_WINDOW", "ZH_WINDOW", "Hit", "Matcher"]

#: Words allowed between the parts of an English ``a ~ b`` cue.
EN_WINDOW = 4
#: Characters allowed between the parts of a Chinese ``甲 ~ 乙`` cue.
ZH_WINDOW = 10

_Entry = tuple[int, Cue, bool, frozenset[str]]  # topic index, cue, is-negative, all stems


class Hit(NamedTuple):
    """A cue found in one field: ``text[start:end]`` of the original field is the evidence.

    ``parts`` holds the character span of each part of the cue (one span for a cue without
    ``~``), in text order: a negative cue masks a hit when it covers any of them.
    """

    topic: int
    cue: Cue
    negative: bool
    field: str
    start: int
    end: int
    evidence: str
    parts: tuple[tuple[int, int], ...]


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
        """Every cue found in ``text`` (one hit per cue: its first, tightest occurrence)."""
        folded = fold(text)
        hits: list[Hit] = []
        words = WORD.findall(folded)
        if words:
            stems = stem_words(words)
            positions: dict[str, list[int]] = {}
            vocab = self._vocab
            for i, s in enumerate(stems):
                if s in vocab:  # words no cue uses need no positions
                    positions.setdefault(s, []).append(i)
            present = positions.keys()
            spans: list[tuple[int, int]] = []
            en = self._en
            for s in positions:  # text order: deterministic
                for topic, cue, negative, needs in en.get(s, ()):
                    if not needs <= present:
                        continue
                    if len(cue.parts) == 1 and len(cue.parts[0]) == 1:
                        first = positions[s][0]  # a one-word cue: its first occurrence
                        found: list[tuple[int, int]] | None = [(first, first + 1)]
                    else:
                        found = _find_en(cue.parts, stems, positions)
                    if found is not None:
                        spans = spans or [m.span() for m in WORD.finditer(folded)]
                        parts = tuple((spans[a][0], spans[b - 1][1]) for a, b in found)
                        start, end = parts[0][0], max(e for _, e in parts)
                        hits.append(Hit(topic, cue, negative, field, start, end,
                                        text[start:end], parts))
        if self._zh and contains_cjk(text):
            chars = set(folded)
            for ch in sorted(chars.intersection(self._zh)):
                for topic, cue, negative, needs in self._zh[ch]:
                    if not needs <= chars:
                        continue
                    zparts = _find_zh(cue.parts, folded)
                    if zparts is not None:
                        start, end = zparts[0][0], max(e for _, e in zparts)
                        hits.append(Hit(topic, cue, negative, field, start, end,
                                        text[start:end], tuple(zparts)))
        return hits


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


def _find_zh(parts: tuple[tuple[str, ...], ...], folded: str) -> list[tuple[int, int]] | None:
    """Character spans of the parts, all within the window, or ``None``."""
    occ: list[list[int]] = []
    for (part,) in parts:
        found, i = [], folded.find(part)
        while i >= 0:
            found.append(i)
            i = folded.find(part, i + 1)
        if not found:
            return None
        occ.append(found)
    lengths = [len(p[0]) for p in parts]
    if len(parts) == 1:
        return [(occ[0][0], occ[0][0] + lengths[0])]
    return _tightest(occ, lengths, sum(lengths) + ZH_WINDOW)


def _tightest(occ: list[list[int]], lengths: list[int], limit: int) -> list[tuple[int, int]] | None:
    """The parts' spans, in text order, where all of them first occur within ``limit``.

    The parts may not overlap. For each start of the first part, each other part takes its nearest occurrence.
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
