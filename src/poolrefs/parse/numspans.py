"""Journal numbers the labeller split or ran together in an odd way.

Spans (label, start, end) are looked at before one span per label is picked, and raw field
texts after, so these rules see what a single picked span hides:

* ``Journal 2011, 134, 1422-1430``: the first of two page spans, a bare number, is the volume;
* ``Journal 36, 3 (1988), 454-469``: a small bare number right after the volume, read as a
  first page span while a page range follows, is the issue;
* ``Journal 12, 1-21 (1995)``: a bare page range after the volume read as the issue or the
  number is the pages (``3-4``, two issues in one, stays an issue);
* ``n°61. p. 12-14``, ``(3) 12-19``: an issue and the pages read as one page span are split
  (:data:`ISSUE_PAGES`, which :mod:`poolrefs.parse.reshape` uses for an issue span too);
* ``109(2): p. 509-14``: volume, issue and pages read as one page span are split;
* ``Journal 2007, 129, 3226-3237``: a volume read into the date span is split off, and so are
  journal, volume and pages (``2004, Fjord J., 13, 1549``).
"""

from __future__ import annotations

import re

from .cues import ISSUE_HEAD

__all__ = ["ISSUE_PAGES", "YEAR_PAGES", "fix_number_spans", "split_number_pages"]

_YEAR = r"(?:1[5-9]|20)\d\d"
_PAGE_RANGE = r"[a-z]{0,2}\d+\s*[-–—]\s*[a-z]{0,2}\d+"

#: A span holding an issue and the pages after it, read as one field: the issue in brackets
#: (``(1) 1-39,``) or after its cue (``n°61. p. 12-14``, ``Nr. 4, S. 7-9``), then the pages
#: with their cue or as a range. Group ``issue`` is the bracketed issue, or the cued one with
#: its cue (``n°61`` is an issue, never a bare volume); a bracketed year is a date, no issue
#: (:data:`YEAR_PAGES`).
ISSUE_PAGES = re.compile(
    rf"^\s*(?:\((?!{_YEAR}\))(?P<issue>[^()]{{1,12}})\)\s*[.,;:]?\s*"
    rf"|(?P<cued>{ISSUE_HEAD}\s*\d{{1,5}}[a-z]?)(?:\s*[.,;:]\s*|\s+))"
    rf"(?P<pages>(?:pp?\.|pages?\b|s\.)\s*\S.*|{_PAGE_RANGE})[\s.,;]*$",
    re.I,
)
#: The same shape with a bracketed year where the issue would be: ``(1995) 12-19``.
YEAR_PAGES = re.compile(rf"^\s*\(({_YEAR})\)\s*[.,;:]?\s*({_PAGE_RANGE})[\s.,;]*$", re.I)

_SMALL = re.compile(r"\s*\d{1,3}\s*[,.]?\s*")
_BARE = re.compile(r"\s*\d{1,4}\s*[,.;:(]?\s*")
_VOL_PAREN = re.compile(r"\s*(\d{1,4})\s*\(\s*(\d{1,4}\)?)\s*")
_RANGE = re.compile(r"\s*(\d{1,6})\s*[-–—]\s*(\d{1,6})\s*[,.;]?\s*")
_YEAR_VOLUME = re.compile(r"^\(?((?:1[5-9]|20)\d\d)\)?\s*[,;]\s*(\d{1,4})\s*[,;:.]?$")
_YEAR_JOURNAL = re.compile(
    r"^\(?((?:1[5-9]|20)\d\d[a-z]?)\)?,\s*([A-Z][^\d,;]{1,40}?),\s*(\d{1,4}),\s*([A-Z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?)[.,]?$"
)
_VOL_ISSUE_PAGES = re.compile(r"^(\d{1,4})\s*\(([^()]{1,10})\)\s*[:,]\s*((?:pp?\.\s*)?\d.*)$")


def fix_number_spans(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The spans with the volume and page shapes of the module docstring relabelled."""
    labels = [lab for lab, _, _ in spans]
    if "container" not in labels:
        return spans
    out = list(spans)
    first = labels.index("container")
    if "volume" not in labels and labels.count("pages") >= 2:
        i = labels.index("pages")
        _, s, e = out[i]
        vi = _VOL_PAREN.fullmatch(text[s:e])
        if i > first and _BARE.fullmatch(text[s:e]):
            out[i] = ("volume", s, e)  # "Journal 2011, 134, 1422-1430"
        elif i > first and vi:  # "Journal, 1985. 109(2): p. 509-14" with "109(2" as pages
            out[i : i + 1] = [("volume", s, s + vi.end(1)), ("issue", s + vi.start(2), e)]
    elif "volume" in labels and labels.count("pages") >= 2 and "issue" not in labels:
        v = labels.index("volume")
        i = labels.index("pages")
        _, s, e = out[i]
        later = [text[ps:pe] for lab, ps, pe in out[i + 1 :] if lab == "pages"]
        if (
            i > v
            and not text[out[v][2] : s].strip(" ,")
            and _SMALL.fullmatch(text[s:e])
            and any(_RANGE.fullmatch(p) for p in later)
        ):
            out[i] = ("issue", s, e)  # "Journal 36, 3 (1988), 454-469"
    elif "volume" in labels and "pages" not in labels:
        v = labels.index("volume")
        for i in range(v + 1, len(out)):
            lab, s, e = out[i]
            if lab not in ("issue", "number"):
                continue
            m = _RANGE.fullmatch(text[s:e])
            between = text[out[v][2] : s]
            if m and int(m.group(2)) > int(m.group(1)) + 1 and between.strip() in ("", ",", ":"):
                out[i] = ("pages", s, e)  # "Journal 12, 1-21 (1995)"
            break
    return out


def split_number_pages(raw: dict[str, str]) -> None:
    """Split number shapes out of a page or date span.

    A page span holding the issue (``n°61. p. 12-14``) or the volume and issue too, and a
    journal's date span holding its volume (``2007, 129,``).
    """
    m = _YEAR_JOURNAL.match(raw.get("date", ""))
    if m and not {"container", "title", "volume", "pages"} & raw.keys():  # "2004, Fjord J., 13, 1549"
        raw["date"], raw["container"], raw["volume"], raw["pages"] = m.groups()
    m = _YEAR_VOLUME.match(raw.get("date", ""))
    if m and "volume" not in raw and "container" in raw:
        raw["date"], raw["volume"] = m.group(1), m.group(2)
    pages = raw.get("pages")
    if pages is None or len(pages) > 60:
        return
    m = ISSUE_PAGES.match(pages)
    if m and "issue" not in raw:
        raw["issue"], raw["pages"] = m.group("issue") or m.group("cued"), m.group("pages")
        return
    m = _VOL_ISSUE_PAGES.match(pages)
    if m and "volume" not in raw and "issue" not in raw:
        raw["volume"], raw["issue"], raw["pages"] = m.group(1), m.group(2), m.group(3)
