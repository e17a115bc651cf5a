"""Cleaning labelled spans into field values.

Strips cue words and punctuation; normalises page ranges, numbers, identifiers and dates.
"""

from __future__ import annotations

import re

from ..dates import DateValue, parse_date_text
from ..months import ENGLISH, month_words
from .cues import NUMBER_CUE

__all__ = [
    "clean_date",
    "clean_edition",
    "clean_identifier",
    "clean_number",
    "clean_pages",
    "clean_text",
    "clean_title",
    "find_doi",
    "find_url",
]

_TYPE_CODE = re.compile(r"\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]\s*(?://)?")
_PAGE_TAIL = re.compile(r"[\s.,;:页]+$")
_PAGE_RANGE = re.compile(r"[A-Za-z]?\d+(?:\.\d+)?(?:\s*[-–—‐−~]\s*[A-Za-z]?\d+(?:\.\d+)?)?")
_CJK_NUMBER_SUFFIX = re.compile(r"[卷期号권호]$")
_CJK_PAGE = re.compile(r"[\u3400-\u9fff]")
_NUMBER_VALUE = re.compile(r"[\dA-Za-z]+(?:\s*[-–/]\s*\d+)?")
_DIGITS = re.compile(r"\d+")
_ISBN = re.compile(r"(?:97[89][-\s]?)?\d[\d\s-]{7,}[\dXx]")
_BRACKETS = re.compile(r"[\[\]()（）【】]")
_YEAR_SUFFIX = re.compile(r"(?<=\d{4})[a-z]$")
_LOOSE_DATE = re.compile(r"(?<!\d)(1[5-9]\d\d|20[0-4]\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?")

_EDGE = " \t.,;:，。；：、/"
_QUOTES = "\"“”‘’'«»「」『』《》"
_ROMAN_NUMERALS = re.compile("[\u2160-\u217f]")
_DOI = re.compile(r"10\.\d{3,9}/[^\s\"<>，。；、（）【】]+")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"，。；、（）【】]+|www\.[^\s<>\"，。；、（）【】]+")
_COLON = re.compile(r"(?<=[^\W\d_])[:](?=[^\W\d_])")
_DASHES = re.compile(r"\s*[-–—‐‑−~～﹣－]+\s*")
_PAGE_CUES = re.compile(r"^(?:pp?\.?|pages?|pgs?\.?|s\.|S\.|第|页码?[:：]?)\s*", re.I)
_NUM_CUES = re.compile(rf"^{NUMBER_CUE}\s*", re.I)
_ACCESS_CUES = re.compile(
    r"\b(?:accessed|retrieved|viewed|cited|consulted|last\s+accessed|access(?:ed)?\s+date|"
    r"available|online|on|at|from|引用日期|访问日期|检索日期|浏览日期)[:：\s]*",
    re.I,
)


def _fix_chars(text: str) -> str:
    return _ROMAN_NUMERALS.sub(lambda m: _roman(m.group()), text)


def _roman(ch: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", ch)


def clean_text(text: str) -> str:
    """Collapse whitespace, strip edge punctuation (keeping closing ? ! and brackets)."""
    text = _fix_chars(" ".join(text.split()))
    text = text.strip(_EDGE + _QUOTES)
    while text.endswith(("(", "[", "（", "【")):
        text = text[:-1].rstrip(_EDGE)
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1].rstrip(_EDGE)
    if text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:].lstrip(_EDGE)
    return text


def clean_title(text: str) -> str:
    """Title or container: edge punctuation and quotes off, a lost space after colons back."""
    text = _TYPE_CODE.sub("", text)
    text = re.sub(r"^(?:in\s*[:：]\s*|in\s+(?=[A-Z\d])|//)", "", text.strip(), flags=re.I)
    text = clean_text(text)
    return _COLON.sub(": ", text)


def clean_pages(text: str) -> str | None:
    """``pp. 112–19`` -> ``112-119``; ``p. A65`` -> ``A65``; ``e0123`` kept.

    A list of ranges stays a list: ``: 12-15, 20`` -> ``12-15, 20``.
    """
    text = _PAGE_CUES.sub("", clean_text(text))
    if "," in text or "，" in text:
        parts = [p.strip() for p in re.split(r"[,，]", text)]
        if len(parts) > 1 and all(_PAGE_PART.fullmatch(p) for p in parts):
            cleaned = [_one_range(p) for p in parts]
            return ", ".join(c for c in cleaned if c) or None
    return _one_range(text)


_PAGE_PART = re.compile(r"(?:pp?\.?\s*)?[A-Za-z]?\d+(?:\s*[-–—‐~]\s*[A-Za-z]?\d+)?")


