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

__all__ = ["FORMATS", "MarkFormatter", "markup_to_marks", "serialize", "strip_marks"]

FORMATS = ("text", "html", "markdown")

# One private-use code point per opening mark; closing mark = opening + 0x10.
_KINDS = ("i", "b", "sc", "sup", "sub", "u", "light", "left", "right")
_OPEN = {kind: chr(0xE000 + i) for i, kind in enumerate(_KINDS)}
_CLOSE = {kind: chr(0xE010 + i) for i, kind in enumerate(_KINDS)}
_ANY_MARK = re.compile("[\ue000-\ue01f]")
#: marks around the label column and the rest of an entry (``second-field-align``)
LEFT = (_OPEN["left"], _CLOSE["left"])
RIGHT = (_OPEN["right"], _CLOSE["right"])
MARKS = frozenset(_OPEN.values()) | frozenset(_CLOSE.values())


def strip_marks(text: str) -> str:
    """Remove poolrefs's formatting marks (private-use characters) from ``text``."""
    return _ANY_MARK.sub("", text)


_INPUT_TAGS = {
    "i": r"<i>", "b": r"<b>", "sup": r"<sup>", "sub": r"<sub>", "sc": r"<sc>",
}  # fmt: skip
_INPUT_SC = re.compile(r'<span style="font-variant:\s*small-caps;?">(.*?)</span>', re.S)


def markup_to_marks(text: str) -> str:
    """The rich-text subset citeproc-js reads in field values becomes formatting marks.

    ``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<sc>`` and small-caps spans; balanced pairs only,
    anything else stays literal text (and is escaped on output).
    """
    if "<" not in text:
        return text
    for kind, tag in _INPUT_TAGS.items():
        close = tag.replace("<", "</")
        pattern = re.compile(f"{tag}((?:(?!{tag}).)*?){close}", re.S)
        text = pattern.sub(f"{_OPEN[kind]}\\1{_CLOSE[kind]}", text)
    return _INPUT_SC.sub(lambda m: _OPEN["sc"] + m.group(1) + _CLOSE["sc"], text)


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
    "left": ('<div class="csl-left-margin">', "</div>"),
    "right": ('<div class="csl-right-inline">', "</div>"),
}
_MD_TAGS = {
    "i": ("*", "*"),
    "b": ("**", "**"),
    "sc": ("", ""),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "u": ("", ""),
    "light": ("", ""),
    "left": ("", ""),
    "right": ("", ""),
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


_NORMAL = {
    "i": ('<span style="font-style:normal;">', "</span>"),
    "b": ('<span style="font-weight:normal;">', "</span>"),
    "sc": ('<span style="font-variant:normal;">', "</span>"),
}
_KIND_OF = {ch: kind for kind, ch in _OPEN.items()} | {ch: kind for kind, ch in _CLOSE.items()}


def _replace_marks(text: str, tags: dict[str, tuple[str, str]], flip: bool = False) -> str:
    """Marks to markup; with ``flip``, a style nested in itself turns normal (flip-flop)."""
    out = []
    depth = dict.fromkeys(_KINDS, 0)
    opened: list[tuple[str, str]] = []
    for ch in text:
        kind = _KIND_OF.get(ch)
        if kind is None:
            out.append(ch)
        elif ch == _OPEN[kind]:
            nested = flip and kind in _NORMAL and depth[kind] % 2 == 1
            start, end = _NORMAL[kind] if nested else tags[kind]
            depth[kind] += 1
            opened.append((kind, end))
            out.append(start)
        else:
            for index in range(len(opened) - 1, -1, -1):
                if opened[index][0] == kind:
                    out.append(opened.pop(index)[1])
                    depth[kind] -= 1
                    break
    return "".join(out)


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
        return _replace_marks(html.escape(marked, quote=False), _HTML_TAGS, flip=True)
    if fmt == "markdown":
        escaped = _MD_SPECIAL.sub(r"\\\1", marked)
        escaped = re.sub(r"^(\d+)\.", r"\1\\.", escaped)
        return _replace_marks(escaped, _MD_TAGS)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
