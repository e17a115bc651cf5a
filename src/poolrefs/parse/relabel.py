"""Relabelling tokens by unmistakable shapes the labeller may have missed.

The CRF sees a few tokens of context; some fields are announced by cue phrases whose reach it
misjudges. These rules find such shapes in the text and relabel the tokens they cover, before
spans are grouped:

* editors announced by a cue: ``(ed. Watson, K.)``, ``(eds Smith, J. & Doe, A.)``,
  ``edited by A. Smith and B. Jones,``, ``. Eds. A. Smith and B. Jones.``, ``In A. Smith
  (Ed.),``; the cue words themselves become ``note``, so a lone ``(`` or ``ed.`` is never read
  as a name;
* thesis and report kinds (``[PhD thesis]``, ``Master's thesis,``, ``硕士学位论文``,
  ``Working Paper``) as ``genre``;
* a book's extent and series (``702 p. (Psychologie)``) as ``note`` and ``collection``;
* a year range ending a title (``Hospitals in Bergen, 1885-1915.``) as ``title``;
* a year with a disambiguating letter (``(1994a)``, ``2007a.``) as ``date``;
* report and patent numbers (``Report WP 49``, ``(TR 46)``, ``No. 10`` in a reference with no
  journal, ``CN101234567A``, ``US 7,654,321 B2``) as ``number``.

Each rule only fires on its cue, so it helps whatever the labeller got wrong around it.
"""

from __future__ import annotations

import bisect
import re

from .boundaries import fix_boundaries
from .namelist import INITIALISH as _INITIALISH
from .namelist import PARTICLES as _PARTICLES
from .namelist import name_list_end
from .namelist import set_label as _set
from .runs import label_runs
from .tokens import Token
from .translators import translators

__all__ = ["name_list_end", "relabel"]

_PAREN_EDITORS = re.compile(r"\((?:eds?|editors?|hrsg|éds?)\.?\s+([^()]{2,200}?)\s*\)", re.I)
_PAREN_NAMES_ED = re.compile(r"\(([^()]{2,200}?),\s*(?:eds?|editors?|hrsg|éds?)\.?\)", re.I)
_VANCOUVER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*\s[A-Z]{1,3}")
_IN_SEGMENT = re.compile(r"(?:^|[.”\"]\s+)In\s+[^.:]{2,200},$")
_LOWER_ED_CUE = re.compile(r"(?<=[,.])\s+ed\.\s+(?=[A-Z])")
_IN_EDITORS = re.compile(
    r"\b[Ii]n:?\s+((?:(?!\b[Ii]n\s)[^()\d]){2,200}?)\s*\((?:eds?|editors?|hrsg|éds?)\.?\)", re.U
)
_EDITED_BY = re.compile(r"\b(?:[Ee]dited\s+by|[Ee]d\.\s+by)\s+")
_ED_CUE = re.compile(r"(?<=\.)\s+Eds?\.\s+(?=[A-Z])")
_IN_NAMES_ED = re.compile(r"\b[Ii]n:?\s+([^().\d]{2,200}?),?\s+(?:eds?\.|editors?\b)")
_EDS_AFTER = re.compile(r",\s+Eds?\.,")
_IN_BEFORE = re.compile(r"\bin\s+([^“”\"]+?),\s*$")
_PUBLISHER_YEAR = re.compile(r",\s+([^\d,.;()]{2,80}?),\s+(?:\d{1,2}\s+\w+\.?\s+)?(?:1[5-9]|20)\d\d\b")
_EDITION_BEFORE = re.compile(r"(?:\d|\b(?:st|nd|rd|th|rev|new|revised|enl|2d|3d))\W{0,3}$", re.I)

_GENRE = re.compile(
    r"(?:\b(?:Ph\.?\s?D\.?|Doctoral|Doctorate|Master['’]?s|M\.?A\.?|M\.?Sc\.?|MPhil|Bachelor['’]?s|"
    r"Diploma|Honours|Undergraduate|Senior)\s+(?:thesis|dissertation|theses)|\bDissertation\b"
    r"|\b(?:Technical|Research|Annual|Final|Interim|Policy|Working|Discussion|Occasional|Staff|"
    r"Briefing|Background|Conference)\s+(?:reports?|papers?|notes?|memorandum)\b"
    r"|(?:博士|硕士|学士)学位论文|博士论文|硕士论文|研究报告|技术报告|工作论文)",
    re.I,
)
_BEFORE_SEGMENT = re.compile(r"(?:^|[.,;:\[(“”\"'’【（，。；：])\s*$")
_AFTER_SEGMENT = re.compile(r"\s*(?:$|[.,;:)\]】）,，。；]|(?:No\.?\s*)?[A-Z]{0,5}[-\s]?\d)")

