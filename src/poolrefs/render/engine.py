"""Loading CSL styles into citeproc-py with poolrefs's corrected element classes.

The style XML is parsed with a safe parser (no entity expansion, no network) and an element
class lookup that maps each CSL element to its corrected subclass from :mod:`.fixes` (falling
back to citeproc-py's own class), so plain citeproc-py elsewhere in the process is untouched.
Parsed styles are cached per (file, locale).
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from typing import Any

from citeproc import LANGUAGE_NAMES, LOCALES_PATH, PRIMARY_DIALECTS
from citeproc.frontend import CitationStylesStyle
from citeproc.model import CitationStylesElement
from lxml import etree

from ..errors import FormatError, UnknownNameError
from . import fixes
from .formats import MarkFormatter
from .style_check import CSL_NS, check_style
from .style_file import parse_style_file, safe_parser, style_file_error
from .styles import StyleInfo

__all__ = ["LoadedStyle", "load_style", "plain_lookup", "render_lock"]

_NSMAP = {"cs": CSL_NS, "xml": "http://www.w3.org/XML/1998/namespace"}

#: citeproc-py's style objects are not re-entrant (layouts keep per-item state).
render_lock = threading.RLock()


class _Memo:
    """Speed: memoise ``xpath_search`` and ``get_root`` per element.

    A parsed style is never
    modified after :func:`fixes.prepare_style`, and :class:`LoadedStyle` keeps every element
    proxy alive, so the per-proxy caches stay valid for the style's lifetime.
    """

    def xpath_search(self, expression: str) -> Any:
        cache = self.__dict__.setdefault("_poolrefs_xpath", {})
        try:
            return cache[expression]
        except KeyError:
            result = cache[expression] = super().xpath_search(expression)  # type: ignore[misc]
            return result

    def get_formatter(self) -> Any:
        return MarkFormatter  # poolrefs always renders marked text (see .formats)

    def preformat(self, text: Any) -> Any:
        return text

    def get_root(self) -> Any:
        root = self.__dict__.get("_poolrefs_root")
        if root is None:
            root = self.__dict__["_poolrefs_root"] = super().get_root()  # type: ignore[misc]
        return root


@functools.lru_cache(maxsize=2)
def _class_table(fixed: bool) -> dict[str | None, type[CitationStylesElement]]:
    table: dict[str | None, type[CitationStylesElement]] = {None: CitationStylesElement}
    for cls in CitationStylesElement.__subclasses__():
        tag = cls.__name__.replace("_", "-").lower()
        table[tag] = cls
    if fixed:
        table.update(fixes.ELEMENT_CLASSES)
        for tag, cls in list(table.items()):
            table[tag] = type(cls.__name__, (_Memo, cls), {"__doc__": cls.__doc__})
    return table


def _parser(fixed: bool) -> etree.XMLParser:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    for tag, cls in _class_table(fixed).items():
        namespace[tag] = cls
    parser = safe_parser()
    parser.set_element_class_lookup(lookup)
    return parser


def plain_lookup() -> etree.XMLParser:
    """A safe parser with citeproc-py's own classes (for comparisons in benches)."""
    return _parser(False)


@functools.lru_cache(maxsize=64)
def _locale_bytes(locale: str) -> bytes:
    path = Path(LOCALES_PATH) / f"locales-{locale}.xml"
    return path.read_bytes()


class LoadedStyle(CitationStylesStyle):  # type: ignore[misc]
    """A citeproc-py style parsed safely with corrected element classes."""

    def __init__(self, path: Path, locale: str | None = None, *, fixed: bool = True):
        self._parser = _parser(fixed)
        self.fixed = fixed
        self.xml = parse_style_file(path, self._parser)
        self.root = self.xml.getroot()
        check_style(self.root, str(path))
        if not isinstance(self.root, CitationStylesElement) or self.root.citation is None:
            raise FormatError(
                "a dependent style, not an independent one (it has no <citation>)",
                source=str(path), line=self.root.sourceline,
            )
        self.locale = locale or self.root.get("default-locale") or "en-US"
        self.root.poolrefs_fixed = fixed
        if fixed:
            fixes.prepare_style(self.root)
        self._set_locales(self.locale)
        # keep every element proxy (and so its caches and state) alive with the style
        self._alive = list(self.root.iter())
        for loc in self.root.locales:
            self._alive.extend(loc.iter())

    def _system_locale(self, name: str) -> Any:
        root = etree.fromstring(_locale_bytes(name), self._parser)
        if hasattr(self, "_alive"):
            self._alive.extend(root.iter())
        return root

    def _set_locales(self, output_locale: str) -> None:
        """citeproc-py's ``set_locale_list``, reading locale files through our parser."""
        root = self.root
        root.locales = []
        added: set[str] = set()

        def in_style(lang: str | None) -> None:
            expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
            root.locales.extend(root.xpath(expr, namespaces=_NSMAP)[:1])

        def system(lang: str) -> None:
            if lang not in added and lang in LANGUAGE_NAMES:
                root.locales.append(self._system_locale(lang))
                added.add(lang)

        language = output_locale.split("-")[0]
        in_style(output_locale)
        in_style(language)
        in_style(None)
        system(output_locale)
        if language in PRIMARY_DIALECTS:
            system(PRIMARY_DIALECTS[language])
        system("en-US")
        for loc in root.locales:
            loc.style = root
        root.system_locale_loader = self._system_locale


@functools.lru_cache(maxsize=128)
def _load_cached(path: str, mtime: float, locale: str | None, fixed: bool) -> LoadedStyle:
    return LoadedStyle(Path(path), locale, fixed=fixed)


def load_style(info: StyleInfo, *, locale: str | None = None, fixed: bool = True) -> LoadedStyle:
    """The parsed style for ``info`` (cached), in ``locale`` or the style's own locale."""
    try:
        mtime = os.stat(info.path).st_mtime
    except OSError as exc:
        raise style_file_error(info.path, exc) from exc
    wanted = locale or info.locale
    if wanted is not None and wanted not in LANGUAGE_NAMES and wanted not in PRIMARY_DIALECTS:
        origin = "" if locale else f" (the default-locale of dependent style {info.id!r})"
        raise UnknownNameError(
            "locale", wanted, list(LANGUAGE_NAMES), message=f"unknown locale {wanted!r}{origin}"
        )
    if wanted in PRIMARY_DIALECTS and wanted not in LANGUAGE_NAMES:
        wanted = PRIMARY_DIALECTS[wanted]
    return _load_cached(str(info.path), mtime, wanted, fixed)
