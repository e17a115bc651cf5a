"""Post-processing of journal numbers: volume cues, page/volume/issue spans (own strings)."""

from __future__ import annotations

import pytest

from poolrefs.parse.fields import clean_number
from poolrefs.parse.numspans import fix_number_spans, split_number_pages


def _spans(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    for lab, part in parts:
        start = text.index(part, pos)
        out.append((lab, start, start + len(part)))
        pos = start + len(part)
    return out


def _labels(text: str, spans: list[tuple[str, int, int]]) -> dict[str, str]:
    return {lab: text[s:e] for lab, s, e in reversed(spans)}


@pytest.mark.parametrize(
    ("span", "expected"),
    [("v. 31,", "31"), ("V. 7", "7"), ("n. 12", "12"), ("Jg. 58", "58"), ("Vol. 9", "9"), ("n°44.", "44"),
     ("vii", "vii"), ("no. 5-6", "5-6"), ("Bd. 3", "3")],
)
def test_volume_cues_are_stripped(span: str, expected: str) -> None:
    assert clean_number(span) == expected


def test_first_of_two_page_spans_is_the_volume() -> None:
    text = "Quist, R. Tidal salts. J. Fjord Chem. 2003, 88, 410-418."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("container", "J. Fjord Chem."),
                          ("date", "2003,"), ("pages", "88,"), ("pages", "410-418.")])
    got = _labels(text, fix_number_spans(text, spans))
    assert got["volume"] == "88," and got["pages"] == "410-418."


def test_two_page_spans_without_a_journal_are_kept() -> None:
    text = "Quist, R. Tidal salts. 2003, 88, 410-418."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("date", "2003,"),
                          ("pages", "88,"), ("pages", "410-418.")])
    assert fix_number_spans(text, spans) == spans


@pytest.mark.parametrize(("label", "part", "expected"), [("issue", "7-29", "pages"), ("number", "7-29", "pages"),
                                                        ("issue", "3-4", "issue")])
def test_a_page_range_after_the_volume_is_the_pages(label: str, part: str, expected: str) -> None:
    text = f"Quist, R. Tidal salts. Fjord Chemistry 14, {part} (2003)."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("container", "Fjord Chemistry"),
                          ("volume", "14,"), (label, part), ("date", "(2003).")])
    assert _labels(text, fix_number_spans(text, spans))[expected] == part


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("n°44. p. 10-12.", {"issue": "n°44", "pages": "p. 10-12."}),
        ("No. 7, pp. 3-9", {"issue": "No. 7", "pages": "pp. 3-9"}),
        ("Nr. 4, S. 7-9", {"issue": "Nr. 4", "pages": "S. 7-9"}),
        ("Heft 3, S. 12-19", {"issue": "Heft 3", "pages": "S. 12-19"}),
        ("issue 2, pages 5-9", {"issue": "issue 2", "pages": "pages 5-9"}),
        ("(3) 12-19.", {"issue": "3", "pages": "12-19"}),
        ("(1998) 12-19", {"pages": "(1998) 12-19"}),  # a bracketed year is no issue
        ("No. 12-15", {"pages": "No. 12-15"}),  # the cue's number needs a separator before the pages
        ("27(4): p. 101-9.", {"volume": "27", "issue": "4", "pages": "p. 101-9."}),
        ("101-109", {"pages": "101-109"}),
    ],
)
def test_issue_or_volume_read_into_the_pages(pages: str, expected: dict[str, str]) -> None:
    raw = {"pages": pages}
    split_number_pages(raw)
    assert raw == expected


def test_parsed_journal_with_year_before_volume() -> None:
    from poolrefs import parse_reference

    ref = parse_reference("Quist, R. and Brandt, O. Tidal salts in northern fjords. J. Fjord Chem. 2003, 88, 410-418.")
    assert (ref.volume, ref.page) == ("88", "410-418")


