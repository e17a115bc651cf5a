"""The month-name table and the readers built from it."""

from __future__ import annotations

import pytest

from poolrefs import parse_date_text
from poolrefs.months import ENGLISH, FRENCH, GERMAN, month_words
from poolrefs.parse.fields import clean_date
from poolrefs.parse.reshape import reshape


def test_tables_have_twelve_months() -> None:
    for table in (ENGLISH, FRENCH, GERMAN):
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
