from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poolrefs import FormatError, Reference, read_bibtex, write_bibtex

from .conftest import SEED_BIB

THREE_GOOD_TWO_BROKEN = """\
@article{good1,
  author = {Lampe, Ryan and Moser, Petra},
  title = {Do Patent Pools Encourage Innovation?},
  journal = {The Journal of Economic History},
  year = {2010}, volume = {70}, number = {4}, pages = {898--920},
}

@article{broken1,
  author = {Nobody},
  title = {Unclosed title,
  year = {2011}

@book{good2, author = {Shapiro, Carl}, title = {Navigating}, year = 2001}

@book{broken2, author = {X, Y}, title = {Impossible year}, year = {20116}}

@misc{good3, title = {Third}, year = {1999}}
"""


def test_three_good_two_broken() -> None:
    refs = read_bibtex(THREE_GOOD_TWO_BROKEN, source="refs.bib")
    assert [r.id for r in refs] == ["good1", "good2", "good3"]
    assert [(f.line, f.source) for f in refs.failures] == [(8, "refs.bib"), (15, "refs.bib")]
    assert "not closed" in refs.failures[0].reason
    assert "impossible year 20116" in refs.failures[1].reason
    assert "refs.bib:15" in str(refs.failures[1])
    with pytest.raises(FormatError, match="2 entry"):
        read_bibtex(THREE_GOOD_TWO_BROKEN, strict=True)


def test_latex_accents_braces_particles_suffixes() -> None:
    [ref] = read_bibtex(
        r"""@book{k,
  author = {M{\"u}ller, Hans and {World Health Organization} and van der Berg, Jr, Jan
            and de La Fontaine, Jean and Gonz\'{a}lez, Mar{\'\i}a},
  title = {{DNA} and the {\'E}cole \& Co: 50\% more},
  address = {S{\~a}o Paulo}, publisher = {Springer}, date = {2004-05},
}"""
    )
    names = [(n.family, n.given, n.non_dropping_particle, n.suffix, n.literal) for n in ref.authors]
    assert names == [
        ("Müller", "Hans", None, None, None),
        (None, None, None, None, "World Health Organization"),
        ("Berg", "Jan", "van der", "Jr", None),
        ("La Fontaine", "Jean", "de", None, None),
        ("González", "María", None, None, None),
    ]
    assert ref.title == "DNA and the École & Co: 50% more"
    assert ref.publisher_place == "São Paulo"
    assert ref.issued is not None and ref.issued.parts == [[2004, 5]]


def test_biblatex_fields() -> None:
    [ref] = read_bibtex(
        """@online{w, author = {李明星 and 欧阳修}, title = {专利联盟}, journaltitle = {期刊},
  location = {北京}, urldate = {2018-03-07}, url = {http://x.org/a_b%20c~d},
  langid = {chinese}, eprint = {2101.00001}, eprinttype = {arxiv}, doi = {https://doi.org/10.1000/ABC}}"""
    )
    assert [(n.family, n.given) for n in ref.authors] == [("李", "明星"), ("欧阳", "修")]
    assert ref.type == "webpage"
    assert ref.container_title == "期刊" and ref.publisher_place == "北京"
    assert ref.accessed is not None and ref.accessed.parts == [[2018, 3, 7]]
    assert ref.url == "http://x.org/a_b%20c~d"  # verbatim, not LaTeX-decoded
    assert ref.language == "zh-CN"
    assert ref.arxiv == "2101.00001" and ref.doi == "10.1000/ABC"
    assert ref.provenance["title"] == "bibtex"


@pytest.mark.parametrize(
    ("entry", "csl_type", "genre"),
    [
        ("phdthesis", "thesis", "PhD thesis"),
        ("mastersthesis", "thesis", "Master's thesis"),
        ("techreport", "report", None),
        ("inproceedings", "paper-conference", None),
        ("incollection", "chapter", None),
        ("patent", "patent", None),
        ("standard", "standard", None),
        ("unknowntype", "document", None),
    ],
)
def test_entry_types(entry: str, csl_type: str, genre: str | None) -> None:
    [ref] = read_bibtex(f"@{entry}{{k, title = {{T}}, year = 2000}}")
    assert ref.type == csl_type
    assert ref.genre == genre
    [again] = read_bibtex(write_bibtex([ref]))
    assert again.to_csl() == ref.to_csl()


def test_unknown_fields_kept_and_written_back() -> None:
    [ref] = read_bibtex("@article{k, title = {T}, cstr = {32001.14.abc}, holder = {ACME Inc.}}")
    assert ref.extras["x-bibtex"] == {"cstr": "32001.14.abc", "holder": "ACME Inc."}
    written = write_bibtex([ref])
    assert "cstr = {32001.14.abc}" in written and "holder = {ACME Inc.}" in written


def test_et_al_from_and_others() -> None:
    [ref] = read_bibtex("@article{k, author = {Smith, J. and others}, title = {T}}")
    assert ref.et_al is True and [n.family for n in ref.authors] == ["Smith"]
    assert "and others" in write_bibtex([ref])


