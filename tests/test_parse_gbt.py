"""GB/T 7714 shapes recovered after labelling (strings written for these tests)."""

from __future__ import annotations

import pytest

from poolrefs import parse_reference
from poolrefs.parse.gbt import split_title_volume


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("海防图志: 第 3 卷", {"title": "海防图志", "volume": "第 3 卷"}),
        ("海防图志：上", {"title": "海防图志", "volume": "上"}),
        ("海防图志: 六卷", {"title": "海防图志", "volume": "六卷"}),
        ("江南水利史: 第 2 卷 明清水利", {"collection": "江南水利史", "volume": "第 2 卷", "title": "明清水利"}),
        ("海防图志: 沿海篇", {"title": "海防图志: 沿海篇"}),
        ("Tides: a history", {"title": "Tides: a history"}),
    ],
)
def test_volume_inside_a_title(title: str, parts: dict[str, str]) -> None:
    assert split_title_volume(title) == parts


def test_author_stops_at_the_last_full_stop_before_the_code() -> None:
    ref = parse_reference("周海生. 海防图志: 第 3 卷[M]. 南京: 江海出版社, 1999: 12.")
    assert [(n.family, n.given) for n in ref.authors] == [("周", "海生")]
    assert (ref.title, ref.volume, ref.publisher_place, ref.publisher) == ("海防图志", "3", "南京", "江海出版社")


def test_institution_before_the_title() -> None:
    ref = parse_reference("Harbour Survey Office of Norland. Tide tables for the northern coast[R]. Oslo: Fjord House, 2004.")
    assert ref.authors[0].literal == "Harbour Survey Office of Norland"
    assert ref.title == "Tide tables for the northern coast"
    assert ref.type == "report"


def test_no_full_stop_before_the_code_means_no_author() -> None:
    ref = parse_reference("海防图志; 沿海图说[M].")
    assert not ref.authors and ref.title == "海防图志; 沿海图说"


def test_edition_and_translators_are_segments_of_their_own() -> None:
    ref = parse_reference("BRANDT O. 潮汐学[M]. 钱立群, 孙文, 译. 3 版. 南京: 江海出版社, 2001: 5-9.")
    assert [n.family for n in ref.translators] == ["钱", "孙"]
    assert (ref.edition, ref.publisher_place, ref.publisher) == ("3", "南京", "江海出版社")
    ref = parse_reference("周海生. 海防图志[M]. 刻本. 金陵: 江海书局, 1871.")
    assert (ref.edition, ref.publisher_place, ref.publisher) == ("刻本", "金陵", "江海书局")
    ref = parse_reference("BRANDT O. Tides[M]. Rev. ed. Oslo: Univ. of Norland Press, 2001.")
    assert (ref.edition, ref.publisher_place, ref.publisher) == ("Rev. ed", "Oslo", "Univ. of Norland Press")


def test_a_part_of_a_book_after_the_double_slash() -> None:
    ref = parse_reference("周海生. 潮汐[M]// 钱立群, 孙文. 海防文集: 第 2 册. 修订版. 南京: 江海出版社, 2011: 33-40.")
    assert [n.family for n in ref.editors] == ["钱", "孙"]
    assert (ref.container_title, ref.volume, ref.edition) == ("海防文集", "第 2 册", "修订版")
    assert ref.type == "chapter"
    ref = parse_reference("BRANDT O. Tides[M]// Harbour studies. Oslo: Fjord House, c1990: 117-211.")
    assert not ref.editors and ref.container_title == "Harbour studies"
    assert (ref.publisher_place, ref.publisher) == ("Oslo", "Fjord House")


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        ("周海生. 潮汐测量方法: CN102345678B[P]. 2012-05-06.", "CN102345678B", "潮汐测量方法"),
        ("海洋局. 潮汐观测规范: HY/T 058—2010[S]. 北京: 标准出版社, 2010.", "HY/T 058—2010", "潮汐观测规范"),
        ("HY/T 058—2010 潮汐观测规范[S].", "HY/T 058—2010", "潮汐观测规范"),
        ("海洋局. 潮汐观测报告: FH-2004-17[R]. 北京: 海洋局, 2004.", "FH-2004-17", "潮汐观测报告"),
    ],
)
def test_numbers_after_the_title(text: str, number: str, title: str) -> None:
    ref = parse_reference(text)
    assert (ref.number, ref.title) == (number, title)


@pytest.mark.parametrize(
    ("text", "container", "volume", "issue"),
    [
        ("周海生. 潮汐[J]. 海洋, 2001, 12(3): 5-9.", "海洋", "12", "3"),
        ("周海生. 潮汐[J]. 海洋, 2001 (9/10): 5-9.", "海洋", None, "9/10"),
        ("周海生. 潮汐[J]. 海洋, 2001(增刊 2): 5-9.", "海洋", None, "增刊 2"),
        ("BRANDT O. Tides[J]. Journal of Fjords, 2001, 7 (1/2): 5-9.", "Journal of Fjords", "7", "1/2"),
    ],
)
def test_serial_volume_and_issue(text: str, container: str, volume: str | None, issue: str) -> None:
    ref = parse_reference(text)
    assert (ref.container_title, ref.volume, ref.issue) == (container, volume, issue)


