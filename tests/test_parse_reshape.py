"""Raw-field repairs of poolrefs.parse.reshape, and what they give in whole parses (own strings)."""

from __future__ import annotations

import pytest

from poolrefs import parse_reference
from poolrefs.parse.reshape import reshape, reshape_numbers


def _reshaped(raw: dict[str, str], text: str) -> dict[str, str]:
    out = dict(raw)
    reshape(out, text)
    return out


def test_a_book_title_cut_in_two_is_joined() -> None:
    text = "Harlow, Peter. 1997. Salt and Silence: Essays on the Northern Coast. Bergen: Fjord Press."
    raw = {"author": "Harlow, Peter.", "date": "1997.", "title": "Salt and",
           "container": "Silence: Essays on the Northern Coast.", "place": "Bergen:", "publisher": "Fjord Press."}
    got = _reshaped(raw, text)
    assert got["title"] == "Salt and Silence: Essays on the Northern Coast." and "container" not in got


@pytest.mark.parametrize(
    ("title", "container", "extra"),
    [
        ("Salt and Silence.", "Coastal Essays.", {"place": "Bergen:"}),  # a full stop ends the title
        ("Salt marsh", "Silence: Essays.", {"pages": "12-19"}),  # an article
        ("Salt and Silence,", "in Coastal Essays,", {"place": "Bergen:"}),  # an "in" cue
        ("Salt and Silence,", "Proceedings of the Fjord Meeting,", {"place": "Bergen:"}),
        ("Salt marsh", "Silence.", {}),  # no imprint: not a book shape
    ],
)
def test_title_and_container_kept_apart(title: str, container: str, extra: dict[str, str]) -> None:
    text = f"Harlow, P. {title} {container} Fjord Press."
    raw = {"title": title, "container": container, **extra}
    assert _reshaped(raw, text)["container"] == container


@pytest.mark.parametrize(
    ("volume", "expected"),
    [
        ("3(1)", {"volume": "3", "issue": "1"}),
        ("vol. 7, no. 2,", {"volume": "7", "issue": "2"}),
        ("Vol. XII (No. 40),", {"volume": "XII", "issue": "40"}),
        ("n°88.", {"issue": "n°88."}),
        ("No. 12,", {"issue": "No. 12,"}),
        ("12,", {"volume": "12,"}),
        ("2003, 12", {"volume": "2003, 12"}),
    ],
)
def test_volume_span_parts(volume: str, expected: dict[str, str]) -> None:
    assert _reshaped({"volume": volume}, "") == expected


@pytest.mark.parametrize(
    ("issue", "expected"),
    [
        ("(1) 1-39,", {"issue": "1", "pages": "1-39"}),
        ("(Spring): 5-9.", {"issue": "Spring", "pages": "5-9"}),
        ("n°61. p. 12-14", {"issue": "n°61", "pages": "p. 12-14"}),  # the same shapes as a page span
        ("No. 3, pp. 4-9", {"issue": "No. 3", "pages": "pp. 4-9"}),
        ("(2)", {"issue": "(2)"}),
        ("(1995) 12-19", {"date": "1995", "pages": "12-19"}),  # a year in brackets: no issue
        ("(2020), 45-67.", {"date": "2020", "pages": "45-67"}),
    ],
)
def test_issue_span_holding_the_pages(issue: str, expected: dict[str, str]) -> None:
    assert _reshaped({"issue": issue}, "") == expected


@pytest.mark.parametrize(
    ("container", "expected"),
    [
        ("The Journal of Money, Vol. XII,", ("The Journal of Money", "XII")),
        ("Planning Review, XLIV", ("Planning Review", "XLIV")),
        ("Fjord Studies, vol. 12", ("Fjord Studies", "12")),
        ("Journal of Law, Civil", None),  # a word, not a roman numeral
        ("Fjord Studies, 12", None),  # a bare number after a comma: no cue
        ("Physics Letters B", None),
    ],
)
def test_volume_read_into_the_container(container: str, expected: tuple[str, str] | None) -> None:
    got = _reshaped({"container": container}, "")
    if expected is None:
        assert got == {"container": container}
    else:
        assert (got["container"], got["volume"]) == expected


