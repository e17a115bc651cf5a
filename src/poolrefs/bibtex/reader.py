"""Read BibTeX / BibLaTeX into references through bibtexparser v2's middleware pipeline.

Pipeline: split (bibtexparser) -> resolve ``@string`` and enclosing (default stack) -> reject
over-long fields -> stash
verbatim fields -> separate co-authors -> split name parts -> LaTeX decoding -> restore
verbatim fields -> map each entry to a CSL item (:func:`entry_to_csl`) -> ``Reference``.
Every failure (syntax, duplicate key, impossible value) is kept as an ``ItemFailure`` with its
line number; the other entries are still read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bibtexparser.entrypoint import parse_string
from bibtexparser.library import Library
from bibtexparser.middlewares import (
    NameParts,
    SeparateCoAuthors,
    SplitNameParts,
)
from bibtexparser.model import Entry, Field

from ..dates import parse_date_text
from ..errors import FormatError, ItemFailure
from ..identifiers import normalize_arxiv
from ..model import ITEM_TYPES, Reference
from ..months import (
    ENGLISH,
    FRENCH,
    GERMAN,
    MONTH_WORDS,
    SEASONS,
    SPANISH,
    month_words,
    season_of_month,
)
from ..names import is_cjk, split_cjk_name
from .latex import shared_decoding
from .limits import RejectOversizedFields
from .mapping import CSL_TO_ENTRY, ENTRY_TO_CSL, LANGID_TO_CSL, NAME_FIELDS, THESIS_GENRES
from .verbatim import RestoreVerbatimFields, StashVerbatimFields, unescape_braces

__all__ = ["ReferenceList", "read_bibtex_text"]

# Whole month words are the date reader's (MONTH_WORDS); other abbreviations match full names.
_FULL_MONTHS = month_words(ENGLISH, FRENCH, GERMAN, SPANISH, short=False, ascii_spellings=True)
_LEADING_WORD = re.compile(r"[^\W\d_]+")
_SERIAL_TYPES = {"article", "periodical", "newspaper", "suppperiodical"}
_SERIES_TYPES = {"book", "mvbook", "collection", "mvcollection", "proceedings",
                 "mvproceedings", "incollection", "inproceedings", "inbook", "reference"}  # fmt: skip
# Simple one-to-one fields: BibTeX field -> CSL key.
_SIMPLE = {
    "title": "title",
    "shorttitle": "title-short",
    "series": "collection-title",
    "volume": "volume",
    "edition": "edition",
    "publisher": "publisher",
    "address": "publisher-place",
    "location": "publisher-place",
    "type": "genre",
    "note": "note",
    "abstract": "abstract",
    "keywords": "keyword",
    "annote": "annote",
    "annotation": "annote",
    "isbn": "ISBN",
    "issn": "ISSN",
    "url": "URL",
    "pagetotal": "number-of-pages",
    "version": "version",
    "eventtitle": "event-title",
    "venue": "event-place",
    "dimensions": "dimensions",
    "scale": "scale",
    "pubstate": "status",
    "chapter": "chapter-number",
    "pmid": "PMID",
    "pmcid": "PMCID",
    "shortjournal": "container-title-short",
    "journalabbreviation": "container-title-short",
    "volumes": "number-of-volumes",
    "origtitle": "original-title",
}
_DATE_FIELDS = {"urldate": "accessed", "eventdate": "event-date", "origdate": "original-date"}


class ReferenceList(list[Reference]):
    """A list of references that also carries the entries that could not be read.

    Attributes:
        failures: one :class:`~poolrefs.errors.ItemFailure` per unreadable entry
            (line number and reason).
    """

    def __init__(self, refs: list[Reference], failures: list[ItemFailure]):
        super().__init__(refs)
        self.failures = failures


def read_bibtex_text(text: str, *, source: str = "<string>") -> ReferenceList:
    """Read BibTeX/BibLaTeX text; see :func:`poolrefs.read_bibtex`."""
    library = parse_string(
        text,
        append_middleware=[
            RejectOversizedFields(),
            StashVerbatimFields(),
            SeparateCoAuthors(name_fields=tuple(NAME_FIELDS)),
            SplitNameParts(name_fields=tuple(NAME_FIELDS)),
            shared_decoding(),
            RestoreVerbatimFields(unescape_braces),
        ],
    )
    failures = [
        ItemFailure(source, _line(block), (block.raw or "").strip(), _reason(block.error))
        for block in library.failed_blocks
    ]
    refs: list[Reference] = []
    for entry in library.entries:
        try:
            refs.append(_to_reference(entry, library))
        except FormatError as exc:
            failures.append(ItemFailure(source, _line(entry), (entry.raw or "").strip(), exc.reason))
    failures.sort(key=lambda f: f.line or 0)
    return ReferenceList(refs, failures)


def _line(block: Any) -> int | None:
    return None if block.start_line is None else block.start_line + 1


def _reason(error: Exception) -> str:
    name = type(error).__name__
    text = str(error).strip()
    if name == "BlockAbortedException":
        return "syntax error: the entry is not closed (unbalanced braces or quotes)"
    return text or name


def _to_reference(entry: Entry, library: Library) -> Reference:
    item = entry_to_csl(entry, library)
    ref = Reference.from_csl(item)
    provenance = {k: "bibtex" for k in item if not k.startswith("x-") and k != "id"}
    return ref.model_copy(update={"provenance": provenance})


def entry_to_csl(entry: Entry, library: Library) -> dict[str, Any]:
    """Map one decoded bibtexparser entry to a CSL-JSON item (unknown fields kept)."""
    etype = entry.entry_type.lower()
    fields = {f.key.lower(): f.value for f in entry.fields}
    item: dict[str, Any] = {"id": entry.key, "type": _csl_type(etype, fields)}
    if CSL_TO_ENTRY.get(item["type"], "misc") != etype:
        item["x-bibtex-type"] = etype
    unknown: dict[str, Any] = {}
    used: set[str] = set()
    for key, value in fields.items():
        if key in NAME_FIELDS:
            names, truncated = _names(value, entry, library)
            if names:
                item[NAME_FIELDS[key]] = names
            if truncated and key == "author":
                item["x-et-al"] = True
            elif truncated:
                unknown[f"{key}-others"] = "true"
            used.add(key)
    _map_fields(etype, fields, item, used)
    for key, value in fields.items():
        if key not in used:
            unknown[key] = value if isinstance(value, str) else str(value)
    if unknown:
        item["x-bibtex"] = unknown
    return item


def _csl_type(etype: str, fields: dict[str, Any]) -> str:
    subtype = str(fields.get("entrysubtype", "")).strip().lower()
    if etype == "article" and subtype in ("magazine", "newspaper"):
        return f"article-{subtype}"
    if etype == "misc" and subtype in ITEM_TYPES:
        return subtype
    return ENTRY_TO_CSL.get(etype, "document")


def _map_fields(etype: str, fields: dict[str, Any], item: dict[str, Any], used: set[str]) -> None:
    def take(key: str) -> str | None:
        value = fields.get(key)
        if value is None or key in used:
            return None
        used.add(key)
        return str(value).strip()

    if item["type"] in ("article-magazine", "article-newspaper") or (
        etype == "misc" and item["type"] != "document"
    ):
        used.add("entrysubtype")
    for key, csl in _SIMPLE.items():
        if csl not in item and (value := take(key)) is not None and value != "":
            item[csl] = value
    title = item.get("title")
    if title is not None and (sub := take("subtitle")):
        item["title"] = f"{title}: {sub}"
    container = take("journaltitle") or take("journal") or take("booktitle")
    if container:
        item["container-title"] = container
    if (pages := take("pages")) is not None:
        item["page"] = re.sub(r"\s*(?:-{1,3}|–)\s*", "-", pages)
    number = fields.get("number")
    if number is not None and "number" not in used:
        if etype in _SERIAL_TYPES and "issue" not in fields:
            item["issue"] = take("number")
        elif etype in _SERIES_TYPES and "series" in fields:
            item["collection-number"] = take("number")
        else:
            item["number"] = take("number")
    if "issue" not in item and (issue := take("issue")) is not None:
        item["issue"] = issue
    if etype in _SERIAL_TYPES and "number" not in item and (eid := take("eid")) is not None:
        item["number"] = eid
    for key in ("school", "institution", "organization"):
        if "publisher" not in item and (value := take(key)):
            item["publisher"] = value
    if item["type"] == "thesis" and "genre" not in item and etype in THESIS_GENRES:
        item["genre"] = THESIS_GENRES[etype]
    _map_identifiers(fields, item, take)
    _map_language(item, take)
    _map_dates(fields, item, take)


def _map_identifiers(fields: dict[str, Any], item: dict[str, Any], take: Any) -> None:
    if (doi := take("doi")) is not None:
        item["DOI"] = doi  # normalised (and rejected if impossible) by the model
    prefix = str(fields.get("archiveprefix") or fields.get("eprinttype") or "").lower()
    if prefix == "arxiv" and fields.get("eprint"):
        try:
            item["x-arxiv"] = normalize_arxiv(str(fields["eprint"]))
        except ValueError:
            return
        take("eprint")
        take("archiveprefix")
        take("eprinttype")


def _map_language(item: dict[str, Any], take: Any) -> None:
    langid = take("langid")
    language = take("language")
    if language:
        item["language"] = language
        if langid:
            item.setdefault("x-bibtex", {})["langid"] = langid
    elif langid:
        code = LANGID_TO_CSL.get(langid.lower())
        if code:
            item["language"] = code
        else:
            item.setdefault("x-bibtex", {})["langid"] = langid


def _map_dates(fields: dict[str, Any], item: dict[str, Any], take: Any) -> None:
    issued, used = _issued(fields)
    if issued is not None:
        item["issued"] = issued
        for key in used:  # a month or day not read stays in x-bibtex, as written
            take(key)
    for key, csl in _DATE_FIELDS.items():
        value = fields.get(key)
        if value:
            date = _date_object(str(value))
            if date is not None:
                item[csl] = date
                take(key)


def _issued(fields: dict[str, Any]) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    """The CSL ``issued`` date and the fields it was read from."""
    if fields.get("date"):
        date = _date_object(str(fields["date"]))
        # a month or day the date does not hold stays in x-bibtex (a month not read is written
        # back beside the date, and must survive being read again)
        shown = max((len(p) for p in (date or {}).get("date-parts", [])), default=0)
        return date, ("date", "year", *(("month",) if shown > 1 else ()), *(("day",) if shown > 2 else ()))
    year = str(fields.get("year", "")).strip()
    if not year:
        return None, ()
    if not re.fullmatch(r"-?\d+", year):
        return _date_object(year), ("year",)
    parts = [int(year)]
    month = _month(fields.get("month"))
    season = None if month else SEASONS.get(str(fields.get("month", "")).strip(" .{}").lower())
    if month:
        parts.append(month)
        day = str(fields.get("day", "")).strip()
        if day.isdigit():
            parts.append(int(day))
            return {"date-parts": [parts]}, ("year", "month", "day")
        return {"date-parts": [parts]}, ("year", "month")
    if season:
        return {"date-parts": [parts], "season": season}, ("year", "month")
    return {"date-parts": [parts]}, ("year",)


def _month(value: Any) -> int | None:
    """``3``, ``mar``, ``March``, ``Mar.``, ``März``, ``Febr.``, ``jan--feb`` (the first month)."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    m = _LEADING_WORD.match(text)
    if m is None:
        return None
    word = m.group()
    if word in MONTH_WORDS:
        return MONTH_WORDS[word]
    if len(word) >= 3:  # an abbreviation the table does not list: "febr", "octob"
        numbers = {n for full, n in _FULL_MONTHS.items() if full.startswith(word)}
        if len(numbers) == 1:
            return numbers.pop()
        # other languages' and misspelt names start as the English ones do: Augustus,
        # januari, novembro, Febuary (BibTeX readers have always read the first three letters)
        return MONTH_WORDS.get(word[:3]) if word not in SEASONS else None
    return None