def test_string_macros_and_months() -> None:
    [ref] = read_bibtex('@string{ieee = "IEEE Trans."}\n@article{k, journal = ieee, year = 1999, month = mar}')
    assert ref.container_title == "IEEE Trans."
    assert ref.issued is not None and ref.issued.parts == [[1999, 3]]


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("mar", 3), ("{3}", 3), ("{March}", 3), ("{Mar.}", 3), ("{Sept.}", 9), ("{Febr.}", 2), ("{Octob.}", 10),
        ('jan # "--" # feb', 1), ("{März}", 3), ("{Maerz}", 3), ("{févr.}", 2), ("{déc.}", 12), ("{janvier}", 1),
        ("{dic.}", 12), ("{agosto}", 8), ("{13}", None), ("{Ides}", None),
        # names the tables do not hold are read by their first three letters, as BibTeX does
        ("{Augustus}", 8), ("{januari}", 1), ("{novembro}", 11), ("{Febuary}", 2),
    ],
)  # fmt: skip
def test_month_field_reads_the_month_table(month: str, number: int | None) -> None:
    [ref] = read_bibtex(f"@article{{k, title = {{T}}, year = 1999, month = {month}}}")
    assert ref.issued is not None and ref.issued.parts == [[1999, number] if number else [1999]]


@pytest.mark.parametrize("month", ["{Ides}", "{13}", "{?}"])
def test_a_month_that_is_not_read_is_kept_as_written(month: str) -> None:
    [ref] = read_bibtex(f"@article{{k, title = {{T}}, year = 1999, month = {month}, day = 5}}")
    assert ref.issued is not None and ref.issued.parts == [[1999]]
    kept = ref.to_csl()["x-bibtex"]
    assert kept == {"month": month.strip("{}"), "day": "5"}
    written = write_bibtex([ref])
    assert f"month = {month}" in written
    [again] = read_bibtex(written)  # beside the written date, and read again: still kept
    assert again.to_csl()["x-bibtex"] == kept and again.issued == ref.issued


@pytest.mark.parametrize(("month", "season"), [("{Spring}", 1), ("summer", 2), ("{Autumn}", 3), ("{Fall}", 3), ("{Winter.}", 4)])
def test_a_season_in_the_month_field_is_the_csl_season(month: str, season: int) -> None:
    [ref] = read_bibtex(f"@article{{k, title = {{T}}, year = 1999, month = {month}}}")
    assert ref.to_csl()["issued"] == {"date-parts": [[1999]], "season": season}
    assert "x-bibtex" not in ref.to_csl()
    written = write_bibtex([ref])
    assert f"date = {{1999-{20 + season}}}" in written  # biblatex's EDTF seasons
    [back] = read_bibtex(written)
    assert back.to_csl()["issued"] == ref.to_csl()["issued"]


@pytest.mark.parametrize("issued", [{"date-parts": [[2001, 14]]}, {"date-parts": [[2001]], "season": "Summer"},
                                    {"date-parts": [[2001]], "season": "2"}])
def test_csl_seasons_are_written_as_edtf_seasons(issued: dict[str, Any]) -> None:
    ref = Reference.from_csl({"id": "k", "type": "book", "title": "T", "issued": issued})
    written = write_bibtex([ref])
    assert "date = {2001-22}" in written
    assert read_bibtex(written)[0].to_csl()["issued"] == {"date-parts": [[2001]], "season": 2}


def test_a_named_season_is_kept_beside_the_year() -> None:
    ref = Reference.from_csl({"id": "k", "type": "book", "title": "T",
                              "issued": {"date-parts": [[2001]], "season": "Trinity term"}})
    written = write_bibtex([ref])
    assert "date = {2001}" in written and "month = {Trinity term}" in written


def test_read_from_path(tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_text("@book{k, title = {From file}}", encoding="utf-8")
    assert read_bibtex(path)[0].title == "From file"
    assert read_bibtex(str(path))[0].title == "From file"


def test_seed_bibtex_matches_the_curated_csl(seed_items: list[dict[str, Any]]) -> None:
    refs = read_bibtex(SEED_BIB.read_text(encoding="utf-8"))
    assert len(refs) == 20 and not refs.failures
    for item, ref in zip(seed_items, refs, strict=True):
        expected = {k: v for k, v in item.items() if not k.startswith("x-")}
        assert ref.to_csl(extras=False) == expected
        assert ref.et_al == item.get("x-et-al")


def test_write_read_round_trip_of_seed(seed_items: list[dict[str, Any]]) -> None:
    refs = [Reference.from_csl(i) for i in seed_items]
    again = read_bibtex(write_bibtex(refs))
    assert [r.to_csl(extras=False) for r in again] == [
        {k: v for k, v in i.items() if not k.startswith("x-")} for i in seed_items
    ]


def test_tricky_text_round_trips() -> None:
    ref = Reference(
        id="k",
        type="book",
        title="C++ & C# at 50% — “quoted” {braces} a_b ~ 李明星：研究 · ß",
        note="see https://example.org/a_b",
    )
    [again] = read_bibtex(write_bibtex([ref]))
    assert again.title == ref.title
    assert again.note == ref.note


def test_duplicate_keys_get_unique_keys_on_write() -> None:
    text = write_bibtex([Reference(id="a", title="1"), Reference(id="a", title="2"), Reference(title="3")])
    assert "@misc{a," in text and "@misc{a_2," in text
    assert len(read_bibtex(text)) == 3


def test_json_dump_of_refs_is_plain(seed_items: list[dict[str, Any]]) -> None:
    refs = read_bibtex(SEED_BIB.read_text(encoding="utf-8"))
    json.dumps([r.to_csl() for r in refs], ensure_ascii=False)


@pytest.mark.parametrize(
    ("field", "value"), [("date", "{"), ("url", "http://example.org/a}b"), ("doi", "10.1234/x{")]
)
def test_unbalanced_braces_in_verbatim_fields_survive_a_round_trip(field: str, value: str) -> None:
    refs = read_bibtex(f'@misc{{k, {field} = "{value}"}}')
    assert not refs.failures
    text = write_bibtex(refs)
    again = read_bibtex(text)
    assert not again.failures, text
    assert [r.to_csl() for r in again] == [r.to_csl() for r in refs]
