"""Bracketed words inside or right after a title (see :mod:`poolrefs.parse.boundaries`).

* a bracketed group between two title runs is the title's: ``Naming of the tidal datums``
  + ``(IHO Standards 2013)`` + ``”.``;
* a bracketed group of words right after a title with no stop between, read as a place,
  number, note, publisher or date, is the title's: ``Glacier Basin at Svalbard`` +
  ``(Norway),``. Not an imprint (``(London: Fjord, 1992)``), a date, nor a kind of work
  (``(Doctoral dissertation)``, ``(2nd ed.)``).
"""

from __future__ import annotations

import re

from .runs import label_runs
from .tokens import Token

__all__ = ["fix_title_runs"]

_WORDS_ONLY = re.compile(r"\(\s*[^\W\d_][^():;\d]{0,60}\)[,.]?")
_KIND_OF_WORK = re.compile(r"thes[ie]s|dissertation|report|paper|ed\.|eds\b|edition|trans", re.I)
_AFTER_TITLE = frozenset({"place", "number", "note", "publisher", "date"})


def fix_title_runs(text: str, tokens: list[Token], out: list[str]) -> None:
    """Apply the rules of the module docstring to ``out`` in place."""
    runs = label_runs(out)
    for k in range(1, len(runs)):
        lab, i, j = runs[k]
        if lab == "title" or runs[k - 1][0] != "title" or tokens[i].text != "(":
            continue
        close = _closing(tokens, i, j)
        if close is None:
            continue
        before = tokens[runs[k - 1][2] - 1].text
        sandwiched = close + 1 == j and k + 1 < len(runs) and runs[k + 1][0] == "title"
        group = text[tokens[i].start : tokens[close].end]
        attached = (
            lab in _AFTER_TITLE
            and before not in ".?!"
            and _WORDS_ONLY.fullmatch(text, tokens[i].start, tokens[min(j, close + 2) - 1].end) is not None
            and not _KIND_OF_WORK.search(group)
        )
        if sandwiched or attached:
            for t in range(i, close + 1):
                out[t] = "title"


def _closing(tokens: list[Token], i: int, j: int) -> int | None:
    """Index of the ``)`` closing the ``(`` at ``i`` within the run ``[i, j)``."""
    depth = 0
    for t in range(i, j):
        if tokens[t].text == "(":
            depth += 1
        elif tokens[t].text == ")":
            depth -= 1
            if depth == 0:
                return t
    return None
