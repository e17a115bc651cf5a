from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import poolrefs
from poolrefs import (
    ParseError,
    PoolrefsError,
    parse_reference,
    parse_references,
    split_reference_lines,
)
from poolrefs.cli import main
from poolrefs.parse.fields import (
    clean_date,
    clean_number,
    clean_pages,
    clean_title,
    find_doi,
    find_url,
)
from poolrefs.parse.names import split_names
from poolrefs.parse.tokens import tokenize
from poolrefs.parse.types import infer_type


def test_public_api_is_exported() -> None:
    for name in ("parse_reference", "parse_references", "split_reference_lines"):
        assert name in poolrefs.__all__
        assert callable(getattr(poolrefs, name))


def test_tokenizer_needs_no_spaces() -> None:
    texts = [t.text for t in tokenize("王伟.标准必要专利研究[J/OL].法学杂志，2019，(3)：12-20.")]
    assert texts[:6] == ["王伟", ".", "标准必要专利研究", "[J/OL]", ".", "法学杂志"]
    assert "，" in texts and "：" in texts and "(" in texts


def test_tokenizer_keeps_urls_and_dois_whole_without_trailing_punctuation() -> None:
    toks = tokenize("See https://example.org/a_b?x=1&y=2. doi:10.1016/j.respol.2020.104(01)).")
    kinds = {t.text: t.kind for t in toks}
    assert kinds["https://example.org/a_b?x=1&y=2"] == "url"
    assert kinds["10.1016/j.respol.2020.104(01)"] == "doi"


def test_tokenizer_spans_cover_the_input() -> None:
    text = "Smith, J. (2011). Title: sub? 北京：出版社，2011：3-5."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


@pytest.mark.parametrize(
    ("span", "expected", "et_al"),
    [
        ("Lampe R L, Moser P", [("Lampe", "R. L."), ("Moser", "P.")], False),
        ("Hwang T -L, Chen C (Eds)", [("Hwang", "T.-L."), ("Chen", "C.")], False),
        ("De Belsunce H", [("De Belsunce", "H.")], False),
        ("Layne-Farrar A, LERNER J", [("Layne-Farrar", "A."), ("Lerner", "J.")], False),
        ("王小明, 欧阳修文, 等", [("王", "小明"), ("欧阳", "修文")], True),
        ("Ortiz, M., & van der Berg, K. L.", [("Ortiz", "M."), ("van der Berg", "K. L.")], False),
        ("J. Ortiz, K. L. Berg and A. Brown", [("Ortiz", "J."), ("Berg", "K. L."), ("Brown", "A.")], False),
        ("Ortiz, Maria, and Karl Berg", [("Ortiz", "Maria"), ("Berg", "Karl")], False),
        ("Zhou Y L, Xu K, et al.", [("Zhou", "Y. L."), ("Xu", "K.")], True),
        ("NGUYEN, T.; PARK, S.", [("Nguyen", "T."), ("Park", "S.")], False),
        ("Wang DZ, Liu Y", [("Wang", "D. Z."), ("Liu", "Y.")], False),
    ],
)
def test_name_splitting(span: str, expected: list[tuple[str, str]], et_al: bool) -> None:
    names, truncated = split_names(span)
    assert [(n.family, n.given) for n in names] == expected
    assert truncated is et_al


def test_institutions_stay_literal() -> None:
    names, _ = split_names("World Intellectual Property Organization")
    assert names[0].literal == "World Intellectual Property Organization"
    names, _ = split_names("国家知识产权局")
    assert names[0].literal == "国家知识产权局"


def test_et_al_is_never_an_author() -> None:
    names, truncated = split_names("陈一, 等")
    assert truncated and [n.family for n in names] == ["陈"]


@pytest.mark.parametrize(
    ("raw", "pages"),
    [("pp. 112–19", "112-119"), ("1223-7", "1223-1227"), ("S. 45 – 67.", "45-67"), ("e0123", "e0123"),
     ("264", "264"), ("A65", "A65")],
)
def test_page_ranges_are_expanded(raw: str, pages: str) -> None:
    assert clean_pages(raw) == pages


