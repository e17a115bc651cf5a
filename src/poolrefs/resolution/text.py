"""Text normalisation for comparing citations with registry records.

Minor differences (case, diacritics, markup, ``&``/``and``, punctuation, dashes, a leading
"The") are folded away; what remains different is a real difference.

Example:
    >>> fold("The Journal of Economics & Management Strategy")
    'journal of economics and management strategy'
    >>> expand_pages("1070-82")
    ('1070', '1082')
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

__all__ = [
    "STOPWORDS",
    "abbreviation_of",
    "expand_pages",
    "fold",
    "fold_name",
    "fold_number",
    "numbers",
    "title_similarity",
    "words",
]

STOPWORDS = frozenset(
    ["a", "an", "and", "at", "de", "der", "des", "die", "du", "for", "from", "in", "of", "on",
     "the", "to", "und", "with"]
)  # fmt: skip
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:._-]*(?:\s[^<>]*)?/?>")
_DASHES = "\u002d\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u207b\u208b\ufe63\uff0d"
_PAGES = re.compile(rf"^\s*([A-Za-z]*\d+[A-Za-z]?)\s*(?:[{_DASHES}~]+\s*([A-Za-z]*\d+[A-Za-z]?))?")
_NUMBER = re.compile(r"(?<!\d)\d+(?!\d)")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free text with ``&`` read as ``and``.

    Markup (``<i>``, ``<scp>``, MathML) and HTML entities from registry records are removed,
    and a leading "The" is dropped, so only differences that change the words remain.
    """
    if not text:
        return ""
    text = html.unescape(_TAG.sub(" ", text))
    text = _strip_marks(text).casefold().replace("&", " and ")
    text = "".join(
        " " if unicodedata.category(c)[0] in "PSZC" and c not in "'’" else c for c in text
    )
    text = text.replace("'", "").replace("’", "")
    text = " ".join(text.split())
    return text.removeprefix("the ")


def words(text: str | None) -> list[str]:
    """The folded words of a text."""
    return fold(text).split()


def fold_name(name: str | None) -> str:
    """A surname as a comparison key: folded, without spaces, hyphens or apostrophes."""
    return fold(name).replace(" ", "")


def fold_number(value: str | int | None) -> str:
    """A volume or issue as a comparison key: folded, leading zeros dropped (``04`` = ``4``)."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", fold(None if value is None else str(value)))


def numbers(text: str | None) -> list[str]:
    """The digit runs of a text, without leading zeros."""
    return [n.lstrip("0") or "0" for n in _NUMBER.findall(text or "")]


def expand_pages(page: str | int | None) -> tuple[str, str | None] | None:
    """First and last page of a range, with an abbreviated last page expanded.

    ``"1425-37"`` -> ``("1425", "1437")``; ``"e1234"`` -> ``("e1234", None)``;
    ``None`` or text without a page number -> ``None``.
    """
    if page is None:
        return None
    match = _PAGES.match(str(page))
    if not match:
        return None
    first, last = match.group(1).lower(), match.group(2)
    if last is None:
        return first, None
    last = last.lower()
    if last.isdigit() and first.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return first, last


def abbreviation_of(short: str | None, full: str | None) -> bool:
    """True when ``short`` abbreviates ``full`` word by word (``Econ. Inq.`` / ``Economic Inquiry``).

    Stop words may be dropped; every remaining word of ``short`` must start the corresponding
    content word of ``full``, and no content word may be left over.
    """
    a = [w for w in words(short) if w not in STOPWORDS]
    b = [w for w in words(full) if w not in STOPWORDS]
    return bool(a) and len(a) == len(b) and all(y.startswith(x) for x, y in zip(a, b, strict=True))


def title_similarity(a: str | None, b: str | None) -> float:
    """Word overlap of two titles in [0, 1] (Dice coefficient over folded word multisets)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    if _is_unspaced(wa) or _is_unspaced(wb):  # CJK titles have no word separators
        wa, wb = list("".join(wa)), list("".join(wb))
    pool = list(wb)
    common = 0
    for word in wa:
        if word in pool:
            pool.remove(word)
            common += 1
    return 2 * common / (len(wa) + len(wb))


def _is_unspaced(ws: list[str]) -> bool:
    return any(ord(c) > 0x2E80 for w in ws for c in w)
