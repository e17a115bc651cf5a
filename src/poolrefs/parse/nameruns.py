"""Boundaries of the opening name list (see :mod:`poolrefs.parse.boundaries`).

* a ditto mark for the names of the entry above (``———.``, ``______.``) is the author
  field, and what the labeller ran into it or read as a genre or container right after it,
  when no title is labelled, is the title;
* initials read as another field between two author runs (``Fried,`` + ``S. D.`` +
  ``; Wang, L.-P.``) are names;
* given-name-first names opening a title run with no names labelled are the authors;
* the last name of a list gets back the initials or family name read into the next field;
* a title run on from ``Family, Given Name,`` (``Holm, Sarah, Powers and Tides: Salt``):
  the first comma part that is not a name starts the title; a single word left between the
  names and a title run (``Holm, Adolf, Hebräische`` + ``Berichte über …``) is the title's;
* ``Walter Holm, L'Œuvre d'art à`` + ``l'époque …`` (a title run): after one given-first name
  and its comma, the words up to the title run are the title's;
* the journal read into an initials-first list (``E. Haug, P. Lian, Micro Tides 2010``) ends
  the list.
"""

from __future__ import annotations

import re

from .namelist import name_list_end
from .runs import label_runs
from .tokens import Token

__all__ = ["fix_name_runs"]


def fix_name_runs(text: str, tokens: list[Token], out: list[str]) -> None:
    """Apply the rules of the module docstring to ``out`` in place."""
    _ditto_mark(text, tokens, out)
    _initials_between_names(text, tokens, out)
    _names_opening_title(text, tokens, out)
    _last_name_completed(text, tokens, out)
    _initials_first_list_end(text, tokens, out)
    _title_after_inverted_full_name(text, tokens, out)
    _title_after_given_first_name(text, tokens, out)


_ENDS_INVERTED = re.compile(r"[A-Z][\w'’-]+,\s*(?:-?[A-Z]\.\s?)+[,;]?\s*(?:&|and)?\s*[A-Z][\w'’-]+,$")
_INITIALS_NEXT = re.compile(r"\s*((?:-?[A-Z]\.\s?){1,3})(?=\s|$)")
_ENDS_GIVEN_INITIAL = re.compile(r"(?:(?:^|,)\s*|(?:\band|&)\s+(?:[A-Z][a-z]+\s)?)(?:[A-Z]\.\s?){1,3}$")
_FAMILY_NEXT = re.compile(r"\s*([A-Z][\w'’]+(?:-[\w'’]+)?)(?=[.,]\s|[.,]?$)")


_DITTO = re.compile(r"\s*[·•]?\s*(?:[—–_-]{2,}|—)\s*[.,]")


def _ditto_mark(text: str, tokens: list[Token], out: list[str]) -> None:
    """``———. Title. Place: Publisher``: the mark is the author, the next sentence the title."""
    m = _DITTO.match(text)
    if not m or "title" in out:
        return
    t = 0
    while t < len(tokens) and tokens[t].start < m.end():
        out[t] = "author"
        t += 1
    if t >= len(tokens) or out[t] not in ("author", "genre", "container", "publisher", "note"):
        return
    label = out[t]
    while t < len(tokens) and out[t] == label:
        out[t] = "title"
        t += 1