def test_a_journal_as_a_whole_is_a_periodical() -> None:
    ref = parse_reference("海洋学会. 海洋通讯[J]. 1962, 1(1)-. 青岛: 海洋学会, 1962-.")
    assert (ref.type, ref.publisher_place, ref.publisher) == ("periodical", "青岛", "海洋学会")


def test_proceedings_as_a_whole_are_a_book() -> None:
    ref = parse_reference("BRANDT O. Proceedings of the Fjord Symposium, Oslo, 1999[C]. Bergen: Fjord House, 2000.")
    assert ref.type == "book" and ref.container_title is None
    assert (ref.publisher_place, ref.publisher) == ("Bergen", "Fjord House")


def test_a_map_scale_is_not_the_title() -> None:
    ref = parse_reference("周海生. 南海海图. 1:50000[CM]. 北京: 测绘出版社, 2019.")
    assert ref.title == "南海海图" and [n.family for n in ref.authors] == ["周"]


def test_dates_from_the_gbt_shape() -> None:
    ref = parse_reference("HY/T 058—2010 潮汐观测规范[S].")
    assert ref.issued is not None and ref.year == 2010
    ref = parse_reference("周海生. 潮汐测量方法: CN102345678B[P]. 2012-05-06: 3-4.")
    assert ref.issued is not None and ref.issued.parts == [[2012, 5, 6]]
    ref = parse_reference("周海生. 1990—2020年潮汐数据集[DS/OL]. 海洋数据中心 (2021-03-04)[2022-05-06]. https://x.example/d.")
    assert (ref.publisher, ref.year) == ("海洋数据中心", 2021)
    assert ref.accessed is not None and ref.accessed.parts == [[2022, 5, 6]]
    ref = parse_reference("BRANDT O. Proceedings of the Fjord Symposium 1999[C]. Bergen: Fjord House, 2001.")
    assert ref.year == 2001


def test_translators_before_the_double_slash() -> None:
    ref = parse_reference("周海生. 潮汐[M]. 钱立群, 译// 孙文. 海防文集. 南京: 江海出版社, 2011: 3-9.")
    assert [n.family for n in ref.translators] == ["钱"] and [n.family for n in ref.editors] == ["孙"]
    assert ref.type == "chapter" and ref.container_title == "海防文集"


def test_a_preprint_code_is_an_article() -> None:
    ref = parse_reference("BRANDT O. Tides in fjords[PP/OL]. FjordXiv (2023-03-03)[2024-01-02]. https://x.example/p.")
    assert ref.type == "article"


def test_initials_inside_a_publisher_name() -> None:
    ref = parse_reference("BRANDT O. Tides[M]. Bergen: A. B. Fjord, 2000.")
    assert (ref.publisher_place, ref.publisher, ref.year) == ("Bergen", "A. B. Fjord", 2000)


def test_a_standard_number_with_a_language_tag() -> None:
    ref = parse_reference("ISO/IEC 12345-6-7:2016(en) Tide gauges --- Part 6-7: Methods[S].")
    assert (ref.number, ref.year) == ("ISO/IEC 12345-6-7:2016(en)", 2016)


def test_unknown_place_and_publisher_placeholders() -> None:
    ref = parse_reference("周海生. 潮汐[M]. [出版地不详]: [出版者不详], 2001: 12-15, 20.")
    assert (ref.publisher_place, ref.publisher, ref.year, ref.page) == (None, None, 2001, "12-15, 20")
    ref = parse_reference("BRANDT O. Tides[M]. [S.l.]: [s.n.], 1990.")
    assert (ref.publisher_place, ref.publisher, ref.year) == (None, None, 1990)
    ref = parse_reference("BRANDT O. Tides[M]. Bergen: [s.n.], 1990.")
    assert (ref.publisher_place, ref.publisher) == ("Bergen", None)


def test_named_pages_holdings_korean_volumes_and_translators_before_the_journal() -> None:
    ref = parse_reference("周海生. 潮汐学[M]. 南京: 江海出版社, 2001: 序1-4.")
    assert ref.page == "序1-4"
    ref = parse_reference("周海生. 潮汐学[M]// 孙文. 海防文集. 南京: 江海出版社, 2001: 扉页.")
    assert ref.page == "扉页"
    ref = parse_reference("海洋学会. 海洋通讯[J]. 1957(1)-1990(4). 青岛: 海洋学会, 1957-1990.")
    assert ref.volume == "1957(1)-1990(4)"
    ref = parse_reference("김해수. 조석학: 제 2 권[M]. 서울: 해양출판, 2005: 6-7.")
    assert (ref.title, ref.volume) == ("조석학", "2")
    ref = parse_reference("BRANDT O. 潮汐的起源[J]. 钱立群, 译. 海洋, 2009 (1): 85-92.")
    assert ref.container_title == "海洋" and [n.family for n in ref.translators] == ["钱"]
    ref = parse_reference("BRANDT O. Tides: a report: FJ-GTR-262[R]. 2011: 8-9.")
    assert (ref.title, ref.number) == ("Tides: a report", "FJ-GTR-262")
