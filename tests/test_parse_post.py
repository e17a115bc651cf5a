"""Post-processing rules: role words, editors by cue, genres, numbers (strings written here)."""

from __future__ import annotations

import pytest

from poolrefs import parse_reference
from poolrefs.parse.names import split_names
from poolrefs.parse.relabel import name_list_end, relabel
from poolrefs.parse.tokens import tokenize
from tests.parse_helpers import relabelled


def _names(span: str) -> list[tuple[str | None, str | None, str | None]]:
    names, _ = split_names(span)
    return [(n.family, n.given, n.dropping_particle) for n in names]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("(ed. Quist, R.)", [("Quist", "R.", None)]),
        ("(eds Brandt, O. & Lindahl, P. von)", [("Brandt", "O.", None), ("Lindahl", "P.", "von")]),
        ("Brandt, O. (Eds.)", [("Brandt", "O.", None)]),
        ("edited by Tomas Lindahl", [("Lindahl", "Tomas", None)]),
        ("ed. by Tomas Lindahl", [("Lindahl", "Tomas", None)]),
        ("In: Tomas Lindahl (eds)", [("Lindahl", "Tomas", None)]),
        ("Quist R, Brandt O, eds.", [("Quist", "R.", None), ("Brandt", "O.", None)]),
        ("Quist R, Brandt O)", [("Quist", "R.", None), ("Brandt", "O.", None)]),
        ("钱立群 主编", [("钱", "立群", None)]),
        ("钱立群, 孙文, 编", [("钱", "立群", None), ("孙", "文", None)]),
        ("Ed Quist and Jo Brandt", [("Quist", "Ed", None), ("Brandt", "Jo", None)]),
    ],
)
def test_role_words_and_brackets_are_not_names(span: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _names(span) == expected


@pytest.mark.parametrize("span", ["(", "ed.", "Eds.", "(Eds.)", "主编", ")"])
def test_a_cue_alone_gives_no_name(span: str) -> None:
    assert split_names(span) == ([], False)


def test_cjk_role_word_inside_an_institution_is_kept() -> None:
    names, _ = split_names("华东地区图书编辑委员会")
    assert names[0].literal == "华东地区图书编辑委员会"


def test_et_al_before_a_cjk_role_word() -> None:
    names, truncated = split_names("钱立群, 孙文, 等编")
    assert truncated and [n.family for n in names] == ["钱", "孙"]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Aubert, Marie-Claire", [("Aubert", "Marie-Claire", None)]),
        ("Ferreira-Lopes, Ana Luísa", [("Ferreira-Lopes", "Ana Luísa", None)]),
        ("Lindahl, P. von, Quist, R., & Brandt, O.", [("Lindahl", "P.", "von"), ("Quist", "R.", None),
                                                     ("Brandt", "O.", None)]),
    ],
)
def test_given_names_with_hyphens_two_words_and_particles(span: str, expected: list[tuple[str, str, str]]) -> None:
    assert _names(span) == expected


def test_name_list_end_stops_at_the_publisher() -> None:
    text = "edited by Tomas Lindahl, Fjord House, 2001"
    assert text[10 : name_list_end(text, 10)] == "Tomas Lindahl"
    text = "edited by R. Quist and Ana van Dijk, Fjord House, 2001"
    assert text[10 : name_list_end(text, 10)] == "R. Quist and Ana van Dijk"
    text = "edited by R. Quist, O. Brandt, and P. Lind. Fjord House"
    assert text[10 : name_list_end(text, 10)] == "R. Quist, O. Brandt, and P. Lind"


def test_relabel_marks_cued_editors_and_leaves_the_cue_out() -> None:
    text = "Quist, R. Title. in Book (ed. Brandt, O.) 1-9 (Fjord House, Oslo, 2001)."
    tokens = tokenize(text)
    labels = relabel(text, tokens, ["title"] * len(tokens))
    editor = "".join(t.text for t, lab in zip(tokens, labels, strict=True) if lab == "editor")
    assert editor == "Brandt,O."
    paren = next(i for i, t in enumerate(tokens) if t.text == "(")
    assert labels[paren] == "note"