@pytest.mark.parametrize(
    ("title", "container", "expected"),
    [
        ("Salt crystals in deep", "ice cores of the plateau. Glaciology Letters",
         ("Salt crystals in deep ice cores of the plateau", "Glaciology Letters")),
        ("Salt crystals in deep", "ice cores (abstract). Fjord Sci Rep",
         ("Salt crystals in deep ice cores (abstract)", "Fjord Sci Rep")),
        ("Salt crystals in deep ice cores.", "Glaciology Letters", ("Salt crystals in deep ice cores.", "Glaciology Letters")),
    ],
)
def test_title_cut_into_the_container(title: str, container: str, expected: tuple[str, str]) -> None:
    from poolrefs.parse.repair import repair

    text = f"Ek, O. {title} {container}, 12, 44-45, 2001."
    got = repair({"title": title, "container": container}, text)
    assert (got["title"], got["container"]) == expected


def test_inverted_names_end_before_a_title_with_lower_case_words() -> None:
    from tests.parse_helpers import relabelled

    text = "Quist, R., Brandt, O., Tidal ladders of the north, J. Fjord Logic, 27 (1962), 259-316."
    got = relabelled(text, [("author", "Quist, R., Brandt, O., Tidal ladders of the north, J."),
                            ("container", "Fjord Logic,"), ("volume", "27"), ("date", "(1962),"), ("pages", "259-316.")])
    assert got["author"] == "Quist , R . , Brandt , O . ,"
    assert got["title"] == "Tidal ladders of the north ,"
    assert got["container"] == "J . Fjord Logic ,"


def test_inverted_names_with_particles_and_others_stay_names() -> None:
    from tests.parse_helpers import relabelled

    text = "Quist, R., van der Berg, O., and others, Tides. Fjord Press, 2001."
    got = relabelled(text, [("author", "Quist, R., van der Berg, O., and others,"), ("title", "Tides."),
                            ("publisher", "Fjord Press,"), ("date", "2001.")])
    assert got["author"] == "Quist , R . , van der Berg , O . , and others ,"


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Quist, Ruth. Tides of a Small Winter, trans. Olav Brandt. Bergen: Fjord Press, 1952.", "Brandt", "Olav"),
        ("Ruth Quist, Tides of the north, trans. E.F.N. Brandt (Bergen: Fjord, 1974), p. 19.", "Brandt", "E. F. N."),
        ("Quist, Ruth, Tides of the north (tr. Olav Brandt), Bergen: Fjord Press, 1969.", "Brandt", "Olav"),
        ("Quist, Ruth. Tides of the north. Translated by Olav Brandt. Bergen: Fjord Press, 1969.", "Brandt", "Olav"),
    ],
)
def test_translator_after_a_cue(text: str, family: str, given: str) -> None:
    from poolrefs import parse_reference

    ref = parse_reference(text)
    assert [(n.family, n.given) for n in ref.translators] == [(family, given)]
    assert ref.title is not None and ref.title.startswith("Tides")


def test_translator_labels_before_the_cue_are_the_title() -> None:
    from tests.parse_helpers import relabelled

    text = "———. Tides and Other Essays. Trans. Olav Brandt. Bergen: Fjord Press, 1986."
    got = relabelled(text, [("author", "———."), ("translator", "Tides and Other Essays. Trans. Olav Brandt."),
                            ("place", "Bergen:"), ("publisher", "Fjord Press,"), ("date", "1986.")])
    assert got["title"] == "Tides and Other Essays ."
    assert got["translator"] == "Olav Brandt"


def test_trans_in_a_journal_name_is_not_a_translator_cue() -> None:
    from tests.parse_helpers import relabelled

    text = "Quist, R. Tidal ladders. IEEE Trans. Fjord Eng., 17, 259-273, 1991."
    got = relabelled(text, [("author", "Quist, R."), ("title", "Tidal ladders."), ("container", "IEEE Trans. Fjord Eng.,"),
                            ("volume", "17,"), ("pages", "259-273,"), ("date", "1991.")])
    assert got["container"] == "IEEE Trans . Fjord Eng . ," and "translator" not in got


