"""The parser bench's soft-match rule and label mappings (bench/scoring.py, bench/gold.py)."""

from __future__ import annotations

import pytest

from tests.bench_modules import load_bench

scoring = load_bench("scoring")
gold = load_bench("gold")


# ----- text, pages, numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Patent pool formation: Timing matters", "patent pool formation:timing matters."),
        ("“Waiting for the Tide”", "Waiting for the tide"),
        ("In: Proceedings of HWC' 07", "Proceedings of HWC’07,"),
        ("In Charting Estuaries,", "Charting Estuaries"),
        ("东海海洋研究所学报", "东海海洋研究所学报。"),
        ("潮汐测量学（二）：第三讲", "潮汐测量学(二):第三讲"),
        ("Information deﬁcits", "Information deficits"),
    ],
)
def test_text_soft_match_ignores_case_space_quotes_and_edges(a: str, b: str) -> None:
    assert scoring.norm_text(a) == scoring.norm_text(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Patent pool formation", "Patent pools formation"),
        ("Journal of Law, Economics", "Journal of Law Economics"),  # inner punctuation counts
        ("专利联盟", "专利联合"),
    ],
)
def test_text_soft_match_still_tells_different_text_apart(a: str, b: str) -> None:
    assert scoring.norm_text(a) != scoring.norm_text(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("112–19", "112-119"),
        ("pp. 334–344", "334-344"),
        ("p. A65.", "A65"),
        ("pages 757-763,", "757-763"),
        ("page 12", "12"),
        ("pp 5-9", "5-9"),
        ("1215--1218", "1215-1218"),
        ("64-8", "64-68"),
        ("S12-19", "S12-S19"),
        ("e87366", "e87366"),
    ],
)
def test_pages_expand_ranges_and_drop_prefixes(a: str, b: str) -> None:
    assert scoring.norm_page(a) == scoring.norm_page(b)


def test_a_page_prefix_is_taken_whole() -> None:
    # "pages" once matched as "p" + "ages", leaving "ages757-ages763"
    assert scoring.norm_page("pages 757-763") == "757-763"


def test_pages_differ_when_numbers_differ() -> None:
    assert scoring.norm_page("112-119") != scoring.norm_page("112-129")
    assert scoring.norm_page("112") != scoring.norm_page("112-119")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("vol. 36", "36"),
        ("No. 9", "9"),
        ("(5)", "5"),
        ("第 1 卷", "1"),
        ("n°149.", "149"),
        ("3–4", "3-4"),
    ],
)
def test_volume_and_issue_prefixes(a: str, b: str) -> None:
    assert scoring.norm_number(a) == scoring.norm_number(b)


@pytest.mark.parametrize(("a", "b"), [("2nd ed.", "2"), ("Fourth", "4th edn"), ("第2版", "2")])
def test_edition_compares_numbers(a: str, b: str) -> None:
    assert scoring.norm_edition(a) == scoring.norm_edition(b)


def test_doi_and_isbn_keys() -> None:
    assert scoring.norm_doi("https://doi.org/10.1016/J.X.2011.03") == scoring.norm_doi(
        "doi:10.1016/j.x.2011.03."
    )
    assert scoring.norm_isbn("978-7-100-01777-0") == scoring.norm_isbn("9787100017770")


# ----- dates -------------------------------------------------------------------------------


def test_issued_compares_year_accessed_compares_full_date() -> None:
    assert scoring.match_field(
        "issued", {"issued": {"date-parts": [[2012, 5, 3]]}}, {"issued": {"date-parts": [[2012]]}}
    )
    assert not scoring.match_field("issued", {"issued": 2012}, {"issued": {"date-parts": [[2013]]}})
    g = {"accessed": {"date-parts": [[2014, 4, 25]]}}
    assert scoring.match_field("accessed", g, {"accessed": {"date-parts": [[2014, 4, 25]]}})
    assert not scoring.match_field("accessed", g, {"accessed": {"date-parts": [[2014, 4]]}})
    assert scoring.match_field(
        "issued", {"issued": 1871}, {"issued": {"literal": "1871（清同治十年）"}}
    )


# ----- names -------------------------------------------------------------------------------