@pytest.mark.parametrize(
    "text",
    [
        "Brandt, O. (Ed.). (2011). Harbour lights and coastal towns. Fjord House.",
        "Brandt, Olav, and Ruth Quist, eds. 2011. Harbour Lights and Coastal Towns. Fjord House.",
        "[4] O. Brandt, Ed., Harbour lights and coastal towns. Oslo: Fjord House, 2011.",
    ],
)
def test_an_edited_book_has_editors_not_authors(text: str) -> None:
    ref = parse_reference(text)
    assert ref.editors and ref.editors[0].family == "Brandt"
    assert not ref.authors


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("Quist, R. Tides and towns. in Harbour studies: a review (ed. Brandt, O.) 10–19 (Fjord House, Oslo, 2001).",
         ["Brandt"]),
        ("Quist, Ruth. “Tides and Towns.” Harbour Studies, edited by Olav Brandt and Ana van Dijk, Fjord House, "
         "2001, pp. 10–19.", ["Brandt", "van Dijk"]),
        ("Quist R. Tides and towns. In: Brandt O, Lind P, eds. Harbour Studies. Fjord House; 2001:10-19.",
         ["Brandt", "Lind"]),
    ],
)
def test_editors_announced_by_a_cue(text: str, editors: list[str]) -> None:
    ref = parse_reference(text)
    assert [e.family for e in ref.editors] == editors
    assert ref.type == "chapter"
    assert "ed" not in (ref.container_title or "").split()


@pytest.mark.parametrize(
    ("text", "genre", "kind"),
    [
        ("Quist, R. (2019). Tidal mixing in fjords [Doctoral dissertation]. University of Bergen.",
         "Doctoral dissertation", "thesis"),
        ("Quist, Ruth. 2019. “Tidal Mixing in Fjords.” Master’s thesis, University of Bergen.",
         "Master’s thesis", "thesis"),
        ("孙文. 海湾潮汐混合研究[硕士学位论文]. 青岛: 海洋大学; 2019.", "硕士学位论文", "thesis"),
    ],
)
def test_thesis_genre_is_recovered(text: str, genre: str, kind: str) -> None:
    ref = parse_reference(text)
    assert ref.genre == genre
    assert ref.type == kind
    assert genre not in (ref.title or "") and genre not in (ref.publisher or "")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Quist R. Tidal mixing in fjords. Oslo: Fjord Institute; 2019. Report TR 7.", "TR 7"),
        ("R. Quist, “Tidal mixing in fjords,” Fjord Institute, Oslo, No. 12, 2019.", "No. 12"),
        ("Quist, R. (2019). Tidal mixing in fjords (WP 31). Fjord Institute.", "WP 31"),
        ("Brandt O. Folding ladder. US 7,123,456 B2. 2009.", "US 7,123,456 B2"),
    ],
)
def test_report_and_patent_numbers(text: str, number: str) -> None:
    ref = parse_reference(text)
    assert ref.number == number


def test_report_word_before_a_number_is_the_genre() -> None:
    ref = parse_reference("Quist R. Tidal mixing in fjords. Oslo: Fjord Institute; 2019. Working Paper 31.")
    assert (ref.number, ref.type) == ("31", "report")
    assert ref.genre is not None and ref.genre.lower() == "working paper"


def test_issue_numbers_of_journals_are_not_report_numbers() -> None:
    ref = parse_reference("R. Quist, “Tidal mixing,” Journal of Fjord Studies, vol. 4, no. 2, pp. 1–9, 2019.")
    assert ref.number is None and ref.issue == "2"


def test_suffix_after_a_family_first_name_is_not_a_family_name() -> None:
    names, _ = split_names("QUIST R A, Jr, BRANDT O")
    assert [(n.family, n.given, n.suffix) for n in names] == [("Quist", "R. A.", "Jr."), ("Brandt", "O.", None)]


def test_cyrillic_initials() -> None:
    names, _ = split_names("Петров И В, Сидоров А")
    assert [(n.family, n.given) for n in names] == [("Петров", "И. В."), ("Сидоров", "А.")]


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("Quist R. Tides and towns. Bergen: Fjord House; 2001.", "Bergen", "Fjord House"),
        ("Quist, R. 2001. Tides and Towns. New York: John Fjord & Sons.", "New York", "John Fjord & Sons"),
    ],
)
def test_place_and_publisher_split_at_the_colon(text: str, place: str, publisher: str) -> None:
    ref = parse_reference(text)
    assert (ref.publisher_place, ref.publisher) == (place, publisher)


def test_repair_splits_a_place_that_holds_the_publisher() -> None:
    from poolrefs.parse.repair import repair as _repair

    text = "Quist R. Tides. New York: John Fjord & Sons, 2001."
    assert _repair({"place": "New York: John", "publisher": "Fjord & Sons"}, text) == {
        "place": "New York", "publisher": "John Fjord & Sons"}
    assert _repair({"place": "Bergen: Fjord House, 2001"}, text) == {"place": "Bergen", "publisher": "Fjord House"}
    assert _repair({"place": "Bergen"}, text) == {"place": "Bergen"}


