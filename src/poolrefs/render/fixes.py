"""placeholder"""
from __future__ import annotations
from typing import Any
from citeproc import Citation, CitationItem
ELEMENT_CLASSES: dict[str, Any] = {}
def prepare_style(root: Any) -> None:
    pass
def disambiguate(loaded: Any, bib: Any) -> None:
    pass
def full_note(loaded: Any, bib: Any, item: Any) -> str:
    layout = loaded.root.citation.layout
    loaded.root.citation.cites = []
    return str(layout.render_citation(Citation([CitationItem(item.key)]), lambda i: None) )
def finish_entry(loaded: Any, text: str) -> str:
    return text