def test_whole_parses() -> None:
    ref = parse_reference("B. Lee. Sparse codes. Neural Systems, 3(1) 59-70, 1991.")
    assert (ref.volume, ref.issue, ref.page) == ("3", "1", "59-70")
    ref = parse_reference("Marchal, Paul. Le quai. Cahiers des ports, 2003, n°57, p. 21-33.")
    assert (ref.volume, ref.issue, ref.page) == (None, "57", "21-33")
    ref = parse_reference("Durand, J. Les marées du soir. Revue des phares, janvier 2016, n°64. p. 14-22.")
    assert (ref.container_title, ref.issue) == ("Revue des phares", "64")
    ref = parse_reference('Jonas, Peter. "The Bond Portfolios of Firms," The Journal of Money, Vol. XII, No. 4 (June, 1961).')
    assert (ref.container_title, ref.volume, ref.issue) == ("The Journal of Money", "XII", "4")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Le partage des quais (dossier). Cahiers des ports de pêche,", ("Le partage des quais (dossier).", "Cahiers des ports de pêche")),
        ("Soigner la nuit. La revue des soins, août", ("Soigner la nuit.", "La revue des soins")),
        ("Tidal salts in fjords. Fjord Chemistry", ("Tidal salts in fjords.", "Fjord Chemistry")),
    ],
)
def test_journal_read_into_an_article_title(title: str, expected: tuple[str, str]) -> None:
    got = _reshaped({"title": title, "pages": "p. 9-17."}, "")
    assert (got["title"], got["container"]) == expected


@pytest.mark.parametrize(
    ("title", "extra"),
    [
        ("Tidal salts in fjords. Fjord Chemistry", {"place": "Bergen"}),  # no article parts
        ("Salts. Fjord Chemistry", {"pages": "9-17"}),  # one word before the stop
        ("Tidal salts in J. R. Smith's fjords", {"pages": "9-17"}),  # an initial, not a stop
        ("Tidal salts in fjords", {"pages": "9-17"}),  # one sentence
    ],
)
def test_article_title_without_a_journal_kept(title: str, extra: dict[str, str]) -> None:
    assert "container" not in _reshaped({"title": title, **extra}, "")


@pytest.mark.parametrize(
    "text",
    [
        "Stone, I. P., & Hale, T. (1994a). Shallow bars are sometimes deep. Fjord Hydraulics, 71, 212-230.",
        "Lee Q, Ye Z, Wang X. 2007a. Salt uptake in fjord plants. Fjord Botany 164: 1279–1288.",
        "HOLM, A., 2015b. “Tidal work in the north”, Fjord Weekly, 5 June 2015.",
    ],
)
def test_a_year_with_a_letter_is_the_date(text: str) -> None:
    ref = parse_reference(text)
    assert ref.issued is not None and ref.year in (1994, 2007, 2015)
    assert all(not (n.family or "")[:1].isdigit() for n in ref.authors)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Lin, H., Rask, M., Berg, T. P., & Moen, D. J. 1999, ApJ, 512, 211", ("Moen", "D. J.")),
        ("K. Haga, R. Lund, and T. Sato-oka. Sixth tide tables. Fjord Computing, 14(2):3-11, 1985.",
         ("Sato-oka", "T.")),
        ("O. Berg, B. Lian, M. Nor- man, and M. Stahl. Tidal sands. Fjord Physics 89, 412–420 (2002)", ("Stahl", "M.")),
    ],
)
def test_the_last_name_of_a_list_is_whole(text: str, last: tuple[str, str]) -> None:
    ref = parse_reference(text)
    assert (ref.authors[-1].family, ref.authors[-1].given) == last


@pytest.mark.parametrize("mark", ["———.", "–––––.", "______.", "---."])
def test_a_ditto_mark_is_no_name(mark: str) -> None:
    ref = parse_reference(f"{mark} Later essays on the tides. Bergen: Fjord Press, 1999.")
    assert ref.authors == []
    assert ref.title == "Later essays on the tides"


def test_names_given_first_before_a_title_with_no_names_labelled() -> None:
    ref = parse_reference(
        "[54] Karin Riel and Paul Lasker. Low-tide estimation of scour depths around submerged"
        " bridge piers. The Journal of Fjord Research, 11:41–67, 2010."
    )
    assert [(n.family, n.given) for n in ref.authors] == [("Riel", "Karin"), ("Lasker", "Paul")]
    assert ref.title == "Low-tide estimation of scour depths around submerged bridge piers"