def test_repair_reads_shapes_the_labeller_ran_together() -> None:
    from poolrefs.parse.repair import repair as _repair

    text = "Quist R. Tides in coastal towns: a review. Fjord House; 2001."
    assert _repair({"title": "Tides", "container": "in coastal towns: a review"}, text) == {
        "title": "Tides in coastal towns: a review"}
    text = "Quist R. “Tides,” in Harbour Studies, 2001."
    assert _repair({"title": "Tides,”", "container": "in Harbour Studies"}, text)["container"] == "in Harbour Studies"
    assert _repair({"title": "Tides. In: Harbour Studies"}, "") == {"title": "Tides", "container": "Harbour Studies"}
    assert _repair({"title": "“Tides.” Harbour Studies"}, "") == {"title": "Tides", "container": "Harbour Studies"}
    assert _repair({"publisher": "Bergen: Fjord House"}, "") == {"place": "Bergen", "publisher": "Fjord House"}


def test_edition_span_holds_only_the_statement() -> None:
    text = "Quist, R. 2001. Tides and Towns. 4th ed. Fjord House."
    tokens = tokenize(text)
    labels = ["author"] * 4 + ["date"] * 2 + ["title"] * 4 + ["edition"] * (len(tokens) - 10)
    out = relabel(text, tokens, labels)
    words = {lab: " ".join(t.text for t, la in zip(tokens, out, strict=True) if la == lab) for lab in set(out)}
    assert words["edition"] == "4th ed ." and words["publisher"] == "Fjord House ."


def test_an_edited_book_keeps_its_title() -> None:
    ref = parse_reference("Brandt O, Quist R, editors. Harbour lights and coastal towns. Oslo: Fjord House; 2011.")
    assert [e.family for e in ref.editors] == ["Brandt", "Quist"] and not ref.authors
    assert (ref.title, ref.type) == ("Harbour lights and coastal towns", "book")


@pytest.mark.parametrize(
    ("shape", "kind"),
    [
        ({"container": "Fjord Notes", "url": "https://x.example/1", "date": "y"}, "webpage"),
        ({"container": "Fjord Notes", "url": "https://x.example/1", "volume": "4"}, "article-journal"),
        ({"number": "TR 7", "publisher": "Fjord Institute", "container": "Fjord Studies"}, "report"),
        ({"number": "7", "volume": "4", "container": "Fjord Studies"}, "article-journal"),
    ],
)
def test_type_from_shape(shape: dict[str, str], kind: str) -> None:
    from poolrefs.parse.types import infer_type

    assert infer_type(shape, None) == kind




def test_journal_name_cut_in_two_is_joined() -> None:
    text = "Quist R. Tides of the north. Fjord Trans. Coastal Studies, 3, 1-9, 2001."
    got = relabelled(text, [("author", "Quist R."), ("title", "Tides of the north. Fjord Trans."),
                             ("container", "Coastal Studies,"), ("volume", "3,"), ("pages", "1-9,"),
                             ("date", "2001.")])
    assert got["title"] == "Tides of the north ." and got["container"] == "Fjord Trans . Coastal Studies ,"
    text = "Quist R. Tides. Journal of the Fjord Society, 3, 1-9."
    got = relabelled(text, [("author", "Quist R."), ("title", "Tides."), ("container", "Journal of the"),
                             ("publisher", "Fjord Society,"), ("volume", "3,"), ("pages", "1-9.")])
    assert "publisher" not in got and got["container"] == "Journal of the Fjord Society ,"


def test_a_question_mark_does_not_end_a_title_before_its_journal() -> None:
    text = "Quist R. Why tides? A Fjord Study. Coastal Studies, 3, 1-9."
    got = relabelled(text, [("author", "Quist R."), ("title", "Why tides? A Fjord Study."),
                             ("container", "Coastal Studies,"), ("volume", "3,"), ("pages", "1-9.")])
    assert got["title"] == "Why tides ? A Fjord Study ."


def test_subtitle_after_a_colon_is_not_the_container() -> None:
    text = "Quist R. Tides: a northern view. Coastal Studies, 3, 1-9."
    got = relabelled(text, [("author", "Quist R."), ("title", "Tides:"), ("container", "a northern view."),
                             ("container", "Coastal Studies,"), ("volume", "3,"), ("pages", "1-9.")])
    assert got["title"].startswith("Tides : a northern view")


def test_text_after_et_al_is_not_an_author() -> None:
    text = "Quist, R. et al., Fjord Lett. 2001, 3, 19."
    got = relabelled(text, [("author", "Quist, R. et al., Fjord Lett."), ("date", "2001,"), ("volume", "3,"),
                             ("pages", "19.")])
    assert got["author"] == "Quist , R . et al . ," and got["container"] == "Fjord Lett ."
