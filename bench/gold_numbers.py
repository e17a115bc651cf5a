"""AnyStyle's journal-numbering and page spans read as CSL variables (used by ``gold.py``).

AnyStyle has no ``issue`` label: its ``volume`` span holds whatever numbering the reference
prints after the container (volume, issue, the Vancouver date tail, sometimes the pages
too). :func:`journal_numbers` reads such a span the way CSL would store it:

* Prefixes name the part and are not part of the value (as ``pp.`` is not part of a page):
  volume ``v.``, ``vol.``, ``vols.``, ``volume``, ``Bd.``, ``Band``, ``t.``, ``tome``,
  ``tomo``, ``Jg.``, ``Jahrgang``; issue ``no.``, ``nos.``, ``n°``, ``n.``, ``Nr.``,
  ``núm.``, ``numéro``, ``Heft``, ``H.``, ``issue``, ``iss.``. A number carrying an issue
  prefix is the issue, also when no volume precedes it (``n°149``, ``No. 1254``).
* A parenthesised part after the volume is the issue (``44(4)``, ``95, (2)``,
  ``Vol. 7 (No. 2)``); a serial number in parentheses (``(serial no. 9)``) is not an issue.
  A parenthesised part *before* a bare number is the volume (``(39)1``: the positional
  order volume-issue).
* Vancouver (NLM) puts the date before ``;``: ``2009;108(2):`` and ``18;29(11):`` (the day
  of ``2010 Mar 18``) -> only what follows ``;`` is numbering; the year is not the volume.
* A bare second number is the issue when the reference labels its pages elsewhere
  (``10, 39``, ``61: 4,``, ``43:17:``) and AnyStyle's MLA form ``37.2`` is volume 37,
  issue 2. Without a pages span, a page-shaped part after ``:`` or after the issue is the
  page (``39:1146``, ``175(7):4769–76``); a bare number after a comma with no pages span is
  ambiguous (issue or page) and not scored.
* ``58 Suppl 1``: the supplement is the issue. ``4/5`` alone (consecutive numbers joined by a
  slash: a double issue) is the issue. A series designation (``3e série``) is dropped.
* ``2 vols.``, ``5 vols. in 3``: the number of volumes of a multi-volume work (CSL
  ``number-of-volumes``), not its volume: nothing is scored.

:func:`page_extent`: a ``pages`` span that states a count followed by its unit (``702 p.``,
``546 pp.``, ``xii, 345 pages``) is the extent of a book (CSL ``number-of-pages``), not a
page locator (``p. 702``); the bench does not score it.
"""

from __future__ import annotations

import re
import unicodedata

_VOL = r"(?:volumes?|vols?\.?|v[.,]|bd\.|band|t\.|tome|tomo|jg\.|jahrgang)"
_ISS = r"(?:nos?\.|nos?(?=\s*\d)|n[°º]\.?|n\.|n(?=\d)|nr\.?|núm\.?|numéro|heft|h\.|issue|iss\.)"
_VOL_PREFIX = re.compile(rf"^{_VOL}\s*", re.IGNORECASE)
_ISS_PREFIX = re.compile(rf"^{_ISS}\s*", re.IGNORECASE)
_N_VOLS = re.compile(r"^\d+\s+vols?\.?(?:\s+in\s+\d+)?$", re.IGNORECASE)
_DATE_FIRST = re.compile(r"^\d{0,4}\s*;\s*(?=\S)")
_SERIES = re.compile(
    r"^\d+\s*(?:e|è|ème|er|re|st|nd|rd|th)?\.?\s+(?:série|series|ser\.)\s*[,;]?\s*",
    re.IGNORECASE,
)
_LEADING_CONJ = re.compile(r"^(?:et|and|und|&)\s+", re.IGNORECASE)
_SUPPL_SPLIT = re.compile(r"\s+(?=suppl)", re.IGNORECASE)
_ISS_SPLIT = re.compile(rf"\s+(?={_ISS}\s*\w)", re.IGNORECASE)
_TOKEN = re.compile(r"\(([^)]*)\)|([,:;])|([^,:;()]+)")
_PAGE_SHAPE = re.compile(r"^[A-Za-z]{0,2}\d+(?:\s*[-\u2010-\u2015]\s*[A-Za-z]{0,2}\d+)?$")
_RANGE = re.compile(r"\d\s*[-\u2010-\u2015]\s*\w")
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_EXTENT = re.compile(r"^(?:[ivxlcdm]+\s*,\s*)?\d+\s*(?:p|pp|pages|s)\.?$", re.IGNORECASE)
_EDGE = " ,.;:"


