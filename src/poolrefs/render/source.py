"""Turning :class:`~poolrefs.Reference` records into citeproc-py's bibliography source.

Built directly (not through ``CiteProcJSON``) so that non-standard keys never trigger
citeproc-py's "unsupported argument" warnings, and so that poolrefs facts citeproc-py has no
field for travel along: the truncated-author-list flag (``x-et-al``) and the entry's script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from citeproc import DATES, NAMES
from citeproc.source import BibliographySource, CitationItem, Date, DateRange, LiteralDate, Name
from citeproc.source import Reference as CpReference
from citeproc.source.json import CiteProcJSON

from ..model import Reference
from ..months import season_of_month
from ..names import is_cjk
from .formats import markup_to_marks, strip_marks

__all__ = ["ET_AL_KEY", "LANG_KEY", "FastCitationItem", "build_source", "entry_language"]

#: citeproc reference attribute: the source's author list was truncated.
ET_AL_KEY = "poolrefs_et_al"
#: citeproc reference attribute: the entry's language (``zh``, ``en``...), always set.
LANG_KEY = "poolrefs_language"

_PARSER = CiteProcJSON([])
_NAME_KEYS = {"family", "given", "dropping-particle", "non-dropping-particle", "suffix"}
_SKIP = {"id", "type", "key", "language", "citation-key", "categories"}


def entry_language(ref: Reference) -> str:
    """The entry's primary language subtag: declared, else ``zh`` for CJK text, else ``en``."""
    if ref.language:
        return ref.language.split("-")[0].lower()
    texts = [ref.title, ref.container_title] + [n.family or n.literal for n in ref.authors]
    if any(is_cjk(t) for t in texts):
        return "zh"
    return "en"


def _clean(value: Any) -> str:
    return strip_marks(str(value))


def _names(items: list[dict[str, Any]]) -> list[Name]:
    out = []
    for item in items:
        if "literal" in item:
            out.append(Name(literal=_clean(item["literal"])))
            continue
        parts = {k: _clean(v) for k, v in item.items() if k in _NAME_KEYS and v not in (None, "")}
        if not parts:
            continue
        parts = _split_particles(parts)
        comma = parts.pop("comma-suffix", None) or item.get("comma-suffix")
        name = Name(**parts)
        if comma:
            dict.__setitem__(name, "comma-suffix", True)
        out.append(name)
    return out


def _split_particles(parts: dict[str, str]) -> dict[str, str]:
    """Particles written into the family or given name (``van der Meer``).

    As citeproc-js
    reads them: leading lower-case words of the family name are non-dropping particles,
    trailing lower-case words of the given name dropping particles.
    """
    if parts.get("family") and "non-dropping-particle" not in parts and "dropping-particle" not in parts:
        words = parts["family"].split(" ")
        lead = 0
        while lead < len(words) - 1 and words[lead][:1].islower() and words[lead].isalpha():
            lead += 1
        if lead and not is_cjk(parts["family"]):
            parts["non-dropping-particle"] = " ".join(words[:lead])
            parts["family"] = " ".join(words[lead:])
    given = parts.get("given", "")
    if given and "suffix" not in parts and "," in given:  # "John, III" / "John,! Jr."
        head, _, tail = given.partition(",")
        parts["given"], parts["suffix"] = head.strip(), tail.lstrip("!").strip()
        if tail.startswith("!"):
            parts["comma-suffix"] = "true"
        given = parts["given"]
    if given and "dropping-particle" not in parts and " " in given:
        words = given.split(" ")
        cut = len(words)
        while cut > 1 and words[cut - 1][:1].islower() and words[cut - 1].isalpha():
            cut -= 1
        if cut < len(words):
            parts["dropping-particle"] = " ".join(words[cut:])
            parts["given"] = " ".join(words[:cut])
    return parts


_PARTS = ("year", "month", "day")


def _date(value: dict[str, Any]) -> Date | DateRange | LiteralDate | None:
    parts = [p for p in value.get("date-parts", []) if p and p[0] not in (None, "")]
    clean: dict[str, Any] = dict(value)
    clean["date-parts"] = [[int(x) if re.fullmatch(r"-?\d+", str(x)) else x for x in p] for p in parts]
    # a season written as a month number is rendered as the season, as citeproc-js does
    seasons = [season_of_month(p[1]) if len(p) > 1 else None for p in clean["date-parts"]]
    if any(seasons) and len(seasons) == 2:
        begin, end = (
            Date(year=p[0], season=season) if season else Date(**dict(zip(_PARTS, p, strict=False)))
            for p, season in zip(clean["date-parts"], seasons, strict=True)
        )
        return DateRange(begin=begin, end=end, circa=bool(clean.get("circa")))
    if any(seasons):
        clean["date-parts"] = [p[:1] for p in clean["date-parts"]]
        clean.setdefault("season", seasons[0])
    if not parts and "raw" in value and "literal" not in value:
        clean["literal"] = value["raw"]
    if "literal" in clean:
        clean["literal"] = _clean(clean["literal"])
    result: Date | DateRange | LiteralDate | None = _PARSER.parse_date(clean)
    return result


def _convert(ref: Reference, key: str) -> CpReference:
    item = ref.to_csl(extras=False)
    data: dict[str, Any] = {}
    for csl_key, value in item.items():
        if csl_key in _SKIP or value in (None, "", []):
            continue
        py_key = "title_short" if csl_key == "shortTitle" else csl_key.replace("-", "_")
        if py_key in NAMES or csl_key in ("author", "editor") or isinstance(value, list):
            if isinstance(value, list) and all(isinstance(v, dict) for v in value):
                names = _names(value)
                if names:
                    data[py_key] = names
            continue
        if py_key in DATES or isinstance(value, dict):
            if isinstance(value, dict):
                date = _date(value)
                if date is not None:
                    data[py_key] = date
            continue
        text = _clean(value)
        if py_key not in ("URL", "DOI"):
            text = markup_to_marks(text)
        data[py_key] = _PARSER.parse_string(text)
    cp = CpReference(key, ref.type or "document")
    for attr, value in data.items():
        setattr(cp, attr, value)
    if ref.language:
        cp.language = ref.language
    setattr(cp, LANG_KEY, entry_language(ref))
    setattr(cp, ET_AL_KEY, bool(ref.et_al))
    return cp


class FastCitationItem(CitationItem):  # type: ignore[misc]
    """A citation item that looks its reference up once.

    (citeproc-py walks
    citation -> bibliography -> source on every variable access).
    """

    @property
    def reference(self) -> Any:
        """The item's reference, cached."""
        try:
            return dict.__getitem__(self, "_poolrefs_reference")
        except KeyError:
            ref = self.bibliography.source[self.key]
            dict.__setitem__(self, "_poolrefs_reference", ref)
            return ref


def build_source(refs: Iterable[Reference]) -> tuple[BibliographySource, list[str]]:
    """The citeproc source for ``refs`` and the keys in input order (unique per position)."""
    source = BibliographySource()
    keys = []
    for index, ref in enumerate(refs):
        key = f"r{index}"
        source.add(_convert(ref, key))
        keys.append(key)
    return source, keys
