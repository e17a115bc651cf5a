"""Whole-bibliography and whole-entry steps around the engine.

Disambiguation, note styles without a bibliography, final punctuation (part of the
correctness layer, see :mod:`.fixes`).
"""

from __future__ import annotations

import re
from typing import Any

from citeproc import Citation
from citeproc.string import String

from . import gbt7714
from .formats import strip_marks
from .punctuation import clean_punctuation, smart_apostrophes, smart_quotes
from .source import FastCitationItem
from .state import ADDED_NAMES_KEY, DISAMBIGUATE_KEY, GIVEN_KEY, STATE

__all__ = ["disambiguate", "finish_entry", "full_note", "start_bibliography"]


def disambiguate(loaded: Any, bib: Any) -> None:
    """Fix ``year_suffix`` (and disambiguation generally).

    Citations that render alike are told apart as citeproc-js does:
    first by adding names (``disambiguate-add-names``), then by year suffixes ``a``, ``b``...
    in bibliography order (``disambiguate-add-year-suffix``).
    """
    citation = loaded.root.citation
    add_names = _flag(citation, "disambiguate-add-names")
    add_suffix = _flag(citation, "disambiguate-add-year-suffix")
    condition = loaded.root.__dict__.get("_poolrefs_disambiguate_condition")
    if not (add_names or add_suffix or condition):
        return
    groups = _collisions(citation, bib.items, None)
    if _flag(citation, "disambiguate-add-givenname"):
        groups = [g for group in groups for g in _add_given(citation, group)]
    if add_names:
        groups = [g for group in groups for g in _add_names(citation, group)]
    if groups and loaded.root.__dict__.get("_poolrefs_disambiguate_condition"):
        for items in groups:
            for item in items:
                setattr(item.reference, DISAMBIGUATE_KEY, True)
        groups = [g for group in groups for g in _collisions(citation, group, None)]
    if add_suffix:
        for items in groups:
            for index, item in enumerate(items):
                item.reference.year_suffix = String(_suffix(index))
    citation.cites = []


def _flag(element: Any, name: str) -> bool:
    return str(element.get(name, "false")).lower() == "true"


def _collisions(citation: Any, items: list[Any], names: int | None) -> list[list[Any]]:
    layout = citation.layout
    groups: dict[str, list[Any]] = {}
    STATE.names_override = names
    try:
        for item in items:
            citation.cites = []
            layout.repressed = {}
            try:
                text = layout.render_children(item)
            except Exception:  # a citation that cannot render cannot be ambiguous either
                continue
            groups.setdefault(strip_marks(str(text)), []).append(item)
    finally:
        STATE.names_override = None
    return [g for g in groups.values() if len(g) > 1]


def _add_given(citation: Any, group: list[Any]) -> list[list[Any]]:
    STATE.given_override = True
    try:
        remaining = _collisions(citation, group, None)
    finally:
        STATE.given_override = None
    still = [i for g in remaining for i in g]
    for item in group:
        if item not in still:
            setattr(item.reference, GIVEN_KEY, True)
    return remaining


def _add_names(citation: Any, group: list[Any]) -> list[list[Any]]:
    most = max(len(item.reference.get("author", []) or []) for item in group)
    for count in range(2, most + 1):
        remaining = _collisions(citation, group, count)
        if len(remaining) < 1 or sum(map(len, remaining)) < len(group):
            for item in group:
                if not any(item in g for g in remaining):
                    setattr(item.reference, ADDED_NAMES_KEY, count)
            if not remaining:
                return []
            group = [i for g in remaining for i in g]
    return [group]


def _suffix(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def start_bibliography(loaded: Any) -> None:
    """Reset per-bibliography state (the previous entry's names)."""
    if loaded.has_bibliography():
        layout = loaded.root.bibliography.layout
        layout.__dict__.pop("_poolrefs_previous_names", None)
        loaded.root.__dict__["_poolrefs_bib_layout"] = layout  # keep the proxy (and state) alive


def full_note(loaded: Any, bib: Any, item: Any) -> str:
    """A style without ``<bibliography>``: the entry is its first, full citation."""
    loaded.root.citation.cites = []
    citation = Citation([FastCitationItem(item.key)])
    citation.bibliography = bib
    with gbt7714.entry_locale(loaded.root, item.reference):
        return str(loaded.root.citation.layout.render_citation(citation, lambda i: None))


_QUOTE_TERMS = ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")


def finish_entry(loaded: Any, text: str) -> str:
    """Final punctuation and whitespace clean-up of one entry or citation."""
    root = loaded.root
    piq = str(root.get_locale_option("punctuation-in-quote") or "false").lower() == "true"
    quotes = tuple(str(root.get_single_term(n) or "") for n in _QUOTE_TERMS)
    close = quotes[1]
    text = smart_apostrophes(smart_quotes(text, quotes))  # type: ignore[arg-type]
    text = clean_punctuation(text, punctuation_in_quote=piq, close_quote=close)
    return re.sub(r"[ \t]{2,}", " ", text).strip()