_CAPITAL_PARTICLES = frozenset(["de", "del", "della", "der", "di", "da", "du", "van", "von", "le", "la", "ten", "ter"])
_GIVEN_FIRST_WORDS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s(?:[A-Z]\.|[A-ZÀ-Þ][a-zà-ÿ'’-]+))*\s[A-ZÀ-Þ][a-zà-ÿ'’-]+")
_ONLY_INITIALS = re.compile(r"(?:\s*(?:-?[A-Z]\.|[,;]))+\s*")
_GIVEN_FIRST = re.compile(r"[A-Z][a-z]+(?:\s(?:[A-Z]\.?|[A-Z][a-z]+)){1,2}")


def _initials_between_names(text: str, tokens: list[Token], out: list[str]) -> None:
    """Initials between two author runs are part of the names.

    ``Fried,`` + ``S. D.`` (read as a date) + ``; Wang, L.-P.``.
    """
    runs = label_runs(out)
    for k in range(1, len(runs) - 1):
        lab, i, j = runs[k]
        if (
            lab != "author"
            and runs[k - 1][0] == "author"
            and runs[k + 1][0] == "author"
            and _ONLY_INITIALS.fullmatch(text, tokens[i].start, tokens[j - 1].end)
        ):
            for t in range(i, j):
                out[t] = "author"


def _names_opening_title(text: str, tokens: list[Token], out: list[str]) -> None:
    """Names given first at the start of a title run, with no names labelled, are the authors.

    ``Karin Riel and Paul Lasker. Linear-time ...``: two or more given-name-first names joined
    by ``and`` or commas, ended by a full stop and a capitalised word (single words joined by
    ``and``, as in ``War and Peace``, are not names).
    """
    if "author" in out or "editor" in out:
        return
    runs = label_runs(out)
    first = next((r for r in runs if r[0] not in ("citation-number", "note")), None)
    if first is None or first[0] != "title":
        return
    _lab, i, j = first
    start = tokens[i].start
    end = name_list_end(text, start)
    if end <= start or not re.match(r"\.\s+[A-Z]", text[end : end + 3]):
        return
    names = re.split(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", text[start:end])
    if len(names) < 2 or not all(_GIVEN_FIRST.fullmatch(n) for n in names):
        return
    for t in range(i, j):
        if tokens[t].start > end:
            break
        out[t] = "author"


def _last_name_completed(text: str, tokens: list[Token], out: list[str]) -> None:
    """Give the last name of a list its missing half.

    ``Holm, I., & Dale, C. J. 1997, ApJ`` with ``C. J.`` read into the date: the initials
    after the last ``Family,`` of an inverted list; ``I. Holm, and C. Dale-ok. Title`` with
    ``Dale-ok`` read into the title: the family name after the last initials.
    """
    runs = label_runs(out)
    first = next((r for r in runs if r[0] not in ("citation-number", "note")), None)
    if first is None or first[0] != "author" or first[2] >= len(tokens):
        return
    _lab, i, j = first
    start, end = tokens[i].start, tokens[j - 1].end
    span = text[start:end]
    m = None
    if _ENDS_INVERTED.search(span):
        m = _INITIALS_NEXT.match(text, end)
    elif _ENDS_GIVEN_INITIAL.search(span) and span.count(",") + span.count(" and ") >= 1:
        m = _FAMILY_NEXT.match(text, end)
    if m is None:
        return
    t = j
    while t < len(tokens) and tokens[t].start < m.end(1):
        out[t] = "author"
        t += 1
    if t < len(tokens) and tokens[t].start == m.end(1) and tokens[t].text in ".,":
        out[t] = "author"  # the stop after the name


_INITIALS_FIRST_NAME = re.compile(r"(?:(?:and|&)\s+)?(?:-?[A-Z]\.\s?)+\s*(?:(?:van|von|de|der|den|del|da|di|du|la|le)\s)*[A-Z][\w'’-]+")
_AND_NEXT = re.compile(r"\s+(?:and|&)\s")
_NEXT_IS_ARTICLE = frozenset({"date", "volume", "issue", "pages"})


def _initials_first_list_end(text: str, tokens: list[Token], out: list[str]) -> None:
    """``E. Haug, P. Lian, Micro Tides 2011, 14, 2087``: the journal read into the names.

    In a list of initials-first names (two or more), the first comma part that does not
    start with initials ends the list; when a date or journal number follows, that part
    (and a publisher run right after it) is the container.
    """
    runs = label_runs(out)
    first = next((k for k, r in enumerate(runs) if r[0] not in ("citation-number", "note")), None)
    if first is None or runs[first][0] != "author" or first + 1 >= len(runs):
        return
    _lab, i, j = runs[first]
    start, end = tokens[i].start, tokens[j - 1].end
    pos, names = start, 0
    while pos < end:
        m = _INITIALS_FIRST_NAME.match(text, pos, end)
        if not m or (m.end() < end and text[m.end()] not in ",;" and not _AND_NEXT.match(text, m.end())):
            break
        names += 1
        pos = m.end() + (0 if _AND_NEXT.match(text, m.end()) else 1)
        while pos < end and text[pos] == " ":
            pos += 1
    if names < 2 or pos >= end or _INITIALS_FIRST_NAME.match(text, pos, end):
        return
    k = first + 1
    while k < len(runs) and runs[k][0] == "publisher":
        k += 1
    if k >= len(runs) or runs[k][0] not in _NEXT_IS_ARTICLE:
        return
    for t in range(i, runs[k][1]):
        if tokens[t].start >= pos:
            out[t] = "container"


_NAME_PART_WORD = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*\.?|(?:-?[A-Z]\.)+|and|&|van|von|de|der|den|del|da|di|du|la|le)")
_PARTICLE_WORDS = frozenset(["and", "&", "van", "von", "de", "der", "den", "del", "da", "di", "du", "la", "le"])


_ET_AL_WORDS = re.compile(r"\bet\.?\s*al\b")
_FAMILY_WORD = re.compile(r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)?|[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*")
_GIVEN_NAMES = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-Z]\.))*")
_TITLE_WORDS = re.compile(r"(?:^|\s)(?!(?:and|van|von|de|der|den|del|da|di|du|la|le)\b)[a-zà-ÿ]{3,}|[a-zà-ÿ]:")
_SENTENCE_STOP = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s")


