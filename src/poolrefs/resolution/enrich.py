"""Merge a registry record into a cited reference, keeping provenance per field.

Missing fields are filled from the record; cited values that agree with the record (up to
minor differences) are kept as cited; values the registry contradicts are replaced by the
registry's. Each filled or replaced field's provenance names the registry.

Example:
    >>> from poolrefs.model import Reference
    >>> cited = Reference(title="Patent pool formation", volume="23",
    ...                   provenance={"title": "parsed", "volume": "parsed"})
    >>> record = Reference(title="Patent Pool Formation", volume="24", doi="10.1234/x",
    ...                    provenance={"title": "crossref", "volume": "crossref", "DOI": "crossref"})
    >>> merged = enrich_reference(cited, record)
    >>> merged.title, merged.volume, merged.doi, merged.provenance["volume"]
    ('Patent pool formation', '24', '10.1234/x', 'crossref')
"""

from __future__ import annotations

from typing import Any

from ..model import Reference
from .discrepancies import find_discrepancies

__all__ = ["MERGED_FIELDS", "enrich_reference"]

#: Reference attributes a registry record can supply.
MERGED_FIELDS = (
    "type", "title", "container_title", "container_title_short", "authors", "editors",
    "issued", "volume", "issue", "page", "publisher", "publisher_place", "doi", "url",
    "isbn", "issn", "ieee_arnumber", "abstract", "keyword",
)  # fmt: skip
# Discrepancy field (CSL key) -> attributes replaced when the registry disagrees.
_CORRECTS = {
    "title": ("title",),
    "author": ("authors",),
    "container-title": ("container_title",),
    "issued": ("issued",),
    "volume": ("volume",),
    "issue": ("issue",),
    "page": ("page",),
}
_CSL_KEYS = {
    "container_title": "container-title",
    "container_title_short": "container-title-short",
    "authors": "author",
    "editors": "editor",
    "publisher_place": "publisher-place",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "ieee_arnumber": "x-ieee-article-number",
}


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def enrich_reference(cited: Reference, record: Reference, *, source: str | None = None) -> Reference:
    """The cited reference completed and corrected from a registry record.

    Args:
        cited: the reference as cited.
        record: the registry record of the same work (e.g. ``Resolution.record``).
        source: provenance for fields taken from the record when the record does not name
            one (default: the record's own per-field provenance, else ``"registry"``).
    """
    wrong = {a for d in find_discrepancies(cited, record) for a in _CORRECTS.get(d.field, ())}
    if cited.type and record.type and cited.type != record.type:
        wrong.add("type")
    if cited.doi and record.doi and cited.doi.lower() != record.doi.lower():
        wrong.add("doi")  # e.g. an unregistered DOI, the work found by search
    updates: dict[str, Any] = {}
    provenance = dict(cited.provenance)
    for attr in MERGED_FIELDS:
        theirs = getattr(record, attr)
        if _empty(theirs):
            continue
        if _empty(getattr(cited, attr)) or attr in wrong:
            key = _CSL_KEYS.get(attr, attr)
            updates[attr] = theirs
            provenance[key] = record.provenance.get(key) or source or "registry"
    if not updates:
        return cited
    return cited.model_copy(update={**updates, "provenance": provenance})
