from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poolrefs.topics.normalize import contains_cjk, fold, stem, stem_words, tokenize


@pytest.mark.parametrize(
    "words",
    [
        ("formation", "forming", "forms", "formed", "form"),
        ("pool", "pools", "pooling", "pooled"),
        ("royalty", "royalties"),
        ("license", "licenses", "licensing", "licensed", "licence", "licensing"),
        ("share", "shares", "sharing", "shared"),
        ("innovation", "innovations", "innovative", "innovate", "innovating"),
        ("participation", "participating", "participate", "participants"),
        ("distribution", "distribute", "distributing", "distributed"),
        ("allocation", "allocate", "allocated", "allocating"),
        ("competition", "competitive", "compete", "competing"),
        ("standardization", "standardisation", "standard", "standards"),
        ("member", "members"),
        ("membership", "memberships"),
        ("jv", "jvs"),
        ("rjv", "rjvs"),
        ("consortium", "consortia", "consortiums"),
        ("up", "ups"),
        ("accession", "accessions"),
        ("originator", "originators"),
    ],
)
def test_inflections_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({stem(w) for w in words}) == 1, {w: stem(w) for w in words}


@pytest.mark.parametrize(
    ("a", "b"),
    [("government", "governance"), ("information", "formation"), ("station", "state"),
     ("antitrust", "antitrus"), ("analysis", "analys"), ("accession", "access"),
     ("originator", "origin")],
)
def test_distinct_words_stay_distinct(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_non_words_are_kept() -> None:
    assert stem("r&d") == "r&d"
    assert stem("3g") == "3g"


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_width_case_and_traditional_chinese() -> None:
    assert fold("ＰＡＴＥＮＴ Pool") == "patent pool"
    assert fold("專利聯盟的利益分配") == "专利联盟的利益分配"


def test_tokenize_spans_point_into_the_text() -> None:
    text = "Patent-pool formation: R&D incentives"
    for s, start, end in tokenize(fold(text)):
        assert stem(fold(text[start:end])) == s
    assert [t[0] for t in tokenize(fold(text))] == ["patent", "pool", "form", "r&d", "incent"]


def test_contains_cjk() -> None:
    assert contains_cjk("专利池")
    assert not contains_cjk("patent pool")
    assert not contains_cjk("café")


@pytest.mark.parametrize(
    ("text", "noun"),
    [("organizational forms of patent alliances", True), ("the form of a pool", True),
     ("a new form of licensing", True), ("organisational form", True),
     ("when do patent pools form", False), ("firms form patent pools", False),
     ("pool formation", False)],
)
def test_the_noun_form_is_not_formation(text: str, noun: bool) -> None:
    stems = stem_words(text.split())
    assert ("form(n)" in stems) is noun
    assert ("form" in stems) is not noun
    assert [stem(w) for w in text.split()] == [s if s != "form(n)" else "form" for s in stems]