def _is_name_part(segment: str) -> bool:
    words = segment.split()
    return 0 < len(words) <= 6 and ":" not in segment and all(_NAME_PART_WORD.fullmatch(w) for w in words)


def _title_after_inverted_full_name(text: str, tokens: list[Token], out: list[str]) -> None:
    """The title run on from ``Family, Given Name,`` starts at the first part not a name.

    ``Holm, Sarah, Powers and Tides: Salt,`` read as names (see the module docstring).
    """
    runs = label_runs(out)
    first = next((k for k, r in enumerate(runs) if r[0] not in ("citation-number", "note")), None)
    if first is None or runs[first][0] != "author":
        return
    _lab, i, j = runs[first]
    start, end = tokens[i].start, tokens[j - 1].end
    parts = text[start:end].split(", ")
    if len(parts) < 3 or _ET_AL_WORDS.search(text, start, end) or not _FAMILY_WORD.fullmatch(parts[0]):
        return
    if not _GIVEN_NAMES.fullmatch(parts[1].rstrip(",.")):
        return  # "Family, Given Names" with a spelled-out given name
    pos = start + len(parts[0]) + 2 + len(parts[1]) + 2
    cut = None
    for part in parts[2:]:
        head = _SENTENCE_STOP.split(part, maxsplit=1)[0]
        if not _is_name_part(head.rstrip(",.")):
            if _TITLE_WORDS.search(head):
                cut = pos
            break
        if head != part:
            break  # "and Peter Holm. Title": the names end at the full stop
        pos += len(part) + 2
    if (
        cut is None
        and len(parts) == 3
        and len(parts[2].split()) == 1
        and not parts[2].endswith(".")
        and first + 1 < len(runs)
        and runs[first + 1][0] == "title"
        and text[end : tokens[j].start] == " "
    ):
        cut = start + len(parts[0]) + len(parts[1]) + 4  # "Hebräische" + "Berichte über …"
    if cut is None:
        return
    for t in range(i, j):
        if tokens[t].start >= cut:
            out[t] = "title"


def _title_after_given_first_name(text: str, tokens: list[Token], out: list[str]) -> None:
    """``Walter Holm, L'Œuvre d'art à`` + a title run: the words after the name are the title's."""
    runs = label_runs(out)
    first = next((k for k, r in enumerate(runs) if r[0] not in ("citation-number", "note")), None)
    if first is None or runs[first][0] != "author" or first + 1 >= len(runs) or runs[first + 1][0] != "title":
        return
    _lab, i, j = runs[first]
    start, end = tokens[i].start, tokens[j - 1].end
    stop = name_list_end(text, start)
    name = text[start:stop]
    if not (start < stop < end) or "," in name or " and " in name or not text.startswith(", ", stop):
        return
    words = name.split()
    if not 2 <= len(words) <= 4 or not _GIVEN_FIRST_WORDS.fullmatch(name):
        return  # one given-name-first personal name: "Walter Holm", "Joseph A. Holm"
    if words[0].casefold() in _CAPITAL_PARTICLES:
        return  # "Del Rey, Lester": a family name with its particle, inverted
    rest = text[stop + 2 : end]
    if not rest or rest.startswith(("and ", "& ")) or _INITIALS_FIRST_NAME.match(rest):
        return
    more = name_list_end(text, stop + 2)
    if _GIVEN_FIRST_WORDS.fullmatch(text[stop + 2 : more]) and text[more : more + 1] in (",", ":", ";"):
        return  # another name follows: "Walter Holm, Jan Brandt: Title"
    for t in range(i, j):
        if tokens[t].start >= stop + 2:
            out[t] = "title"