def test_numbers_dates_titles_identifiers() -> None:
    assert clean_number("vol. 23,") == "23"
    assert clean_number("(5)") == "5"
    assert clean_number("no. 3-4") == "3-4"
    assert clean_title("Patent formation:Timing matters.") == "Patent formation: Timing matters"
    assert clean_title("“Why it fails?”") == "Why it fails?"
    date = clean_date("[2009-06-19]")
    assert date is not None and date.parts == [[2009, 6, 19]]
    date = clean_date("Accessed 3 May 2020")
    assert date is not None and date.parts == [[2020, 5, 3]]
    date = clean_date("[cited 2020 Mar 5]")
    assert date is not None and date.parts == [[2020, 3, 5]]
    assert find_url("at http://x.org/a/?q=1).") == "http://x.org/a/?q=1"
    assert find_doi("doi:10.1000/xyz.") == "10.1000/xyz"


def test_type_inference() -> None:
    assert infer_type({}, "EB/OL") == "webpage"
    assert infer_type({"container": "X"}, "C") == "paper-conference"
    assert infer_type({"container": "Proceedings of the Y Workshop", "pages": "1-2"}, None) == "paper-conference"
    assert infer_type({"container": "Journal of X", "volume": "3"}, None) == "article-journal"
    assert infer_type({"publisher": "东南大学"}, None) == "thesis"
    assert infer_type({"publisher": "Oxford University Press"}, None) == "book"
    assert infer_type({"url": "http://x", "accessed": "y"}, None) == "webpage"


def test_split_reference_lines() -> None:
    text = "[12] Aa B. T. 2000.\n\n  12. Cc D. U. 2001.\r\n(3) Ee F. V. 2002.\n4) x\n2016, p. 5\n"
    assert split_reference_lines(text) == ["Aa B. T. 2000.", "Cc D. U. 2001.", "Ee F. V. 2002.", "x", "2016, p. 5"]


def test_gbt_journal_without_spaces() -> None:
    ref = parse_reference("周立.专利许可制度的经济分析.管理世界, 2019, (7):101-115.")
    assert ref.title == "专利许可制度的经济分析"
    assert ref.container_title == "管理世界"
    assert (ref.issue, ref.page, ref.year, ref.volume) == ("7", "101-115", 2019, None)
    assert ref.language == "zh-CN" and ref.type == "article-journal"
    assert ref.authors[0].family == "周" and ref.authors[0].given == "立"


def test_gbt_online_resource_with_access_date() -> None:
    ref = parse_reference("Ortiz M. Royalty stacking in wireless standards[EB/OL]. (2019-04-02)[2021-11-30]. https://example.org/r/55.")
    assert ref.type == "webpage"
    assert ref.url == "https://example.org/r/55"
    assert ref.accessed is not None and ref.accessed.parts == [[2021, 11, 30]]


def test_date_after_an_access_cue_is_the_access_date() -> None:
    ref = parse_reference(
        "[1] K. Berg, “Royalty caps in practice,” Harbour Notes. Accessed: Nov. 20, 2021. [Online]. "
        "Available: https://example.net/notes/59"
    )
    assert ref.accessed is not None and ref.accessed.parts == [[2021, 11, 20]]
    assert ref.issued is None


def test_apa_article() -> None:
    ref = parse_reference(
        "Ortiz, M., & Berg, K. L. (2017). Patent thickets and entry: Evidence from semiconductors. "
        "Research Policy, 46(3), 550–562. https://doi.org/10.1016/j.respol.2017.01.004"
    )
    assert [a.family for a in ref.authors] == ["Ortiz", "Berg"]
    assert ref.year == 2017
    assert ref.title == "Patent thickets and entry: Evidence from semiconductors"
    assert ref.container_title == "Research Policy"
    assert (ref.volume, ref.issue, ref.page) == ("46", "3", "550-562")
    assert ref.doi == "10.1016/j.respol.2017.01.004"
    assert ref.type == "article-journal"