def test_initials_read_as_a_date_between_names() -> None:
    ref = parse_reference("(88) Brink, S. D.; Tang, L.-P.; Moser, S. G.; Yun, P. “Tidal currents in narrow"
                          " sounds.” J. Geophys. Res. C 2017, 122, 2210–2219.")
    assert [n.family for n in ref.authors] == ["Brink", "Tang", "Moser", "Yun"]
    assert ref.authors[0].given == "S. D."


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Karin Riel and Paul Lasker. Tidal salts in fjords.", "Karin Riel and Paul Lasker."),
        ("Ida M. Holm, Karin Riel, and Paul Lasker. Tidal salts.", "Ida M. Holm, Karin Riel, and Paul Lasker."),
        ("War and Peace. A novel of tides.", None),  # one word a side: not names
        ("Karin Riel. Tidal salts in fjords.", None),  # a single name: could be a title
    ],
)
def test_names_opening_a_title_run(text: str, names: str | None) -> None:
    from poolrefs.parse.boundaries import fix_boundaries
    from poolrefs.parse.tokens import tokenize

    tokens = tokenize(text)
    out = ["title"] * len(tokens)
    fix_boundaries(text, tokens, out)
    got = " ".join(t.text for t, lab in zip(tokens, out, strict=True) if lab == "author")
    expected = " ".join(t.text for t in tokenize(names)) if names else ""
    assert got == expected


@pytest.mark.parametrize(
    ("raw", "text", "expected"),
    [
        (
            {"title": "Seasonal Drift Estimation for Glacier Outlets, J. Glacier Hydrology, 7", "number": "311-334"},
            "Dahl, S. K., Seasonal Drift Estimation for Glacier Outlets, J. Glacier Hydrology, 7 311-334 (1990).",
            {"title": "Seasonal Drift Estimation for Glacier Outlets", "container": "J. Glacier Hydrology",
             "volume": "7"},
        ),
        (
            {"title": "Scour and Coastal Bridges, SIAM", "container": "J. of Tides", "volume": "23,"},
            "Neil Imm (1992), Scour and Coastal Bridges, SIAM J. of Tides 23, 417-433.",
            {"title": "Scour and Coastal Bridges", "container": "SIAM J. of Tides"},
        ),
        (
            {"title": "A robust", "container": "method for tidal problems, Math. Tides,", "volume": "60"},
            "Lang, J. A robust method for tidal problems, Math. Tides, 60 (1993), pp. 295-337.",
            {"title": "A robust method for tidal problems", "container": "Math. Tides"},
        ),
    ],
)
def test_comma_separated_article_journal(raw: dict[str, str], text: str, expected: dict[str, str]) -> None:
    got = _reshaped(raw, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a full stop ends the title: "Canada." is the title's, not the journal's
        ({"title": "Ice cores from Nunavut, Canada", "container": "Fjord Letters,", "volume": "26"},
         "Holm, I., Ice cores from Nunavut, Canada. Fjord Letters, v. 28, pp. 44-52. 1993."),
        # a lower-case tail is the title's
        ({"title": "Salt, water and stone", "pages": "1-9"}, "Holm, I., Salt, water and stone, 1-9."),
    ],
)
def test_comma_separated_titles_kept(raw: dict[str, str], text: str) -> None:
    got = _reshaped(raw, text)
    assert got["title"] == raw["title"]


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("Holm, Ida. Harbour Tides. Lowell, Massachusetts: Fjord-Hadley, 1971.", "Lowell, Massachusetts",
         "Fjord-Hadley"),
        ("Dale, Ida, Astrid Moe (Albany, NY: Halyard, 1974).", "Albany, NY", "Halyard"),
        ("Ström, Ida. Le régime des marées. Rouen : FJORDION, 1999. 143 p. (Vagues).", "Rouen", "FJORDION"),
        ("SKURN, David. Maladies des marées. Boulogne-sur-Mer : FJORD PRESSES, 2008. 117 p. (mémo MARÉES).",
         "Boulogne-sur-Mer", "FJORD PRESSES"),
    ],
)
def test_book_imprints(text: str, place: str, publisher: str) -> None:
    ref = parse_reference(text)
    assert (ref.publisher_place, ref.publisher) == (place, publisher)


