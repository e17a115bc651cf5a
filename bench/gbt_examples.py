"""The GB/T 7714 standards' own examples (peer suite ``gbt7714``) as CSL-JSON items.

Each JSON line has ``key``, ``edition``, ``expected`` (the formatted reference) and ``bibtex``
(a biblatex entry). Entries are converted with ``poolrefs.read_bibtex`` when this checkout has
it, else with the small bibtexparser-v2 converter below (biblatex types and fields to CSL).
Measurement only: nothing from the suite is copied into the repository.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

Item = dict[str, Any]

TYPES = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "proceedings": "book",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "online": "webpage",
    "misc": "document",
    "patent": "patent",
    "standard": "standard",
    "map": "map",
    "dataset": "dataset",
    "periodical": "periodical",
    "preprint": "article",
    "archive": "manuscript",
    "newspaper": "article-newspaper",
    "letter": "personal_communication",
    "image": "graphic",
    "legislation": "legislation",
    "collection": "book",
    "software": "software",
    "video": "motion_picture",
}
FIELDS = {
    "title": "title",
    "journal": "container-title",
    "booktitle": "container-title",
    "volume": "volume",
    "number": "number",
    "pages": "page",
    "publisher": "publisher",
    "address": "publisher-place",
    "location": "publisher-place",
    "edition": "edition",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "school": "publisher",
    "institution": "publisher",
    "type": "genre",
    "series": "collection-title",
    "eventtitle": "event-title",
    "version": "version",
    "scale": "scale",
    "note": "note",
}
NAME_FIELDS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "holder": "author",
}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def load(path: Path) -> list[dict[str, Any]]:
    """The examples of one JSON-lines file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _date(text: str) -> dict[str, Any] | None:
    parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
    return {"date-parts": [parts]} if parts else None


def _names(people: list[Any]) -> list[dict[str, str]]:
    out = []
    for person in people:
        family = " ".join(person.last).strip("{}")
        given = " ".join(person.first + person.von).strip()
        if person.jr:
            out.append({"family": family, "given": given, "suffix": " ".join(person.jr)})
        elif not given:
            out.append({"literal": family})
        else:
            out.append({"family": family, "given": given})
    return out


def _fallback(bibtex: str) -> list[Item]:
    import bibtexparser
    from bibtexparser import middlewares as m

    lib = bibtexparser.parse_string(
        bibtex,
        append_middleware=[
            m.LatexDecodingMiddleware(),
            m.SeparateCoAuthors(name_fields=tuple(NAME_FIELDS)),
            m.SplitNameParts(name_fields=tuple(NAME_FIELDS)),
        ],
    )
    raw = {
        e.key: {f.key.lower(): f.value for f in e.fields}
        for e in bibtexparser.parse_string(bibtex).entries
    }
    items = []
    for entry in lib.entries:
        fields = {f.key.lower(): f.value for f in entry.fields}
        for verbatim in ("url", "doi"):  # no LaTeX decoding in URLs ('&' is not a column break)
            if verbatim in fields:
                fields[verbatim] = str(raw[entry.key][verbatim]).strip("{}").replace("\\", "")
        item: Item = {"id": entry.key, "type": TYPES.get(entry.entry_type.lower(), "document")}
        for key, value in fields.items():
            if key in NAME_FIELDS:
                item.setdefault(NAME_FIELDS[key], []).extend(_names(value))
            elif key in FIELDS and isinstance(value, str):
                item.setdefault(FIELDS[key], value.replace("--", "-").strip("{}"))
        date = _date(str(fields.get("date") or fields.get("year") or ""))
        if date:
            item["issued"] = date
        if fields.get("urldate"):
            item["accessed"] = _date(str(fields["urldate"]))
        langid = str(fields.get("langid", ""))
        if "chinese" in langid or "zh" in langid or CJK.search(str(fields.get("title", ""))):
            item["language"] = "zh-CN"
        items.append(item)
    return items


def to_csl(bibtex: str) -> tuple[list[Item], str]:
    """CSL-JSON items of one BibTeX text, and which converter made them."""
    try:
        import poolrefs
    except ImportError:
        poolrefs = None  # type: ignore[assignment]
    reader = getattr(poolrefs, "read_bibtex", None)
    if reader is not None:
        return [ref.to_csl() for ref in reader(bibtex)], "poolrefs.read_bibtex"
    return _fallback(bibtex), "bibtexparser v2 (bench fallback)"
