from __future__ import annotations

import json
from pathlib import Path

import pytest

from poolrefs import Reference, read_bibtex, read_csl_json
from poolrefs.build import BuildOptions, output_files, run_build, with_ids
from poolrefs.cli import main

from .conftest import SEED_CSL, SEED_TXT

EXPECTED_FILES = {
    "references.json",
    "references.bib",
    "topics.csv",
    "resolution.json",
    "links.json",
    "report.html",
    *(
        f"bibliography.{style}.{ext}"
        for style in ("china-national-standard-gb-t-7714-2015-numeric", "apa")
        for ext in ("txt", "html", "md")
    ),
}


@pytest.fixture(scope="module")
def seed_files() -> dict[str, str]:
    refs = read_csl_json(SEED_CSL.read_text(encoding="utf-8"))
    result = run_build(refs, BuildOptions(offline=True))
    return output_files(result, title="Seed")


def test_offline_build_writes_every_output(seed_files: dict[str, str]) -> None:
    assert set(seed_files) == EXPECTED_FILES
    assert len(json.loads(seed_files["references.json"])) == 20
    assert len(read_bibtex(seed_files["references.bib"])) == 20
    links = json.loads(seed_files["links.json"])
    assert len(links) == 6 and {link["status"] for link in links} == {"offline"}
    assert seed_files["report.html"].count("data-ref=") == 20
    resolution = json.loads(seed_files["resolution.json"])
    assert {r["status"] for r in resolution} == {"skipped"}
    assert seed_files["topics.csv"].splitlines()[0] == "id,topics,scores,evidence"
    gbt = seed_files["bibliography.china-national-standard-gb-t-7714-2015-numeric.txt"].splitlines()
    assert gbt[0].startswith("[1] 李明星, 张梦娟, 胡成, 等.")


def test_build_is_deterministic(seed_files: dict[str, str]) -> None:
    refs = read_csl_json(SEED_CSL.read_text(encoding="utf-8"))
    again = output_files(run_build(refs, BuildOptions(offline=True)), title="Seed")
    assert again == seed_files


def test_ids_kept_or_made_unique() -> None:
    refs = with_ids([Reference(title="a"), Reference(id="x", title="b"), Reference(id="x", title="c")])
    assert [r.id for r in refs] == ["ref01", "x", "x-2"]


def test_no_links_option() -> None:
    result = run_build([Reference(id="a", title="T", url="https://example.org")],
                       BuildOptions(offline=True, links=False, styles=("apa",)))
    assert result.links == [[]]
    assert any("not checked" in note for note in result.notes)


def test_cli_build_from_text_list(tmp_path: Path) -> None:
    pytest.importorskip("poolrefs.parse")
    out = tmp_path / "out"
    assert main(["build", str(SEED_TXT), "-o", str(out), "--offline"]) == 0
    assert {p.name for p in out.iterdir()} == EXPECTED_FILES


def test_cli_build_from_csl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEED_CSL), "-o", str(out), "--offline", "--style", "ieee"]) == 0
    names = {p.name for p in out.iterdir()}
    assert "bibliography.ieee.txt" in names and "report.html" in names
    err = capsys.readouterr().err
    assert "20 references" in err and "report.html" in err


def test_cli_build_unknown_style_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEED_CSL), "-o", str(tmp_path), "--offline", "--style", "apaa"]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "unknown style 'apaa'" in err and "apa" in err


def test_online_build_enriches_matches_and_reports_discrepancies(tmp_path: Path) -> None:
    from .registry_data import DECOYS, SEED_WORKS
    from .registry_fake import FakeRegistries

    refs = read_csl_json(SEED_CSL.read_text(encoding="utf-8"))
    with FakeRegistries(list(SEED_WORKS.values()) + DECOYS) as fake:
        options = BuildOptions(
            styles=("apa",),
            links=False,
            resolve_options=fake.options(),
        )
        result = run_build(refs, options)
        files = output_files(result, title="Seed")
    rows = {r["id"]: r for r in json.loads(files["resolution.json"])}
    assert rows["ref03"]["status"] == "matched"
    assert rows["ref03"]["discrepancies"][0]["registered"] == "International Journal of Industrial Organization"
    enriched = {item["id"]: item for item in json.loads(files["references.json"])}
    assert enriched["ref03"]["DOI"] == rows["ref03"]["doi"]
    assert enriched["ref03"]["x-provenance"]["DOI"] == "crossref"
    assert "International Journal of Industrial Organization" in files["report.html"]
    assert sum(r["status"] == "matched" for r in rows.values()) == len(SEED_WORKS)