def test_extent_and_series_of_a_french_book() -> None:
    ref = parse_reference("Ström, Ida. Le régime des marées. Rouen : FJORDION, 1999. 143 p. (Vagues).")
    assert ref.collection_title == "Vagues" and ref.page is None and ref.type == "book"


def test_a_month_at_the_end_of_a_place_is_dropped() -> None:
    got = _reshaped({"place": "Duluth, MN, November", "date": "2011"}, "")
    assert got["place"] == "Duluth, MN"
    assert _reshaped({"place": "Ashland, Kentucky"}, "")["place"] == "Ashland, Kentucky"


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Voss, K.-H., and J. Lind, Estimation of bridge scour under mixed tidal flow, J. Geophys. Tides 41"
         " (1996), 118-139.", "Estimation of bridge scour under mixed tidal flow", "J. Geophys. Tides"),
        ("Gorski, S., & Bahr, L. (1966). Backwash tides. J. ACM, 13, 401-418.", "Backwash tides", "J. ACM"),
    ],
)
def test_abbreviated_journal_head_joins_the_container(text: str, title: str, container: str) -> None:
    ref = parse_reference(text)
    assert (ref.title, ref.container_title) == (title, container)


def test_a_place_name_before_the_journal_stays_in_the_title() -> None:
    raw = {"title": "Ice cores from Nunavut, Canada", "container": "Fjord Letters,", "volume": "26"}
    got = _reshaped(raw, "Holm, I., Ice cores from Nunavut, Canada. Fjord Letters, v. 28, pp. 44-52. 1993.")
    assert got["container"] == "Fjord Letters,"


@pytest.mark.parametrize(
    ("date", "expected"),
    [("1997, ApJ,", ("1997", "ApJ")), ("(2003a), Fjord Phys.", ("2003a", "Fjord Phys")), ("2001, May,", None)],
)
def test_journal_read_into_the_date(date: str, expected: tuple[str, str] | None) -> None:
    got = _reshaped({"date": date, "volume": "475", "pages": "163"}, "")
    if expected is None:
        assert "container" not in got
    else:
        assert (got["date"], got["container"]) == expected


@pytest.mark.parametrize(
    ("text", "volume", "issue", "page"),
    [
        ("Y. L. Chang. Ladder tides. Journal of Tide Technology, 10(12) 1952-1962, December 1992.", "10", "12",
         "1952-1962"),
        ("B. Shaw. Harbour maps with depth-bands. ACM Transactions on Tides, 13(1) 1-41, Mar. 1994.", "13", "1", "1-41"),
        ("[26] J. F. Coak, “Time-Dependent Analysis of Tides,” AIAA Tides, vol. 9, no. 8, pp. 1624–1626, August 1971.",
         "9", "8", "1624-1626"),
        ("[4] Alain Roux. Breaking of tides. In Annales de Marées, volume 57, pages 133–180. Fjord, 1993.", "57", None,
         "133-180"),
    ],
)
def test_journal_numbers_split_between_spans(text: str, volume: str, issue: str | None, page: str) -> None:
    ref = parse_reference(text)
    assert (ref.volume, ref.issue, ref.page) == (volume, issue, page)


def test_volume_and_series_at_the_end_of_a_title() -> None:
    got = _reshaped({"title": "Glacier hydrology: a primer, volume 212 of Fjord Monograph Series."}, "")
    assert (got["title"], got["volume"], got["collection"]) == (
        "Glacier hydrology: a primer", "212", "Fjord Monograph Series")
    got = _reshaped({"title": "Extensions of the tidal theorem, volume 45."}, "")
    assert (got["title"], got["volume"]) == ("Extensions of the tidal theorem", "45")
    assert "volume" not in _reshaped({"title": "The volume 45 problem in tides."}, "")


@pytest.mark.parametrize(
    ("text", "container", "families"),
    [
        ("[10] E. Haug, P. Lian, Micro Tides 2012, 12, 2231.", "Micro Tides", ["Haug", "Lian"]),
        ("[7] T. Varn, E. Lisk, G. D. Moe, IEEE Trans. Wave Devices 1985, 32, 688.", "IEEE Trans. Wave Devices",
         ["Varn", "Lisk", "Moe"]),
        ("G. Lund, B. Moen, M. Rask and M. J. Holt, Spectroscopy Tides, 2016, 28, 31-38.", "Spectroscopy Tides",
         ["Lund", "Moen", "Rask", "Holt"]),
    ],
)
def test_journal_after_initials_first_names(text: str, container: str, families: list[str]) -> None:
    ref = parse_reference(text)
    assert ref.container_title == container
    assert [n.family for n in ref.authors] == families


