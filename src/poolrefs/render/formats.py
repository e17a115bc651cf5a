"""Output formats: one engine rendering, serialised as text, HTML or Markdown.

The engine renders with a *marking* formatter: font styles become pairs of private-use
characters around the text instead of tags. Serialising then escapes every character of the
rendered text for the target format (so a title ``<script>`` stays text in HTML) and only
afterwards turns the marks into markup. Marks are stripped from input values beforehand.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

__all__ = ["FORMATS", "MarkFormatter", "serialize", "strip_marks"]

FORMATS = ("text", "html", "markdown")

# One private-use code point per opening mark; closing mark = opening + 0x10.
_KINDS = ("i", "b", "sc", "sup", "sub", "u", "light")
_OPEN = {kind: chr(0xE000 + i) for i, kind in enumerate(_KINDS)}
_CLOSE = {kind: chr(0xE010 + i) for i, kind in enumerate(_KINDS)}
_ANY_MARK = re.compile("[\ue000-\ue01f]")
MARKS = frozenset(_OPEN.values()) | frozenset(_CLOSE.values())


def strip_marks(text: str) -> str:
    """Remove poolrefs's formatting marks (private-use characters) from ``text``."""
    return _ANY_MARK.sub("", text)


def _wrapper(kind: str) -> Callable[[object], str]:
    def wrap(text: object) -> str:
        return f"{_OPEN[kind]}{text}{_CLOSE[kind]}"

    wrap.__name__ = kind
    return wrap


class MarkFormatter:
    """A citeproc-py formatter (module-like object) that marks instead of tagging."""

    Italic = staticmethod(_wrapper("i"))
    Oblique = staticmethod(_wrapper("i"))
    Bold = staticmethod(_wrapper("b"))
    Light = staticmethod(_wrapper("light"))
    Underline = staticmethod(_wrapper("u"))
    Superscript = staticmethod(_wrapper("sup"))
    Subscript = staticmethod(_wrapper("sub"))
    SmallCaps = staticmethod(_wrapper("sc"))

    @staticmethod
    def preformat(text: object) -> str:
        """Values stay raw: escaping happens once, at serialisation."""
        return str(text)


_HTML_TAGS = {
    "i": ("<i>", "</i>"),
    "b": ("<b>", "</b>"),
    "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "u": ('<span style="text-decoration:underline;">', "</span>"),
    "light": ('<span style="font-weight:lighter;">', "</span>"),
}
_MD_TAGS = {
    "i": ("*", "*"),
    "b": ("**", "**"),
    "sc": ("", ""),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "u": ("", ""),
    "light": ("", ""),
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def _replace_marks(text: str, tags: dict[str, tuple[str, str]]) -> str:
    for kind in _KINDS:
        start, end = tags[kind]
        text = text.replace(_OPEN[kind], start).replace(_CLOSE[kind], end)
    return text


def _drop_empty_marks(text: str) -> str:
    for kind in _KINDS:
        text = text.replace(_OPEN[kind] + _CLOSE[kind], "")
    return text


def serialize(marked: str, fmt: str) -> str:
    """Turn an engine rendering into ``fmt`` (``text``, ``html`` or ``markdown``)."""
    marked = _drop_empty_marks(marked)
    if fmt == "text":
        return strip_marks(marked)
    if fmt == "html":
        return _replace_marks(html.escape(marked, quote=False), _HTML_TAGS)
    if fmt == "markdown":
        escaped = _MD_SPECIAL.sub(r"\\\1", marked)
        escaped = re.sub(r"^(\d+)\.", r"\1\\.", escaped)
        return _replace_marks(escaped, _MD_TAGS)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
