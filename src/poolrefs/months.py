"""Month names: the one table the date reader and the reference parser take their month words from.

Lower case, as printed without a full stop. Each language gives, month by month, the
abbreviations and the full name. Callers build what they need from :func:`month_words` (a
lookup dict, a set, a regex alternation); the spellings without diacritics that ASCII-only
text uses (``fevr``, ``aout``, ``marz``) are derived from the table there, not listed. The
English season names are here too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

__all__ = [
    "ENGLISH", "FRENCH", "GERMAN", "MONTH_WORDS", "SEASONS", "SPANISH", "MonthNames",
    "month_words", "season_of_month",
]  # fmt: skip


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

#: Spanish, with the abbreviations of the RAE list (``ene.``, ``ago.``, ``sept.``, ``dic.``).
SPANISH: tuple[MonthNames, ...] = (
    MonthNames(("ene",), "enero"),
    MonthNames(("feb",), "febrero"),
    MonthNames(("mar",), "marzo"),
    MonthNames(("abr",), "abril"),
    MonthNames(("may",), "mayo"),
    MonthNames(("jun",), "junio"),
    MonthNames(("jul",), "julio"),
    MonthNames(("ago",), "agosto"),
    MonthNames(("sept",), "septiembre"),
    MonthNames(("oct",), "octubre"),
    MonthNames(("nov",), "noviembre"),
    MonthNames(("dic",), "diciembre"),
)

#: English season names with their CSL season numbers (1 spring to 4 winter).
SEASONS: Mapping[str, int] = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def season_of_month(month: object) -> int | None:
    """The season (1-4) a date's month number stands for: 13-16 (CSL-JSON), 21-24 (EDTF).

    Example:
        >>> season_of_month(14), season_of_month(21), season_of_month(5)
        (2, 1, None)
    """
    text = str(month).strip()
    number = int(text) if text.isdigit() else 0
    return number - 12 if 13 <= number <= 16 else number - 20 if 21 <= number <= 24 else None


def month_words(
    *languages: tuple[MonthNames, ...], short: bool = True, full: bool = True, ascii_spellings: bool = False
) -> dict[str, int]:
    """Month words of the given tables, each with its month number (1-12).

    In table order, month by month (each month's abbreviations, then its full name, language
    by language); a word two languages share is given once.

    Args:
        *languages: tables such as :data:`ENGLISH` and :data:`FRENCH`.
        short: include the abbreviations.
        full: include the full names.
        ascii_spellings: after each word with a diacritic, also its spellings without one:
            the letter without its mark (``févr`` -> ``fevr``, ``août`` -> ``aout``,
            ``märz`` -> ``marz``) and, for an umlaut, the letter with an ``e`` (``maerz``).

    Returns:
        An ordered dict from word to month number.

    Examples:
        >>> list(month_words(ENGLISH, full=False))[7:10]
        ['aug', 'sep', 'sept']
        >>> month_words(ENGLISH, FRENCH)["août"]
        8
        >>> [w for w in month_words(GERMAN, ascii_spellings=True) if w.startswith("m")]
        ['märz', 'marz', 'maerz', 'mai']
    """
    out: dict[str, int] = {}
    for number in range(1, 13):
        for table in languages:
            names = table[number - 1]
            for word in (*(names.short if short else ()), *((names.full,) if full else ())):
                out.setdefault(word, number)
                for spelling in _ascii_spellings(word) if ascii_spellings else ():
                    out.setdefault(spelling, number)
    return out


_UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue"}


def _ascii_spellings(word: str) -> tuple[str, ...]:
    """``word`` without its diacritics, and with an umlaut written as its letter and ``e``."""
    if word.isascii():
        return ()
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    with_e = "".join(_UMLAUT_E.get(c, c) for c in word)
    return tuple(dict.fromkeys(w for w in (bare, with_e) if w.isascii() and w != word))


#: Every month word the date readers accept (``parse_date_text``, the BibTeX month field): all
#: the tables above, with the spellings of ASCII-only text.
MONTH_WORDS: Mapping[str, int] = month_words(ENGLISH, FRENCH, GERMAN, SPANISH, ascii_spellings=True)