def test_structured_names_compare_family_and_initials() -> None:
    gold_names = [{"family": "Lindahl", "given": "Ryan L."}, {"family": "Tsai", "given": "T.-W."}]
    same = [{"family": "LINDAHL", "given": "RL"}, {"family": "Tsai", "given": "T W"}]
    assert scoring.match_names(gold_names, same)
    assert not scoring.match_names(gold_names, list(reversed(same)))  # order matters
    assert not scoring.match_names(gold_names, same[:1])
    assert not scoring.match_names(gold_names, [{"family": "Lindahl", "given": "R."}, same[1]])


def test_particles_and_literals() -> None:
    g = [{"family": "Montigny", "non-dropping-particle": "De", "given": "H."}]
    assert scoring.match_names(g, [{"family": "De Montigny", "given": "H"}])
    org = [{"literal": "World Health Organization"}]
    assert scoring.match_names(org, [{"family": "World Health Organization"}])


def test_cjk_names_compare_whole_text() -> None:
    g = [{"family": "王", "given": "海潮"}]
    assert scoring.match_names(g, [{"literal": "王海潮"}])
    assert scoring.match_names(g, [{"family": "王", "given": "海潮"}])
    assert not scoring.match_names(g, [{"family": "王", "given": "海"}])
    assert not scoring.match_names(
        [{"family": "欧阳", "given": "潮生"}], [{"family": "欧", "given": "阳潮"}]
    )


def test_et_al_flag_is_required_when_gold_has_it() -> None:
    g = {"author": [{"family": "王", "given": "海潮"}], "x-et-al": True}
    p = {"author": [{"family": "王", "given": "海潮"}]}
    assert not scoring.match_field("author", g, p)
    assert scoring.match_field("author", g, {**p, "x-et-al": True})


def test_text_names_against_structured_names() -> None:
    span = "Varn, K., Hollberg, T. R., Sauer, D., Lindqvist, P. & Ostrom- Berglund, A."
    names = [
        {"family": "Varn", "given": "K."},
        {"family": "Hollberg", "given": "T. R."},
        {"family": "Sauer", "given": "D."},
        {"family": "Lindqvist", "given": "P."},
        {"family": "Ostrom-Berglund", "given": "A."},
    ]
    assert scoring.names_match_text(span, names)
    assert not scoring.names_match_text(span, names[:-1])  # a name missing
    assert not scoring.names_match_text(span, [*names[:-1], {"family": "Ostrom", "given": "A."}])
    assert scoring.names_match_text("ed. Marta Kovel,", [{"family": "Kovel", "given": "M."}])
    assert scoring.names_match_text(
        "Lindahl RL, Tsai T-W, et al.",
        [{"family": "Lindahl", "given": "R. L."}, {"family": "Tsai", "given": "T.-W."}],
    )
    assert scoring.names_match_text(
        "王海潮, 刘冰川, 等", [{"family": "王", "given": "海潮"}, {"family": "刘", "given": "冰川"}]
    )
    assert not scoring.names_match_text("王海潮, 刘冰川", [{"family": "王", "given": "海潮"}])


def test_score_record_counts_only_gold_fields() -> None:
    g = {"title": "A", "page": "1-9", "issued": 2001}
    result = scoring.score_record(g, {"title": "a.", "page": "1–9", "volume": "3"})
    assert result == {"title": True, "page": True, "issued": False}


def test_a_gold_record_matches_itself() -> None:
    item = {
        "type": "chapter",
        "author": [{"family": "Chen", "given": "X."}],
        "editor": [{"literal": "中国科学技术期刊编辑学会"}],
        "title": "T",
        "container-title": "C",
        "page": "106-110",
        "issued": {"date-parts": [[2005]]},
        "publisher": "P",
        "publisher-place": "Q",
        "URL": "http://x.org/a",
        "DOI": "10.1/x",
        "accessed": {"date-parts": [[2020, 1, 2]]},
    }
    assert all(scoring.score_record(item, item).values())


# ----- AnyStyle label mapping --------------------------------------------------------------