def _date_object(text: str) -> dict[str, Any] | None:
    text = text.strip()
    if not text:
        return None
    if text[-1] in "~?%" and len(text) > 1:  # EDTF: approximate / uncertain
        date = _date_object(text[:-1])
        if date and "date-parts" in date:
            date["circa"] = True
        return date
    if re.fullmatch(r"-?\d{5,}", text):
        return {"date-parts": [[int(text)]]}  # impossible: the model rejects it with a message
    halves = text.split("/")
    if len(halves) == 2 and all(h.strip() for h in halves):
        dates = [parse_date_text(h) for h in halves]
        if all(d is not None and d.parts for d in dates):
            return {"date-parts": [d.parts[0] for d in dates if d and d.parts]}
    parsed = parse_date_text(text)
    if parsed is not None:
        return _season_form(parsed.to_csl())
    return {"literal": text}


def _season_form(date: dict[str, Any]) -> dict[str, Any]:
    """``1999-21`` (EDTF's spring) as CSL's ``{"date-parts": [[1999]], "season": 1}``."""
    parts = date.get("date-parts") or []
    if len(parts) == 1 and len(parts[0]) == 2 and "season" not in date:
        season = season_of_month(parts[0][1])
        if season:
            return {**date, "date-parts": [[parts[0][0]]], "season": season}
    return date


