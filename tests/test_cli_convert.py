from __future__ import annotations

import json
from pathlib import Path

import pytest

from poolrefs.cli import main

from .conftest import SEED_BIB, SEED_CSL


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("poolrefs ")


def test_convert_csl_to_bibtex_and_back(tmp_path: Path) -> None:
    bib = tmp_path / "out.bib"
    assert main(["convert", str(SEED_CSL), "--to", "bibtex", "-o", str(bib)]) == 0
    back = tmp_path / "back.json"
    assert main(["convert", str(bib), "--to", "csl-json", "-o", str(back)]) == 0
    items = json.loads(back.read_text(encoding="utf-8"))
    assert len(items) == 20 and items[0]["author"][0] == {"family": "李", "given": "明星"}


def test_convert_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED_BIB), "--to", "csl-json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 20


def test_broken_entries_reported_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.bib"
    path.write_text("@book{a, title={ok}}\n@book{b, title={bad}, year={20116}}\n", encoding="utf-8")
    assert main(["convert", str(path), "--to", "csl-json"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: " in err and "impossible year" in err


def test_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "/no/such/file.json", "--to", "bibtex"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No such file" in err[0]


def test_bad_json_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.json"
    path.write_text("[{", encoding="utf-8")
    assert main(["convert", str(path), "--to", "bibtex"]) == 1
    assert "invalid JSON" in capsys.readouterr().err


def test_usage_error_exit_code() -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert"])
    assert info.value.code == 2