def test_anystyle_labels_map_to_csl_keys() -> None:
    spans = [
        ("citation-number", "33"),
        ("author", "Bergk, V. & Gasse, C."),
        ("title", "Drug data."),
        ("journal", "Eur. J. Clin. Pharmacol."),
        ("date", "2005,"),
        ("volume", "61(3),"),
        ("pages", "327–335."),
        ("location", "London:"),
        ("publisher", "Routledge,"),
        ("note", "[accessed 10 May 2016]"),
        ("doi", "10.1/x"),
        ("url", "http://a.b/c"),
        ("edition", "2nd edn,"),
        ("genre", "PhD thesis,"),
    ]
    g = gold.anystyle_gold(spans)
    assert g == {
        "author": "Bergk, V. & Gasse, C.",
        "title": "Drug data.",
        "container-title": "Eur. J. Clin. Pharmacol.",
        "issued": 2005,
        "volume": "61",
        "issue": "3",
        "page": "327–335.",
        "publisher-place": "London:",
        "publisher": "Routledge,",
        "accessed": {"date-parts": [[2016, 5, 10]]},
        "DOI": "10.1/x",
        "URL": "http://a.b/c",
        "edition": "2nd edn,",
        "genre": "PhD thesis,",
    }


def test_anystyle_multi_span_rules() -> None:
    g = gold.anystyle_gold(
        [
            ("author", "Smith, J."),
            ("author", "Doe, A."),
            ("date", "2015."),
            ("date", "2 September 2015."),
            ("volume", "vol. 1"),
            ("volume", "vol. 2"),
            ("note", "Available at"),
            ("container-title", "In Charting Estuaries,"),
        ]
    )
    assert g["author"] == "Smith, J., Doe, A."
    assert g["issued"] == 2015
    assert "volume" not in g and "accessed" not in g
    assert g["container-title"] == "In Charting Estuaries,"


def test_read_anystyle_joins_spans() -> None:
    xml = (
        "<dataset><sequence><author>Birch, H.</author><date>(2009)</date>"
        "<title>Dementia &amp; care.</title></sequence></dataset>"
    )
    [(text, g)] = gold.read_anystyle(xml)
    assert text == "Birch, H. (2009) Dementia & care."
    assert g == {"author": "Birch, H.", "issued": 2009, "title": "Dementia & care."}


# ----- visibility filter -------------------------------------------------------------------


def test_visible_gold_keeps_only_what_the_text_shows() -> None:
    item = {
        "type": "article-journal",
        "title": "The Tidal Records of Harbour Masters",
        "author": [
            {"family": "Harbo", "given": "Marit F."},
            {"family": "Doe", "given": "J."},
            {"family": "Roe", "given": "K."},
            {"family": "Poe", "given": "E."},
        ],
        "container-title": "Coastal & Harbour Archives",
        "volume": "17",
        "issue": "3",
        "page": "211-230",
        "issued": {"date-parts": [[1984, 5, 1]]},
        "ISSN": "1",
        "ISBN": "978-0-00",
        "accessed": {"date-parts": [[2020, 3, 4]]},
        "edition": "Fourth",
    }
    text = "Harbo M F, Doe J, Roe K, et al. The tidal records of harbour masters[J]. Coastal & Harbour Archives，1984，17 （3）：211-230."
    g = gold.visible_gold(item, text, type_visible=False)
    assert [n["family"] for n in g["author"]] == ["Harbo", "Doe", "Roe"]
    assert g["x-et-al"] is True
    assert {"title", "container-title", "volume", "issue", "page", "issued"} <= set(g)
    assert not {"type", "ISBN", "accessed", "edition"} & set(g)
    assert "accessed" in gold.visible_gold(item, text + " [2020-03-04].")
    assert "edition" in gold.visible_gold(item, text + " 4th ed.")


def test_article_number_may_be_page_or_number() -> None:
    assert scoring.match_field("number", {"number": "730570"}, {"page": "730570"})
    assert scoring.match_field("page", {"page": "e87366"}, {"number": "e87366"})
    assert not scoring.match_field("page", {"page": "12-19"}, {"page": "12", "number": "12-19"})


def test_visible_gold_ignores_values_seen_only_inside_other_fields() -> None:
    item = {
        "type": "thesis",
        "title": "T",
        "publisher": "KU Leuven",
        "publisher-place": "Leuven",
        "volume": "6",
        "page": "1761-1770",
    }
    g = gold.visible_gold(item, "Smith, J. (1982). T [PhD thesis]. KU Leuven. 1761–1770.")
    assert "publisher" in g and "publisher-place" not in g and "volume" not in g
    g = gold.visible_gold(item, "Smith J. T[D]. Leuven: KU Leuven, 1982, 6: 1761-1770.")
    assert "publisher-place" in g and "volume" in g
