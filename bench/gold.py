"""Gold records for the parser bench: label mappings and the visibility filter.

* AnyStyle's labelled spans -> CSL keys (:data:`ANYSTYLE_LABELS`, :func:`anystyle_gold`).
  Name labels (author, editor, translator) keep their span text, compared as text with
  :func:`scoring.names_match_text`; several spans of one name label are joined with ``, ``.
  A name span with no letter (``———.``, ``______.``: "the same names as the entry above")
  names no one in the text and is not scored.
  A ``date`` span gives ``issued`` (its year; the first span when there are several, later
  ones are web posting or access dates AnyStyle does not tell apart). A ``volume`` span
  is read as CSL volume / issue / page by :func:`gold_numbers.journal_numbers` (AnyStyle
  has no issue label; ``44(4)``, ``n°12``, ``2009;31(2):``...); several volume spans count
  once when they read the same. A ``pages`` span stating a book's extent (``412 p.``) is
  not a page (:func:`gold_numbers.page_extent`). A ``url`` span that is a ``doi.org``
  address gives ``DOI``. Any other label with several spans in one reference is not
  scored (ambiguous). ``note``
  spans are not scored, except a note that is an access statement (``[accessed 10 May
  2016]``), which gives ``accessed``. ``citation-number`` is not scored.
* GB/T 7714 BibTeX entries are read with :func:`poolrefs.read_bibtex` (field mapping:
  journal/booktitle -> container-title, number -> issue on articles and number otherwise,
  address -> publisher-place, urldate -> accessed, ...), then :func:`visible_gold` keeps
  only what the formatted text shows.
* :func:`visible_gold`: a field of a structured gold record counts only when the reference
  text shows it (its soft-normalised value occurs in the soft-normalised text; names: the
  longest leading run of names whose family name occurs; dates: the year occurs; pages: the
  first page occurs). BibTeX entries and CSL records hold more than a style prints (ISBN,
  ISSN, full dates, the 4th+ author): scoring those would measure the style, not the parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from gold_numbers import journal_numbers, page_extent
from scoring import (
    FIELDS,
    NAME_FIELDS,
    date_parts,
    fold,
    is_cjk,
    norm_edition,
    norm_page,
    norm_text,
)

#: AnyStyle label -> CSL key (``None``: present in the text but not scored).
ANYSTYLE_LABELS: dict[str, str | None] = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "journal": "container-title",
    "container-title": "container-title",
    "collection-title": "collection-title",
    "date": "issued",
    "volume": "volume",
    "pages": "page",
    "publisher": "publisher",
    "location": "publisher-place",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "edition": "edition",
    "genre": "genre",
    "note": None,
    "citation-number": None,
    "identifier": None,
    "medium": None,
    "director": None,
    "producer": None,
}

_DOI_URL = re.compile(r"^\s*https?://(?:dx\.)?doi\.\s*org/\s*10\.", re.IGNORECASE)
_OF_SERIES = re.compile(r"^\s*of\s+", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_ACCESSED = re.compile(r"\b(?:accessed|retrieved|viewed|cited)\b", re.IGNORECASE)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def text_date(text: str) -> list[int]:
    """Date parts from English date text: ``10 May 2016``, ``September 26, 2013``, ISO."""
    iso = date_parts(text)
    if len(iso) > 1:
        return iso
    low = fold(text)
    year = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", low)
    month = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", low)
    if not year:
        return []
    if not month:
        return [int(year.group(1))]
    rest = low.replace(year.group(1), " ")
    day = re.search(r"(?<!\d)([0-3]?\d)(?!\d)", rest)
    parts = [int(year.group(1)), _MONTHS[month.group(1)]]
    return parts + [int(day.group(1))] if day else parts


def anystyle_gold(spans: list[tuple[str, str]]) -> dict[str, Any]:
    """Gold record (CSL keys) from one AnyStyle sequence's (label, text) spans."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for label, text in spans:
        by_label[label].append(text)
    by_label["pages"] = [t for t in by_label["pages"] if not page_extent(t)]
    doi_urls = [t for t in by_label["url"] if _DOI_URL.match(t)]
    if doi_urls:  # a DOI resolver address is how CSL styles print the DOI variable
        by_label["url"] = [t for t in by_label["url"] if t not in doi_urls]
        by_label["doi"] = by_label["doi"] or doi_urls
    by_label = defaultdict(list, {k: v for k, v in by_label.items() if v})
    gold: dict[str, Any] = {}
    for label, texts in by_label.items():
        key = ANYSTYLE_LABELS.get(label)
        if label == "note":
            for text in texts:
                if _ACCESSED.search(text) and text_date(text):
                    gold["accessed"] = {"date-parts": [text_date(text)]}
            continue
        if key is None:
            continue
        if key in NAME_FIELDS:
            named = [t for t in texts if _LETTER.search(t)]  # "———.": the previous entry's names
            if named:
                gold[key] = ", ".join(named)
        elif key == "issued":
            year = date_parts(texts[0])
            if year:
                gold[key] = year[0]
        elif key == "volume":
            readings = [journal_numbers(t, pages_labelled="pages" in by_label) for t in texts]
            readings = [r for r in readings if r]  # "2 vols." is no volume
            if readings and all(r == readings[0] for r in readings):
                for k, v in readings[0].items():
                    gold.setdefault(k, v)
        elif len(texts) > 1:
            continue
        elif key == "collection-title":
            gold[key] = _OF_SERIES.sub("", texts[0])  # "volume 374 of" + "of Lecture Notes"
        else:
            gold[key] = texts[0]
    return gold


