"""The month-name table and the readers built from it."""

from __future__ import annotations

import pytest

from poolrefs import parse_date_text
from poolrefs.months import ENGLISH, FRENCH, GERMAN, SPANISH, month_words
from poolrefs.parse.fields import clean_date
from poolrefs.parse.reshape import reshape


def test_tables_have_twelve_months() -> None:
    for table in (ENGLISH, FRENCH, GERMAN, SPANISH):
        assert len(table) == 12
        assert all(names.full for names in table)


def test_month_words_order_and_flags() -> None:
    assert list(month_words(ENGLISH, full=False))[:3] == ["jan", "feb", "mar"]
    assert list(month_words(ENGLISH, short=False))[-1] == "december"
    words = month_words(ENGLISH, FRENCH)
    assert list(words).count("sept") == 1  # English and French share it
    assert list(words)[:4] == ["jan", "january", "janv", "janvier"]
    assert (words["mai"], words["juillet"], words["déc"]) == (5, 7, 12)
    assert month_words(GERMAN, short=False)["oktober"] == 10
    assert month_words() == {}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("3 Oktober 2016", [[2016, 10, 3]]),
        ("juillet 2015", [[2015, 7]]),
        ("Sept. 9, 2001", [[2001, 9, 9]]),
        ("14 févr. 2020", [[2020, 2, 14]]),
    ],
)
def test_date_reader_reads_table_words(text: str, parts: list[list[int]]) -> None:
    date = parse_date_text(text)
    assert date is not None and date.parts == parts


_EVERY_WORD = month_words(ENGLISH, FRENCH, GERMAN, SPANISH, ascii_spellings=True)


@pytest.mark.parametrize(("word", "number"), sorted(_EVERY_WORD.items()))
def test_date_reader_reads_every_month_word_of_the_table(word: str, number: int) -> None:
    for text, parts in [
        (f"{word} 2016", [2016, number]),
        (f"{word.capitalize()}. 2016", [2016, number]),
        (f"3 {word} 2016", [2016, number, 3]),
        (f"3. {word.capitalize()} 2016", [2016, number, 3]),
        (f"{word.upper()} 3, 2016", [2016, number, 3]),
    ]:
        date = parse_date_text(text)
        assert date is not None and date.parts == [parts], text


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("janvier 2015", [[2015, 1]]), ("14 février 2020", [[2020, 2, 14]]), ("déc. 2019", [[2019, 12]]),
        ("3. März 2016", [[2016, 3, 3]]), ("15 dic. 2019", [[2019, 12, 15]]), ("agosto 2001", [[2001, 8]]),
        ("de\u0301c. 2019", [[2019, 12]]),  # decomposed accent
        ("1er janvier 2016", [[2016, 1, 1]]),  # the French ordinal of the first day
        # what the reader read before the table was complete stays readable
        ("fevr. 2020", [[2020, 2]]), ("marz 2016", [[2016, 3]]), ("aout 2015", [[2015, 8]]),
        ("enero 2010", [[2010, 1]]), ("5 mayo 2011", [[2011, 5, 5]]),
    ],
)  # fmt: skip
def test_date_reader_reads_french_german_spanish_and_ascii_spellings(text: str, parts: list[list[int]]) -> None:
    date = parse_date_text(text)
    assert date is not None and date.parts == parts


@pytest.mark.parametrize("text", ["Mayday 2016", "3 Foo 2016", "五月 2016", "Dece 2016"])
def test_date_reader_reads_no_other_word(text: str) -> None:
    assert parse_date_text(text) is None


def test_ascii_spellings_are_derived_from_the_table() -> None:
    assert "aout" not in month_words(FRENCH)
    french = month_words(FRENCH, ascii_spellings=True)
    assert (french["aout"], french["fevr"], french["fevrier"], french["decembre"], french["dec"]) == (8, 2, 2, 12, 12)
    assert list(french)[:6] == ["janv", "janvier", "févr", "fevr", "février", "fevrier"]
    german = month_words(GERMAN, ascii_spellings=True)
    assert (german["marz"], german["maerz"]) == (3, 3)
    assert list(month_words(ENGLISH, FRENCH, ascii_spellings=True)).count("dec") == 1
    assert all(w.isascii() for w in month_words(ENGLISH, SPANISH, ascii_spellings=True))


def test_vancouver_date_takes_first_three_letters() -> None:
    date = clean_date("2020 Sept 5")
    assert date is not None and date.parts == [[2020, 9, 5]]


@pytest.mark.parametrize("month", ["décembre", "Déc.", "juil", "Sept", "november"])
def test_month_at_end_of_place_goes(month: str) -> None:
    raw = {"title": "Les marées", "place": f"Lyon, {month}", "publisher": "Presses"}
    reshape(raw, f"Les marées. Lyon, {month}: Presses, 2016.")
    assert raw["place"] == "Lyon"


def test_place_ending_in_other_word_stays() -> None:
    raw = {"title": "Les marées", "place": "Lyon, Rhône", "publisher": "Presses"}
    reshape(raw, "Les marées. Lyon, Rhône: Presses, 2016.")
    assert raw["place"] == "Lyon, Rhône"
