"""Relabelling span boundaries the labeller misplaced (see :mod:`poolrefs.parse.relabel`).

An author span running into the title, a journal name cut between title and container or
read as a publisher, a subtitle read as the journal, text after ``et al.`` read as a name,
editor labels in a reference with no role word. Each rule works on runs of one label.
"""

from __future__ import annotations

import re

from .nameruns import fix_name_runs
from .runs import label_runs
from .titleruns import fix_title_runs
from .tokens import Token

__all__ = ["fix_boundaries", "label_runs"]

_SENTENCE_END = re.compile(r"(?<![A-Z])(?:[.?!][\"”’]?|,[\"”’])\s+")
_TITLE_END = re.compile(r"(?<![A-Z])(?:\.[\"”’]?|,[\"”’])\s+")
_ARTICLE_AFTER_INITIAL = re.compile(r"\b[A-Z]\.\s+((?:A|An|The|On|In)\s+[a-z][\w-]*)")
_WORDS_AFTER_INITIAL = re.compile(
    r"\b[A-Z]\.\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?<!-)\s+"
    r"(?!(?:and|et|van|von|de|der|den|la|le|da|di|du|del|dos|ter|ten|bin|al)\b)[a-z]{2,})"
)
_WORD_STOP = re.compile(r"([^\W\d_]{2,})\.\s+")
_NOT_END = frozenset(["St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Hon", "Rev", "Fr", "Ph"])
_SUFFIXES = frozenset(["Jr", "Sr", "Jnr", "Snr"])
_INVERTED_NEXT = re.compile(r"[A-Z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*,\s+[A-Z]")
_ROLE_WORD = re.compile(
    r"\b(?:eds?|editors?|edited|hrsg|hg|éds?|dir|coord|comp|trans|transl|translated|translator|tr|trad)\b|[编译]",
    re.I,
)
_COMPANY = frozenset(["Inc", "Ltd", "Co", "Corp", "LLC", "GmbH", "Pty", "Ltda", "AG", "SA", "Limited", "Incorporated"])
_ET_AL = re.compile(r"\bet\.?\s*al\b\.?,?")


def fix_boundaries(text: str, tokens: list[Token], out: list[str]) -> None:
    """Apply the boundary rules to ``out`` (labels, one per token) in place."""
    fix_name_runs(text, tokens, out)
    _stray_roles(text, out)
    _subtitles(tokens, out)
    _journal_read_as_imprint(out)
    _runs_into_container(text, tokens, out)
    _after_et_al(text, tokens, out)
    _title_after_initial(text, tokens, out)
    _author_ends_at_full_stop(text, tokens, out)
    _author_ends_after_inverted_names(text, tokens, out)
    _company_suffix(tokens, out)
    _institution_after_genre(tokens, out)
    _page_range_end(tokens, out)
    _after_quoted_title(text, tokens, out)
    fix_title_runs(text, tokens, out)
    _journal_read_as_imprint(out)  # again: the title may only now be split from the names


def _author_ends_at_full_stop(text: str, tokens: list[Token], out: list[str]) -> None:
    """End an author span at a full stop after a whole word.

    ``Perrault, Charles. Contes.`` read as one author span: a full stop after a whole word
    (not an initial or ``St.``) ends the names, unless another inverted name follows
    (``QUIST, Ragnar. HOLM, Ida.``).
    """
    runs = label_runs(out)
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


_INVERTED_INITIALS = re.compile(
    r"(?:(?:and|&)\s+)?(?:(?:van|von|de|der|den|del|da|di|du|la|le|[A-Z][\w'’-]+)\s)*[A-Z][\w'’-]+,\s*"
    r"(?:-?[A-Z]\.\s?)+(?:\s*(?:Jr|Sr)\.)?[,;]?\s*"
)
_NAME_FILLER = frozenset(["and", "et", "al", "al.", "van", "von", "de", "der", "den", "del", "da", "di", "du", "la", "le", "others"])


