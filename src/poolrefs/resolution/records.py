"""Registry JSON -> :class:`~poolrefs.model.Reference`, with per-field provenance.

One converter per documented response shape:

* Crossref REST API work (``/works/{doi}`` ``message``, or one item of a ``/works`` search),
* DataCite REST API JSON:API document (``/dois/{doi}``),
* CSL-JSON from doi.org content negotiation (``Accept: application/vnd.citationstyles.csl+json``),
* IEEE Xplore Metadata API article (one element of ``articles``).

Abstracts (Crossref ``abstract`` in JATS, DataCite ``descriptions`` of type Abstract, IEEE
``abstract``) and subject terms (DataCite ``subjects``, IEEE author and IEEE index terms) are kept
as plain text: the topic tagger reads them when a reference is enriched from its record.
Crossref's ``subject`` is a journal-level category list, not the work's keywords, and is not used.

Every field a converter sets is recorded in ``provenance`` with the source name (``crossref``,
``datacite``, ``doi.org``, ``ieee``). Malformed registry data raises
:class:`~poolrefs.errors.ServiceError` naming the source, never a deep traceback.
"""

from __future__ import annotations

import html
import re
from typing import Any

from pydantic import ValidationError

from ..dates import DateValue
from ..errors import FormatError, ServiceError
from ..model import CSL_STANDARD_VARIABLES, ITEM_TYPES, Reference
from ..names import Name

__all__ = ["from_crossref", "from_csl_item", "from_datacite", "from_ieee"]

_CROSSREF_TYPES = {
    "journal-article": "article-journal",
    "proceedings-article": "paper-conference",
    "book-chapter": "chapter",
    "book-section": "chapter",
    "book-part": "chapter",
    "book": "book",
    "edited-book": "book",
    "monograph": "book",
    "reference-book": "book",
    "book-set": "book",
    "book-series": "book",
    "proceedings": "book",
    "report": "report",
    "report-series": "report",
    "report-component": "report",
    "posted-content": "article",
    "dissertation": "thesis",
    "dataset": "dataset",
    "standard": "standard",
    "peer-review": "review",
    "reference-entry": "entry",
    "journal-issue": "periodical",
    "journal": "periodical",
    "journal-volume": "periodical",
}
_DATACITE_TYPES = {
    "JournalArticle": "article-journal",
    "ConferencePaper": "paper-conference",
    "BookChapter": "chapter",
    "Book": "book",
    "Report": "report",
    "Preprint": "article",
    "Dissertation": "thesis",
    "Dataset": "dataset",
    "Software": "software",
    "Standard": "standard",
    "Text": "document",
}
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:._-]*(?:\s[^<>]*)?/?>")


def _first_text(value: Any) -> Any:
    """A registry list's first non-blank string (registries give lists where CSL has text)."""
    if isinstance(value, list):
        return next((t for t in value if isinstance(t, str) and t.strip()), None)
    return value


def _clean(text: Any) -> str | None:
    """Registry text without JATS/HTML markup and entities, whitespace collapsed."""
    text = _first_text(text)
    if not isinstance(text, str):
        return None
    cleaned = " ".join(html.unescape(_TAG.sub("", text)).split())
    return cleaned or None


# "Abstract" / "摘要" headings, with or without a colon; "Summary" only with one ("Summary
# statistics show..." is a sentence)
_ABSTRACT_HEADING = re.compile(r"^(?:(?:abstract|摘要)(?![a-z])\s*[:.：]?|summary\s*[:.：])\s*", re.IGNORECASE)
# JATS/HTML block elements: a paragraph or section break is a space, not nothing
_BLOCK_TAG = re.compile(r"</?(?:jats:)?(?:title|p|sec|list|list-item|br|div)\b[^<>]*>", re.IGNORECASE)


def _abstract(text: Any) -> str | None:
    """A registry abstract as plain text: JATS/HTML markup and a leading "Abstract" heading off."""
    text = _first_text(text)
    cleaned = _clean(_BLOCK_TAG.sub(" ", text) if isinstance(text, str) else text)
    if not cleaned:
        return None
    return _ABSTRACT_HEADING.sub("", cleaned, count=1) or None


def _keywords(terms: Any) -> str | None:
    """A list of subject terms as CSL's comma-separated ``keyword`` string (duplicates once)."""
    seen: dict[str, str] = {}
    for term in terms if isinstance(terms, list) else []:
        text = _clean(term.get("subject") if isinstance(term, dict) else term)
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return ", ".join(seen.values()) or None