def test_journal_read_as_a_publisher_and_volume_issue_as_the_issue() -> None:
    ref = parse_reference("105. Voss, R. K.; Lund, A.; Berg, S., Corrosion of Submerged Piers. Acs Tides 2012,"
                          " 7, (3), 411-429.")
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == ("Acs Tides", "7", "3", "411-429")
    assert ref.type == "article-journal" and ref.publisher is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ross, David. A Public Trust: Lighthouses of Tromsø and Narvik, 1870-1910. Cambridge: Fjord"
         " University Press, 1984.", "A Public Trust: Lighthouses of Tromsø and Narvik, 1870-1910"),
        ("Moss, K.L. 1979. Harbour dues and the Fjord Board, 1851-1911. Fjord University Press.",
         "Harbour dues and the Fjord Board, 1851-1911"),
    ],
)
def test_a_year_range_ending_a_title(text: str, title: str) -> None:
    ref = parse_reference(text)
    assert ref.title == title and ref.number is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("———. Salt Roads. Bergen: Fjord, 2000.", "Salt Roads"),
        ("–––––. The Scarlet Tide. New York: Fjord House, 2003.", "The Scarlet Tide"),
        ("---. Pet Tides. New York: Pocket Fjords, 2001.", "Pet Tides"),
    ],
)
def test_title_after_a_ditto_mark(text: str, title: str) -> None:
    ref = parse_reference(text)
    assert ref.title == title and ref.authors == [] and ref.type == "book"


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("J. B. Voss and J. D. Lind, ``Stable glacier melt estimates,'' Acta Glacialis, vol. 9, no. 2,"
         " pp. 114-129, Mar. 1979.", "Stable glacier melt estimates", "Acta Glacialis"),
        ('Hollis, H. "The Craft of Dike-Building." Industrial Harbour Review. IX (Autumn, 1969), pp. 44-59.',
         "The Craft of Dike-Building", "Industrial Harbour Review"),
    ],
)
def test_container_after_a_quoted_title(text: str, title: str, container: str) -> None:
    ref = parse_reference(text)
    assert (ref.title, ref.container_title) == (title, container)


def test_two_quoted_titles_stay_one_title() -> None:
    ref = parse_reference("Lyle, Anna. “A Walk in Fog” and “The Mark of Tides.” New York: Fjord Books, 1977.")
    assert ref.title is not None and "Mark of Tides" in ref.title


@pytest.mark.parametrize(
    ("container", "expected", "note"),
    [
        ("Fjord Optics, to appear", "Fjord Optics", "to appear"),
        ("SIAM J. Tides, (in press)", "SIAM J. Tides", "in press"),
        ("IEEE Transactions on Tides, Special Issue on Salt", "IEEE Transactions on Tides", "Special Issue on Salt"),
        ("Journal of Appearances", "Journal of Appearances", None),
    ],
)
def test_container_status_tail(container: str, expected: str, note: str | None) -> None:
    got = _reshaped({"container": container}, "")
    assert got["container"] == expected and got.get("note") == note