def _clean(text: str) -> str:
    text = re.sub(r"\s*\[[^\]]*\]", "", text)  # "61 [1]": a bracketed aside
    return text.strip(_EDGE)


def _elements(span: str) -> list[tuple[str, str, str]]:
    """(kind, text, separator before it): kind is ``vol``, ``iss``, ``paren`` or ``bare``."""
    out: list[tuple[str, str, str]] = []
    sep = ""
    for m in _TOKEN.finditer(span):
        paren, punct, chunk = m.groups()
        if punct:
            sep = punct
            continue
        if paren is not None:
            out.append(("paren", paren.strip(), sep))
            sep = ""
            continue
        for part in _ISS_SPLIT.split(_LEADING_CONJ.sub("", chunk.strip())):
            for piece in _SUPPL_SPLIT.split(part.strip()):
                piece = _LEADING_CONJ.sub("", piece.strip())
                if not piece:
                    continue
                if _VOL_PREFIX.match(piece):
                    out.append(("vol", _clean(_VOL_PREFIX.sub("", piece)), sep))
                elif _ISS_PREFIX.match(piece):
                    out.append(("iss", _clean(_ISS_PREFIX.sub("", piece)), sep))
                elif piece.casefold().startswith("suppl"):
                    out.append(("iss", _clean(piece), sep))
                else:
                    out.append(("bare", _clean(piece), sep))
                sep = " "
    return [e for e in out if e[1]]


def _double_issue(text: str) -> bool:
    m = re.fullmatch(r"(\d+)/(\d+)", text)
    return bool(m) and int(m.group(2)) == int(m.group(1)) + 1


def journal_numbers(span: str, *, pages_labelled: bool) -> dict[str, str]:
    """CSL ``volume`` / ``issue`` / ``page`` read from an AnyStyle ``volume`` span.

    Args:
        span: the span's text.
        pages_labelled: whether the same reference has a ``pages`` span (then no part of
            this span is a page, and a bare second number is the issue).

    Returns:
        The CSL variables the span shows (empty for a number of volumes).
    """
    s = unicodedata.normalize("NFKC", " ".join(span.split())).strip(_EDGE)
    if s.startswith("(") and ")" not in s:
        s = s[1:]
    if s.endswith(")") and "(" not in s:
        s = s[:-1]
    s = s.strip(_EDGE)
    if not s or _N_VOLS.match(s):
        return {}
    s = _SERIES.sub("", _DATE_FIRST.sub("", s))
    s = re.sub(r"^v,\s*", "v. ", s, flags=re.IGNORECASE)  # "v, 184": a typed "v."
    mla = re.fullmatch(r"(\d+)\.(\d+)", s)
    if mla:
        return {"volume": mla.group(1), "issue": mla.group(2)}
    elements = _elements(s)
    if len(elements) > 1 and elements[0][0] == "bare" and _YEAR.match(elements[0][1]):
        elements = elements[1:]  # a year before the numbering is the date, not the volume
    out: dict[str, str] = {}
    if len(elements) == 1 and elements[0][0] == "bare" and _double_issue(elements[0][1]):
        return {"issue": elements[0][1]}
    for i, (kind, text, sep) in enumerate(elements):
        if kind == "vol":
            out.setdefault("volume", text)
        elif kind == "iss":
            out.setdefault("issue", text)
        elif kind == "paren":
            if i == 0 and len(elements) > 1 and elements[1][0] == "bare":
                out["volume"] = text  # "(39)1"
            elif i == 0 or "volume" not in out and "issue" not in out:
                out.setdefault("volume", _clean(_VOL_PREFIX.sub("", text)))
            elif not re.search(r"serial", text, re.IGNORECASE):
                out.setdefault("issue", _clean(_ISS_PREFIX.sub("", text)))
        elif "volume" not in out and "issue" not in out:
            out["volume"] = text
        elif "issue" not in out and (pages_labelled or elements[i - 1][0] == "paren"):
            if not _RANGE.search(text):
                out["issue"] = text  # "10, 39" / "61: 4" beside a pages span; "(39)1"
        elif not pages_labelled and _PAGE_SHAPE.match(text) and ("issue" in out or sep == ":"):
            out.setdefault("page", text)
    return out


def page_extent(span: str) -> bool:
    """Whether a ``pages`` span states a book's extent (``702 p.``) rather than a locator."""
    return bool(_EXTENT.match(" ".join(span.split()).strip(" ,;:()")))
