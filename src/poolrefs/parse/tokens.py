"""Tokenizer for reference strings: works with or without spaces, in any script.

One regular-expression pass, linear in the input length. URLs, DOIs, ISO dates and GB/T 7714
type codes (``[J]``, ``[EB/OL]``) are single tokens; runs of CJK characters are single tokens
(fields in Chinese references are delimited by punctuation, not spaces); every other
punctuation character, full-width ones included, is its own token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

_CJK_CHARS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\U00020000-\U0002fa1f\u3005\u3007"
)
_HAS_CJK = re.compile(f"[{_CJK_CHARS}]")
_PIECES = re.compile(f"(?P<cjk>[{_CJK_CHARS}]+)|(?P<word>[^{_CJK_CHARS}]+)")
_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?|ftp)://[^\s<>"，。；、（）【】]+|www\.[^\s<>"，。；、（）【】]+)
  | (?P<doi>10\.\d{{3,9}}/[^\s<>"，。；、（）【】]+)
  | (?P<code>\[[A-Z]{{1,3}}(?:/[A-Z]{{1,3}})?\])
  | (?P<isodate>\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d))
  | (?P<cjk>[{_CJK_CHARS}]+)
  | (?P<word>[^\W_]+(?:['’][^\W\d_]+)*)
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)


class Token(NamedTuple):
    """One token: its text, kind and character span in the input."""

    text: str
    kind: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split a reference string into tokens.

    Example:
        >>> [t.text for t in tokenize("张建.论专利联盟[J].学报,2016,(5):133-138.")][:6]
        ['张建', '.', '论专利联盟', '[J]', '.', '学报']
    """
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group()
        end = match.end()
        if kind == "word":
            if value.isdecimal():
                kind = "num"
            elif _HAS_CJK.search(value):  # letters run into CJK characters: split them
                tokens.extend(_split_mixed(value, match.start()))
                continue
        if kind in ("url", "doi"):
            trimmed = value.rstrip(".,;:)]}>'\"")
            if trimmed.count("(") > trimmed.count(")") and value[len(trimmed) :].startswith(")"):
                trimmed += ")"
            if trimmed != value and len(trimmed) > 4:
                end = match.start() + len(trimmed)
                tokens.append(Token(trimmed, kind, match.start(), end))
                tokens.extend(_rest(text, end, match.end()))
                continue
        tokens.append(Token(value, kind, match.start(), end))
    return tokens


def _rest(text: str, start: int, end: int) -> list[Token]:
    return [Token(text[i], "punct", i, i + 1) for i in range(start, end) if not text[i].isspace()]


def _split_mixed(value: str, offset: int) -> list[Token]:
    out = []
    for m in _PIECES.finditer(value):
        kind = m.lastgroup or "word"
        if kind == "word" and m.group().isdecimal():
            kind = "num"
        out.append(Token(m.group(), kind, offset + m.start(), offset + m.end()))
    return out