def test_title_tail_read_into_the_container() -> None:
    ref = parse_reference("Moller, G. 1996. TideBase: A harmonic catalogue for Norway. Bulletin of the Fjord 41"
                          " 52-58")
    assert (ref.title, ref.container_title) == ("TideBase: A harmonic catalogue for Norway", "Bulletin of the Fjord")


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        ("Holm, Sarah, Dikes and Tides: Clay, Reed and Timber, Oxford: Fjord Press, 2004.", ["Holm"],
         "Dikes and Tides: Clay, Reed and Timber"),
        ("Brandt, Adolf, Friesische Sagen über Ebbe und Flut, Lübeck: Fjord, 1894.", ["Brandt"],
         "Friesische Sagen über Ebbe und Flut"),
        ("Berge, Janet, and Peter Holm. Ecodikes: Notes from the Western Shore. Bergen: Fjord Press, 1997.",
         ["Berge", "Holm"], "Ecodikes: Notes from the Western Shore"),
        ("[71] Frida Lund, Jan Voss, Cédric Moll, and Yu Wei Tan. The harbour ledger. Bulletin of the"
         " Fjord, 41(3):77–89, 2013.", ["Lund", "Voss", "Moll", "Tan"], "The harbour ledger"),
    ],
)
def test_title_after_an_inverted_full_name(text: str, families: list[str], title: str) -> None:
    ref = parse_reference(text)
    assert [n.family for n in ref.authors] == families
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Brook, H. L. 1992. Survey of glacier melt. Fjord Press, Leeds, United Kingdom.", "Fjord Press",
         "Leeds, United Kingdom"),
        ("K. L. Moss. Bridge Tides. Fjord-Holt, Inc, Cherry Hill, New Jersey, 1985.", "Fjord-Holt, Inc",
         "Cherry Hill, New Jersey"),
    ],
)
def test_place_parts_around_the_publisher(text: str, publisher: str, place: str) -> None:
    ref = parse_reference(text)
    assert (ref.publisher, ref.publisher_place) == (publisher, place)


def test_place_head_read_into_the_edition() -> None:
    raw = {"title": "Harbour Accounts,", "edition": "2nd ed. Peoria,", "place": "Illinois:", "publisher": "Fjord"}
    got = _reshaped(raw, "Hale, P. Harbour Accounts, 2nd ed. Peoria, Illinois: Fjord, 1971.")
    assert got["place"] == "Peoria, Illinois" and got["edition"] == "2nd ed."


def test_an_acronym_before_the_place_is_not_a_town() -> None:
    raw = {"title": "Spółdzielnie rybackie.", "container": "Studia. IGM PAN,", "place": "Gdańsk"}
    got = _reshaped(raw, "Lisek J.: Spółdzielnie rybackie. Studia. IGM PAN, Gdańsk 2001.")
    assert got["place"] == "Gdańsk"


def test_isbn_after_its_cue() -> None:
    ref = parse_reference("Kern, Stefan H., Along the Line of Tides, Fjord Press, 1995, p 41, ISBN 0-9712345-1-5.")
    assert ref.isbn == "0-9712345-1-5"
    assert parse_reference("Holm, I. Tides. Bergen: Fjord, 1999.").isbn is None


def test_journal_numbers_and_a_trailing_year_read_as_one_number() -> None:
    ref = parse_reference("Dahl, D., I. Moen and B. Gunn. Three tidal inlets, one sand budget. Journal of the"
                          " Fjord Society of America 139, 1611-1630. 2016.")
    assert (ref.container_title, ref.volume, ref.page, ref.year) == (
        "Journal of the Fjord Society of America", "139", "1611-1630", 2016)
    assert ref.type == "article-journal" and ref.number is None


def test_a_year_read_into_a_vancouver_journal() -> None:
    ref = parse_reference("12. Tveit AL, Gran NW. Ebb tides in narrow sounds. The Journal of tide studies. 2015"
                          " 45(4) 273-82")
    assert (ref.container_title, ref.year, ref.volume, ref.issue) == ("The Journal of tide studies", 2015, "45", "4")
    got = {"container": "Fjord Review 1999", "pages": "1-9"}
    reshape_numbers(got)
    assert (got["container"], got["date"]) == ("Fjord Review", "1999")
    kept = {"container": "Fjord Review 1999", "date": "2001", "pages": "1-9"}
    reshape_numbers(kept)
    assert kept["container"] == "Fjord Review 1999"


