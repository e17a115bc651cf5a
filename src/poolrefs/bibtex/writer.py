"""Write references as BibLaTeX through bibtexparser v2 (LaTeX-encoded, verbatim URLs)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import LatexEncodingMiddleware, NameParts
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat
from pylatexenc.latexencode import (
    RULE_DICT,
    RULE_REGEX,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from ..model import Reference
from ..months import SEASONS, season_of_month
from ..names import Name
from .mapping import CSL_TO_ENTRY, LANGID_TO_CSL, NAME_FIELDS, VERBATIM_FIELDS
from .verbatim import RestoreVerbatimFields, StashVerbatimFields, escape_braces

__all__ = ["write_bibtex_text"]

_SIMPLE_BACK = {
    "title": "title",
    "title-short": "shorttitle",
    "collection-title": "series",
    "volume": "volume",
    "edition": "edition",
    "publisher-place": "address",
    "genre": "type",
    "note": "note",
    "abstract": "abstract",
    "keyword": "keywords",
    "annote": "annote",
    "ISBN": "isbn",
    "ISSN": "issn",
    "URL": "url",
    "DOI": "doi",
    "number-of-pages": "pagetotal",
    "version": "version",
    "event-title": "eventtitle",
    "event-place": "venue",
    "dimensions": "dimensions",
    "scale": "scale",
    "status": "pubstate",
    "chapter-number": "chapter",
    "PMID": "pmid",
    "PMCID": "pmcid",
    "container-title-short": "shortjournal",
    "number-of-volumes": "volumes",
    "original-title": "origtitle",
    "collection-number": "number",
}
_SERIAL = {"article", "periodical", "newspaper"}
_CSL_TO_LANGID = {v: k for k, v in reversed(list(LANGID_TO_CSL.items()))}
# bibtexparser's default encoding rules (math kept, URLs in \url), without its warning for
# every character that has no LaTeX form (CJK text is written as UTF-8).
_ENCODER = UnicodeToLatexEncoder(
    conversion_rules=[
        UnicodeToLatexConversionRule(RULE_REGEX, [(re.compile(r"(?<!\\)(\$.*[^\\]\$)"), r"\1")]),
        UnicodeToLatexConversionRule(
            RULE_REGEX,
            [(re.compile(r"(https?://\S*\.\S*)"), r"\\url{\1}"),
             (re.compile(r"(www.\S*\.\S*)"), r"\\url{\1}")],
        ),
        # pylatexenc writes U+00B7 as \\textperiodcentered, which it decodes as U+02D9
        UnicodeToLatexConversionRule(RULE_DICT, {ord("·"): "·"}),
        "defaults",
    ],
    unknown_char_policy="keep",
    unknown_char_warning=False,
)
_PROTECTED = VERBATIM_FIELDS | frozenset(NAME_FIELDS)
_DATES_BACK = {"issued": "date", "accessed": "urldate", "event-date": "eventdate",
               "original-date": "origdate"}  # fmt: skip


def write_bibtex_text(refs: Iterable[Reference]) -> str:
    """Serialise references as BibLaTeX; see :func:`poolrefs.write_bibtex`."""
    library = Library()
    used_keys: set[str] = set()
    for index, ref in enumerate(refs, start=1):
        library.add(_entry(ref, _unique_key(ref, index, used_keys)))
    layout = BibtexFormat()  # type: ignore[no-untyped-call]
    layout.indent = "  "
    layout.block_separator = "\n"
    layout.trailing_comma = True
    return str(
        write_string(
            library,
            bibtex_format=layout,
            prepend_middleware=[
                StashVerbatimFields(_PROTECTED),  # names are encoded part by part below
                LatexEncodingMiddleware(encoder=_ENCODER),
                RestoreVerbatimFields(escape_braces),
            ],
        )
    )


def _unique_key(ref: Reference, index: int, used: set[str]) -> str:
    base = str(ref.id) if ref.id not in (None, "") else _citation_key(ref, index)
    base = re.sub(r"[\s,{}()=#%\"']", "_", base) or f"ref{index}"
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}_{n}"
    used.add(key)
    return key


def _citation_key(ref: Reference, index: int) -> str:
    first = ref.authors[0] if ref.authors else None
    stem = (first.family or first.literal or "") if first else ""
    stem = re.sub(r"\W", "", stem) or "ref"
    return f"{stem}{ref.year or ''}" if stem != "ref" else f"ref{index}"


def _entry(ref: Reference, key: str) -> Entry:
    item = ref.to_csl()
    csl_type = item.get("type", "document")
    extras_type = item.get("x-bibtex-type")
    etype = str(extras_type) if extras_type else CSL_TO_ENTRY.get(csl_type, "misc")
    fields: list[Field] = []

    def put(name: str, value: Any) -> None:
        if value is not None and value != "" and name not in {f.key for f in fields}:
            fields.append(Field(name, str(value)))

    if etype == "misc" and csl_type not in ("document",):
        put("entrysubtype", csl_type)
    if csl_type in ("article-magazine", "article-newspaper") and etype == "article":
        put("entrysubtype", csl_type.removeprefix("article-"))
    for field, role in NAME_FIELDS.items():
        names = ref.names(role)
        if names:
            text = " and ".join(_name_text(n) for n in names)
            if field == "author" and ref.et_al:
                text += " and others"
            put(field, text)
        elif field == "author" and ref.et_al:
            put(field, "others")
    _put_fields(ref, item, etype, put)
    for date_key, field in _DATES_BACK.items():
        date = item.get(date_key)
        if date:
            put(field, _date_text(date))
            season = date.get("season")
            if field == "date" and season and not _season_number(season):
                put("month", str(season))  # a named season ("Trinity") has no EDTF number
    unknown = item.get("x-bibtex") or {}
    for name, value in unknown.items():
        if name == "author-others" or name.endswith("-others"):
            continue
        put(name, value)
    return Entry(etype, key, fields)


def _put_fields(ref: Reference, item: dict[str, Any], etype: str, put: Any) -> None:
    for csl, field in _SIMPLE_BACK.items():
        if csl == "collection-number":
            continue
        put(field, item.get(csl))
    container = item.get("container-title")
    if container:
        put("journaltitle" if etype in _SERIAL else "booktitle", container)
    if etype in _SERIAL:
        put("number", item.get("issue"))
        put("eid", item.get("number"))
    else:
        put("issue", item.get("issue"))
        put("number", item.get("number"))
        put("number", item.get("collection-number"))
    page = item.get("page")
    put("pages", re.sub(r"(?<=\w)-(?=\w)", "--", str(page)) if page is not None else None)
    publisher = item.get("publisher")
    if etype in ("thesis", "phdthesis", "mastersthesis"):
        put("school", publisher)
    elif etype in ("report", "techreport"):
        put("institution", publisher)
    else:
        put("publisher", publisher)
    language = item.get("language")
    if language:
        langid = _CSL_TO_LANGID.get(language)
        if langid and "langid" not in (item.get("x-bibtex") or {}):
            put("langid", langid)
        else:
            put("language", language)
    if ref.arxiv:
        put("eprint", ref.arxiv)
        put("eprinttype", "arxiv")


def _name_text(name: Name) -> str:
    name = name.model_copy(
        update={
            attr: _ENCODER.unicode_to_latex(value)
            for attr in ("literal", "family", "given", "non_dropping_particle",
                         "dropping_particle", "suffix")  # fmt: skip
            if isinstance(value := getattr(name, attr), str)
        }
    )
    if name.literal:
        return "{" + name.literal + "}"
    family = name.family or ""
    if " and " in family or family.count(",") or (name.given and "," in name.given):
        family = "{" + family + "}"
    parts = NameParts(
        first=[name.given] if name.given else [],
        von=[name.non_dropping_particle or name.dropping_particle or ""]
        if (name.non_dropping_particle or name.dropping_particle)
        else [],
        last=[family] if family else [],
        jr=[name.suffix] if name.suffix else [],
    )
    text = str(parts.merge_last_name_first)
    if not name.given and not name.suffix and not name.non_dropping_particle and " " in family:
        text = "{" + family + "}"  # a one-part multi-word family name stays one family name
    return text


def _edtf_part(index: int, value: Any) -> str:
    number = int(value)
    if index == 0:
        return f"{number:04d}"
    season = season_of_month(number) if index == 1 else None
    return f"{20 + season if season else number:02d}"  # CSL-JSON's 13-16 are EDTF's 21-24


def _season_number(season: Any) -> int | None:
    """A CSL season (1-4, or its English name) as its number."""
    if str(season).strip() in ("1", "2", "3", "4"):
        return int(str(season))
    return SEASONS.get(str(season).strip().lower()) if season else None


def _date_text(date: dict[str, Any]) -> str:
    """A biblatex ``date``: EDTF, seasons as months 21-24, ``~`` for circa."""
    parts = date.get("date-parts")
    if parts:
        text = "/".join("-".join(_edtf_part(i, p) for i, p in enumerate(d)) for d in parts)
        season = _season_number(date.get("season"))
        if len(parts) == 1 and len(parts[0]) == 1 and season:
            text += f"-{20 + season}"  # biblatex reads 21-24 as spring to winter
        if date.get("circa"):
            text += "~"
        return text
    return str(date.get("literal") or date.get("raw") or "")