def read_anystyle(xml_text: str) -> list[tuple[str, dict[str, Any]]]:
    """(reference text, gold record) for every ``<sequence>`` of an AnyStyle XML dataset."""
    root = ET.fromstring(xml_text)
    cases = []
    for seq in root.iter("sequence"):
        spans = [(el.tag, " ".join((el.text or "").split())) for el in seq]
        spans = [(tag, text) for tag, text in spans if text]
        text = " ".join(t for _, t in spans)
        cases.append((text, anystyle_gold(spans)))
    return cases


# ----- structured gold (seed, BibTeX, held-out CSL records) --------------------------------


def scored_fields(item: Mapping[str, Any]) -> dict[str, Any]:
    """The scored fields of a CSL item (and its ``x-et-al`` flag)."""
    out = {k: item[k] for k in FIELDS if item.get(k) not in (None, "", [], {})}
    if item.get("x-et-al"):
        out["x-et-al"] = True
    return out


def _name_visible(name: Mapping[str, Any], text: str) -> bool:
    if name.get("literal"):
        return norm_text(name["literal"]) in text
    family = str(name.get("family") or "")
    if is_cjk(family):
        return norm_text(family + str(name.get("given") or "")) in text
    return bool(family) and norm_text(family) in text


def _date_visible(parts: list[int], text: str) -> bool:
    low = fold(text)
    if str(parts[0]) not in low:
        return False
    if len(parts) >= 2:
        month = parts[1]
        names = [n for n, i in _MONTHS.items() if i == month]
        if not (
            re.search(rf"{parts[0]}[-/.]0?{month}(?!\d)", low)
            or f"{month}月" in low
            or any(re.search(rf"\b{n}", low) for n in names)
        ):
            return False
    return len(parts) < 3 or re.search(rf"(?<!\d)0?{parts[2]}(?!\d)", low) is not None


def _edition_visible(value: Any, text: str) -> bool:
    key = norm_edition(value)
    if not key.isdigit():
        return norm_text(value) in norm_text(text)
    pattern = rf"(?<!\d){key}\s*(?:st|nd|rd|th|\.)?\s*(?:ed|edn|edition|版|auf)"
    return re.search(pattern, fold(text)) is not None


_PLAIN_FIELDS = (
    "title", "container-title", "collection-title", "publisher", "publisher-place", "genre",
    "number", "volume", "issue", "page", "URL", "DOI", "ISBN", "edition",
)  # fmt: skip


def _count(needle: str, haystack: str, *, bounded: bool) -> int:
    if not needle:
        return 0
    if bounded:  # a short number: whole tokens only ("6" is not in "1761")
        return len(re.findall(rf"(?<![0-9a-z]){re.escape(needle)}(?![0-9a-z])", haystack))
    return haystack.count(needle)


def _shown_apart(key: str, item: Mapping[str, Any], text: str) -> bool:
    """The field's value occurs in the text more often than inside the item's other fields
    ("Leuven" in "KU Leuven", "武汉" in "武汉大学出版社" does not show the place)."""
    value = item[key]
    bounded = key in ("volume", "issue", "number") or len(norm_text(value)) <= 3
    if bounded:
        needle, hay = fold(str(value)).strip(" .,;:()[]"), fold(text)
        others = [fold(str(item[k])) for k in _PLAIN_FIELDS if k != key and item.get(k)]
    else:
        needle, hay = norm_text(value), norm_text(text)
        others = [norm_text(item[k]) for k in _PLAIN_FIELDS if k != key and item.get(k)]
    inside = sum(_count(needle, other, bounded=bounded) for other in others)
    return _count(needle, hay, bounded=bounded) > inside


def visible_gold(
    item: Mapping[str, Any], text: str, *, type_visible: bool = True
) -> dict[str, Any]:
    """The fields of ``item`` that ``text`` shows (see the module docstring)."""
    shown = norm_text(text)
    gold: dict[str, Any] = {}
    for key, value in scored_fields(item).items():
        if key == "type":
            if type_visible:
                gold[key] = value
        elif key in NAME_FIELDS:
            run = []
            for name in value:
                if not _name_visible(name, shown):
                    break
                run.append(name)
            if run:
                gold[key] = run
        elif key in ("issued", "accessed"):
            parts = date_parts(value)
            if parts and _date_visible(parts if key == "accessed" else parts[:1], text):
                gold[key] = value
        elif key == "edition":
            if _edition_visible(value, text):
                gold[key] = value
        elif key == "page":
            first = re.split(r"[-\u2013,]", norm_page(value))[0]
            if first and first in shown:
                gold[key] = value
        elif key == "x-et-al":
            continue
        elif _shown_apart(key, item, text):
            gold[key] = value
    if gold.get("author"):
        truncated = len(gold["author"]) < len(item.get("author") or [])
        if item.get("x-et-al") or (truncated and re.search(r"et al|等", fold(text))):
            gold["x-et-al"] = True
    return gold
