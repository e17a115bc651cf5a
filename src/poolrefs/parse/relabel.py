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
* report and patent numbers (``Report WP 49``, ``(TR 46)``, ``No. 10`` in a reference with no
  journal, ``CN101234567A``, ``US 7,654,321 B2``) as ``number``.

Each rule only fires on its cue, so it helps whatever the labeller got wrong around it.
"""

from __future__ import annotations

import re

from .tokens import Token

__all__ = ["relabel"]

_PAREN_EDITORS = re.compile(r"\((?:eds?|editors?|hrsg|éds?)\.?\s+([^()]{2,200}?)\s*\)", re.I)
_IN_EDITORS = re.compile(
    r"\b[Ii]n:?\s+([^()\d]{2,200}?)\s*\((?:eds?|editors?|hrsg|éds?)\.?\)", re.U
)
_EDITED_BY = re.compile(r"\b(?:[Ee]dited\s+by|[Ee]d\.\s+by)\s+")
_ED_CUE = re.compile(r"(?<=\.)\s+Eds?\.\s+(?=[A-Z])")
_IN_NAMES_ED = re.compile(r"\b[Ii]n:?\s+([^()\d]{2,200}?),?\s+(?:eds?\.|editors?\b)")
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
_SENTENCE_END = re.compile(r"(?<![A-Z])(?:[.?!][\"”’]?|,[\"”’])\s+")
_TITLE_END = re.compile(r"(?<![A-Z])(?:\.[\"”’]?|,[\"”’])\s+")
_ARTICLE_AFTER_INITIAL = re.compile(r"\b[A-Z]\.\s+((?:A|An|The|On|In)\s+[a-z][\w-]*)")
_WORD_STOP = re.compile(r"([^\W\d_]{2,})\.\s+")
_NOT_END = frozenset(["St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Hon", "Rev", "Fr", "Ph"])
_SUFFIXES = frozenset(["Jr", "Sr", "Jnr", "Snr"])
_INVERTED_NEXT = re.compile(r"[A-Z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*,\s+[A-Z]")
_ROLE_WORD = re.compile(
    r"\b(?:eds?|editors?|edited|hrsg|hg|éds?|dir|coord|comp|trans|transl|translated|translator|tr|trad)\b|[编译]",
    re.I,
)
_ET_AL = re.compile(r"\bet\.?\s*al\b\.?,?")
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten",
     "bin", "ibn", "al", "el", "st"]
)  # fmt: skip
_INITIALISH = re.compile(r"(?:[A-Z]\.)+(?:\s?-?[A-Z]\.)*|-?[A-Z]\.?(?:-[A-Z]\.?)*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_WORD = re.compile(r"[^\s,;()\[\]]+")


def relabel(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """Labels with the shape rules of this module applied (the input list is not changed)."""
    out = list(labels)
    if not tokens:
        return out
    starts = [t.start for t in tokens]
    _editors(text, tokens, starts, out)
    _genres(text, tokens, starts, out)
    _numbers(text, tokens, starts, out)
    _editions(text, tokens, starts, out)
    _subtitles(tokens, out)
    _runs_into_container(text, tokens, out)
    _after_et_al(text, tokens, out)
    _title_after_initial(text, tokens, out)
    _stray_roles(text, out)
    _author_ends_at_full_stop(text, tokens, out)
    return out


def _author_ends_at_full_stop(text: str, tokens: list[Token], out: list[str]) -> None:
    """End an author span at a full stop after a whole word.

    ``Perrault, Charles. Contes.`` read as one author span: a full stop after a whole word
    (not an initial or ``St.``) ends the names, unless another inverted name follows
    (``ROUSSILLON, René. CHABERT, Catherine.``).
    """
    runs = _runs(out)
    first = next((r for r in runs if r[0] not in ("citation-number", "note")), None)
    if first is None or first[0] != "author" or first[2] - first[1] < 3:
        return
    _lab, i, j = first
    start, end = tokens[i].start, tokens[j - 1].end
    for m in _WORD_STOP.finditer(text, start, end):
        word = m.group(1)
        if word in _NOT_END or m.end() >= end:
            continue
        if word in _SUFFIXES and not text[m.end() : m.end() + 1].isupper():
            continue  # "Smith, John Jr. and Jane Doe"
        if _INVERTED_NEXT.match(text, m.end()):
            continue
        for t in range(i, j):
            if tokens[t].start >= m.end():
                out[t] = "title"
        return


def _stray_roles(text: str, out: list[str]) -> None:
    """Read stray editor or translator labels after the title as the container.

    In a reference with no role word at all (``ed.``, ``edited``, ``trans.``, ``译``...) they
    are a journal or proceedings name.
    """
    if _ROLE_WORD.search(text):
        return
    seen_title = False
    for i, lab in enumerate(out):
        if lab == "title":
            seen_title = True
        elif lab in ("editor", "translator") and seen_title:
            out[i] = "container"


def _title_after_initial(text: str, tokens: list[Token], out: list[str]) -> None:
    """``Wiśniewska, A. A mixed-methods model``: an article word after an initial starts the title."""
    runs = _runs(out)
    for k, (lab, i, j) in enumerate(runs):
        if lab != "author" or k + 1 >= len(runs) or runs[k + 1][0] != "title":
            continue
        m = _ARTICLE_AFTER_INITIAL.search(text, tokens[i].start, tokens[j - 1].end)
        if m:
            for t in range(i, j):
                if tokens[t].start >= m.start(1):
                    out[t] = "title"


def _runs(out: list[str]) -> list[tuple[str, int, int]]:
    runs: list[tuple[str, int, int]] = []
    for i, lab in enumerate(out):
        if runs and runs[-1][0] == lab:
            runs[-1] = (lab, runs[-1][1], i + 1)
        else:
            runs.append((lab, i, i + 1))
    return runs


def _runs_into_container(text: str, tokens: list[Token], out: list[str]) -> None:
    """Join journal names cut in two, in an article (volume or pages labelled).

    ``Title. IEEE Trans.`` + ``Pattern Analysis``; ``Journal of the`` + ``ACM`` read as a
    publisher; ``IEEE/ACM Transactions`` read as a publisher + ``on Networking``.
    """
    if not any(lab in ("volume", "pages") for lab in out):
        return
    runs = _runs(out)
    for k in range(1, len(runs)):
        lab, i, j = runs[k]
        prev, pi, pj = runs[k - 1]
        if lab == "container" and prev == "title":
            span = text[tokens[pi].start : tokens[pj - 1].end]
            cut = None
            for m in _TITLE_END.finditer(span):
                cut = m.end()
            if cut is not None:
                tail = span[cut:]
                if tail[:1].isupper() and len(tail.split()) <= 4:
                    start = tokens[pi].start + cut
                    for t in range(pi, pj):
                        if tokens[t].start >= start:
                            out[t] = "container"
        elif lab == "publisher" and prev == "container" and (k + 1 == len(runs) or runs[k + 1][0] in
                                                             ("volume", "issue", "pages", "date")):
            if not text[tokens[pj - 1].end : tokens[i].start].strip() and tokens[pj - 1].text not in ".,":
                for t in range(i, j):
                    out[t] = "container"  # "Journal of the" + "ACM,"
        elif lab == "container" and prev == "publisher" and (k < 2 or runs[k - 2][0] != "place"):
            for t in range(pi, pj):
                out[t] = "container"  # "IEEE/ACM Transactions" + "on Networking,"


def _after_et_al(text: str, tokens: list[Token], out: list[str]) -> None:
    """``Cates, N. C. et al., Nano Lett.`` read as one author span: what follows et al. is not a name."""
    for lab, i, j in _runs(out):
        if lab != "author" or j - i < 3:
            continue
        span_start, span_end = tokens[i].start, tokens[j - 1].end
        m = _ET_AL.search(text, span_start, span_end)
        if not m or not text[m.end() : span_end].strip(" ,.;:"):
            continue
        rest = text[m.end() : span_end]
        new = "title" if _SENTENCE_END.search(rest.strip()) else "container"
        for t in range(i, j):
            if tokens[t].start >= m.end():
                out[t] = new


def _subtitles(tokens: list[Token], out: list[str]) -> None:
    """A container right after a title colon is the subtitle: ``Title: subtitle. Journal``."""
    n = len(tokens)
    for i in range(1, n):
        if out[i] == "container" and out[i - 1] == "title" and (tokens[i - 1].text in ":：" or tokens[i].text in ":："):
            j = i
            while j < n and out[j] == "container":
                out[j] = "title"
                j += 1


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


def _set(tokens: list[Token], starts: list[int], out: list[str], start: int, end: int, label: str) -> None:
    import bisect

    i = bisect.bisect_left(starts, start)
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].kind != "url":
            out[i] = label
        i += 1


def _editors(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    for m in _PAREN_EDITORS.finditer(text):
        _set(tokens, starts, out, m.start(), m.start(1), "note")
        _set(tokens, starts, out, m.start(1), m.end(1), "editor")
        _set(tokens, starts, out, m.end(1), m.end(), "note")
    for m in (*_IN_EDITORS.finditer(text), *_IN_NAMES_ED.finditer(text)):
        names = m.group(1)
        if len(names.split()) > 12 or names.count(".") - len(re.findall(r"\b[A-Z]\.", names)) > 0:
            continue  # a title, not a name list
        _set(tokens, starts, out, m.start(), m.start(1), "note")
        _set(tokens, starts, out, m.start(1), m.end(1), "editor")
        _set(tokens, starts, out, m.end(1), m.end(), "note")
    for cue in (_EDITED_BY, _ED_CUE):
        for m in cue.finditer(text):
            if cue is _ED_CUE and _EDITION_BEFORE.search(text, max(0, m.start() - 8), m.start() + 1):
                continue  # "2nd ed. London"
            end = name_list_end(text, m.end())
            if end > m.end():
                _set(tokens, starts, out, m.start(), m.end(), "note")
                _set(tokens, starts, out, m.end(), end, "editor")
                pub = _PUBLISHER_YEAR.match(text, end)
                if pub:  # MLA: "Container, edited by A. Smith, Publisher, 2001"
                    _set(tokens, starts, out, pub.start(1), pub.end(1), "publisher")


def name_list_end(text: str, start: int) -> int:
    """Where a list of personal names starting at ``start`` ends (``start`` if none).

    Names are runs of one to five capitalised words, initials or particles joined by ``,``,
    ``and`` and ``&``. A comma ends the list once ``and`` has been seen, or when no ``and``
    follows within the next few names; a full stop after a word that is not an initial ends
    it; so does any word that is not part of a name.
    """
    end = start
    pos = start
    seen_and = False
    words = 0
    limit = min(len(text), start + 300)
    while pos < limit:
        while pos < limit and text[pos] == " ":
            pos += 1
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group()
        core = word.rstrip(".:") if not _INITIALISH.fullmatch(word) else word
        if core in ("and", "&"):
            seen_and = True
            words = 0
            pos = m.end()
            continue
        if not (_INITIALISH.fullmatch(core) or (core[:1].isupper() and _NAME_WORD.fullmatch(core))
                or core in _PARTICLES):
            break
        words += 1
        if words > 5:
            break
        end = pos + len(core)
        pos = m.end()
        if word != core and not _INITIALISH.fullmatch(word):
            break  # "Smith." ends the list
        if pos < len(text) and text[pos] in ",;":
            if seen_and or not _and_ahead(text, pos + 1):
                break
            pos += 1
            words = 0
    return end


def _and_ahead(text: str, pos: int) -> bool:
    ahead = text[pos : pos + 120]
    m = re.match(r"(?:\s*[^,;()]{1,40}?,)*?\s*(?:and|&)\s", ahead)
    return m is not None and "." not in re.sub(r"\b[A-Z]\.", "", ahead[: m.end()])


def _genres(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    for m in _GENRE.finditer(text):
        if not _BEFORE_SEGMENT.search(text, max(0, m.start() - 3), m.start()):
            continue
        if not _AFTER_SEGMENT.match(text, m.end()):
            continue
        _set(tokens, starts, out, m.start(), m.end(), "genre")


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
