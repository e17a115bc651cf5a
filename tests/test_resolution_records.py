from __future__ import annotations

import copy

import pytest

from poolrefs import ServiceError
from poolrefs.resolution.records import from_crossref, from_csl_item, from_datacite, from_ieee

from .registry_data import CSL_ONLY, DATACITE, IEEE, SEED_WORKS


def test_crossref_work_fields_and_provenance() -> None:
    ref = from_crossref(SEED_WORKS["ref03"])
    assert ref.doi == "10.1016/j.ijindorg.2010.08.006"
    assert ref.type == "article-journal"
    assert ref.title == "To join or not to join: Examining patent pool participation and rent sharing rules"
    assert ref.container_title == "International Journal of Industrial Organization"
    assert [(a.family, a.given) for a in ref.authors] == [("Layne-Farrar", "Anne"), ("Lerner", "Josh")]
    assert (ref.volume, ref.issue, ref.page) == ("29", "2", "294-303")
    # cited years are print years: issued = published-print; the online year is kept apart
    assert ref.year == 2011
    assert ref.other_dates["available-date"].year == 2010
    assert ref.provenance["DOI"] == "crossref"
    assert ref.provenance["container-title"] == "crossref"
    assert ref.provenance["author"] == "crossref"
    assert not ref.authors[0].extras  # "sequence" and "affiliation" are not name parts


def test_crossref_markup_entities_and_subtitle() -> None:
    item = copy.deepcopy(SEED_WORKS["ref13"])
    item["title"] = ["Ex ante agreements in <i>standard setting</i>"]
    item["subtitle"] = ["and patent-pool formation"]
    ref = from_crossref(item)
    assert ref.title == "Ex ante agreements in standard setting: and patent-pool formation"
    assert ref.container_title == "Journal of Economics & Management Strategy"


def test_crossref_type_mapping_and_missing_fields() -> None:
    item = {"DOI": "10.3386/w15061", "type": "report", "title": ["T"], "issued": {"date-parts": [[None]]}}
    ref = from_crossref(item)
    assert ref.type == "report"
    assert ref.issued is None
    assert ref.authors == []


@pytest.mark.parametrize("bad", [None, [], {"title": ["no DOI"]}, {"DOI": 42}])
def test_crossref_rejects_non_works(bad: object) -> None:
    with pytest.raises(ServiceError, match="crossref"):
        from_crossref(bad)  # type: ignore[arg-type]


def test_crossref_bad_doi_is_a_service_error() -> None:
    with pytest.raises(ServiceError, match="unusable crossref record"):
        from_crossref({"DOI": "not-a-doi"})


def test_datacite_document() -> None:
    ref = from_datacite(DATACITE["10.48550/arxiv.2101.01234"])
    assert ref.doi == "10.48550/arxiv.2101.01234"
    assert ref.type == "article"
    assert ref.title == "Pure patent pools and royalty stacking"
    assert ref.authors[0].family == "Quint" and ref.authors[1].literal == "arXiv Consortium"
    assert ref.year == 2021 and ref.publisher == "arXiv"
    assert ref.arxiv_id == "2101.01234"
    assert set(ref.provenance.values()) == {"datacite"}


def test_datacite_container_pages_and_publisher_object() -> None:
    doc = copy.deepcopy(DATACITE["10.48550/arxiv.2101.01234"])
    attrs = doc["data"]["attributes"]
    attrs["publisher"] = {"name": "Zenodo"}
    attrs["types"] = {"resourceTypeGeneral": "JournalArticle"}
    attrs["container"] = {"type": "Journal", "title": "J", "volume": "3", "issue": "1", "firstPage": "5", "lastPage": "9"}
    ref = from_datacite(doc)
    assert (ref.publisher, ref.type, ref.container_title, ref.volume, ref.page) == ("Zenodo", "article-journal", "J", "3", "5-9")


def test_datacite_rejects_errors_document() -> None:
    with pytest.raises(ServiceError, match="datacite"):
        from_datacite({"errors": [{"status": "404"}]})


def test_csl_negotiation_tidies_agency_quirks() -> None:
    item = dict(CSL_ONLY["10.1400/123456"], reference=[{"key": "r1"}], indexed={"x": 1})
    item["author"] = [{"family": "Rossi", "given": "Maria", "sequence": "first", "affiliation": []}]
    ref = from_csl_item(item)
    assert ref.container_title == "Mercato Concorrenza Regole"  # list -> string
    assert ref.authors[0].family == "Rossi" and not ref.authors[0].extras
    assert "reference" not in ref.extras and "indexed" not in ref.extras
    assert ref.year == 2012 and ref.provenance["title"] == "doi.org"


