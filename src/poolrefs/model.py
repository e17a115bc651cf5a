"""The one record type, :class:`Reference`, and its lossless CSL-JSON mapping.

Typed fields cover what poolrefs reads, checks and renders; every other standard CSL variable
is kept verbatim in ``variables``, and non-standard keys (``x-topics``...) in ``extras``, so
``Reference.from_csl(item).to_csl() == item`` for any valid CSL-JSON item.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .dates import DateValue
from .errors import FormatError
from .identifiers import arxiv_id, ieee_article_number, normalize_arxiv, normalize_doi
from .names import Name

__all__ = [
    "CSL_DATE_VARIABLES",
    "CSL_NAME_VARIABLES",
    "CSL_STANDARD_VARIABLES",
    "ITEM_TYPES",
    "ItemType",
    "Reference",
]

ItemType = Literal[
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
    "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
]  # fmt: skip
ITEM_TYPES: tuple[str, ...] = get_args(ItemType)

#: CSL name variables; the first four are typed fields of :class:`Reference`.
CSL_NAME_VARIABLES = (
    "author", "editor", "translator", "container-author", "chair", "collection-editor",
    "compiler", "composer", "contributor", "curator", "director", "editorial-director",
    "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator",
    "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
    "script-writer", "series-creator",
)  # fmt: skip
CSL_DATE_VARIABLES = (
    "issued", "accessed", "original-date", "event-date", "submitted", "available-date",
)  # fmt: skip
#: Standard ordinary (text and number) CSL variables and item keys.
CSL_STANDARD_VARIABLES = (
    "id", "type", "citation-key", "categories", "language", "journalAbbreviation",
    "shortTitle", "abstract", "annote", "archive", "archive_collection", "archive_location",
    "archive-place", "authority", "call-number", "chapter-number", "citation-number",
    "citation-label", "collection-number", "collection-title", "container-title",
    "container-title-short", "dimensions", "division", "DOI", "edition", "event",
    "event-title", "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN",
    "issue", "jurisdiction", "keyword", "locator", "medium", "note", "number",
    "number-of-pages", "number-of-volumes", "original-publisher",
    "original-publisher-place", "original-title", "page", "page-first", "part", "part-title",
    "PMCID", "PMID", "printing", "publisher", "publisher-place", "references",
    "reviewed-genre", "reviewed-title", "scale", "section", "source", "status", "supplement",
    "title", "title-short", "URL", "version", "volume", "volume-title", "volume-title-short",
    "year-suffix", "custom",
)  # fmt: skip

# Typed scalar fields: CSL key -> attribute name.
_SCALARS = {
    "id": "id",
    "type": "type",
    "language": "language",
    "title": "title",
    "title-short": "title_short",
    "container-title": "container_title",
    "container-title-short": "container_title_short",
    "collection-title": "collection_title",
    "collection-number": "collection_number",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "number": "number",
    "edition": "edition",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "genre": "genre",
    "medium": "medium",
    "event-title": "event_title",
    "event-place": "event_place",
    "note": "note",
    "abstract": "abstract",
    "keyword": "keyword",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "ISSN": "issn",
    "PMID": "pmid",
    "PMCID": "pmcid",
}
_NAMES = {
    "author": "authors",
    "editor": "editors",
    "translator": "translators",
    "container-author": "container_authors",
}
_DATES = {"issued": "issued", "accessed": "accessed"}
# Non-standard keys with typed fields.
_EXTRA_KEYS = {
    "x-et-al": "et_al",
    "x-raw": "raw",
    "x-provenance": "provenance",
    "x-arxiv": "arxiv",
    "x-ieee-article-number": "ieee_arnumber",
}
_STANDARD_KEYS = frozenset(CSL_STANDARD_VARIABLES) | frozenset(CSL_NAME_VARIABLES) | frozenset(
    CSL_DATE_VARIABLES
)

Number = str | int


class Reference(BaseModel):
    """One bibliographic work, as cited.

    Example:
        >>> ref = Reference(type="article-journal", title="Patent pool formation",
        ...                 authors=[Name(family="Langinier", given="C.")],
        ...                 issued=DateValue(parts=[[2011]]), doi="doi:10.1111/j.1465-7295.2010.00327.x")
        >>> ref.doi
        '10.1111/j.1465-7295.2010.00327.x'
        >>> ref.year
        2011
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str | int | None = None
    type: ItemType | None = None
    language: str | None = None

    authors: list[Name] = Field(default_factory=list)
    editors: list[Name] = Field(default_factory=list)
    translators: list[Name] = Field(default_factory=list)
    container_authors: list[Name] = Field(default_factory=list)
    #: Other CSL name variables (``director``, ``collection-editor``...), by CSL key.
    other_names: dict[str, list[Name]] = Field(default_factory=dict)
    #: The printed author list was truncated (``等`` / ``et al.``).
    et_al: bool | None = None

    title: str | None = None
    title_short: str | None = None
    container_title: str | None = None
    container_title_short: str | None = None
    collection_title: str | None = None
    collection_number: Number | None = None
    volume: Number | None = None
    issue: Number | None = None
    page: Number | None = None
    number: Number | None = None
    edition: Number | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    genre: str | None = None
    medium: str | None = None
    event_title: str | None = None
    event_place: str | None = None
    note: str | None = None
    abstract: str | None = None
    keyword: str | None = None

    issued: DateValue | None = None
    accessed: DateValue | None = None
    #: Other CSL date variables (``original-date``, ``event-date``...), by CSL key.
    other_dates: dict[str, DateValue] = Field(default_factory=dict)

    doi: str | None = None
    url: str | None = None
    isbn: str | None = None
    issn: str | None = None
    pmid: Number | None = None
    pmcid: str | None = None
    arxiv: str | None = None
    ieee_arnumber: str | None = None

    #: Other standard CSL variables, verbatim, by CSL key.
    variables: dict[str, Any] = Field(default_factory=dict)
    #: Non-standard keys (``x-topics``...), verbatim.
    extras: dict[str, Any] = Field(default_factory=dict)
    #: The text this record was parsed from.
    raw: str | None = None
    #: Where each value came from: CSL key -> ``parsed`` | ``bibtex`` | ``crossref`` | ...
    provenance: dict[str, str] = Field(default_factory=dict)

    @field_validator("doi")
    @classmethod
    def _normalize_doi(cls, value: str | None) -> str | None:
        return None if value is None else normalize_doi(value)

    @field_validator("arxiv")
    @classmethod
    def _normalize_arxiv(cls, value: str | None) -> str | None:
        return None if value is None else normalize_arxiv(value)

    @field_validator("ieee_arnumber")
    @classmethod
    def _check_arnumber(cls, value: str | None) -> str | None:
        if value is not None and not value.isdigit():
            raise ValueError(f"an IEEE Xplore article number is all digits, got {value!r}")
        return value

    @field_validator("other_names")
    @classmethod
    def _check_name_roles(cls, value: dict[str, list[Name]]) -> dict[str, list[Name]]:
        for key in value:
            if key not in CSL_NAME_VARIABLES or key in _NAMES:
                raise ValueError(f"{key!r} is not another CSL name variable")
        return value

    @field_validator("other_dates")
    @classmethod
    def _check_date_roles(cls, value: dict[str, DateValue]) -> dict[str, DateValue]:
        for key in value:
            if key not in CSL_DATE_VARIABLES or key in _DATES:
                raise ValueError(f"{key!r} is not another CSL date variable")
        return value

    # ----- derived views -------------------------------------------------------------

    @property
    def year(self) -> int | None:
        """Year of issue, if known."""
        return self.issued.year if self.issued else None

    @property
    def arxiv_id(self) -> str | None:
        """ArXiv identifier: explicit, or derived from an arxiv.org URL or arXiv DOI."""
        return self.arxiv or arxiv_id(self.url, self.doi)

    @property
    def ieee_article_number(self) -> str | None:
        """IEEE Xplore article number: explicit, or read from an IEEE Xplore URL."""
        return self.ieee_arnumber or (ieee_article_number(self.url) if self.url else None)

    def names(self, role: str) -> list[Name]:
        """Names for a CSL name variable (``author``, ``editor``, ``director``...)."""
        if role in _NAMES:
            names: list[Name] = getattr(self, _NAMES[role])
            return names
        return self.other_names.get(role, [])

    def get(self, key: str) -> Any:
        """Value of a CSL variable by its CSL key (``container-title``...), or ``None``."""
        if key in _SCALARS:
            return getattr(self, _SCALARS[key])
        if key in _DATES:
            return getattr(self, _DATES[key])
        if key in CSL_DATE_VARIABLES:
            return self.other_dates.get(key)
        if key in CSL_NAME_VARIABLES:
            return self.names(key) or None
        return self.variables.get(key)

    # ----- CSL-JSON ----------------------------------------------------------------

    def to_csl(self, *, extras: bool = True) -> dict[str, Any]:
        """This reference as one CSL-JSON item.

        Args:
            extras: include non-standard keys (``x-et-al``, ``x-raw``, ``x-provenance``,
                and everything in ``extras``). Standard keys are always included.
        """
        out: dict[str, Any] = {}
        for key, attr in _SCALARS.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = value
        for key in CSL_NAME_VARIABLES:
            names = self.names(key)
            if names:
                out[key] = [n.to_csl() for n in names]
        for key, attr in _DATES.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = value.to_csl()
        for key, date in self.other_dates.items():
            out[key] = date.to_csl()
        out.update(self.variables)
        if extras:
            for key, attr in _EXTRA_KEYS.items():
                value = getattr(self, attr)
                if value not in (None, {}):
                    out[key] = value
            out.update(self.extras)
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Reference:
        """Build a reference from one CSL-JSON item.

        Raises:
            FormatError: the item is not an object or holds an impossible value; the message
                names the item and the field.
        """
        if not isinstance(item, dict):
            raise FormatError(f"a CSL-JSON item must be an object, got {type(item).__name__}")
        try:
            return cls.model_validate(_fields_from_csl(item))
        except ValidationError as exc:
            label = item.get("id", "<no id>")
            raise FormatError(f"CSL-JSON item {label!r}: {_describe(exc)}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            label = item.get("id", "<no id>")
            raise FormatError(f"CSL-JSON item {label!r}: {exc}") from exc

    def with_values(self, source: str, **values: Any) -> Reference:
        """A validated copy with ``values`` set and their provenance recorded as ``source``.

        Raises:
            pydantic.ValidationError: a value is impossible (same rules as construction).
        """
        provenance = dict(self.provenance)
        for attr in values:
            provenance[_csl_key(attr)] = source
        return type(self).model_validate({**dict(self), **values, "provenance": provenance})


def _fields_from_csl(item: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {"variables": {}, "extras": {}, "other_names": {}, "other_dates": {}}
    for key, value in item.items():
        if key in _SCALARS:
            fields[_SCALARS[key]] = value
        elif key in CSL_NAME_VARIABLES and value == []:
            fields["variables"][key] = value  # kept verbatim: an explicitly empty list
        elif key in CSL_NAME_VARIABLES:
            names = [Name.from_csl(n) for n in _as_list(value, key)]
            if key in _NAMES:
                fields[_NAMES[key]] = names
            else:
                fields["other_names"][key] = names
        elif key in CSL_DATE_VARIABLES:
            date = DateValue.from_csl(_as_dict(value, key))
            if key in _DATES:
                fields[_DATES[key]] = date
            else:
                fields["other_dates"][key] = date
        elif key in _STANDARD_KEYS:
            fields["variables"][key] = value
        elif key in _EXTRA_KEYS and value not in (None, {}):
            fields[_EXTRA_KEYS[key]] = value
        else:
            fields["extras"][key] = value
    return fields


def _as_list(value: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{key!r} must be a list of name objects")
    return value


def _as_dict(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{key!r} must be a date object")
    return value


def _csl_key(attr: str) -> str:
    for mapping in (_SCALARS, _NAMES, _DATES, _EXTRA_KEYS):
        for key, name in mapping.items():
            if name == attr:
                return key
    return attr


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc}: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)
