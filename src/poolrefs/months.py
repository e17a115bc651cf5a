"""Month names: the one table the date reader and the reference parser take their month words from.

Lower case, as printed without a full stop. Each language gives, month by month, the
abbreviations and the full name. Callers build what they need from :func:`month_words` (a
lookup dict, a set, a regex alternation). The English season names are here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

__all__ = ["ENGLISH", "FRENCH", "GERMAN", "SEASONS", "MonthNames", "month_words"]


class MonthNames(NamedTuple):
    """One month's names in one language: its abbreviations and its full name."""

    short: tuple[str, ...]
    full: str


ENGLISH: tuple[MonthNames, ...] = (
    MonthNames(("jan",), "january"),
    MonthNames(("feb",), "february"),
    MonthNames(("mar",), "march"),
    MonthNames(("apr",), "april"),
    MonthNames(("may",), "may"),
    MonthNames(("jun",), "june"),
    MonthNames(("jul",), "july"),
    MonthNames(("aug",), "august"),
    MonthNames(("sep", "sept"), "september"),
    MonthNames(("oct",), "october"),
    MonthNames(("nov",), "november"),
    MonthNames(("dec",), "december"),
)

#: French, with the abbreviations of the BnF list (``janv.``, ``févr.``, ``juil.``, ``déc.``).
FRENCH: tuple[MonthNames, ...] = (
    MonthNames(("janv",), "janvier"),
    MonthNames(("févr",), "février"),
    MonthNames((), "mars"),
    MonthNames(("avr",), "avril"),
    MonthNames((), "mai"),
    MonthNames((), "juin"),
    MonthNames(("juil",), "juillet"),
    MonthNames((), "août"),
    MonthNames(("sept",), "septembre"),
    MonthNames(("oct",), "octobre"),
    MonthNames(("nov",), "novembre"),
    MonthNames(("déc",), "décembre"),
)

GERMAN: tuple[MonthNames, ...] = tuple(
    MonthNames((), name)
    for name in (
        "januar", "februar", "märz", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "dezember",
    )
)  # fmt: skip

#: English season names with their CSL season numbers (1 spring to 4 winter).
SEASONS: Mapping[str, int] = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def month_words(
    *languages: tuple[MonthNames, ...], short: bool = True, full: bool = True
) -> dict[str, int]:
    """Month words of the given tables, each with its month number (1-12).

    In table order, month by month (each month's abbreviations, then its full name, language
    by language); a word two languages share is given once.

    Args:
        *languages: tables such as :data:`ENGLISH` and :data:`FRENCH`.
        short: include the abbreviations.
        full: include the full names.

    Returns:
        An ordered dict from word to month number.

    Examples:
        >>> list(month_words(ENGLISH, full=False))[7:10]
        ['aug', 'sep', 'sept']
        >>> month_words(ENGLISH, FRENCH)["août"]
        8
    """
    out: dict[str, int] = {}
    for number in range(1, 13):
        for table in languages:
            names = table[number - 1]
            for word in (*(names.short if short else ()), *((names.full,) if full else ())):
                out.setdefault(word, number)
    return out