def _year_parts(value: Any) -> DateValue | None:
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not parts or not isinstance(parts, list) or not parts[0] or parts[0][0] is None:
        return None
    try:
        return DateValue(parts=[[int(p) for p in parts[0] if p is not None][:3]])
    except (TypeError, ValueError):
        return None


def _person(given: Any, family: Any, literal: Any = None) -> Name | None:
    given_s, family_s, literal_s = _clean(given), _clean(family), _clean(literal)
    if family_s or given_s:
        return Name(family=family_s, given=given_s)
    if literal_s:
        return Name(literal=literal_s)
    return None


def _names(items: Any) -> list[Name]:
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            name = _person(item.get("given"), item.get("family"), item.get("name") or item.get("literal"))
            if name:
                out.append(name)
    return out


def _build(source: str, fields: dict[str, Any]) -> Reference:
    values = {k: v for k, v in fields.items() if v not in (None, [], {}, "")}
    try:
        # with_values() records provenance but does not validate (model_copy): validate here
        provenance = Reference().with_values(source, **values).provenance
        return Reference(**values, provenance=provenance)
    except (ValidationError, ValueError, TypeError) as exc:
        raise ServiceError(f"unusable {source} record: {exc}") from exc


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def from_crossref(item: dict[str, Any]) -> Reference:
    """Convert one Crossref work (the ``message`` of ``/works/{doi}``, or a search item).

    The cited year is usually the print year, so ``issued`` is ``published-print`` when the
    record has it (else ``issued``); the online date goes to ``available-date``.

    Raises:
        ServiceError: the item is not a Crossref work.
    """
    if not isinstance(item, dict) or not isinstance(item.get("DOI"), str):
        raise ServiceError("unusable crossref record: a work needs a DOI")
    title = _clean(item.get("title"))
    subtitle = _clean(item.get("subtitle"))
    if title and subtitle and subtitle.casefold() not in title.casefold():
        title = f"{title}: {subtitle}"
    issued = _year_parts(item.get("published-print")) or _year_parts(item.get("issued"))
    online = _year_parts(item.get("published-online"))
    ctype = item.get("type")
    return _build(
        "crossref",
        {
            "type": _CROSSREF_TYPES.get(ctype) if isinstance(ctype, str) else None,
            "doi": item["DOI"],
            "title": title,
            "container_title": _clean(item.get("container-title")),
            "container_title_short": _clean(item.get("short-container-title")),
            "authors": _names(item.get("author")),
            "editors": _names(item.get("editor")),
            "issued": issued,
            "other_dates": {"available-date": online} if online and online != issued else {},
            "volume": _clean(item.get("volume")),
            "issue": _clean(item.get("issue")),
            "page": _clean(item.get("page")),
            "publisher": _clean(item.get("publisher")),
            "publisher_place": _clean(item.get("publisher-location")),
            "issn": _clean(item.get("ISSN")),
            "isbn": _clean(item.get("ISBN")),
            "url": _clean(item.get("URL")),
            "abstract": _abstract(item.get("abstract")),
        },
    )


def from_datacite(document: dict[str, Any]) -> Reference:
    """Convert a DataCite JSON:API document (``{"data": {"attributes": ...}}``) or its data.

    Raises:
        ServiceError: the document has no DOI attributes.
    """
    data = document.get("data", document) if isinstance(document, dict) else None
    attrs = data.get("attributes") if isinstance(data, dict) else None
    if not isinstance(attrs, dict) or not isinstance(attrs.get("doi"), str):
        raise ServiceError("unusable datacite record: no data.attributes.doi")
    titles = [t.get("title") for t in attrs.get("titles") or [] if isinstance(t, dict)]
    main = [t.get("title") for t in attrs.get("titles") or [] if isinstance(t, dict) and not t.get("titleType")]
    creators = []
    for c in attrs.get("creators") or []:
        if not isinstance(c, dict):
            continue
        if c.get("nameType") == "Organizational" or not (c.get("familyName") or c.get("givenName")):
            name = _person(None, None, c.get("name"))
        else:
            name = _person(c.get("givenName"), c.get("familyName"))
        if name:
            creators.append(name)
    container = _mapping(attrs.get("container"))
    first, last = _clean(container.get("firstPage")), _clean(container.get("lastPage"))
    publisher = attrs.get("publisher")
    if isinstance(publisher, dict):  # newer API versions answer {"name": ...}
        publisher = publisher.get("name")
    year = attrs.get("publicationYear")
    types = _mapping(attrs.get("types"))
    csl_type = types.get("citeproc") if types.get("citeproc") in ITEM_TYPES else None
    abstracts = [d.get("description") for d in attrs.get("descriptions") or []
                 if isinstance(d, dict) and d.get("descriptionType") == "Abstract"]
    return _build(
        "datacite",
        {
            "type": csl_type or _DATACITE_TYPES.get(str(types.get("resourceTypeGeneral"))),
            "doi": attrs["doi"],
            "title": _clean(main or titles),
            "authors": creators,
            "container_title": _clean(container.get("title")),
            "volume": _clean(container.get("volume")),
            "issue": _clean(container.get("issue")),
            "page": f"{first}-{last}" if first and last else first,
            "publisher": _clean(publisher),
            "issued": DateValue(parts=[[int(str(year))]]) if str(year or "").isdigit() else None,
            "url": _clean(attrs.get("url")),
            "abstract": _abstract(abstracts),
            "keyword": _keywords(attrs.get("subjects")),
        },
    )