_REPORT_NUMBER = re.compile(
    r"(?:(?<=^)|(?<=[.,;(]\s)|(?<=[(,]))"
    r"(?:(?:Report|Rep\.|Technical\s+Report|Working\s+Paper|Research\s+Report)\s+)?"
    r"((?:No\.|Nr\.|[A-Z]{1,6}[-\s]?)?\s?\d[\w./-]*)(?=\s*(?:[.,;)]|$))"
)
_CODE = re.compile(r"\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]")
_NOT_NUMBER = re.compile(r"(?:ISBN|ISSN|DOI|PMID|PMCID|ARXIV|OCLC|LCCN|ISO|IEC|GB|DIN|ANSI)\b", re.I)
_GENRE_WORD = re.compile(r"(?:Report|Rep\.|Technical\s+Report|Working\s+Paper|Research\s+Report)", re.I)
_PATENT = re.compile(
    r"\b(?:CN|US|EP|WO|JP|KR|DE|GB|FR|TW|RU|CA|AU)\s?(?:\d{4}/\d{4,}|\d[\d,\s]{4,}\d)(?:\.\d)?(?:\s?[A-C]\d?)?(?![\w—–/-]|\.\d)"
)

_EDITION_STATEMENT = re.compile(
    r"\(?\b(?:\d+\s*(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|rev|revised|new|enl|enlarged)\.?"
    r"\s+(?:ed|edn|edition)\b\.?\)?|\d+\s*版|第\s*\d+\s*版",
    re.I,
)
def relabel(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """Labels with the shape rules of this module applied (the input list is not changed)."""
    out = list(labels)
    if not tokens:
        return out
    starts = [t.start for t in tokens]
    _editors(text, tokens, starts, out)
    translators(text, tokens, starts, out)
    _genres(text, tokens, starts, out)
    _numbers(text, tokens, starts, out)
    _editions(text, tokens, starts, out)
    _year_with_letter(tokens, out)
    _year_range_ends_title(text, tokens, out)
    _extent_and_series(text, tokens, starts, out)
    _place_colon_publisher_year(text, tokens, starts, out)
    fix_boundaries(text, tokens, out)
    _note_author_then_title(text, tokens, out)
    return out


_YEAR_LETTER = re.compile(r"(?:1[5-9]|20)\d\d[a-z]")
_NOT_DATE = frozenset({"author", "editor", "number", "note", "publisher", "place"})


def _year_with_letter(tokens: list[Token], out: list[str]) -> None:
    """``(1994a)``, ``2007a.``: a year with a disambiguating letter is the date.

    Relabelled when read as a name, a number, a note or an imprint part, or when the
    reference has no date at all; brackets around it go with it.
    """
    has_date = "date" in out
    for i, tok in enumerate(tokens):
        if not _YEAR_LETTER.fullmatch(tok.text) or out[i] == "date":
            continue
        if has_date and out[i] not in _NOT_DATE:
            continue
        out[i] = "date"
        if i > 0 and tokens[i - 1].text == "(" and i + 1 < len(tokens) and tokens[i + 1].text == ")":
            out[i - 1] = out[i + 1] = "date"


_EXTENT_SERIES = re.compile(r"(?<![\w.])(\d+\s*p\.)\s*(\(([^()]{2,80})\))")


def _extent_and_series(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    """``702 p. (Psychologie)``: a book's extent (a note) and its series in brackets."""
    for m in _EXTENT_SERIES.finditer(text):
        _set(tokens, starts, out, m.start(1), m.end(1), "note")
        _set(tokens, starts, out, m.start(2), m.end(2), "collection")


_IMPRINT = re.compile(
    r"(?:^|(?<=[.]\s))([A-ZÀ-Þ][\w'’]*(?:[\s-][\w'’]+){0,3})\s?:\s+([^,.:;()\d]{2,60}),\s+(?:1[5-9]|20)\d\d\b"
)


def _place_colon_publisher_year(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    """``. Boulogne-sur-Mer : FJORD PRESSES, 2008``: place, publisher, year.

    Not when the labeller read the part before the colon as a title, a name or a date.
    """
    for m in _IMPRINT.finditer(text):
        i = bisect.bisect_left(starts, m.start(1))
        if i < len(out) and out[i] not in ("title", "author", "date"):
            _set(tokens, starts, out, m.start(1), m.end(1), "place")
            _set(tokens, starts, out, m.start(2), m.end(2), "publisher")


_YEAR_RANGE = re.compile(r"\(?((?:1[5-9]|20)\d\d)\s*[-–—]\s*((?:1[5-9]|20)\d\d)\)?[.,]?")


def _year_range_ends_title(text: str, tokens: list[Token], out: list[str]) -> None:
    """``Hospitals in Bergen, 1885-1915.`` then the imprint's year: the range ends the title.

    A year range right after a title run (no full stop between), read as a date, number or
    pages, belongs to the title when the reference has a date elsewhere.
    """
    runs = label_runs(out)
    for k in range(1, len(runs)):
        lab, i, j = runs[k]
        if lab == "title" or runs[k - 1][0] != "title":
            continue
        m = _YEAR_RANGE.fullmatch(text, tokens[i].start, tokens[j - 1].end)
        if not m or int(m.group(2)) <= int(m.group(1)) or text[tokens[i - 1].start] in ".?!":
            continue
        if any(r[0] == "date" and r is not runs[k] for r in runs):
            for t in range(i, j):
                out[t] = "title"
        return


def _note_author_then_title(text: str, tokens: list[Token], out: list[str]) -> None:
    """Split a note's author and title read as one author span, with no title labelled.

    ``Ruth Quist, The Northern Tides: Salt (Bergen: Fjord, 2004)``: the names (given name
    first) end at the comma where :func:`name_list_end` stops, when the words after it hold a
    lower-case word or a colon.
    """
    if "title" in out or not out or out[0] != "author":
        return
    j = out.index("author")
    while j < len(out) and out[j] == "author":
        j += 1
    start, end = tokens[0].start, tokens[j - 1].end
    first = text[start:end].split(",")[0]
    words = first.split()
    if len(words) < 2 or _INITIALISH.fullmatch(words[-1].rstrip(".") + "."):
        return  # "Quist, Ruth": inverted; "Quist R.M., Brandt O.": Vancouver names
    stop = name_list_end(text, start)
    rest = re.match(r"\s*,\s*", text[stop:end])
    if rest is None:
        return
    segment = text[stop + rest.end() : end].split(",")[0]
    lower = [w for w in segment.split() if w[:1].islower() and w not in _PARTICLES and w not in ("and", "et", "al.")]
    if len(segment.split()) < 2 or not (lower or ":" in segment):
        return  # more names, not a title
    for t in range(j):
        if tokens[t].start >= stop + rest.end():
            out[t] = "title"


def _editions(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    """Cut edition spans to the edition statement.

    The rest of the segment after it (``4th ed. Springbank.``) is the publisher; the words
    before it go back to the title.
    """
    i = 0
    n = len(tokens)
    while i < n:
        if out[i] != "edition":
            i += 1
            continue
        j = i
        while j < n and out[j] == "edition":
            j += 1
        s, e = tokens[i].start, tokens[j - 1].end
        m = _EDITION_STATEMENT.search(text, s, e)
        if m:
            before = out[i - 1] if i > 0 else "title"
            _set(tokens, starts, out, s, m.start(), before if before in ("title", "container") else "title")
            _set(tokens, starts, out, m.end(), e, "publisher" if j == n or out[j] in ("date", "url") else out[j])
        i = j


def _editors(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    cued: list[tuple[int, int]] = []
    for m in (*_PAREN_EDITORS.finditer(text), *_PAREN_NAMES_ED.finditer(text)):
        _set(tokens, starts, out, m.start(), m.start(1), "note")
        _set(tokens, starts, out, m.start(1), m.end(1), "editor")
        cued.append((m.start(1), m.end(1)))
        _set(tokens, starts, out, m.end(1), m.end(), "note")
    covered: list[tuple[int, int]] = []
    for m in (*_IN_EDITORS.finditer(text), *_IN_NAMES_ED.finditer(text)):
        names = m.group(1)
        if ":" not in text[m.start() : m.start(1)] and not all(
            _VANCOUVER_NAME.fullmatch(p.strip()) for p in re.split(r",|\band\b|&", names) if p.strip()
        ) and m.re is _IN_NAMES_ED:
            continue  # "In Harbour Studies, ed. A. Smith": a book title, not "In: Smith A, ed."
        covered.append((m.start(), m.end()))
        if len(names.split()) > 12 or names.count(".") - len(re.findall(r"\b[A-Z]\.", names)) > 0:
            continue  # a title, not a name list
        _set(tokens, starts, out, m.start(), m.start(1), "note")
        _set(tokens, starts, out, m.start(1), m.end(1), "editor")
        cued.append((m.start(1), m.end(1)))
        _set(tokens, starts, out, m.end(1), m.end(), "note")
    for m in _EDS_AFTER.finditer(text):
        start = _names_before(text, m.start())
        if start < m.start():
            _set(tokens, starts, out, start, m.start(), "editor")
            cued.append((start, m.start()))
            _set(tokens, starts, out, m.start(), m.end(), "note")
            book = _IN_BEFORE.search(text, max(0, start - 300), start)
            if book:  # IEEE: "in Book title, A. Smith, Ed., Place: Publisher"
                _set(tokens, starts, out, book.start(), book.start(1), "note")
                _set(tokens, starts, out, book.start(1), book.end(1), "container")
    for cue in (_EDITED_BY, _ED_CUE, _LOWER_ED_CUE):
        for m in cue.finditer(text):
            if cue is not _EDITED_BY and _EDITION_BEFORE.search(text, max(0, m.start() - 8), m.start() + 1):
                continue  # "2nd ed. London"
            if cue is _LOWER_ED_CUE and (
                any(a <= m.start() < b for a, b in covered)
                or not (_IN_SEGMENT.search(text, 0, m.start()) or _title_before(text, m.start()))
            ):
                continue  # AMA "In: Watson K, ed. Book", "Zhang X, ed. Title": the names came before the cue
            end = name_list_end(text, m.end())
            if end > m.end():
                _set(tokens, starts, out, m.start(), m.end(), "note")
                _set(tokens, starts, out, m.end(), end, "editor")
                cued.append((m.end(), end))
                _after_editor_run(tokens, starts, out, end)
                pub = _PUBLISHER_YEAR.match(text, end)
                if pub:  # MLA: "Container, edited by A. Smith, Publisher, 2001"
                    _set(tokens, starts, out, pub.start(1), pub.end(1), "publisher")
    if cued:  # editor labels outside every cued list, before one, name the book: "In Book, ed. A. Smith"
        first = min(a for a, _b in cued)
        for t, tok in enumerate(tokens):
            if out[t] == "editor" and tok.start < first and not any(a <= tok.start < b for a, b in cued):
                out[t] = "container"


def _title_before(text: str, end: int) -> bool:
    """Whether the comma part before ``end`` reads as a title.

    ``Essays on tides, ed. A. Smith``: four or more words, one of them lower-case and not a
    particle (names have none).
    """
    part = text[max(0, end - 300) : end].rsplit(",", 1)[0]
    part = re.split(r"[,.;:]\s", part)[-1]
    words = part.split()
    return len(words) >= 4 and any(w[:1].islower() and w not in _PARTICLES and w != "and" for w in words)


def _after_editor_run(tokens: list[Token], starts: list[int], out: list[str], end: int) -> None:
    """Relabel editor tokens the labeller ran on past the end of a cued name list.

    They take the label of what follows them (``Edited by Ida Holm. Bergen: Fjord Press``).
    """
    i = bisect.bisect_left(starts, end)
    j = i
    while j < len(tokens) and out[j] == "editor":
        j += 1
    if j == i:
        return
    label = out[j] if j < len(tokens) else "note"
    for t in range(i, j):
        out[t] = label


def _names_before(text: str, end: int) -> int:
    """Start of a list of names (or institutions) of capitalised words ending at ``end``."""
    start = end
    pos = end
    while True:
        cut = text.rfind(", ", max(0, pos - 80), pos)
        seg_start = cut + 2 if cut >= 0 else max(0, pos - 80)
        seg = text[seg_start:pos].strip()
        seg = seg[4:] if seg.startswith("and ") else seg
        words = seg.split()
        if not words or len(words) > 6 or not all(
            w[:1].isupper() or w in _PARTICLES or _INITIALISH.fullmatch(w) for w in words
        ):
            return start
        start = seg_start
        if cut < 0:
            return start
        pos = cut


def _genres(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    for m in _GENRE.finditer(text):
        if not _BEFORE_SEGMENT.search(text, max(0, m.start() - 3), m.start()):
            continue
        if not _AFTER_SEGMENT.match(text, m.end()):
            continue
        start, end = m.start(), m.end()
        if start > 0 and end < len(text) and text[start - 1] in "[(（【" and text[end] in "])）】":
            start, end = start - 1, end + 1  # "[PhD thesis]": the brackets go with it
        _set(tokens, starts, out, start, end, "genre")


def _numbers(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    for m in _PATENT.finditer(text):
        _set(tokens, starts, out, m.start(), m.end(), "number")
    if _CODE.search(text):
        return  # GB/T 7714: numbers follow the title after a colon (handled when fields are built)
    journal_like = any(lab in ("container", "volume", "issue") for lab in out)
    for m in _REPORT_NUMBER.finditer(text):
        value = m.group(1)
        has_cue = m.start(1) > m.start()
        if value[:3].lower() == "no." and journal_like and not has_cue:
            continue
        if not has_cue and journal_like:
            continue
        if not has_cue and not re.match(r"(?:No\.|Nr\.|[A-Z])", value):
            continue  # digits alone: pages, years
        if _NOT_NUMBER.match(value) or (not has_cue and re.fullmatch(r"[A-Z]?\s?\d{1,4}", value)) or re.match(r"(?:19|20)\d\d\b", value):
            continue  # a bare number or a year
        if has_cue:
            g = _GENRE_WORD.match(text, m.start())
            if g:
                _set(tokens, starts, out, g.start(), g.end(), "genre")
        _set(tokens, starts, out, m.start(1), m.end(1), "number")