def test_editors_cued_before_or_after_the_names() -> None:
    ref = parse_reference("Un convegno sulle lagune in ricordo di Pietro Lund, ed. Carla Brandt, Venezia, 2005.")
    assert [n.family for n in ref.editors] == ["Brandt"] and ref.authors == []
    ref = parse_reference("Haugen, Max E. and George R. Lind, eds. 1986. The Letters of Anna Tide: Essays. Berkeley:"
                          " University of Fjord Press.")
    assert [(n.family, n.given) for n in ref.editors] == [("Haugen", "Max E."), ("Lind", "George R.")]
    assert ref.authors == []


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        ("Joseph A. Holm, Harbours, Tides and Commerce (London: Fjord, 1994).", "Holm",
         "Harbours, Tides and Commerce"),
        ("Walter Lund, L'Écluse d'or à l'heure des marées, Paris, Fjord, 1993.", "Lund",
         "L'Écluse d'or à l'heure des marées"),
    ],
)
def test_title_after_one_given_first_name(text: str, family: str, title: str) -> None:
    ref = parse_reference(text)
    assert [n.family for n in ref.authors] == [family] and ref.title == title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Del Lago, Marta. The Eleventh Harbour. Elgin, Ill.: Marlow, 1966.", ["Del Lago"]),
        ("Wolfgang Holm, Jan Brandt: Brücken und die Frage der Gezeiten. Bergen: Fjord, 2016.", ["Holm", "Brandt"]),
        ("54. Rask CK, Holm FJ: What are harbour pilots told? Fjord Tides 2000, 18: 3-11.", ["Rask", "Holm"]),
    ],
)
def test_names_kept_before_a_title(text: str, families: list[str]) -> None:
    ref = parse_reference(text)
    assert [" ".join(filter(None, (n.non_dropping_particle, n.family))) for n in ref.authors] == families


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Varn, E. P., Lund, C., Kolva Glacier Basin at Svalbard (Norway), First International Conference on"
         " Tides in the Polar Seas. 2007.", "Kolva Glacier Basin at Svalbard (Norway)"),
        ("(1) Voss, E.; et al. “Naming of the tidal datums (IHO Standards 2013)”. Pure Appl. Chem. 2013,"
         " 85, 412–419.", "Naming of the tidal datums (IHO Standards 2013)"),
        ("Holm, L. E. (2012). Charting Tides Along the Fjords (Unpublished doctoral dissertation). University of"
         " Bergen, Bergen.", "Charting Tides Along the Fjords"),
    ],
)
def test_brackets_inside_or_after_a_title(text: str, title: str) -> None:
    assert parse_reference(text).title == title


@pytest.mark.parametrize(
    ("raw", "text", "title", "rest"),
    [
        ({"title": "Ice and", "container": "Harbour: Passages along the Tides. Bergen:", "place": "x"},
         "Ignat, M. 1995. Ice and Harbour: Passages along the Tides. Bergen: Fjord.",
         "Ice and Harbour: Passages along the Tides", ("container", "Bergen:")),
        ({"title": "Melt rocks at the", "container": "Fjord East structure", "volume": "13"},
         "Palm, H., Melt rocks at the Fjord East structure, Fjordites, v. 13.",
         "Melt rocks at the Fjord East structure", ("container", None)),
    ],
)
def test_a_title_ending_on_a_function_word_runs_on(
    raw: dict[str, str], text: str, title: str, rest: tuple[str, str | None]
) -> None:
    got = _reshaped(raw, text)
    assert got["title"].rstrip(".") == title and got.get(rest[0]) == rest[1]


def test_a_title_ending_on_a_content_word_is_kept() -> None:
    raw = {"title": "Salt and silence", "container": "Fjord Review", "volume": "3"}
    assert _reshaped(raw, "Holm, I. Salt and silence Fjord Review 3")["title"] == "Salt and silence"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"title": "Les digues du nord. Saint-Malo :", "publisher": "FJORD", "date": "2001"},
         {"title": "Les digues du nord", "place": "Saint-Malo"}),
        ({"publisher": "Tide Lett.", "date": "2015", "volume": "7", "pages": "311"},
         {"container": "Tide Lett."}),
        ({"title": "Dikes", "container": "Harbour Review. IX (Spring,", "date": "1970)", "pages": "1-9"},
         {"container": "Harbour Review", "volume": "IX"}),
    ],
)
def test_imprint_place_journal_as_publisher_and_open_date(raw: dict[str, str], expected: dict[str, str]) -> None:
    got = _reshaped(raw, "")
    assert {k: got.get(k) for k in expected} == expected


def test_a_publisher_with_a_title_stays_a_publisher() -> None:
    got = _reshaped({"title": "Tides", "publisher": "Fjord Press", "volume": "2", "pages": "400"}, "")
    assert got.get("publisher") == "Fjord Press" and "container" not in got


def test_roman_volume_alone_is_kept() -> None:
    ref = parse_reference('Voss, Jan. "Salt and Stone," The Fjord Quarterly, Vol. XIV, No. 2 (May, 1970).')
    assert (ref.container_title, ref.volume, ref.issue) == ("The Fjord Quarterly", "XIV", "2")