def from_csl_item(item: dict[str, Any], *, source: str = "doi.org") -> Reference:
    """Convert CSL-JSON from DOI content negotiation.

    Registration agencies add non-standard keys (``reference``, ``license``, ``indexed``...)
    and sometimes give lists where CSL has strings; both are tidied before conversion.

    Raises:
        ServiceError: the item is not usable CSL-JSON.
    """
    if not isinstance(item, dict):
        raise ServiceError(f"unusable {source} record: CSL-JSON item is not an object")
    keep: dict[str, Any] = {}
    for key, value in item.items():
        if key in ("author", "editor", "translator", "container-author"):
            keep[key] = [n.to_csl() for n in _names(value)]
        elif key in ("issued", "accessed"):
            date = _year_parts(value)
            if date:
                keep[key] = date.to_csl()
        elif key == "type":
            keep[key] = value if value in ITEM_TYPES else _CROSSREF_TYPES.get(str(value), "document")
        elif key in CSL_STANDARD_VARIABLES and key not in ("id", "references"):
            keep[key] = _clean(value) if isinstance(value, (str, list)) else value
    try:
        ref = Reference.from_csl({k: v for k, v in keep.items() if v not in (None, [], "")})
    except FormatError as exc:
        raise ServiceError(f"unusable {source} record: {exc}") from exc
    csl = ref.to_csl(extras=False)
    return ref.model_copy(update={"provenance": dict.fromkeys(csl, source)})


_PARTICLES = frozenset({"da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "den", "ter"})


def _split_full_name(full: str) -> Name | None:
    """``"Henri de Belsunce"`` -> given ``Henri``, family ``de Belsunce``."""
    parts = full.split()
    if not parts:
        return None
    cut = len(parts) - 1
    while cut > 1 and parts[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    family = " ".join(parts[cut:])
    return Name(given=" ".join(parts[:cut]) or None, family=family)


def from_ieee(article: dict[str, Any]) -> Reference:
    """Convert one article of an IEEE Xplore Metadata API answer (``articles[i]``).

    Raises:
        ServiceError: the article is not an object.
    """
    if not isinstance(article, dict):
        raise ServiceError("unusable ieee record: article is not an object")
    authors_block = article.get("authors")
    raw_authors = authors_block.get("authors") if isinstance(authors_block, dict) else None
    people = sorted(
        (a for a in raw_authors or [] if isinstance(a, dict) and _clean(a.get("full_name"))),
        key=lambda a: int(a.get("author_order") or 0),
    )
    authors = [n for n in (_split_full_name(_clean(a["full_name"]) or "") for a in people) if n]
    start, end = _clean(str(article.get("start_page") or "")), _clean(str(article.get("end_page") or ""))
    content = str(article.get("content_type") or "")
    kind = "paper-conference" if "onference" in content else "article-journal" if "ournal" in content else None
    year = str(article.get("publication_year") or "")
    doi = article.get("doi")
    number = str(article.get("article_number") or "")
    index_terms = _mapping(article.get("index_terms"))
    terms = [t for kind in ("author_terms", "ieee_terms")
             for t in _mapping(index_terms.get(kind)).get("terms") or []]
    return _build(
        "ieee",
        {
            "type": kind,
            "doi": doi if isinstance(doi, str) and doi.startswith("10.") else None,
            "title": _clean(article.get("title")),
            "container_title": _clean(article.get("publication_title")),
            "authors": authors,
            "issued": DateValue(parts=[[int(year)]]) if year.isdigit() else None,
            "volume": _clean(str(article.get("volume") or "")),
            "issue": _clean(str(article.get("issue") or "")),
            "page": f"{start}-{end}" if start and end and start != end else start,
            "publisher": _clean(article.get("publisher")),
            "ieee_arnumber": number if number.isdigit() else None,
            "isbn": _clean(article.get("isbn")),
            "abstract": _abstract(article.get("abstract")),
            "keyword": _keywords(terms),
        },
    )