def test_csl_negotiation_maps_crossref_types() -> None:
    assert from_csl_item({"type": "journal-article", "title": "T"}).type == "article-journal"


def test_ieee_article() -> None:
    ref = from_ieee(IEEE["6774569"])
    assert ref.doi == "10.1109/siit.2013.6774569"
    assert ref.type == "paper-conference"
    assert (ref.authors[0].given, ref.authors[0].family) == ("Henri", "de Belsunce")
    assert ref.page == "1-12" and ref.year == 2013
    assert ref.ieee_arnumber == "6774569"
    assert ref.provenance["DOI"] == "ieee"


def test_ieee_article_orders_authors_and_tolerates_gaps() -> None:
    article = {"title": "T", "authors": {"authors": [
        {"full_name": "B Second", "author_order": 2}, {"full_name": "A First", "author_order": 1}]},
        "start_page": "7", "end_page": "7", "doi": ""}
    ref = from_ieee(article)
    assert [a.family for a in ref.authors] == ["First", "Second"]
    assert ref.page == "7" and ref.doi is None


def test_crossref_abstract_is_plain_text_without_its_heading() -> None:
    item = copy.deepcopy(SEED_WORKS["ref03"])
    item["abstract"] = ("<jats:title>Abstract</jats:title><jats:p>Firms decide whether to "
                        "<jats:italic>join</jats:italic> a pool &amp; how royalties are shared.</jats:p>")
    item["subject"] = ["Economics and Econometrics", "Industrial relations"]
    ref = from_crossref(item)
    assert ref.abstract == "Firms decide whether to join a pool & how royalties are shared."
    assert ref.provenance["abstract"] == "crossref"
    assert ref.keyword is None  # Crossref subjects describe the journal, not the work


def test_datacite_abstract_and_subjects() -> None:
    doc = copy.deepcopy(DATACITE["10.48550/arxiv.2101.01234"])
    attrs = doc["data"]["attributes"]
    attrs["descriptions"] = [{"description": "Series note", "descriptionType": "SeriesInformation"},
                             {"description": "We study royalty stacking.", "descriptionType": "Abstract"}]
    attrs["subjects"] = [{"subject": "patent pools"}, {"subject": "Patent Pools"},
                         {"subject": "FRAND", "subjectScheme": "keyword"}, "not an object"]
    ref = from_datacite(doc)
    assert ref.abstract == "We study royalty stacking."
    assert ref.keyword == "patent pools, FRAND, not an object"


def test_ieee_abstract_and_index_terms() -> None:
    article = copy.deepcopy(IEEE["6774569"])
    article["abstract"] = "Abstract: Grantback clauses in pool contracts."
    article["index_terms"] = {"author_terms": {"terms": ["patent pools", "grantback"]},
                              "ieee_terms": {"terms": ["Patents", "grantback"]}}
    ref = from_ieee(article)
    assert ref.abstract == "Grantback clauses in pool contracts."
    assert ref.keyword == "patent pools, grantback, Patents"


def test_registry_abstract_reaches_the_topic_tagger() -> None:
    from poolrefs import Reference, tag
    from poolrefs.resolution.enrich import enrich_reference

    cited = Reference(title="Pools and members", provenance={"title": "parsed"})
    item = copy.deepcopy(SEED_WORKS["ref03"])
    item["title"] = ["Pools and members"]
    item["abstract"] = "<jats:p>We derive how royalty revenues are divided among pool members: a sharing rule.</jats:p>"
    before = {t.topic for t in tag(cited)}
    merged = enrich_reference(cited, from_crossref(item))
    assert merged.abstract and merged.provenance["abstract"] == "crossref"
    assert "rent-sharing" not in before
    assert "rent-sharing" in {t.topic for t in tag(merged)}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<jats:p>Summary statistics show that pools grow.</jats:p>", "Summary statistics show that pools grow."),
        ("Summary: Pools grow.", "Pools grow."),
        ("摘要：专利联盟的形成机理。", "专利联盟的形成机理。"),
        ("<jats:title>Abstract</jats:title>", None),
        ("Abstracts of pool contracts are rare.", "Abstracts of pool contracts are rare."),
    ],
)
def test_abstract_heading_only_when_it_is_one(raw: str, expected: str | None) -> None:
    item = copy.deepcopy(SEED_WORKS["ref03"])
    item["abstract"] = raw
    assert from_crossref(item).abstract == expected
