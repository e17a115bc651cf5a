"""``poolrefs parse --jsonl`` end to end: the real parser, workers, resume, stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from poolrefs.cli import main
from poolrefs.records import parse_record
from tests.conftest import SEED_TXT


def make_input(path: Path, copies: int = 3) -> list[str]:
    seed = SEED_TXT.read_text(encoding="utf-8").splitlines()
    lines = [f"[{i + 1}] {line}" for i, line in enumerate(seed * copies)]
    lines.insert(5, "")  # a blank line: no record, but it keeps its line number
    lines.insert(9, "(((( ))))")  # garbage: a record all the same (maybe with x-error)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def read_records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_records_equal_the_library_records(tmp_path: Path) -> None:
    lines = make_input(tmp_path / "refs.txt")
    out = tmp_path / "out" / "refs.jsonl"
    assert main(["parse", str(tmp_path / "refs.txt"), "--jsonl", "-o", str(out), "--no-progress"]) == 0
    expected = [parse_record(t, line=i) for i, t in enumerate(lines, start=1) if t.strip()]
    assert read_records(out) == expected
    assert [r["x-line"] for r in read_records(out)][:6] == [1, 2, 3, 4, 5, 7]


@pytest.mark.slow
def test_two_workers_give_the_same_bytes_and_resume(tmp_path: Path) -> None:
    make_input(tmp_path / "refs.txt", copies=10)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    base = ["parse", str(tmp_path / "refs.txt"), "--jsonl", "--no-progress", "--chunk-size", "16"]
    assert main([*base, "-o", str(one)]) == 0
    assert main([*base, "-o", str(two), "--workers", "2", "--tag"]) == 0
    tagged = read_records(two)
    assert [r["x-line"] for r in tagged] == [r["x-line"] for r in read_records(one)]
    assert all("x-topics" in r for r in tagged if "x-error" not in r)
    # interrupted mid-record, restarted: identical to the uninterrupted output
    expected = one.read_bytes()
    one.write_bytes(expected[: len(expected) * 2 // 3])
    assert main([*base, "-o", str(one), "--workers", "2"]) == 0
    assert one.read_bytes() == expected


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    text = "Kato A. Patent pools. J Ind Econ, 2004.\n\n李明. 专利联盟研究[J]. 科研管理, 2016, 3(2): 1-9.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main(["parse", "-", "--jsonl", "--no-progress"]) == 0
    records = [json.loads(line) for line in capsysbinary.readouterr().out.decode("utf-8").splitlines()]
    assert [(r["x-line"], r["x-raw"]) for r in records] == [
        (1, "Kato A. Patent pools. J Ind Econ, 2004."),
        (3, "李明. 专利联盟研究[J]. 科研管理, 2016, 3(2): 1-9."),
    ]


def test_resume_of_a_foreign_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_input(tmp_path / "refs.txt")
    out = tmp_path / "out.jsonl"
    out.write_text("this is not a record\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "refs.txt"), "--jsonl", "-o", str(out), "--no-progress"]) == 1
    assert "cannot resume" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "this is not a record\n"  # left alone


def test_console_script_runs_with_workers(tmp_path: Path) -> None:
    """The pool's spawned workers re-import the entry point safely (no fork bomb, no hang)."""
    make_input(tmp_path / "refs.txt", copies=1)
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "poolrefs", "parse", str(tmp_path / "refs.txt"), "--jsonl",
         "--workers", "2", "-o", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "wrote 21 record(s)" in done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 21


def test_hostile_input_file_streams_to_the_end(tmp_path: Path) -> None:
    lines = [
        b"Kato A. Patent pools. 2004.",
        b"\x00\x01\x02 control \x1b[31m characters",
        b"\xed\xa0\x80 encoded surrogate and \xff\xfe invalid bytes",
        b"\xe2\x80\xaeKato A.\xe2\x80\xac bidi",
        b"(" * 5000 + b")" * 5000,
        b"x" * 250_000,  # over the parser's limit: an x-error record, the stream goes on
        "专利池 👩‍👩‍👧 Патент".encode(),
        b"last\r",
    ]
    (tmp_path / "in.txt").write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "in.txt"), "--jsonl", "-o", str(out), "--no-progress"]) == 0
    records = read_records(out)
    assert [r["x-line"] for r in records] == list(range(1, 9))
    assert "too long" in str(records[5]["x-error"]) and len(str(records[5]["x-raw"])) == 250_000
    assert records[-1]["x-raw"] == "last"
    assert sum("x-error" in r for r in records) == 1
