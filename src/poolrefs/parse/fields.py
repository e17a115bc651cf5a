"""Cleaning labelled spans into field values.

Strips cue words and punctuation; normalises page ranges, numbers, identifiers and dates.
"""

from __future__ import annotations

import re

from ..dates import DateValue, parse_date_text

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

_EDGE = " \t.,;:，。；：、/"
_QUOTES = "\"“”‘’'«»「」『』《》"
_ROMAN_NUMERALS = re.compile("[\u2160-\u217f]")
_DOI = re.compile(r"10\.\d{3,9}/[^\s\"<>，。；、（）【】]+")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"，。；、（）【】]+|www\.[^\s<>\"，。；、（）【】]+")
_COLON = re.compile(r"(?<=[^\W\d_])[:](?=[^\W\d_])")
_DASHES = re.compile(r"\s*[-–—‐‑−~～﹣－]+\s*")
_PAGE_CUES = re.compile(r"^(?:pp?\.?|pages?|pgs?\.?|s\.|S\.|第|页码?[:：]?)\s*", re.I)
_NUM_CUES = re.compile(
    r"^(?:vols?\.?|volume|bd\.?|t\.|tome|nos?\.?|n[°º]\.?|num\.?|number|issue|iss\.?|h\.|heft|"
    r"fasc\.?|suppl\.?|part|pt\.?|第|卷|期|号)\s*",
    re.I,
)
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
    text = re.sub(r"\[[A-Z]{1,3}(?:/[A-Z]{1,3})?\]\s*(?://)?", "", text)
    text = re.sub(r"^(?:in\s*[:：]\s*|in\s+(?=[A-Z\d])|//)", "", text.strip(), flags=re.I)
    text = clean_text(text)
    return _COLON.sub(": ", text)


def clean_pages(text: str) -> str | None:
    """``pp. 112–19`` -> ``112-119``; ``p. A65`` -> ``A65``; ``e0123`` kept."""
    text = _PAGE_CUES.sub("", clean_text(text))
    text = re.sub(r"[\s.,;:页]+$", "", text)
    m = re.fullmatch(r"([A-Za-z]?\d+)(?:" + _DASHES.pattern + r"([A-Za-z]?\d+))?", text)
    if not m:
        m2 = re.search(r"[A-Za-z]?\d+(?:\s*[-–—‐−~]\s*[A-Za-z]?\d+)?", text)
        if not m2:
            return None
        return clean_pages(m2.group())
    first, last = m.group(1), m.group(2)
    if not last:
        return first
    if first.isdigit() and last.isdigit() and len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}"


def clean_number(text: str) -> str | None:
    """``vol. 23`` -> ``23``; ``(5)`` -> ``5``; ``no. 3-4`` -> ``3-4``; ``第33卷`` -> ``33``."""
    text = clean_text(text).strip("()（）[]")
    text = _NUM_CUES.sub("", text).strip()
    text = re.sub(r"[卷期号]$", "", text).strip(_EDGE + "()（）")
    m = re.match(r"[\dA-Za-z]+(?:\s*[-–/]\s*\d+)?", text)
    if not m:
        return None
    return _DASHES.sub("-", m.group()).replace(" ", "")


def clean_edition(text: str) -> str | None:
    """``2nd ed.`` -> ``2``; ``第2版`` -> ``2``; ``Rev. ed.`` kept as text."""
    text = clean_text(text)
    m = re.search(r"\d+", text)
    if m:
        return m.group()
    text = re.sub(r"\b(?:ed|edn|edition)\b\.?", "", text, flags=re.I).strip(_EDGE)
    return text or None


def find_doi(text: str) -> str | None:
    """The first DOI in the text, trailing punctuation off."""
    m = _DOI.search(text)
    return _trim(m.group()) if m else None


def find_url(text: str) -> str | None:
    """The first URL in the text, trailing punctuation off."""
    m = _URL.search(text)
    return _trim(m.group()) if m else None


def clean_identifier(text: str) -> str | None:
    """An ISBN or other identifier: digits, X and hyphens."""
    m = re.search(r"(?:97[89][-\s]?)?\d[\d\s-]{7,}[\dXx]", text)
    return m.group().replace(" ", "-") if m else None


def _trim(value: str) -> str:
    trimmed = value.rstrip(".,;:]}>'\"")
    while trimmed.endswith(")") and trimmed.count("(") < trimmed.count(")"):
        trimmed = trimmed[:-1].rstrip(".,;:")
    return trimmed


def clean_date(text: str) -> DateValue | None:
    """A date span (issued or accessed) as a :class:`DateValue`."""
    t = _ACCESS_CUES.sub(" ", text)
    t = re.sub(r"[\[\]()（）【】]", " ", t)
    t = " ".join(t.split()).strip(_EDGE)
    t = re.sub(r"(?<=\d{4})[a-z]$", "", t)
    date = parse_date_text(t) if t else None
    if date is not None:
        return date
    m = re.search(r"(?<!\d)(1[5-9]\d\d|20[0-4]\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?", t)
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