def _author_ends_after_inverted_names(text: str, tokens: list[Token], out: list[str]) -> None:
    """End an inverted name list where its ``Family, I.`` pairs end.

    ``Quist, R., Brandt, O., Tides of the north, J. Fjords`` read as one author span: the
    words after the last pair's comma hold a lower-case word that is not a particle (no name
    does), so they start the title; their last comma part joins a journal that follows.
    """
    runs = label_runs(out)
    first = next((r for r in runs if r[0] not in ("citation-number", "note")), None)
    if first is None or first[0] != "author" or first[2] - first[1] < 4:
        return
    _lab, i, j = first
    start, end = tokens[i].start, tokens[j - 1].end
    pos = start
    while (m := _INVERTED_INITIALS.match(text, pos, end)) and m.end() > pos:
        pos = m.end()
    if pos == start or pos >= end or text[pos - 2 : pos].strip() not in (",", ";"):
        return
    segment = text[pos:end].split(",")[0].split()
    if not any(w[:1].islower() and w not in _NAME_FILLER for w in segment):
        return
    cut = text.rfind(",", pos, end - 1) if j < len(out) and out[j] == "container" else -1
    for t in range(i, j):
        if tokens[t].start >= pos:
            out[t] = "container" if 0 <= cut < tokens[t].start else "title"


def _stray_roles(text: str, out: list[str]) -> None:
    """Read stray editor or translator labels as the container, or as the author.

    In a reference with no role word at all (``ed.``, ``edited``, ``trans.``, ``译``...) they
    are a journal or proceedings name after the title, and the author when they open the
    reference and no author was labelled.
    """
    if _ROLE_WORD.search(text):
        return
    seen_title = False
    lead = "author" not in out
    runs = label_runs(out)

    def after_names(i: int) -> bool:
        """A role run right after the names, before a date or journal number: the journal."""
        for k, (_lab, a, b) in enumerate(runs):
            if a <= i < b:
                return (
                    k > 0 and runs[k - 1][0] == "author" and k + 1 < len(runs)
                    and runs[k + 1][0] in ("date", "volume", "issue", "pages")
                )
        return False

    for i, lab in enumerate(out):
        if lab == "title":
            seen_title = True
        elif lab in ("editor", "translator"):
            out[i] = "container" if seen_title or after_names(i) else "author" if lead else lab
        elif lab not in ("citation-number", "note"):
            lead = False


def _title_after_initial(text: str, tokens: list[Token], out: list[str]) -> None:
    """``Wiśniewska, A. A mixed-methods model``: an article word after an initial starts the title."""
    runs = label_runs(out)
    has_title = any(r[0] == "title" for r in runs)
    for k, (lab, i, j) in enumerate(runs):
        if lab != "author" or (has_title and (k + 1 >= len(runs) or runs[k + 1][0] != "title")):
            continue
        m = _ARTICLE_AFTER_INITIAL.search(text, tokens[i].start, tokens[j - 1].end) or _WORDS_AFTER_INITIAL.search(
            text, tokens[i].start, tokens[j - 1].end
        )
        if m:
            for t in range(i, j):
                if tokens[t].start >= m.start(1):
                    out[t] = "title"


def _runs_into_container(text: str, tokens: list[Token], out: list[str]) -> None:
    """Join journal names cut in two, in an article (volume or pages labelled).

    ``Title. IEEE Trans.`` + ``Pattern Analysis``; ``Journal of the`` + ``ACM`` read as a
    publisher; ``IEEE/ACM Transactions`` read as a publisher + ``on Networking``.
    """
    if not any(lab in ("volume", "pages") for lab in out):
        return
    runs = label_runs(out)
    for k in range(1, len(runs)):
        lab, i, j = runs[k]
        prev, pi, pj = runs[k - 1]
        if lab == "container" and prev == "title" and tokens[pj - 1].end == tokens[i].start and (
            tokens[i].kind != "punct" and tokens[pj - 1].kind != "punct"
        ):  # "Title. 第18" + "届…论文集": the container starts inside a word; back to the last stop
            span = text[tokens[pi].start : tokens[pj - 1].end]
            stop = max(span.rfind(". "), span.rfind("。"))
            if stop > 0:
                start = tokens[pi].start + stop + 1
                for t in range(pi, pj):
                    if tokens[t].start >= start:
                        out[t] = "container"
            continue
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
    """``Quist, R. A. et al., Fjord Lett.`` read as one author span: what follows et al. is not a name."""
    for lab, i, j in label_runs(out):
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


