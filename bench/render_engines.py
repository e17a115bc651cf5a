"""The Python-side renderers the benches compare with citeproc-js.

``poolrefs``: ``poolrefs.render_bibliography`` / ``render_citations`` (present once the renderer
is merged); ``citeproc-py``: plain citeproc-py on the same style XML and locales as citeproc-js
(dependent styles resolved the same way), the baseline the renderer corrects. Each returns one
plain string per entry; ``available()`` lists the engines importable in this checkout.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import citeproc_js

Item = dict[str, Any]
Renderer = Callable[[Sequence[Item], str, str], list[str]]
CitationRenderer = Callable[[Sequence[Item], str, Sequence[Sequence[str]], str], list[str]]


def _refs(items: Sequence[Item]) -> list[Any]:
    from poolrefs import Reference

    return [Reference.from_csl(item) for item in citeproc_js.clean_items(items)]


def poolrefs_bibliography(items: Sequence[Item], style: str, format: str = "text") -> list[str]:
    import poolrefs

    return list(poolrefs.render_bibliography(_refs(items), style=style, format=format))


def poolrefs_citations(
    items: Sequence[Item], style: str, clusters: Sequence[Sequence[str]], format: str = "text"
) -> list[str]:
    import poolrefs

    refs = {item["id"]: ref for item, ref in zip(items, _refs(items), strict=True)}
    groups = [[refs[key] for key in cluster] for cluster in clusters]
    return list(poolrefs.render_citations(groups, style=style, format=format))


_STYLES: dict[str, Any] = {}


def _citeproc_py_bib(items: Sequence[Item], style: str, format: str) -> Any:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
    from citeproc import formatter as formatters
    from citeproc.source.json import CiteProcJSON

    if style not in _STYLES:
        xml = citeproc_js.style_xml(style).encode("utf-8")
        _STYLES[style] = CitationStylesStyle(io.BytesIO(xml), validate=False)
    fmt = formatters.html if format == "html" else formatters.plain
    source = CiteProcJSON(citeproc_js.clean_items(items))
    bib = CitationStylesBibliography(_STYLES[style], source, fmt)
    return bib, Citation, CitationItem


def citeproc_py_bibliography(items: Sequence[Item], style: str, format: str = "text") -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib, citation, citation_item = _citeproc_py_bib(items, style, format)
        cites = [citation([citation_item(item["id"])]) for item in items]
        for cite in cites:
            bib.register(cite)
        if bib.style.root.bibliography is None:
            return [str(bib.cite(cite, lambda _: None)) for cite in cites]
        bib.sort()
        return [str(entry) for entry in bib.bibliography()]


def citeproc_py_citations(
    items: Sequence[Item], style: str, clusters: Sequence[Sequence[str]], format: str = "text"
) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib, citation, citation_item = _citeproc_py_bib(items, style, format)
        cites = [citation([citation_item(key) for key in cluster]) for cluster in clusters]
        for cite in cites:
            bib.register(cite)
        return [str(bib.cite(cite, lambda _: None)) for cite in cites]


def has_poolrefs_renderer() -> bool:
    try:
        import poolrefs
    except ImportError:
        return False
    return hasattr(poolrefs, "render_bibliography") and hasattr(poolrefs, "render_citations")


BIBLIOGRAPHY: dict[str, Renderer] = {
    "poolrefs": poolrefs_bibliography,
    "citeproc-py": citeproc_py_bibliography,
}
CITATIONS: dict[str, CitationRenderer] = {
    "poolrefs": poolrefs_citations,
    "citeproc-py": citeproc_py_citations,
}


def available() -> list[str]:
    """Engine names usable here: ``poolrefs`` only when its renderer is present."""
    return [name for name in BIBLIOGRAPHY if name != "poolrefs" or has_poolrefs_renderer()]
