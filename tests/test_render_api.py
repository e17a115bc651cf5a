from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import poolrefs
from poolrefs import DateValue, FormatError, Name, Reference, UnknownNameError
from poolrefs.cli import main
from poolrefs.render import find_style, search_styles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json"


@pytest.fixture(scope="module")
def seed() -> list[Reference]:
    return poolrefs.read_csl_json(SEED.read_text(encoding="utf-8"))


def _ref(**values: object) -> Reference:
    base: dict[str, object] = {
        "type": "article-journal",
        "title": "Do patent pools encourage innovation?",
        "authors": [Name(family="Lampe", given="Ryan"), Name(family="Moser", given="Petra")],
        "container_title": "The Journal of Economic History",
        "issued": DateValue(parts=[[2010]]),
        "volume": "70",
        "issue": "4",
        "page": "898-920",
    }
    base.update(values)
    return Reference(**base)  # type: ignore[arg-type]


# ----- public API -------------------------------------------------------------------


def test_exported() -> None:
    assert "render_bibliography" in poolrefs.__all__
    assert "render_citations" in poolrefs.__all__


def test_apa_entry() -> None:
    (entry,) = poolrefs.render_bibliography([_ref()], style="apa")
    assert entry == (
        "Lampe, R., & Moser, P. (2010). Do patent pools encourage innovation? "
        "The Journal of Economic History, 70(4), 898–920."
    )


@pytest.mark.parametrize("parts", [[[2010, 22]], [[2010, 14]]])
def test_a_season_month_is_rendered_as_the_season(parts: list[list[int]]) -> None:
    # CSL-JSON writes seasons as months 13-16, EDTF (and biblatex) as 21-24; citeproc-js
    # prints both as the season, citeproc-py alone would drop them
    bare = {"volume": None, "issue": None, "page": None}  # Chicago prints the season without them
    (entry,) = poolrefs.render_bibliography([_ref(issued=DateValue(parts=parts), **bare)], style="chicago-author-date")
    (same,) = poolrefs.render_bibliography([_ref(issued=DateValue(parts=[[2010]], season=2), **bare)], style="chicago-author-date")
    assert "Summer" in entry and entry == same


def test_entries_in_style_order(seed: list[Reference]) -> None:
    entries = poolrefs.render_bibliography(seed, style="apa")
    assert len(entries) == len(seed)
    assert entries[0].startswith("Aoki, R., & Nagaoka, S.")
    numeric = poolrefs.render_bibliography(seed, style="ieee")
    assert [e.split("]")[0] for e in numeric[:3]] == ["[1", "[2", "[3"]


def test_citations() -> None:
    a = _ref()
    b = _ref(authors=[Name(family="Kato", given="A.")], issued=DateValue(parts=[[2004]]))
    c = _ref(authors=[Name(family="Aoki", given="R.")], issued=DateValue(parts=[[2005]]))
    assert poolrefs.render_citations([a], style="apa") == ["(Lampe & Moser, 2010)"]
    assert poolrefs.render_citations([a, b, [a, b, c]], style="vancouver") == [
        "(1)", "(2)", "(1–3)"
    ]
    assert poolrefs.render_citations([[a, b, c]], style="nature") == ["1–3"]


def test_note_style_without_bibliography_gives_full_citations(seed: list[Reference]) -> None:
    entries = poolrefs.render_bibliography(seed[:3], style="chicago-notes")
    assert len(entries) == 3
    assert entries[1].startswith("F. Leveque and Y. Meniere, “Patent Pool Formation")


def test_truncated_author_list_stays_truncated() -> None:
    ref = _ref(
        authors=[Name(family="李", given="明星"), Name(family="张", given="梦娟"), Name(family="胡", given="成")],
        et_al=True,
        language="zh-CN",
    )
    for style in ("apa", "ieee", "elsevier-vancouver-no-et-al", "chicago-author-date"):
        (entry,) = poolrefs.render_bibliography([ref], style=style)
        assert "李明星" in entry and "et al." in entry, (style, entry)
        assert entry.count("胡成") == 1
    (gbt,) = poolrefs.render_bibliography([ref], style="gbt7714")
    assert gbt.startswith("[1] 李明星, 张梦娟, 胡成, 等.")


def test_truncated_list_never_gains_the_last_author() -> None:
    names = [Name(family=f"Author{chr(65 + i)}", given="A.") for i in range(22)]
    full = _ref(authors=names)
    cut = _ref(authors=names, et_al=True)
    (full_entry,) = poolrefs.render_bibliography([full], style="apa")
    (cut_entry,) = poolrefs.render_bibliography([cut], style="apa")
    assert "… AuthorV" in full_entry  # et-al-use-last
    assert "AuthorV" not in cut_entry and "et al." in cut_entry


def test_gbt7714_terms_follow_entry_language() -> None:
    english = _ref(authors=[Name(family=f"Author{c}", given="A.") for c in "ABCD"])
    chinese = _ref(
        authors=[Name(family=f, given="某") for f in "李张胡王"], language="zh", title="专利联盟"
    )
    en, zh = poolrefs.render_bibliography([english, chinese], style="gbt7714")
    assert "AUTHORA A, AUTHORB A, AUTHORC A, et al." in en
    assert "李某, 张某, 胡某, 等." in zh