def _one_range(text: str) -> str | None:
    raw = text.strip(_EDGE)
    text = _PAGE_CUES.sub("", text)
    text = _PAGE_TAIL.sub("", text)
    if _CJK_PAGE.search(raw) and not re.fullmatch(r"第?\s*[\d\s\-–—~]+\s*页?", raw):
        return raw  # "序1-4", "扉页", "前言": a named part of the book, kept as printed
    m = re.fullmatch(r"([A-Za-z]?\d+(?:\.\d+)?)(?:" + _DASHES.pattern + r"([A-Za-z]?\d+(?:\.\d+)?))?", text)
    if not m:
        m2 = _PAGE_RANGE.search(text)
        if not m2:
            return None
        return _one_range(m2.group())
    first, last = m.group(1), m.group(2)
    if not last:
        return first
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}"


def clean_number(text: str) -> str | None:
    """``vol. 23`` -> ``23``; ``(5)`` -> ``5``; ``no. 3-4`` -> ``3-4``; ``第33卷`` -> ``33``."""
    text = clean_text(text).strip("()（）[]")
    text = _NUM_CUES.sub("", text).strip()
    text = _CJK_NUMBER_SUFFIX.sub("", text).strip(_EDGE + "()（）")
    m = _NUMBER_VALUE.match(text)
    if not m:
        return None
    return _DASHES.sub("-", m.group()).replace(" ", "")


def clean_edition(text: str) -> str | None:
    """``2nd ed.`` -> ``2``; ``第2版`` -> ``2``; ``Rev. ed.``, ``刻本`` kept as printed."""
    text = clean_text(text)
    m = _DIGITS.search(text)
    if m:
        return m.group()
    return text or None


def find_doi(text: str) -> str | None:
    """The first DOI in the text, trailing punctuation (and landing-page suffixes) off."""
    m = _DOI.search(text)
    if not m:
        return None
    doi = _trim(m.group())
    return _LANDING.sub("", doi) if m.start() and text[m.start() - 1] == "/" else doi


_YEAR_MONTH_DAY = re.compile(r"(\d{4})\s+([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?")
_MONTHS = {w: n for w, n in month_words(ENGLISH, full=False).items() if len(w) == 3}  # by a word's first three
_LANDING = re.compile(r"/(?:abstract|full|pdf|epdf|summary|html|meta|fulltext)(?:/.*)?$", re.I)


def find_url(text: str) -> str | None:
    """The first URL in the text, trailing punctuation off."""
    m = _URL.search(text)
    return _trim(m.group()) if m else None


_URL_PART = r"[^\s<>\"，。；、（）【】]+"
_URL_GAP = re.compile(
    rf"(\.\s(?:com|org|net|edu|gov|int|html?|php|aspx?|jsp|pdf|xml)[/?#]{_URL_PART})"
    rf"|(?<=[\w/])\s(-[a-z]{_URL_PART})|(?<=-)\s([a-z]{_URL_PART})"
)


def extend_url(url: str, text: str) -> str:
    """A URL broken by a space where it was wrapped, joined again.

    ``http://dx.doi. org/10.1/x``, ``/issues. html?id=6``, ``/tide-tables-and -harbours``: the
    part after the space continues the URL (a domain or file ending after a dot, a hyphen).
    """
    at = text.find(url)
    if at < 0:
        return url
    end = at + len(url)
    while (m := _URL_GAP.match(text, end)) is not None:
        part = m.group(1).replace(" ", "") if m.group(1) else m.group(2) or m.group(3)
        url += part
        end = m.end()
    return _trim(url)


def clean_identifier(text: str) -> str | None:
    """An ISBN or other identifier: digits, X and hyphens."""
    m = _ISBN.search(text)
    return m.group().replace(" ", "-") if m else None


def _trim(value: str) -> str:
    trimmed = value.rstrip(".,;:]}>'\"")
    while trimmed.endswith(")") and trimmed.count("(") < trimmed.count(")"):
        trimmed = trimmed[:-1].rstrip(".,;:")
    return trimmed


def clean_date(text: str) -> DateValue | None:
    """A date span (issued or accessed) as a :class:`DateValue`."""
    t = _ACCESS_CUES.sub(" ", text)
    t = _BRACKETS.sub(" ", t)
    t = " ".join(t.split()).strip(_EDGE)
    t = _YEAR_SUFFIX.sub("", t)
    date = parse_date_text(t) if t else None
    if date is not None:
        return date
    m = _YEAR_MONTH_DAY.fullmatch(t)  # "2020 Mar 5" (Vancouver, AMA)
    if m and m.group(2).lower()[:3] in _MONTHS:
        parts = [int(m.group(1)), _MONTHS[m.group(2).lower()[:3]]] + ([int(m.group(3))] if m.group(3) else [])
        try:
            return DateValue(parts=[parts])
        except ValueError:
            pass
    m = _LOOSE_DATE.search(t)
    if not m:
        return None
    parts = [int(g) for g in m.groups() if g]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        parts = parts[:1]
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        parts = parts[:2]
    try:
        return DateValue(parts=[parts])
    except ValueError:
        return DateValue(parts=[parts[:1]])
