"""AnyStyle spans read as CSL variables (bench/gold_numbers.py, bench/gold.py, bench/scoring.py).

Examples are the project's own: made-up journal numbering in the shapes AnyStyle labels
``volume`` (and ``pages``), never strings from the peer suites.
"""

from __future__ import annotations

import pytest

from tests.bench_modules import load_bench

scoring = load_bench("scoring")
gold = load_bench("gold")
numbers = load_bench("gold_numbers")


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # volume prefixes are not part of the value
        ("v. 31,", {"volume": "31"}),
        ("V. 8,", {"volume": "8"}),
        ("vol. 12.", {"volume": "12"}),
        ("Volume 7,", {"volume": "7"}),
        ("Volume Three,", {"volume": "Three"}),
        ("Bd. 14", {"volume": "14"}),
        ("t. 2,", {"volume": "2"}),
        ("tome 5", {"volume": "5"}),
        ("Jg. 61,", {"volume": "61"}),
        ("v, 52,", {"volume": "52"}),
        ("(Vol. 6,", {"volume": "6"}),
        ("vols. 2–4.", {"volume": "2–4"}),
        ("XXII,", {"volume": "XXII"}),
        # a lone issue-marked number is the issue
        ("no. 17,", {"issue": "17"}),
        ("No. 2213,", {"issue": "2213"}),
        ("n°88.", {"issue": "88"}),
        ("n° 7,", {"issue": "7"}),
        ("n. 11-12", {"issue": "11-12"}),
        ("Nr. 4", {"issue": "4"}),
        ("Heft 3", {"issue": "3"}),
        ("et n° 9,", {"issue": "9"}),
        # volume and issue
        ("52(7),", {"volume": "52", "issue": "7"}),
        ("52 (7):", {"volume": "52", "issue": "7"}),
        ("52, (7),", {"volume": "52", "issue": "7"}),
        ("vol. 52, no. 7,", {"volume": "52", "issue": "7"}),
        ("Vol. 52 No. 7", {"volume": "52", "issue": "7"}),
        ("Vol. XII (No. 31),", {"volume": "XII", "issue": "31"}),
        ("vol.3; n2,", {"volume": "3", "issue": "2"}),
        ("52.7", {"volume": "52", "issue": "7"}),
        ("(52)7:", {"volume": "52", "issue": "7"}),
        ("52(3-4):", {"volume": "52", "issue": "3-4"}),
        ("52 (Spring):", {"volume": "52", "issue": "Spring"}),
        ("52(Suppl.2),", {"volume": "52", "issue": "Suppl.2"}),
        ("vol. 52, no. 7 [140],", {"volume": "52", "issue": "7"}),
        ("12 (serial no. 301).", {"volume": "12"}),
        # Vancouver: the date before ";" is not the volume
        ("1998;52(7):", {"volume": "52", "issue": "7"}),
        ("1998;52:", {"volume": "52"}),
        ("14;52(7):", {"volume": "52", "issue": "7"}),
        ("1998;52 Suppl 2:", {"volume": "52", "issue": "Suppl 2"}),
        # a double issue of a journal numbered by year
        ("6/7,", {"issue": "6/7"}),
        # a series designation is dropped
        ("2e série, vol. 40", {"volume": "40"}),
        # number of volumes of a multi-volume work: no volume
        ("3 vols.", {}),
        ("6 vols. in 4.", {}),
    ],
)
def test_journal_numbers_beside_a_pages_span(span: str, expected: dict[str, str]) -> None:
    assert numbers.journal_numbers(span, pages_labelled=True) == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("52, 7", {"volume": "52", "issue": "7"}),
        ("52: 7,", {"volume": "52", "issue": "7"}),
        ("52:7:", {"volume": "52", "issue": "7"}),
    ],
)
def test_bare_second_number_is_the_issue_when_pages_are_labelled(
    span: str, expected: dict[str, str]
) -> None:
    assert numbers.journal_numbers(span, pages_labelled=True) == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("52(7):401–19,", {"volume": "52", "issue": "7", "page": "401–19"}),
        ("52:401–419.", {"volume": "52", "page": "401–419"}),
        ("52:2270.", {"volume": "52", "page": "2270"}),
        ("52(7):e2210,", {"volume": "52", "issue": "7", "page": "e2210"}),
        ("1998;52(7):401-9.", {"volume": "52", "issue": "7", "page": "401-9"}),
        ("52, No. A4, A40211,", {"volume": "52", "issue": "A4", "page": "A40211"}),
        # volume, then a bare number after a comma: issue or page? not scored
        ("52, 7", {"volume": "52"}),
        ("vol. 52, 7", {"volume": "52"}),
    ],
)
def test_pages_inside_the_span_when_no_pages_span(span: str, expected: dict[str, str]) -> None:
    assert numbers.journal_numbers(span, pages_labelled=False) == expected