def _names(value: Any, entry: Entry, library: Library) -> tuple[list[dict[str, Any]], bool]:
    parts_list: list[NameParts] = value if isinstance(value, list) else []
    truncated = False
    kept: list[tuple[NameParts, bool]] = []
    for parts in parts_list:
        if parts.last == ["others"] and not (parts.first or parts.von or parts.jr):
            truncated = True
            continue
        literal = not (parts.first or parts.von or parts.jr) and len(parts.last) == 1 and (
            _fully_braced(parts.last[0])
        )
        kept.append((parts, literal))
    decoded = _decode_names([p for p, _ in kept], entry, library)
    return [_name(p, lit) for p, (_, lit) in zip(decoded, kept, strict=True)], truncated


def _fully_braced(text: str) -> bool:
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def _decode_names(parts: list[NameParts], entry: Entry, library: Library) -> list[NameParts]:
    """Decode LaTeX in name parts with bibtexparser's own decoding middleware."""
    if not parts:
        return []
    scratch = Entry(entry.entry_type, entry.key, [Field(f"n{i}", p) for i, p in enumerate(parts)])
    decoded = shared_decoding().transform_entry(scratch, library)
    block = decoded if isinstance(decoded, Entry) else scratch  # undecodable: keep as written
    return [f.value for f in block.fields]


def _name(parts: NameParts, literal: bool) -> dict[str, Any]:
    last = " ".join(parts.last).strip()
    first = " ".join(parts.first).strip()
    if literal:
        return {"literal": last}
    if not first and not parts.von and not parts.jr and is_cjk(last) and " " not in last:
        if len(last) <= 4:
            family, given = split_cjk_name(last)
            return {"family": family, "given": given} if given else {"family": family}
        return {"literal": last}
    name: dict[str, Any] = {}
    if last:
        name["family"] = last
    if first:
        name["given"] = first
    if parts.von:
        name["non-dropping-particle"] = " ".join(parts.von)
    if parts.jr:
        name["suffix"] = " ".join(parts.jr)
    if not name:
        name["literal"] = "?"
    return name