def test_trad_cue_wins_over_a_container_label_and_quote_before_cue() -> None:
    from tests.parse_helpers import relabelled

    text = "Nord, Ruth. La marée. Trad. Olav Brandt. Arras: Presses du Nord."
    got = relabelled(text, [("author", "Nord, Ruth."), ("title", "La marée."), ("container", "Trad. Olav Brandt."),
                            ("place", "Arras:"), ("publisher", "Presses du Nord.")])
    assert got["translator"] == "Olav Brandt"
    text = "Nord, Ruth. “Tides.” Translated by Olav Brandt. Arras: Presses du Nord."
    got = relabelled(text, [("author", "Nord, Ruth."), ("title", "“Tides.”"), ("place", "Translated by Olav Brandt."),
                            ("place", "Arras:"), ("publisher", "Presses du Nord.")])
    assert got["translator"] == "Olav Brandt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"container": "J. Fjord Chem.", "date": "2003, 88,"}, {"date": "2003", "volume": "88"}),
        ({"date": "2003, 88,"}, {"date": "2003, 88,"}),  # no journal: left alone
        ({"container": "J. Fjord Chem.", "date": "2003, 88,", "volume": "9"}, {"date": "2003, 88,", "volume": "9"}),
    ],
)
def test_volume_read_into_the_date(raw: dict[str, str], expected: dict[str, str]) -> None:
    split_number_pages(raw)
    raw.pop("container", None)
    assert raw == expected


def test_abbreviated_journal_alone_is_not_split_into_a_title() -> None:
    from poolrefs.parse.repair import repair

    got = repair({"author": "Quist, R.", "container": "J. Fjord Chem. Soc.", "pages": "3-9"}, "")
    assert got["container"] == "J. Fjord Chem. Soc." and "title" not in got


@pytest.mark.parametrize(
    ("span", "expected"),
    [("Quist, R. t., Brandt, O.", [("Quist", "R. T."), ("Brandt", "O.")]), ("Quist, R. t.", [("Quist", "R. T.")]),
     ("Quist, R. von", [("Quist", "R.")])],
)
def test_lower_case_initial_after_a_capital_one(span: str, expected: list[tuple[str, str]]) -> None:
    from poolrefs.parse.names import split_names

    names, _ = split_names(span)
    assert [(n.family, n.given) for n in names] == expected


def test_trans_starting_a_journal_name_is_the_journal() -> None:
    from tests.parse_helpers import relabelled

    text = "Lund, K. Tidal ladders. Trans. Fjord Math. Soc. 347, (1995), 2235-2243."
    got = relabelled(text, [("author", "Lund, K."), ("title", "Tidal ladders."),
                            ("translator", "Trans. Fjord Math. Soc. 347,"), ("date", "(1995),"), ("pages", "2235-2243.")])
    assert got["container"] == "Trans . Fjord Math . Soc ." and got["volume"] == "347 ,"
    assert "translator" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See http://tide.example. org/fjords/a1.", "http://tide.example.org/fjords/a1"),
        ("At http://fjord.example/issues. html?issue=6&id=2, 2001", "http://fjord.example/issues.html?issue=6&id=2"),
        ("http://fjord.example/data-on-the -northern-tides", "http://fjord.example/data-on-the-northern-tides"),
        ("http://fjord.example/a. Accessed 5 May 2001", "http://fjord.example/a"),
        ("http://fjord.example/tides. org chart", "http://fjord.example/tides"),
    ],
)
def test_url_wrapped_at_a_space(text: str, expected: str) -> None:
    from poolrefs.parse.fields import extend_url, find_url

    url = find_url(text)
    assert url is not None and extend_url(url, text) == expected


def test_doi_url_wrapped_at_a_space_gives_the_doi() -> None:
    from poolrefs import parse_reference

    ref = parse_reference("Quist, R. Tidal salts. Fjord Chem. 12, 3-9 (2001). http://dx.doi. org/10.1234/fc.2001.12")
    assert ref.doi == "10.1234/fc.2001.12"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Ruth Quist, The Northern Tides: Salt (Bergen: Fjord Press, 2004).", "Ruth Quist ,", "The Northern Tides : Salt"),
        ("Ruth Quist and Olav Brandt, Tides of the fjords (Bergen: Fjord Press, 2004).", "Ruth Quist and Olav Brandt ,",
         "Tides of the fjords"),
    ],
)
def test_note_author_then_title_in_one_author_span(text: str, author: str, title: str) -> None:
    from tests.parse_helpers import relabelled

    head = text.split(" (")[0]
    got = relabelled(text, [("author", head), ("place", "(Bergen:"), ("publisher", "Fjord Press,"), ("date", "2004).")])
    assert got["author"] == author and got["title"] == title