def test_run_together_fields_are_split_by_shape() -> None:
    ref = parse_reference("Ortiz M. Can royalty caps work? Energy Policy Studies, 2015, 25(11):1223-1227.")
    assert ref.title == "Can royalty caps work?"
    assert ref.container_title == "Energy Policy Studies"
    ref = parse_reference(
        "Berg K. Licensing rules in practice. In: Ortiz M (Eds). Standards and Markets. "
        "Lakeside: Harbour Academic Press, 2009: 11-19."
    )
    assert (ref.container_title, ref.publisher_place, ref.publisher) == (
        "Standards and Markets", "Lakeside", "Harbour Academic Press")
    assert ref.type == "chapter" and [e.family for e in ref.editors] == ["Ortiz"]


def test_gbt_shapes_patent_standard_institution_and_analytic() -> None:
    ref = parse_reference("刘洋. 一种折叠式储能装置: CN108765432A[P]. 2018-11-06.")
    assert (ref.type, ref.title, ref.number) == ("patent", "一种折叠式储能装置", "CN108765432A")
    ref = parse_reference("全国标准化技术委员会. 数据元 命名规则: GB/T 18391—2009[S]. 北京: 标准出版社, 2009.")
    assert (ref.type, ref.number) == ("standard", "GB/T 18391—2009")
    assert ref.authors[0].literal == "全国标准化技术委员会"
    ref = parse_reference("王伟, 李娜. 区域创新的测度[M]// 华东经济研究院. 区域经济年鉴. 上海: 远东书社, 2001: 12-30.")
    assert ref.type == "chapter"
    assert ref.editors[0].literal == "华东经济研究院"
    assert ref.container_title == "区域经济年鉴" and ref.page == "12-30"


def test_batch_equals_one_by_one() -> None:
    lines = ["Ortiz M. A title. Journal of X, 2001, 3(4): 5-9.", "", "   ", "王伟.标题[M].北京:出版社,2001."]
    assert parse_references(lines) == [parse_reference(line) for line in lines]


def test_non_string_raises_a_poolrefs_error() -> None:
    with pytest.raises(ParseError):
        parse_reference(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(PoolrefsError, match="#1"):
        parse_references(["ok", None])  # type: ignore[list-item]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_string_gives_a_reference_keeping_raw(text: str) -> None:
    ref = parse_reference(text)
    assert ref.raw == text
    ref.to_csl()


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_decoded(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    assert parse_reference(text).raw == text


def test_very_long_and_odd_inputs() -> None:
    long = "Ortiz M. Title. Journal, 2001, 3(4): 5-9. " * 2500
    assert parse_reference(long).raw == long
    spaced = "Ortiz" + " " * 100_000 + "M, Berg K. Title. J, 2001, 3(4): 5-9."
    assert parse_reference(spaced).raw == spaced
    for odd in ("", " ", "\x00\x01\x02", "\u200b\ufeff", "[J]", "10.1/", "http://", "等", "((((", "1" * 5000):
        assert parse_reference(odd).raw == odd


def test_cli_parse_csl_json(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "refs.txt"
    src.write_text("[1] 周立.专利许可制度的经济分析.管理世界, 2019, (7):101-115.\n\n2. Ortiz M. A title. Journal of X, 2001, 3(4): 5-9.\n", encoding="utf-8")
    assert main(["parse", str(src)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 2 and items[0]["container-title"] == "管理世界"
    out = tmp_path / "out.txt"
    assert main(["parse", str(src), "--to", "table", "-o", str(out)]) == 0
    assert "管理世界" in out.read_text(encoding="utf-8")
    bib = tmp_path / "out.bib"
    assert main(["parse", str(src), "--to", "bibtex", "-o", str(bib)]) == 0
    assert poolrefs.read_bibtex(bib.read_text(encoding="utf-8"))[0].container_title == "管理世界"


def test_cli_parse_missing_file_is_one_line_error(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    assert "error" in capsys.readouterr().err


def test_doi_org_url_becomes_the_doi() -> None:
    ref = poolrefs.parse_reference(
        "Lampe R, Moser P. Do patent pools encourage innovation? The Journal of Economic "
        "History, 2010, 70(4):898-920. https://doi.org/10.1017/S0022050710000793."
    )
    assert ref.doi == "10.1017/S0022050710000793"
    assert ref.url is None