def test_formats_html_and_markdown() -> None:
    ref = _ref(type="book", container_title=None, publisher="MIT Press")
    (html,) = poolrefs.render_bibliography([ref], style="apa", format="html")
    assert "<i>Do patent pools encourage innovation?</i>" in html
    (md,) = poolrefs.render_bibliography([ref], style="apa", format="markdown")
    assert "*Do patent pools encourage innovation?*" in md


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "</i><b>bold</b>",
    "a & b < c > d",
    "\ue000fake mark\ue010",
]


@pytest.mark.parametrize("style", ["apa", "ieee", "gbt7714", "modern-language-association"])
def test_html_of_hostile_metadata_has_no_live_markup(style: str) -> None:
    ref = _ref(
        title=HOSTILE[0],
        container_title=HOSTILE[1],
        authors=[Name(family=HOSTILE[2], given=HOSTILE[3]), Name(literal=HOSTILE[4])],
        publisher=HOSTILE[3],
        url="http://example.org/?q=<script>",
    )
    for entry in poolrefs.render_bibliography([ref], style=style, format="html"):
        parser = _Tags()
        parser.feed(entry)
        assert set(parser.tags) <= {"i", "b", "span", "sup", "sub", "div"}, entry
        assert "<script" not in entry and "<img" not in entry
        assert "&lt;script&gt;" in entry
    for cite in poolrefs.render_citations([ref], style=style, format="html"):
        assert "<script" not in cite and "<img" not in cite


def test_markdown_escapes_values() -> None:
    (md,) = poolrefs.render_bibliography([_ref(title="A *bold* [link](x)")], style="apa", format="markdown")
    assert r"\*bold\*" in md and r"\[link\]" in md


# ----- style lookup ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("apa", "apa"),
        ("vancouver", "nlm-citation-sequence"),
        ("mla", "modern-language-association"),
        ("harvard", "harvard-cite-them-right"),
        ("chicago", "chicago-author-date"),
        ("chicago-note-bibliography", "chicago-shortened-notes-bibliography"),
        ("APA", "apa"),
        ("http://www.zotero.org/styles/apa", "apa"),  # a style's URL, as its <id> gives it
        ("https://zotero.org/styles/nature-digest/", "nature-digest"),
    ],
)
def test_aliases(name: str, expected: str) -> None:
    assert find_style(name).id == expected


def test_dependent_style_keeps_its_locale() -> None:
    dep = find_style("nature-digest")
    assert dep.parent == "nature" and dep.path.name == "nature.csl"
    german = [s for s in search_styles("zeitschrift") if find_style(s).locale == "de-DE"]
    assert german, "some dependent style declares de-DE"
    (entry,) = poolrefs.render_bibliography([_ref(issued=None)], style=german[0])
    assert "(o.\u00a0J.)" in entry  # German "no date"


def test_style_from_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.csl"
    path.write_bytes(find_style("ieee").path.read_bytes())
    assert poolrefs.render_bibliography([_ref()], style=str(path)) == poolrefs.render_bibliography(
        [_ref()], style="ieee"
    )


def test_unknown_style_suggests_close_ids() -> None:
    with pytest.raises(UnknownNameError) as info:
        poolrefs.render_bibliography([_ref()], style="apaa")
    assert "apa" in info.value.suggestions
    with pytest.raises(UnknownNameError):
        poolrefs.render_bibliography([_ref()], style=str(ROOT / "missing.csl"))
    with pytest.raises(UnknownNameError):
        poolrefs.render_bibliography([_ref()], format="rtf")


def test_style_xml_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    xml = find_style("ieee").path.read_text(encoding="utf-8")
    evil = xml.replace(
        "<style ",
        '<!DOCTYPE style [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY file SYSTEM "file:///etc/passwd">]>\n<style ',
        1,
    ).replace("<title>", "<title>&b;&file;", 1)
    evil = re.sub(r"^<\?xml[^>]*\?>\s*", "", evil)
    path = tmp_path / "evil.csl"
    path.write_text(evil, encoding="utf-8")
    with pytest.raises(FormatError, match=r"evil\.csl:1:1: has a <!DOCTYPE> declaration, refused") as info:
        poolrefs.render_bibliography([_ref()], style=str(path))
    assert "root:" not in str(info.value) and "aaaa" not in str(info.value)


def test_search_styles() -> None:
    found = search_styles("gb-t 7714")
    assert "china-national-standard-gb-t-7714-2015-numeric" in found
    assert len(search_styles("")) > 2800


# ----- CLI -----------------------------------------------------------------------


def test_cli_render(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED), "--style", "vancouver"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 20 and out[1].startswith("2. Leveque F, Meniere Y.")


def test_cli_render_html_and_citations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED), "--style", "apa", "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert html.count('<div class="csl-entry">') == 20
    assert main(["render", str(SEED), "--style", "apa", "--citations"]) == 0
    assert "(Lampe & Moser, 2010)" in capsys.readouterr().out


def test_cli_render_unknown_style(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED), "--style", "nope-style"]) == 1
    assert "unknown style 'nope-style'" in capsys.readouterr().err


def test_cli_styles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["styles", "gb-t-7714"]) == 0
    out = capsys.readouterr().out
    assert "china-national-standard-gb-t-7714-2015-numeric\tindependent\t" in out
    assert main(["styles", "--no-titles", "vancouver"]) == 0
    assert "vancouver\n" in capsys.readouterr().out
    assert main(["styles", "zzzz-no-such"]) == 1


def test_cli_render_reads_csl_json_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([_ref().to_csl()]), encoding="utf-8")
    assert main(["render", str(path), "--style", "ieee"]) == 0
    assert capsys.readouterr().out.startswith("[1] R. Lampe and P. Moser,")
