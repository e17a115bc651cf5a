"""Cue words before a volume or an issue number: the one list the parser's number regexes come from.

Each cue is written once, as a regex for the word without its full stop, with how it is printed:
an abbreviation (``vol.``, ``no.``, ``Bd.``) with a full stop, a word (``volume``, ``Heft``)
whole, a sign (``n°``, ``第``) as it is. The regexes built from the list:

* :data:`VOLUME_CUE` and :data:`ISSUE_CUE` find a cue in running text (a title, a container, a
  span that may hold more than the number). Only the cues marked ``in_text`` take part, and
  strictly: an abbreviation needs its full stop and a word its word end, so that ``no``, ``t``
  or ``part`` in a title are not taken for cues.
* :data:`NUMBER_CUE` strips a cue from the head of a span already read as a volume or an
  issue. The full stop is optional there (``Nr 5``, ``Nr.5``) but a cue without one must not
  run on into a letter (``NRW``, ``Nose`` are no cue), and every cue takes part, in list order:
  a whole word comes before the abbreviation it starts with (``number`` before ``num.``,
  ``issue`` before ``iss.``), since the first alternative that matches is the one stripped.

* :data:`ISSUE_HEAD` is the issue cues of :data:`NUMBER_CUE`: an issue cue heading a span
  that holds more than the issue (``n°61. p. 12-14`` read as the pages).

``head`` gives a cue's form at the head of a span where the general one does not fit.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["CUES", "ISSUE_CUE", "ISSUE_HEAD", "NUMBER_CUE", "VOLUME_CUE", "Cue"]


class Cue(NamedTuple):
    """A cue word: its regex, how it is printed, what it marks, and where it counts."""

    word: str
    form: Literal["abbreviation", "word", "sign"]
    marks: Literal["volume", "issue", "part"]
    in_text: bool = False
    head: str | None = None


CUES: tuple[Cue, ...] = (
    # the plural too, and only as a whole word ("Volumen 3" is not "volume" + "n 3")
    Cue("volume", "word", "volume", True, head=r"volumes?\b"),
    Cue("vols?", "abbreviation", "volume", True),
    Cue("bd", "abbreviation", "volume", True),
    Cue("t", "abbreviation", "volume", True, head=r"t\."),  # a lone t only with its full stop
    Cue("tome", "word", "volume", True),
    Cue("number", "word", "issue"),
    Cue("nos?", "abbreviation", "issue", True),
    Cue("n[°º]", "sign", "issue", True, head=r"n[°º]\.?"),
    Cue("num", "abbreviation", "issue"),
    Cue("issue", "word", "issue", True),
    Cue("iss", "abbreviation", "issue"),
    Cue("h", "abbreviation", "issue", head=r"h\."),  # Heft
    Cue("heft", "word", "issue", True),
    Cue("fasc", "abbreviation", "issue"),
    Cue("suppl", "abbreviation", "part"),
    Cue("part", "word", "part"),
    Cue("pt", "abbreviation", "part"),
    Cue("jg", "abbreviation", "volume", True),
    Cue("jahrgang", "word", "volume"),
    Cue("jahrg", "abbreviation", "volume", head=r"jahrg\."),
    # a lone v or n at the head only before a digit: "V" or "XV" alone is a Roman volume
    Cue("v", "abbreviation", "volume", True, head=r"v\.?(?=\s*\d)"),
    Cue("n", "abbreviation", "issue", head=r"n\.?(?=\s*\d)"),
    Cue("第", "sign", "part"),
    Cue("卷", "sign", "volume"),
    Cue("期", "sign", "issue"),
    Cue("号", "sign", "issue"),
    Cue("제", "sign", "part"),
    Cue("nr", "abbreviation", "issue", True),
    Cue("núm", "abbreviation", "issue", True),
    Cue("№", "sign", "issue", True),  # the numero sign, as Russian and Ukrainian journals print it
)


_NO_LETTER = r"(?![^\W\d_])"


def _in_text(cue: Cue) -> str:
    return {"abbreviation": rf"{cue.word}\.", "word": rf"{cue.word}\b", "sign": cue.word}[cue.form]


def _at_head(cue: Cue) -> str:
    if cue.head is not None:
        return cue.head
    if cue.form == "sign":
        return cue.word
    # a letter right after the cue means the span starts with another word ("NRW", "Nose")
    return rf"{cue.word}(?:\.|{_NO_LETTER})" if cue.form == "abbreviation" else rf"{cue.word}{_NO_LETTER}"


def _alternation(parts: list[str]) -> str:
    return "(?:" + "|".join(p for p in parts if p) + ")"


#: A volume cue in running text (match case-insensitively): ``vol.``, ``volume``, ``Bd.``, ``t.``.
VOLUME_CUE = _alternation([_in_text(c) for c in CUES if c.in_text and c.marks == "volume"])
#: An issue cue in running text (match case-insensitively): ``no.``, ``n°``, ``Heft``, ``issue``.
ISSUE_CUE = _alternation([_in_text(c) for c in CUES if c.in_text and c.marks == "issue"])
#: Any cue at the head of a number span (match case-insensitively, anchored by the caller).
NUMBER_CUE = _alternation([_at_head(c) for c in CUES])
#: An issue cue at the head of a span, in the form of :data:`NUMBER_CUE`: ``n°``, ``No``, ``Nr.``.
ISSUE_HEAD = _alternation([_at_head(c) for c in CUES if c.marks == "issue"])
