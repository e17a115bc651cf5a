from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poolrefs import DateValue, Name, Reference, enrich_reference, find_discrepancies
from poolrefs.resolution.records import from_crossref
from poolrefs.resolution.text import abbreviation_of, expand_pages, fold, title_similarity
from poolrefs.resolution.validate import Scored, choose, evidence, normalised_score, similarity

from .registry_data import DECOYS, SEED_WORKS


def cited(**fields: object) -> Reference:
    return Reference.model_validate(fields)


LAYNE = cited(
    type="article-journal",
    title="To join or not to join: Examining patent pool participation and rent sharing rules",
    authors=[Name(family="Layne-Farrar", given="A."), Name(family="Lerner", given="J.")],
    container_title="Journal of Industrial Organization",
    issued=DateValue(parts=[[2011]]), volume="29", issue="2", page="294-303",
)


# ----- text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Journal of Economics & Management Strategy", "journal of economics and management strategy"),
        ("The Journal of Economic History", "Journal of Economic History"),
        ("Lévêque", "LEVEQUE"),
        ("Patent pool formation: Timing matters", "Patent pool formation - timing matters"),
        ("<i>Ex ante</i> agreements", "Ex ante agreements"),
        ("TD&#8208;SCDMA", "TD-SCDMA"),
    ],
)
def test_fold_removes_minor_differences(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_real_differences() -> None:
    assert fold("Journal of Industrial Organization") != fold("International Journal of Industrial Organization")


@pytest.mark.parametrize(
    ("page", "expected"),
    [("1070-82", ("1070", "1082")), ("294–303", ("294", "303")), ("e1234", ("e1234", None)),
     ("898 - 920", ("898", "920")), ("99-101", ("99", "101")), ("no pages", None), (None, None)],
)
def test_expand_pages(page: str | None, expected: tuple[str, str | None] | None) -> None:
    assert expand_pages(page) == expected


def test_abbreviations() -> None:
    assert abbreviation_of("Econ. Inq.", "Economic Inquiry")
    assert abbreviation_of("Int. J. Ind. Organ.", "International Journal of Industrial Organization")
    assert not abbreviation_of("Journal of Industrial Organization", "International Journal of Industrial Organization")
    assert not abbreviation_of("", "Economic Inquiry")


@given(st.text(max_size=40), st.text(max_size=40))
def test_title_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    s = title_similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == pytest.approx(title_similarity(b, a))


def test_title_similarity_cjk_by_characters() -> None:
    assert title_similarity("专利联盟运营模式研究", "专利联盟运营模式研究") == 1.0
    assert 0 < title_similarity("专利联盟运营模式研究", "专利联盟的利益分配研究") < 0.8


# ----- validation -------------------------------------------------------------------


def test_true_record_scores_one_despite_wrong_journal_name() -> None:
    assert similarity(LAYNE, from_crossref(SEED_WORKS["ref03"])) == 1.0


@pytest.mark.parametrize("decoy", range(len(DECOYS)))
def test_decoys_fail_validation_for_every_seed_work(decoy: int) -> None:
    record = from_crossref(DECOYS[decoy])
    for work in SEED_WORKS.values():
        seed = from_crossref(work)
        assert similarity(seed, record) < 0.7, (seed.title, record.title)


def test_year_off_by_one_counts_half() -> None:
    record = from_crossref(SEED_WORKS["ref19"])
    base = cited(title=record.title, authors=record.authors, issued=DateValue(parts=[[2004]]))
    off = base.model_copy(update={"issued": DateValue(parts=[[2005]])})
    far = base.model_copy(update={"issued": DateValue(parts=[[2009]])})
    assert similarity(base, record) == 1.0
    assert similarity(off, record) == pytest.approx((2 + 1.5 + 0.5) / 4.5)
    assert similarity(far, record) == pytest.approx(3.5 / 4.5)


def test_online_year_is_a_right_year() -> None:
    record = from_crossref(SEED_WORKS["ref03"])  # print 2011, online 2010
    early = LAYNE.model_copy(update={"issued": DateValue(parts=[[2010]])})
    assert similarity(early, record) == 1.0
    assert find_discrepancies(early, record) == [
        d for d in find_discrepancies(early, record) if d.field == "container-title"
    ]


def test_abbreviated_pages_are_expanded() -> None:
    record = from_crossref(SEED_WORKS["ref05"])
    ref = cited(title=record.title, authors=record.authors, issued=record.issued, page="1070-82")
    assert similarity(ref, record) == 1.0


def test_a_title_alone_is_not_enough_evidence() -> None:
    record = from_crossref(SEED_WORKS["ref19"])
    lonely = cited(title="Patent pool enhances market competition")
    assert evidence(lonely, record) < 3.0
    assert similarity(lonely, record) == 0.0


def test_cited_fields_missing_from_candidate_count_against_it() -> None:
    ssrn = from_crossref(DECOYS[1])  # working paper: no volume, pages
    seed = from_crossref(SEED_WORKS["ref02"])
    assert similarity(seed, ssrn) < 0.7


def test_normalised_score() -> None:
    assert normalised_score(40.0, "x" * 100) == 0.4
    assert normalised_score(5.0, "") == 5.0


def _scored(doi: str, sim: float) -> Scored:
    return Scored(Reference(doi=doi, title=doi), 1.0, sim)


def test_choose_matched_ambiguous_unmatched() -> None:
    assert choose([_scored("10.1000/a", 0.9), _scored("10.1000/b", 0.6)], min_similarity=0.7, margin=0.05)[0] == "matched"
    status, close = choose([_scored("10.1000/a", 0.9), _scored("10.1000/b", 0.88)], min_similarity=0.7, margin=0.05)
    assert status == "ambiguous" and [c.record.doi for c in close] == ["10.1000/a", "10.1000/b"]
    assert choose([_scored("10.1000/a", 0.9), _scored("10.1000/b", 0.8)], min_similarity=0.7, margin=0.05)[0] == "matched"
    # the same DOI twice (duplicate hits) is not ambiguity
    assert choose([_scored("10.1000/a", 0.9), _scored("10.1000/A", 0.9)], min_similarity=0.7, margin=0.05)[0] == "matched"
    assert choose([_scored("10.1000/a", 0.5)], min_similarity=0.7, margin=0.05) == ("unmatched", [])
    assert choose([], min_similarity=0.7, margin=0.05) == ("unmatched", [])


# ----- discrepancies ----------------------------------------------------------------


def test_journal_of_industrial_organization_is_reported() -> None:
    found = find_discrepancies(LAYNE, from_crossref(SEED_WORKS["ref03"]))
    assert [(d.field, d.cited, d.registered) for d in found] == [
        ("container-title", "Journal of Industrial Organization", "International Journal of Industrial Organization")
    ]


def test_minor_differences_are_not_reported() -> None:
    record = from_crossref(SEED_WORKS["ref13"])  # "Journal of Economics &amp; Management Strategy"
    ref = cited(
        title="Ex ante agreements in standard setting and patent-pool formation",
        authors=[Name(family="Llanes", given="G."), Name(family="Poblete", given="J.")],
        container_title="Journal of Economics and Management Strategy",
        issued=DateValue(parts=[[2014]]), volume="23", issue="1", page="50–67",
    )
    assert find_discrepancies(ref, record) == []
    jeh = from_crossref(SEED_WORKS["ref18"])  # "The Journal of Economic History", issue "04"
    ref18 = cited(title=jeh.title, container_title="J. Econ. Hist.", issue="4", page="898–920",
                  authors=[Name(family="LAMPE", given="R"), Name(family="Moser", given="P")])
    assert find_discrepancies(ref18, jeh) == []


def test_real_differences_are_reported_with_both_values() -> None:
    record = from_crossref(SEED_WORKS["ref19"])
    ref = cited(
        title="Patent pools enhance market competition",
        authors=[Name(family="Kato", given="B.")],
        container_title="International Review of Law and Economics",
        issued=DateValue(parts=[[2005]]), volume="25", issue="3", page="256-268",
    )
    found = {d.field: (d.cited, d.registered) for d in find_discrepancies(ref, record)}
    assert found == {
        "title": ("Patent pools enhance market competition", "Patent pool enhances market competition"),
        "author": ("Kato, B.", "Kato, Atsuo"),
        "issued": ("2005", "2004"),
        "volume": ("25", "24"),
        "issue": ("3", "2"),
        "page": ("256-268", "255-268"),
    }


def test_author_lists() -> None:
    record = from_crossref(SEED_WORKS["ref09"])  # Yao, Song, Fang
    two = cited(authors=[Name(family="Yao", given="Y."), Name(family="Song", given="W.")])
    assert [d.field for d in find_discrepancies(two, record)] == ["author"]  # an author dropped
    etal = two.model_copy(update={"et_al": True})
    assert find_discrepancies(etal, record) == []
    swapped = cited(authors=[Name(family="Song"), Name(family="Yao"), Name(family="Fang")])
    assert [d.field for d in find_discrepancies(swapped, record)] == ["author"]


def test_subtitle_left_out_is_not_a_discrepancy() -> None:
    record = Reference(title="Patent pool formation: Timing matters")
    assert find_discrepancies(Reference(title="Patent pool formation"), record) == []


# ----- enrichment -------------------------------------------------------------------


def test_enrich_fills_corrects_and_keeps() -> None:
    record = from_crossref(SEED_WORKS["ref03"])
    ref = LAYNE.model_copy(update={"provenance": {"title": "parsed", "container-title": "parsed"}, "raw": "x"})
    merged = enrich_reference(ref, record)
    assert merged.container_title == "International Journal of Industrial Organization"
    assert merged.provenance["container-title"] == "crossref"
    assert merged.title == LAYNE.title and merged.provenance["title"] == "parsed"  # right: kept
    assert merged.authors == LAYNE.authors  # initials agree with the full names: kept
    assert merged.doi == "10.1016/j.ijindorg.2010.08.006" and merged.provenance["DOI"] == "crossref"
    assert merged.issn and merged.provenance["ISSN"] == "crossref"
    assert merged.raw == "x"


def test_enrich_replaces_wrong_type_and_names_default_source() -> None:
    record = Reference(type="paper-conference", title="T", doi="10.1109/x.1")
    ref = Reference(type="webpage", title="T")
    merged = enrich_reference(ref, record, source="ieee")
    assert merged.type == "paper-conference" and merged.provenance["type"] == "ieee"
    assert merged.provenance["DOI"] == "ieee"


def test_enrich_with_nothing_new_returns_the_reference() -> None:
    ref = Reference(title="T")
    assert enrich_reference(ref, Reference(title="t")) is ref


_names = st.lists(st.builds(Name, family=st.sampled_from(["Kato", "Lerner", "李", "De Luca"]),
                            given=st.sampled_from(["A.", "Josh", None])), min_size=1, max_size=3)


@given(
    title=st.text(min_size=1, max_size=60).filter(lambda t: bool(fold(t))),
    authors=_names,
    year=st.integers(1900, 2030),
    page=st.sampled_from([None, "1-10", "255-268", "e12"]),
)
def test_a_record_validates_itself_fully(title: str, authors: list[Name], year: int, page: str | None) -> None:
    ref = Reference(title=title, authors=authors, issued=DateValue(parts=[[year]]), page=page)
    assert similarity(ref, ref) == 1.0
    assert find_discrepancies(ref, ref) == []
    assert enrich_reference(ref, ref) is ref


@given(a=st.builds(Reference, title=st.text(max_size=30), authors=_names, volume=st.sampled_from([None, "1", "29"])),
       b=st.builds(Reference, title=st.text(max_size=30), authors=_names, volume=st.sampled_from([None, "2", "29"])))
def test_similarity_is_bounded(a: Reference, b: Reference) -> None:
    assert 0.0 <= similarity(a, b) <= 1.0


# ----- search queries ---------------------------------------------------------------


def test_search_query_from_raw_text_drops_urls_dois_and_access_dates() -> None:
    from poolrefs.resolution.engine import search_query

    raw = ("Wang D Z. Patent pool: a solution to the problem of TD-SCDMA's commercialization. "
           "[2009-06-19]. http://ieeexplore.ieee.org/abstract/document/5076744/?reload=true. doi:10.1109/x.5076744")
    q = search_query(Reference(raw=raw))
    assert q == "Wang D Z. Patent pool: a solution to the problem of TD-SCDMA's commercialization"
    assert "http" not in q and "2009-06-19" not in q


def test_search_query_from_fields() -> None:
    from poolrefs.resolution.engine import search_query

    ref = LAYNE
    assert search_query(ref) == (
        "Layne-Farrar Lerner 2011 To join or not to join: Examining patent pool participation and "
        "rent sharing rules Journal of Industrial Organization 29 2 294-303")
    assert search_query(ref, bibliographic=False) == (
        "To join or not to join: Examining patent pool participation and rent sharing rules Layne-Farrar Lerner")
