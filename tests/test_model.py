from __future__ import annotations

import pytest
from pydantic import ValidationError

from poolrefs import DateValue, FormatError, Name, Reference, parse_date_text


def test_impossible_year_is_rejected_with_a_clear_message() -> None:
    with pytest.raises(FormatError, match="impossible year 20116"):
        Reference.from_csl({"id": "x", "type": "book", "issued": {"date-parts": [[20116]]}})


def test_doi_without_prefix_is_rejected() -> None:
    with pytest.raises(FormatError, match=r"not a DOI .*10\.<registrant>"):
        Reference.from_csl({"id": "x", "DOI": "1016/j.ijindorg.2010.08.006"})


@pytest.mark.parametrize(
    "written",
    [
        "10.1016/j.ijindorg.2010.08.006",
        "doi:10.1016/j.ijindorg.2010.08.006",
        "DOI: 10.1016/j.ijindorg.2010.08.006",
        "https://doi.org/10.1016/j.ijindorg.2010.08.006",
        "http://dx.doi.org/10.1016/j.ijindorg.2010.08.006.",
        "https://doi.org/10.1016%2Fj.ijindorg.2010.08.006",
    ],
)
def test_doi_is_normalised_from_any_written_form(written: str) -> None:
    assert Reference(doi=written).doi == "10.1016/j.ijindorg.2010.08.006"


def test_cjk_name_kept_as_written() -> None:
    name = Name(family="李", given="明星")
    assert name.is_cjk
    assert name.display() == "李明星"
    assert Name(literal="国家知识产权局").display() == "国家知识产权局"


def test_name_needs_a_part() -> None:
    with pytest.raises(ValidationError, match="needs a family name"):
        Name()


def test_identifiers_derived_from_url_and_doi() -> None:
    ref = Reference(url="http://ieeexplore.ieee.org/abstract/document/5076744/?reload=true")
    assert ref.ieee_article_number == "5076744"
    assert "x-ieee-article-number" not in ref.to_csl()  # derived, not stored
    assert Reference(doi="10.48550/arXiv.2101.00001").arxiv_id == "2101.00001"
    assert Reference(url="https://arxiv.org/abs/hep-th/9901001v2").arxiv_id == "hep-th/9901001v2"


@pytest.mark.parametrize(
    ("text", "parts", "circa"),
    [
        ("2016", [[2016]], None),
        ("2009-06-19", [[2009, 6, 19]], None),
        ("2016年5月3日", [[2016, 5, 3]], None),
        ("May 3, 2016", [[2016, 5, 3]], None),
        ("3 May 2016", [[2016, 5, 3]], None),
        ("2011-2012", [[2011], [2012]], None),
        ("1999–00", None, None),
        ("c1988", [[1988]], True),
        ("ca. 1988", [[1988]], True),
        ("[1936]", [[1936]], True),
    ],
)
def test_date_text(text: str, parts: list[list[int]] | None, circa: bool | None) -> None:
    date = parse_date_text(text)
    if parts is None:
        assert date is None or date.parts != [[1999], [1900]]
        return
    assert date is not None
    assert date.parts == parts
    assert date.circa == circa


def test_no_date() -> None:
    assert parse_date_text("n.d.") is None
    assert parse_date_text("") is None


def test_date_range_years() -> None:
    date = DateValue(parts=[[2011], [2012]])
    assert (date.year, date.end_year) == (2011, 2012)
    assert date.iso() == "2011/2012"


def test_with_values_records_provenance() -> None:
    ref = Reference(title="T").with_values("crossref", doi="10.1000/x", container_title="J")
    assert ref.provenance == {"DOI": "crossref", "container-title": "crossref"}
    assert ref.to_csl()["x-provenance"] == {"DOI": "crossref", "container-title": "crossref"}


def test_with_values_validates_and_normalises() -> None:
    ref = Reference(title="T").with_values("crossref", doi="https://doi.org/10.1000/X")
    assert ref.doi == "10.1000/X"
    with pytest.raises(ValidationError, match="not a DOI"):
        Reference().with_values("crossref", doi="nonsense")


def test_assignment_is_validated() -> None:
    ref = Reference()
    with pytest.raises(ValidationError):
        ref.doi = "not a doi"


def test_public_api_all_names_exist() -> None:
    import poolrefs

    assert sorted(poolrefs.__all__) == sorted(set(poolrefs.__all__))
    for name in poolrefs.__all__:
        assert hasattr(poolrefs, name), name
