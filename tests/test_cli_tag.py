from __future__ import annotations

import json
from pathlib import Path

import pytest

from poolrefs.cli import main

ITEMS = [
    {"id": "a", "type": "article-journal", "title": "Patent pool formation: Timing matters",
     "issued": {"date-parts": [[2011]]}},
    {"id": "b", "type": "thesis", "title": "专利联盟的专利价值评估及其利益分配研究",
     "issued": {"date-parts": [[2015]]}},
    {"id": "c", "type": "article-journal", "title": "Regional development"},
]


@pytest.fixture
def csl_file(tmp_path: Path) -> Path:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(ITEMS, ensure_ascii=False), encoding="utf-8")
    return path


def test_tag_prints_topics_evidence_and_summary(csl_file: Path, capsys) -> None:
    assert main(["tag", str(csl_file)]) == 0
    out = capsys.readouterr().out
    assert "Patent pool formation: Timing matters (2011)" in out
    assert "pool-formation" in out and "pool formation" in out
    assert "rent-sharing" in out and "利益分配" in out
    assert "(no topic)" in out
    assert "Works per topic and year (3 references)" in out
    row = next(line for line in out.splitlines() if line.startswith("│ rent-sharing"))
    assert [c.strip() for c in row.strip("│").split("│")] == ["rent-sharing", "1", "", "1", ""]


def test_tag_json(csl_file: Path, capsys) -> None:
    assert main(["tag", "--json", str(csl_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data] == ["a", "b", "c"]
    assert data[0]["topics"][0]["topic"] == "pool-formation"
    assert data[0]["topics"][0]["evidence"][0] == "pool formation"
    assert data[2]["topics"] == []
    assert {t["topic"] for t in data[1]["topics"]} >= {"rent-sharing", "patent-valuation"}


def test_tag_threshold_and_custom_taxonomy(csl_file: Path, tmp_path: Path, capsys) -> None:
    tax = tmp_path / "t.toml"
    tax.write_text('[[topics]]\nid = "regions"\nlabel = { en = "Regions", zh = "区域" }\n'
                   'definition = "Regional studies."\n[[topics.cues]]\nen = ["regional"]\n',
                   encoding="utf-8")
    assert main(["tag", "--json", "--taxonomy", str(tax), str(csl_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [[t["topic"] for t in d["topics"]] for d in data] == [[], [], ["regions"]]
    assert main(["tag", "--json", "--threshold", "0.99", str(csl_file)]) == 0
    assert all(not d["topics"] for d in json.loads(capsys.readouterr().out))


def test_tag_bad_taxonomy_is_one_line_error(csl_file: Path, tmp_path: Path, capsys) -> None:
    tax = tmp_path / "bad.toml"
    tax.write_text("[[topics]]\nid = 'x'\n", encoding="utf-8")
    assert main(["tag", "--taxonomy", str(tax), str(csl_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("poolrefs: error:") and "topic 'x' field 'label'" in err


def test_tag_threshold_out_of_range_is_usage_error(csl_file: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["tag", "--threshold", "2", str(csl_file)])
    assert info.value.code == 2


def test_tag_bibtex_input(tmp_path: Path, capsys) -> None:
    pytest.importorskip("poolrefs.bibtex", reason="BibTeX reader lands on main separately")
    path = tmp_path / "refs.bib"
    path.write_text("@article{lerner2007,\n  title = {The design of patent pools: The determinants"
                    " of licensing rules},\n  journal = {RAND Journal of Economics},\n"
                    "  year = {2007}\n}\n", encoding="utf-8")
    assert main(["tag", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {t["topic"] for t in data[0]["topics"]} >= {"pool-formation", "licensing"}