@pytest.mark.parametrize(
    ("span", "extent"),
    [
        ("412 p.", True),
        ("96 pp.", True),
        ("xiv, 280 p.", True),
        ("230 pages", True),
        ("p. 412", False),
        ("pp. 12-19.", False),
        ("12-19", False),
    ],
)
def test_page_extent(span: str, extent: bool) -> None:
    assert numbers.page_extent(span) is extent


def test_anystyle_gold_volume_issue_and_pages() -> None:
    g = gold.anystyle_gold(
        [
            ("journal", "Revue des soins,"),
            ("date", "mai 2003,"),
            ("volume", "n°88."),
            ("pages", "p. 12-19."),
        ]
    )
    assert g["issue"] == "88" and "volume" not in g and g["page"] == "p. 12-19."
    g = gold.anystyle_gold([("journal", "J. Things"), ("volume", "52(7):401–19,")])
    assert (g["volume"], g["issue"], g["page"]) == ("52", "7", "401–19")


def test_anystyle_gold_repeated_volume_spans() -> None:
    same = gold.anystyle_gold([("volume", "vol. 4,"), ("pages", "pp. 1-9"), ("volume", "vol.4.")])
    assert same["volume"] == "4"
    differ = gold.anystyle_gold([("volume", "n° 3,"), ("volume", "et n° 4,")])
    assert "issue" not in differ and "volume" not in differ
    sets = gold.anystyle_gold([("volume", "3 vols."), ("volume", "vol. ii,")])
    assert sets["volume"] == "ii"


def test_anystyle_gold_book_extent_is_not_a_page() -> None:
    g = gold.anystyle_gold(
        [
            ("title", "Soigner."),
            ("location", "Lyon :"),
            ("publisher", "Chronique,"),
            ("date", "2011."),
            ("pages", "412 p."),
        ]
    )
    assert "page" not in g


def test_anystyle_gold_doi_resolver_url_is_the_doi() -> None:
    g = gold.anystyle_gold([("title", "T."), ("url", "http://dx.doi.org/10.5555/abc.12.")])
    assert "URL" not in g
    assert scoring.match_field("DOI", g, {"DOI": "10.5555/ABC.12"})
    g = gold.anystyle_gold([("url", "http://example.org/a.pdf")])
    assert g == {"URL": "http://example.org/a.pdf"}


@pytest.mark.parametrize(
    "text",
    [
        "DOI:http://dx.doi.org/10.5555/abc.12",
        "(doi:10.5555/abc.12)",
        "doi: 10.5555/abc.12.",
        "https://doi.org/10.5555/ABC.12",
        "http://dx.doi. org/10.5555/abc.12",
    ],
)
def test_doi_prefixes_and_brackets(text: str) -> None:
    assert scoring.norm_doi(text) == "10.5555/abc.12"


def test_number_words_are_numbers() -> None:
    assert scoring.norm_number("Three") == scoring.norm_number("3")
    assert scoring.norm_number("Three") != scoring.norm_number("4")


def test_anystyle_gold_ditto_names_are_not_scored() -> None:
    g = gold.anystyle_gold([("author", "———."), ("title", "Later essays."), ("date", "1999.")])
    assert "author" not in g
    g = gold.anystyle_gold([("author", "______."), ("editor", "Holm, I. (ed.)")])
    assert g == {"editor": "Holm, I. (ed.)"}


def test_anystyle_gold_series_after_a_volume_drops_of() -> None:
    g = gold.anystyle_gold([("volume", "volume 12"), ("collection-title", "of Fjord Lecture Notes.")])
    assert g["collection-title"] == "Fjord Lecture Notes."
