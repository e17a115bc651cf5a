"""What to check: URL validation, DOI recognition, link extraction and exclusion (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..identifiers import DOI_PATTERN, normalize_doi, strip_trailing_punctuation
from ..model import Reference

__all__ = [
    "Target",
    "exclude_urls",
    "is_link_line",
    "links_in_references",
    "links_in_text",
    "parse_target",
]

_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
_URL_IN_TEXT = re.compile(r"(?:https?|ftp)://[^\s<>\"'，。；）】]+|www\.[^\s<>\"'，。；）】]+", re.I)
_BARE_DOI = re.compile(r"^(?:doi:\s*|urn:doi:|info:doi/)?10\.\d{4,9}/\S+$", re.I)


@dataclass(frozen=True)
class Target:
    """A link ready to check: a web URL, a DOI, or the reason it is invalid."""

    url: str
    kind: str  # "web" | "doi" | "invalid"
    doi: str | None = None
    reason: str = ""


def parse_target(text: str) -> Target:
    """Classify one input link (a URL, a DOI, or a doi.org URL)."""
    value = text.strip()
    if not value:
        return Target(text, "invalid", reason="empty link")
    if _BARE_DOI.match(value):
        return _doi_target(text, value)
    if any(ch.isspace() for ch in value):
        return Target(text, "invalid", reason="not a URL (contains whitespace)")
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        return Target(text, "invalid", reason=f"not a URL ({exc})")
    scheme = parts.scheme.lower()
    if not scheme:
        return Target(text, "invalid", reason="not a URL (no scheme)")
    if scheme not in ("http", "https"):
        return Target(text, "invalid", reason=f"unsupported scheme {scheme!r} (http/https only)")
    host = parts.hostname or ""
    if not host or port == 0:
        return Target(text, "invalid", reason="not a URL (no host)")
    if host.lower() in _DOI_HOSTS and DOI_PATTERN.search(parts.path):
        return _doi_target(text, value)
    return Target(value, "web")


def _doi_target(text: str, value: str) -> Target:
    try:
        return Target(text, "doi", doi=normalize_doi(value))
    except ValueError as exc:
        return Target(text, "invalid", reason=str(exc))


def is_link_line(line: str) -> bool:
    """True when a whole line is one URL or one DOI (a plain link list)."""
    value = line.strip()
    if not value or any(ch.isspace() for ch in value):
        return False
    return bool(_BARE_DOI.match(value) or re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value, re.I))


def links_in_text(text: str) -> list[str]:
    """URLs and DOIs written in free text, in order, without duplicates.

    DOIs inside a doi.org URL count once (as the URL, which is checked as a DOI).
    """
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _URL_IN_TEXT.finditer(text):
        url = strip_trailing_punctuation(match.group(0))
        if url.lower().startswith("www."):
            url = "http://" + url
        found.append(url)
        spans.append((match.start(), match.start() + len(url)))
    for match in DOI_PATTERN.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        try:
            found.append(normalize_doi(match.group(0)))
        except ValueError:
            continue
    return list(dict.fromkeys(found))


def links_in_references(refs: Iterable[Reference]) -> list[str]:
    """Every URL and DOI of the references (fields first, then any others in their text)."""
    found: list[str] = []
    for ref in refs:
        if ref.url:
            found.append(ref.url.strip())
        if ref.doi:
            found.append(ref.doi)
        for text in (ref.note, ref.raw):
            if text:
                found.extend(links_in_text(text))
    seen: set[str] = set()
    unique: list[str] = []
    for link in found:
        key = _dedupe_key(link)
        if key not in seen:
            seen.add(key)
            unique.append(link)
    return unique


def _dedupe_key(link: str) -> str:
    target = parse_target(link)
    return f"doi:{target.doi.lower()}" if target.doi else target.url


def exclude_urls(urls: Sequence[str], patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split ``urls`` into (kept, excluded) by regular expressions searched in each URL.

    Raises:
        ValueError: a pattern is not a valid regular expression (named in the message).
    """
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ValueError(f"bad exclude pattern {pattern!r}: {exc}") from exc
    kept: list[str] = []
    excluded: list[str] = []
    for url in urls:
        (excluded if any(p.search(url) for p in compiled) else kept).append(url)
    return kept, excluded