def _company_suffix(tokens: list[Token], out: list[str]) -> None:
    """``Fjord-Wesley, Inc.``: a company suffix after a publisher belongs to it."""
    n = len(tokens)
    for i in range(1, n - 1):
        if out[i] == "publisher" or out[i - 1] != "publisher":
            continue
        j = i + 1 if tokens[i].text in ",，" else i
        if j < n and tokens[j].text in _COMPANY:
            end = j + 1 if j + 1 < n and tokens[j + 1].text == "." else j
            for t in range(i, end + 1):
                out[t] = "publisher"


def _journal_read_as_imprint(out: list[str]) -> None:
    """Read a place or publisher right after the title of an article as its journal.

    ``Title. Neuron, 2003, 38(5)``: an article (volume or issue) with no container.
    """
    if "container" in out or not any(lab in ("volume", "issue") for lab in out):
        return
    runs = label_runs(out)
    for k in range(1, len(runs)):
        lab, i, j = runs[k]
        if lab in ("place", "publisher") and runs[k - 1][0] == "title":
            if k + 1 < len(runs) and runs[k + 1][0] in ("date", "volume", "issue", "pages"):
                for t in range(i, j):
                    out[t] = "container"
            return


def _institution_after_genre(tokens: list[Token], out: list[str]) -> None:
    """``Title [Master's thesis]. KU Leuven.``: a second title after the genre is the institution."""
    runs = label_runs(out)
    seen_title = seen_genre = False
    for lab, i, j in runs:
        if lab == "genre" and seen_title:
            seen_genre = True
        elif lab == "title":
            if seen_genre and any(tokens[t].kind != "punct" for t in range(i, j)):
                for t in range(i, j):
                    out[t] = "publisher"
                return
            seen_title = True



_DASH_TOKENS = frozenset("-–—")


def _page_range_end(tokens: list[Token], out: list[str]) -> None:
    """``pp. 1624–`` + ``1626, August 1971`` (read as the date): the range's end is a page."""
    for i in range(1, len(tokens) - 1):
        if (
            out[i] == "pages"
            and tokens[i].text in _DASH_TOKENS
            and out[i + 1] != "pages"
            and tokens[i + 1].text.isdigit()
            and tokens[i + 1].start == tokens[i].end
        ):
            out[i + 1] = "pages"


_QUOTE_PAIRS = {"“": "”", '"': '"', "``": "''", "«": "»", "„": "“"}


def _after_quoted_title(text: str, tokens: list[Token], out: list[str]) -> None:
    """``“Title,” Fjord Review, vol. 7``: words after the closing quote are the container.

    When a title run opens with a quotation mark and its closing mark comes before the end of
    the run, and the reference has no container, the words after it are the container.
    """
    if "container" in out:
        return
    runs = label_runs(out)
    for lab, i, j in runs:
        if lab != "title":
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        head = text[max(0, start - 2) : start + 2].lstrip()
        opener = next((q for q in _QUOTE_PAIRS if head.startswith(q) or text.startswith(q, start)), None)
        if opener is None:
            return
        close = text.find(_QUOTE_PAIRS[opener], start + len(opener) + 1, end)
        if close < 0:
            return
        after = close + len(_QUOTE_PAIRS[opener])
        if not any(c.isalpha() for c in text[after:end]) or opener in text[after:end]:
            return  # nothing after it, or another quoted title ("“A” and “B.”")
        for t in range(i, j):
            if tokens[t].start >= after and (tokens[t].kind != "punct" or out[t - 1] == "container"):
                out[t] = "container"
        return
