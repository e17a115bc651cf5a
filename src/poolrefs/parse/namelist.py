"""Name lists in reference text, and relabelling token ranges (shared by the relabel rules)."""

from __future__ import annotations

import bisect
import re

from .tokens import Token

__all__ = ["INITIALISH", "PARTICLES", "name_list_end", "set_label"]

PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten",
     "bin", "ibn", "al", "el", "st"]
)  # fmt: skip
INITIALISH = re.compile(r"(?:[A-Z]\.)+(?:\s?-?[A-Z]\.)*|-?[A-Z]\.?(?:-[A-Z]\.?)*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_WORD = re.compile(r"[^\s,;()\[\]]+")


def set_label(tokens: list[Token], starts: list[int], out: list[str], start: int, end: int, label: str) -> None:
    """Give ``label`` to the tokens starting from ``start`` to ``end`` (URL tokens keep theirs)."""
    i = bisect.bisect_left(starts, start)
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].kind != "url":
            out[i] = label
        i += 1


def name_list_end(text: str, start: int) -> int:
    """Where a list of personal names starting at ``start`` ends (``start`` if none).

    Names are runs of one to five capitalised words, initials or particles joined by ``,``,
    ``and`` and ``&``. A comma ends the list once ``and`` has been seen, or when no ``and``
    follows within the next few names; a full stop after a word that is not an initial ends
    it; so does any word that is not part of a name.
    """
    end = start
    pos = start
    seen_and = False
    words = 0
    limit = min(len(text), start + 300)
    while pos < limit:
        while pos < limit and text[pos] == " ":
            pos += 1
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group()
        core = word.rstrip(".:") if not INITIALISH.fullmatch(word) else word
        if core in ("and", "&"):
            seen_and = True
            words = 0
            pos = m.end()
            continue
        if not (INITIALISH.fullmatch(core) or (core[:1].isupper() and _NAME_WORD.fullmatch(core))
                or core in PARTICLES):
            break
        words += 1
        if words > 5:
            break
        end = pos + len(core)
        pos = m.end()
        if word != core and not INITIALISH.fullmatch(word):
            break  # "Smith." ends the list
        if pos < len(text) and text[pos] in ",;":
            if seen_and or not _and_ahead(text, pos + 1):
                break
            pos += 1
            words = 0
    return end


def _and_ahead(text: str, pos: int) -> bool:
    ahead = text[pos : pos + 120]
    m = re.match(r"(?:\s*[^,;()]{1,40}?,)*?\s*(?:and|&)\s", ahead)
    return m is not None and "." not in re.sub(r"\b[A-Z]\.", "", ahead[: m.end()])
