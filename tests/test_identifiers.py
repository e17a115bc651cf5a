from __future__ import annotations

import pytest

from poolrefs.identifiers import (
    find_doi,
    ieee_article_number,
    normalize_arxiv,
    normalize_isbn,
    normalize_issn,
    normalize_pmid,
    strip_trailing_punctuation,
)


def test_find_doi_strips_sentence_punctuation() -> None:
    assert find_doi("see doi:10.1111/j.1465-7295.2010.00327.x.") == "10.1111/j.1465-7295.2010.00327.x"
    assert find_doi("no identifier here") is None


def test_parenthesised_doi_keeps_its_brackets() -> None:
    doi = "10.1002/(SICI)1097-0258(19980815)17:15"
    assert strip_trailing_punctuation(doi + ").") == doi


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://ieeexplore.ieee.org/abstract/document/5076744/?reload=true", "5076744"),
        ("https://ieeexplore.ieee.org/document/6070086", "6070086"),
        ("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=5368459", "5368459"),
        ("https://example.org/document/5368459", None),
    ],
)
def test_ieee_article_number(url: str, number: str | None) -> None:
    assert ieee_article_number(url) == number


def test_isbn_issn_pmid_arxiv() -> None:
    assert normalize_isbn("978-0-306-40615-7") == "9780306406157"
    assert normalize_isbn("0-306-40615-2") == "0306406152"
    with pytest.raises(ValueError, match="check digit"):
        normalize_isbn("978-0-306-40615-8")
    assert normalize_issn("0378-5955") == "0378-5955"
    with pytest.raises(ValueError):
        normalize_issn("0378-5954")
    assert normalize_pmid("PMID: 12345") == "12345"
    assert normalize_arxiv("arXiv:2101.00001v2") == "2101.00001v2"
    with pytest.raises(ValueError):
        normalize_arxiv("not-an-id")
