"""What a citation got wrong: field-by-field comparison with the registry record.

Only fields both sides give are compared. Minor differences are folded away before comparing
(case, diacritics, markup, ``&``/``and``, punctuation and dashes, a leading "The", page-range
abbreviation, journal-title abbreviation, initials for given names, a subtitle left out);
what still differs is reported with both values.

Example:
    >>> from poolrefs.model import Reference
    >>> cited = Reference(container_title="Journal of Industrial Organization", volume="29")
    >>> record = Reference(container_title="International Journal of Industrial Organization",
    ...                    volume="29")
    >>> [(d.field, d.cited, d.registered) for d in find_discrepancies(cited, record)]
    [('container-title', 'Journal of Industrial Organization', 'International Journal of Industrial Organization')]
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from ..model import Reference
from ..names import Name
from .text import abbreviation_of, expand_pages, fold, fold_name, fold_number
from .validate import registry_years

__all__ = ["Discrepancy", "find_discrepancies"]

_SUBTITLE = re.compile(r"\s*(?:[:?!.。：？]|\s[-–—]\s)\s*")


class Discrepancy(BaseModel):
    """One field where the citation and the registry disagree.

    Attributes:
        field: the CSL variable (``container-title``, ``issued``, ``volume``, ``issue``,
            ``page``, ``author``, ``title``).
        cited: the value as cited.
        registered: the value in the registry record.
    """

    model_config = ConfigDict(frozen=True)

    field: str
    cited: str
    registered: str

    def __str__(self) -> str:
        return f"{self.field}: cited {self.cited!r}, registry {self.registered!r}"


def _same_title(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    main_a, main_b = fold(_SUBTITLE.split(a, 1)[0]), fold(_SUBTITLE.split(b, 1)[0])
    return bool(fa and fb) and (fa == main_b or fb == main_a)


def _same_container(cited: str, record: Reference) -> bool:
    full = record.container_title or ""
    short = record.container_title_short or ""
    return (
        fold(cited) in {fold(full), fold(short)}
        or abbreviation_of(cited, full)
        or (bool(short) and abbreviation_of(cited, short))
    )


def _initials(name: Name) -> str:
    return "".join(w[0] for w in fold(name.given).replace("-", " ").split())


def _same_person(a: Name, b: Name) -> bool:
    if a.literal or b.literal:
        return fold(a.literal or a.family) == fold(b.literal or b.family)
    if fold_name(a.family) != fold_name(b.family):
        return False
    ia, ib = _initials(a), _initials(b)
    return not ia or not ib or ia.startswith(ib) or ib.startswith(ia)


def _show_names(names: list[Name], et_al: bool | None = None) -> str:
    shown = "; ".join(
        n.literal or ", ".join(p for p in (n.family, n.given) if p) for n in names
    )
    return shown + ("; et al." if et_al else "")


def _authors_differ(cited: Reference, record: Reference) -> bool:
    mine, theirs = cited.authors, record.authors
    if len(mine) > len(theirs) or (not cited.et_al and len(mine) != len(theirs)):
        return True
    return not all(_same_person(a, b) for a, b in zip(mine, theirs, strict=False))


def _same_pages(a: object, b: object) -> bool:
    pa, pb = expand_pages(str(a)), expand_pages(str(b))
    if pa is None or pb is None:
        return fold(str(a)) == fold(str(b))
    return pa[0] == pb[0] and (pa[1] is None or pb[1] is None or pa[1] == pb[1])


def find_discrepancies(cited: Reference, record: Reference) -> list[Discrepancy]:
    """Fields where ``cited`` disagrees with the registry ``record``, in a fixed order.

    Args:
        cited: the reference as cited (parsed or read).
        record: the registry's record of the same work.
    """
    out: list[Discrepancy] = []

    def add(field: str, mine: object, theirs: object) -> None:
        out.append(Discrepancy(field=field, cited=str(mine), registered=str(theirs)))

    if cited.title and record.title and not _same_title(cited.title, record.title):
        add("title", cited.title, record.title)
    if cited.authors and record.authors and _authors_differ(cited, record):
        add("author", _show_names(cited.authors, cited.et_al), _show_names(record.authors))
    if (
        cited.container_title
        and record.container_title
        and not _same_container(cited.container_title, record)
    ):
        add("container-title", cited.container_title, record.container_title)
    years = registry_years(record)
    if cited.year and years and cited.year not in years:
        add("issued", cited.year, record.year or min(years))
    for field in ("volume", "issue"):
        mine, theirs = getattr(cited, field), getattr(record, field)
        if mine is not None and theirs is not None and fold_number(mine) != fold_number(theirs):
            add(field, mine, theirs)
    if cited.page is not None and record.page is not None and not _same_pages(cited.page, record.page):
        add("page", cited.page, record.page)
    return out
