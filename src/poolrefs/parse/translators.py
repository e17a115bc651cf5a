"""Translators announced by a cue.

``trans. A. Smith``, ``Translated by``, ``(tr. A. Smith)``, ``Trad.``, ``Übers.``; ``Trans.``
starting a journal name (``Trans. Fjord Math. Soc.``) is not one.
"""

from __future__ import annotations

import bisect
import re

from .namelist import name_list_end
from .namelist import set_label as _set
from .tokens import Token

__all__ = ["translators"]

_TRANSLATOR_CUE = re.compile(
    r"(?:(?<=[.,;(\[\]”\"’]\s)|(?<=[(\[])|^)(?:(?:[Tt]ranslated|[Tt]rans(?:l)?\.?|[Tt]r\.|[Tt]rad(?:uit|\.)?(?:\s+[a-z]{2,3}\.)?)\s+"
    r"(?:by|par|von|de)\s+|(?:[Tt]rans|[Tt]ransl|[Tt]r|[Tt]rad|Übers)\.\s+|\((?:[Tt]rans|[Tt]r)\.\)\s+|übersetzt\s+von\s+)"
)
_ABBREVIATION_NEXT = re.compile(r"\.?\s+[A-Z][a-z]{0,5}\.")


def translators(text: str, tokens: list[Token], starts: list[int], out: list[str]) -> None:
    """``trans. A. Smith``, ``Translated by A. Smith``, ``(tr. A. Smith)``, ``Übers. A. Smith``.

    The cue becomes ``note`` and the names after it ``translator``; translator labels outside
    every cued list are the title (before a cue, in a reference with no title) or take the
    label of the token before them (or of the one after).
    """
    cued: list[tuple[int, int]] = []
    for m in _TRANSLATOR_CUE.finditer(text):
        end = name_list_end(text, m.end())
        journal_like = re.match(r"\(?[Tt]r(?:ans|ansl)?\.\s", m.group()) is not None  # "Trans. Fjord Math. Soc."
        if journal_like and (
            _mostly(tokens, starts, out, m.start(), end, "container") or _ABBREVIATION_NEXT.match(text, end)
        ):
            _translator_to_container(tokens, starts, out, m.start())
            continue  # "Trans. Fjord Math. Soc.": a journal's Transactions
        if end > m.end():
            _set(tokens, starts, out, m.start(), m.end(), "note")
            _set(tokens, starts, out, m.end(), end, "translator")
            cued.append((m.end(), end))
    if not cued:
        return
    no_title = "title" not in out
    for t, tok in enumerate(tokens):
        if out[t] == "translator" and not any(a <= tok.start < b for a, b in cued):
            if no_title and tok.start < cued[0][0]:
                out[t] = "title"  # "———. Title. Trans. A. Smith" read as one translator span
                continue
            before = next((out[k] for k in range(t - 1, -1, -1) if out[k] != "translator"), None)
            after = next((out[k] for k in range(t + 1, len(out)) if out[k] != "translator"), "note")
            out[t] = before if before not in (None, "note", "citation-number") else after


def _translator_to_container(tokens: list[Token], starts: list[int], out: list[str], start: int) -> None:
    """Translator labels from ``start``: the journal (``Trans. Fjord Math. Soc.``), then its volume."""
    i = bisect.bisect_left(starts, start)
    label = "container"
    while i < len(tokens) and out[i] == "translator":
        if tokens[i].text[:1].isdigit():
            label = "volume"
        out[i] = label
        i += 1


def _mostly(tokens: list[Token], starts: list[int], out: list[str], start: int, end: int, label: str) -> bool:
    """Whether most tokens from ``start`` to ``end`` have ``label`` (``IEEE Trans. Ocean. Eng.``)."""
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    return j > i and 2 * sum(out[k] == label for k in range(i, j)) > j - i