@pytest.mark.parametrize("head", ["Quist R.M., Brandt O., Lund K.", "Ruth Quist, Olav Brandt, Karl Lund"])
def test_name_lists_without_a_title_stay_names(head: str) -> None:
    from tests.parse_helpers import relabelled

    text = f"{head}, 2004, Fjord J., 12, 4"
    got = relabelled(text, [("author", f"{head},"), ("date", "2004,"), ("container", "Fjord J.,"), ("volume", "12,"),
                            ("pages", "4")])
    assert "title" not in got


@pytest.mark.parametrize(
    ("raw", "text", "expected"),
    [
        ({"title": "Tidal Ladders. Woods Hole,", "place": "Massachusetts:"},
         "Quist, R. 1984. Tidal Ladders. Woods Hole, Massachusetts: Fjord-Wesley.",
         {"title": "Tidal Ladders.", "place": "Woods Hole, Massachusetts:"}),
        ({"title": "Tides.", "publisher": "Bergen and", "place": "New York:"},
         "Quist, R. Tides. Bergen and New York: Fjord Press.", {"title": "Tides.", "place": "Bergen and New York:"}),
        ({"title": "Tides.", "place": "Olav Brandtsen. New York"}, "Quist, R. Tides. Olav Brandtsen. New York: Fjord.",
         {"title": "Tides.", "place": "New York"}),
        ({"title": "Tides.", "place": "St. Louis"}, "Quist, R. Tides. St. Louis: Fjord.", {"title": "Tides.", "place": "St. Louis"}),
    ],
)
def test_place_edges(raw: dict[str, str], text: str, expected: dict[str, str]) -> None:
    from poolrefs.parse.repair import _place_edges

    _place_edges(raw, text)
    assert raw == expected


def test_volume_and_issue_read_as_the_first_page_span() -> None:
    text = "Quist, R. Tidal salts. Fjord Biol, 1985. 109(2): p. 509-14."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("container", "Fjord Biol,"),
                          ("date", "1985."), ("pages", "109(2"), ("issue", "):"), ("pages", "p. 509-14.")])
    got = _labels(text, fix_number_spans(text, spans))
    assert got["volume"] == "109" and got["pages"] == "p. 509-14."


def test_journal_volume_and_pages_read_into_the_date() -> None:
    raw = {"author": "Moe K., Lund P.,", "date": "2004, Fjord J., 13, 1549"}
    split_number_pages(raw)
    assert raw == {"author": "Moe K., Lund P.,", "date": "2004", "container": "Fjord J.", "volume": "13", "pages": "1549"}


@pytest.mark.parametrize(("container", "split"), [("Fjord Sci. Rev.", False), ("Salt in the fjords. Fjord Letters", True)])
def test_short_abbreviation_before_the_journal_stop_is_not_a_title(container: str, split: bool) -> None:
    from poolrefs.parse.repair import repair

    got = repair({"author": "Quist, R.", "container": container, "pages": "3-9"}, "")
    assert ("title" in got) is split


def test_lower_case_ed_after_a_title_segment_names_editors() -> None:
    from poolrefs import parse_reference

    ref = parse_reference("Quist, Ruth. Un incontro di studi sulle maree, ed. Olav Brandt, Bergen: Fjord, 2001.")
    assert [(n.family, n.given) for n in ref.editors] == [("Brandt", "Olav")]
    assert ref.title == "Un incontro di studi sulle maree"


def test_a_small_number_after_the_volume_before_a_page_range_is_the_issue() -> None:
    text = "Quist, R. Tidal salts. Fjord Chemistry 14, 6 (2003), 411-425."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("container", "Fjord Chemistry"),
                          ("volume", "14,"), ("pages", "6"), ("date", "(2003),"), ("pages", "411-425.")])
    got = _labels(text, fix_number_spans(text, spans))
    assert got["issue"] == "6" and got["pages"] == "411-425."


def test_two_page_spans_with_no_range_after_keep_their_labels() -> None:
    text = "Quist, R. Tidal salts. Fjord Chemistry 14, 6 (2003), 411."
    spans = _spans(text, [("author", "Quist, R."), ("title", "Tidal salts."), ("container", "Fjord Chemistry"),
                          ("volume", "14,"), ("pages", "6"), ("date", "(2003),"), ("pages", "411.")])
    assert fix_number_spans(text, spans) == spans
