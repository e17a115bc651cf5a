"""Language-aware terms for Chinese styles (GB/T 7714 and its relatives).

GB/T 7714 wants "等" after a Chinese author list and "et al." after an English one. The
official CSL style can only say so through a CSL-M extension (``<layout locale="en">``) that
citeproc-py ignores, so for styles whose default locale is Chinese each entry's terms come from
the entry's own language: for a non-Chinese entry the locale list becomes the style's own
locale for that language, its language-neutral locale, then the system locale. Latin-script
family names stay in capitals (the style's ``name-part`` does that) and CJK names unspaced
(:class:`poolrefs.render.fixes.Name`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS

from .source import LANG_KEY

__all__ = ["entry_locale", "is_multilingual"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NS = {"cs": "http://purl.org/net/xbiblio/csl"}


def is_multilingual(root: Any) -> bool:
    """Styles whose default locale is Chinese get per-entry terms."""
    return str(root.get("default-locale") or "").lower().startswith("zh")


def _locales_for(root: Any, language: str) -> list[Any]:
    cache: dict[str, list[Any]] = root.__dict__.setdefault("_poolrefs_entry_locales", {})
    if language in cache:
        return cache[language]
    chosen: list[Any] = []
    dialect = PRIMARY_DIALECTS.get(language, language)
    for lang in (dialect, language, None):
        for loc in root.findall("cs:locale", _NS):
            if loc.get(_XML_LANG) == lang and loc not in chosen:
                chosen.append(loc)
    loader = getattr(root, "system_locale_loader", None)
    if loader is not None:
        for name in (dialect, "en-US"):
            if name in LANGUAGE_NAMES:
                system = loader(name)
                system.style = root
                chosen.append(system)
    chosen.extend(loc for loc in root.locales if loc not in chosen)
    cache[language] = chosen
    return chosen


@contextmanager
def entry_locale(root: Any, reference: Any) -> Iterator[None]:
    """Within the block, terms and dates come from the entry's language (Chinese styles)."""
    language = reference.get(LANG_KEY) if hasattr(reference, "get") else None
    style_language = str(root.get("default-locale") or "en").split("-")[0].lower()
    if not language or not is_multilingual(root) or language == style_language:
        yield
        return
    saved = root.locales
    root.locales = _locales_for(root, language)
    try:
        yield
    finally:
        root.locales = saved
