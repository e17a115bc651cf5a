"""Candidate validation: is a registry record the work a citation means?

Follows Crossref's search-based matching with validation (Tkaczyk, 2018-2019): never take
the top hit. A search candidate is considered only when its relevance score normalised by the
query length reaches ``min_score`` (0.4), and is accepted only when a validation similarity
over the fields both sides know passes ``min_similarity``:

========================  ======  ===============================================
feature                   weight  score
========================  ======  ===============================================
title words               2.0     Dice overlap of folded words, rescaled so that
                                  different works sharing half their words score 0
first-author surname      1.5     1 same first author, 0.5 found among the first three
year                      1.0     1 equal (print or online year), 0.5 off by one
volume                    1.0     1 equal
issue                     0.5     1 equal
pages (expanded)          1.0     0.75 first page equal, +0.25 last page equal
========================  ======  ===============================================

A volume, issue or pages the citation gives but the candidate lacks counts at half weight
with score 0. The similarity is the weighted mean, and the fields compared must carry at
least ``MIN_EVIDENCE`` weight (a title alone never matches).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..model import Reference
from ..names import Name
from .text import expand_pages, fold, fold_name, fold_number, title_similarity

__all__ = [
    "MIN_EVIDENCE",
    "Scored",
    "choose",
    "evidence",
    "normalised_score",
    "registry_years",
    "similarity",
]

WEIGHTS = {"title": 2.0, "author": 1.5, "year": 1.0, "volume": 1.0, "issue": 0.5, "page": 1.0}
MIN_EVIDENCE = 3.0


@dataclass(frozen=True)
class Scored:
    """A candidate record with its normalised relevance score and validation similarity."""

    record: Reference
    score: float
    similarity: float


def normalised_score(score: float, query: str) -> float:
    """Crossref relevance score divided by the length of the query text."""
    return score / max(len(query), 1)


def registry_years(record: Reference) -> set[int]:
    """Years a citation of ``record`` may rightly give: print/issued and online."""
    years = {record.year} if record.year else set()
    online = record.other_dates.get("available-date")
    if online and online.year:
        years.add(online.year)
    return years


def _title_score(cited: str, registered: str) -> float:
    main = registered.split(":")[0]
    dice = max(title_similarity(cited, registered), title_similarity(cited, main))
    return max(0.0, (dice - 0.5) / 0.5)


def _surname(name: Name) -> str:
    if name.literal:
        return fold_name(name.literal)
    particle = name.non_dropping_particle or ""
    return fold_name(f"{particle} {name.family or name.given or ''}")


def _author_score(cited: Name, registered: list[Name]) -> float:
    key = _surname(cited)
    keys = [_surname(n) for n in registered[:3]]
    if key == keys[0]:
        return 1.0
    if key in keys:
        return 0.5
    ratio = difflib.SequenceMatcher(None, key, keys[0]).ratio()
    return ratio if ratio >= 0.8 else 0.0


def _year_score(cited: int, registered: set[int]) -> float:
    if cited in registered:
        return 1.0
    return 0.5 if any(abs(cited - y) == 1 for y in registered) else 0.0


def _page_score(cited: str, registered: str | None) -> float:
    a, b = expand_pages(cited), expand_pages(registered)
    if a is None:
        return 0.0
    if b is None or a[0] != b[0]:
        return 0.0
    return 0.75 + (0.25 if a[1] is None or b[1] is None or a[1] == b[1] else 0.0)


def _features(cited: Reference, record: Reference) -> list[tuple[str, float, float]]:
    """(feature, weight, score) for every field the citation gives."""
    out: list[tuple[str, float, float]] = []
    if cited.title:
        score = _title_score(cited.title, record.title) if record.title else 0.0
        out.append(("title", WEIGHTS["title"], score))
    if cited.authors and record.authors:
        out.append(("author", WEIGHTS["author"], _author_score(cited.authors[0], record.authors)))
    years = registry_years(record)
    if cited.year and years:
        out.append(("year", WEIGHTS["year"], _year_score(cited.year, years)))
    for field in ("volume", "issue"):
        mine, theirs = getattr(cited, field), getattr(record, field)
        if mine is None:
            continue
        if theirs is None:
            out.append((field, WEIGHTS[field] / 2, 0.0))
        else:
            out.append((field, WEIGHTS[field], float(fold_number(mine) == fold_number(theirs))))
    if cited.page is not None and expand_pages(cited.page):
        weight = WEIGHTS["page"] if record.page is not None else WEIGHTS["page"] / 2
        out.append(("page", weight, _page_score(str(cited.page), _text(record.page))))
    return out


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def evidence(cited: Reference, record: Reference) -> float:
    """Total weight of the fields the similarity compares (see ``MIN_EVIDENCE``)."""
    return sum(w for _, w, _ in _features(cited, record))


def similarity(cited: Reference, record: Reference) -> float:
    """Validation similarity of a candidate record to a citation, in [0, 1].

    Returns 0 when the compared fields carry less than ``MIN_EVIDENCE`` weight.

    Example:
        >>> from poolrefs.dates import DateValue
        >>> a = Reference(title="Patent pool formation", authors=[Name(family="Lévêque")],
        ...               issued=DateValue(parts=[[2011]]))
        >>> b = Reference(title="Patent Pool Formation", authors=[Name(family="Leveque")],
        ...               issued=DateValue(parts=[[2012]]))
        >>> round(similarity(a, b), 3)
        0.889
    """
    features = _features(cited, record)
    total = sum(w for _, w, _ in features)
    if total < MIN_EVIDENCE:
        return 0.0
    return sum(w * s for _, w, s in features) / total


def choose(
    scored: list[Scored], *, min_similarity: float, margin: float
) -> tuple[str, list[Scored]]:
    """Decide among validated candidates.

    Returns:
        ``("matched", [best])``, ``("ambiguous", [close candidates...])`` when another
        candidate of a different DOI passes within ``margin`` of the best, or
        ``("unmatched", [])``.
    """
    passing = sorted(
        (s for s in scored if s.similarity >= min_similarity),
        key=lambda s: s.similarity,
        reverse=True,
    )
    if not passing:
        return "unmatched", []
    best = passing[0]
    best_doi = fold(best.record.doi)
    close = [best] + [
        s
        for s in passing[1:]
        if fold(s.record.doi) != best_doi and s.similarity >= best.similarity - margin
    ]
    return ("ambiguous", close) if len(close) > 1 else ("matched", [best])
