"""Recognise and normalise identifiers: DOI, ISBN, ISSN, arXiv, IEEE Xplore, PMID.

All functions are pure. ``normalize_*`` return the canonical form or raise ``ValueError``
with a readable reason; ``find_*`` search free text and return ``None`` when absent.

Example:
    >>> normalize_doi("https://doi.org/10.1016/j.infoecopol.2011.01.001.")
    '10.1016/j.infoecopol.2011.01.001'
    >>> ieee_article_number("http://ieeexplore.ieee.org/abstract/document/5076744/?reload=true")
    '5076744'
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = [
    "DOI_PATTERN",
    "arxiv_id",
    "find_doi",
    "ieee_article_number",
    "normalize_arxiv",
    "normalize_doi",
    "normalize_isbn",
    "normalize_issn",
    "normalize_pmid",
    "strip_trailing_punctuation",
]

DOI_PATTERN = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = re.compile(
    r"^(?:doi:\s*|DOI:\s*|(?:https?://)?(?:dx\.)?doi\.org/|info:doi/|urn:doi:)", re.IGNORECASE
)
_TRAILING = ".,;:)]}>\"'”’。，；：）】"


def strip_trailing_punctuation(text: str) -> str:
    """Remove sentence punctuation glued to the end of a URL or DOI.

    A closing bracket is kept when the identifier contains its opening partner
    (``10.1002/(SICI)1097-0258(19980815)17:15``).
    """
    pairs = {")": "(", "]": "[", "}": "{", "）": "（", "】": "【"}
    while text and text[-1] in _TRAILING:
        last = text[-1]
        if last in pairs and text.count(pairs[last]) >= text.count(last):
            break
        text = text[:-1]
    return text


def normalize_doi(value: str) -> str:
    """Return the bare DOI (``10.xxxx/suffix``) from any common written form.

    Accepts ``doi:``, ``https://doi.org/``, ``http://dx.doi.org/``, URL-encoded suffixes and
    trailing punctuation. Case is kept (DOIs compare case-insensitively; see :func:`doi_key`).

    Raises:
        ValueError: when no ``10.<digits>/<suffix>`` DOI is present.
    """
    text = value.strip()
    text = _DOI_PREFIXES.sub("", text).strip()
    if "%2F" in text or "%2f" in text or "%3C" in text:
        text = unquote(text)
    text = strip_trailing_punctuation(text)
    if not re.fullmatch(r"10\.\d{4,9}/\S+", text):
        raise ValueError(f"not a DOI (expected 10.<registrant>/<suffix>): {value!r}")
    return text


def doi_key(doi: str) -> str:
    """Case-folded DOI for comparisons and cache keys."""
    return normalize_doi(doi).lower()


def find_doi(text: str) -> str | None:
    """Find the first DOI in free text, normalised, or ``None``."""
    match = DOI_PATTERN.search(text)
    if not match:
        return None
    try:
        return normalize_doi(match.group(0))
    except ValueError:
        return None


def normalize_isbn(value: str) -> str:
    """Return an ISBN-10 or ISBN-13 without hyphens or spaces, checksum verified.

    Raises:
        ValueError: wrong length, characters or check digit.
    """
    digits = re.sub(r"[\s\-‐‑–]", "", value.strip())
    digits = re.sub(r"^ISBN(?:-1[03])?:?", "", digits, flags=re.IGNORECASE).upper()
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11 == 0:
            return digits
    elif len(digits) == 13 and digits.isdigit():
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        if total % 10 == 0:
            return digits
    raise ValueError(f"not a valid ISBN (length or check digit wrong): {value!r}")


def normalize_issn(value: str) -> str:
    """Return an ISSN as ``NNNN-NNNC``, check digit verified.

    Raises:
        ValueError: wrong shape or check digit.
    """
    raw = re.sub(r"[\s\-‐‑–]", "", value.strip()).upper()
    raw = re.sub(r"^(?:E?ISSN):?", "", raw)
    if re.fullmatch(r"\d{7}[\dX]", raw):
        total = sum((8 - i) * int(c) for i, c in enumerate(raw[:7]))
        check = (11 - total % 11) % 11
        if (raw[7] == "X" and check == 10) or (raw[7].isdigit() and int(raw[7]) == check):
            return f"{raw[:4]}-{raw[4:]}"
    raise ValueError(f"not a valid ISSN (shape or check digit wrong): {value!r}")


_ARXIV_NEW = r"\d{4}\.\d{4,5}(?:v\d+)?"
_ARXIV_OLD = r"[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?"
_ARXIV_ANY = re.compile(rf"(?:arxiv:\s*|arxiv\.org/(?:abs|pdf)/)?({_ARXIV_NEW}|{_ARXIV_OLD})", re.I)


def normalize_arxiv(value: str) -> str:
    """Return an arXiv identifier (``2101.00001``, ``hep-th/9901001``) without prefix.

    Raises:
        ValueError: when the text is not an arXiv identifier.
    """
    text = value.strip()
    match = _ARXIV_ANY.fullmatch(text.removesuffix(".pdf"))
    if not match:
        raise ValueError(f"not an arXiv identifier: {value!r}")
    return match.group(1)


def arxiv_id(url: str | None = None, doi: str | None = None) -> str | None:
    """Derive an arXiv identifier from an arxiv.org URL or a 10.48550/arXiv.* DOI."""
    if doi:
        m = re.fullmatch(r"10\.48550/arxiv\.(.+)", doi.strip(), re.IGNORECASE)
        if m:
            return m.group(1)
    if url:
        m = re.search(rf"arxiv\.org/(?:abs|pdf)/({_ARXIV_NEW}|{_ARXIV_OLD})", url, re.I)
        if m:
            return m.group(1)
    return None




def ieee_article_number(url: str) -> str | None:
    """Return the IEEE Xplore article number in a ``/document/N`` or ``arnumber=N`` URL."""
    m = re.search(r"ieeexplore\.ieee\.org/(?:\S*?/)?document/(\d{3,10})", url, re.I)
    if m:
        return m.group(1)
    m = re.search(r"ieeexplore\.ieee\.org/\S*?[?&]arnumber=(\d{3,10})", url, re.I)
    if m:
        return m.group(1)
    return None


def normalize_pmid(value: str | int) -> str:
    """Return a PubMed identifier as a digit string.

    Raises:
        ValueError: when the value is not 1-9 digits (an optional ``PMID:`` prefix is allowed).
    """
    text = re.sub(r"^PMID:?\s*", "", str(value).strip(), flags=re.IGNORECASE)
    if not re.fullmatch(r"\d{1,9}", text):
        raise ValueError(f"not a PubMed identifier: {value!r}")
    return text
