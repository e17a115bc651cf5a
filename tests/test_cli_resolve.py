from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from poolrefs.cli import main

from .registry_data import DECOYS, SEED_WORKS
from .registry_fake import FakeRegistries

SEED = str(Path(__file__).parent.parent / "references" / "cas-bulletin-2018-patent-alliances.csl.json")


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRegistries]:
    with FakeRegistries(list(SEED_WORKS.values()) + DECOYS) as server:
        yield server


def urls(fake: FakeRegistries) -> list[str]:
    return ["--crossref-url", fake.url, "--doi-url", fake.url, "--datacite-url", fake.url, "--ieee-url", fake.url]


def test_resolve_json(fake: FakeRegistries, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", SEED, "--json", "--mailto", "me@example.org", *urls(fake)]) == 0
    out, err = capsys.readouterr()
    results = {r["id"]: r for r in json.loads(out)}
    assert results["ref03"]["status"] == "matched"
    assert results["ref03"]["doi"] == SEED_WORKS["ref03"]["DOI"]
    assert results["ref03"]["discrepancies"] == [{
        "field": "container-title", "cited": "Journal of Industrial Organization",
        "registered": "International Journal of Industrial Organization"}]
    assert results["ref03"]["record"]["container-title"] == "International Journal of Industrial Organization"
    assert results["ref01"]["status"] == "unmatched"
    assert "11 matched, 9 unmatched" in err
    assert all(query.get("mailto") == "me@example.org" for s, _, query in fake.requests if s == "crossref")


def test_resolve_table_then_offline_and_enriched(
    fake: FakeRegistries, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["resolve", SEED, *urls(fake)]) == 0
    out, _ = capsys.readouterr()
    assert "10.1016/j.ijindorg.2010.08.006" in out and "matched" in out
    sent = fake.count()
    enriched = tmp_path / "enriched.json"
    assert main(["resolve", SEED, "--offline", "--enriched", str(enriched), *urls(fake)]) == 0
    assert fake.count() == sent
    items = {i["id"]: i for i in json.loads(enriched.read_text(encoding="utf-8"))}
    assert items["ref03"]["container-title"] == "International Journal of Industrial Organization"
    assert items["ref03"]["x-provenance"]["container-title"] == "crossref"
    assert items["ref01"]["title"] == "知识产权密集型产业专利联盟运营模式创新研究"


def test_resolve_errors_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", SEED, "--offline", "--json"]) == 1
    out, err = capsys.readouterr()
    assert {r["status"] for r in json.loads(out)} == {"error"}
    assert "20 error" in err


def test_resolve_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "no-such-file.json"]) == 1
    assert "no-such-file.json" in capsys.readouterr().err
