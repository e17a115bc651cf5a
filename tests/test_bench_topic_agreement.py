"""Inter-labeller agreement on the mission topics (bench/topic_agreement.py), on invented labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench_modules import load_bench

agreement = load_bench("topic_agreement")

P, INN, R = "pool-formation", "innovation-effects", "rent-sharing"

# A: a CSL-JSON list; x7 is unlabelled (no x-topics), x9 only in A.
CSL_A = [
    {"id": "x1", "title": "One", "x-topics": [P], "x-why": "a1"},
    {"id": "x2", "title": "Two", "x-topics": [P, INN], "x-why": "a2"},
    {"id": "x3", "title": "Three", "x-topics": ["some-other-topic"], "x-why": "a3"},
    {"id": "x4", "title": "Four", "x-topics": [R], "x-why": "a4"},
    {"id": "x5", "title": "Five", "x-topics": [], "x-topics-ambiguous": True, "x-why": "a5"},
    {"id": "x6", "title": "Six", "x-topics": [INN], "x-why": "a6"},
    {"id": "x7", "title": "Seven"},
    {"id": "x9", "title": "Nine", "x-topics": [P], "x-why": "a9"},
]


def _b(item_id: str, topics: list[str], ambiguous: bool = False) -> dict[str, object]:
    return {
        "id": item_id,
        "x-topics": topics,
        "x-topics-ambiguous": ambiguous,
        "why": "b" + item_id,
    }


# B: a {"labels": [...]} file; x8 only in B, x7 labelled only here.
LABELS_B = {
    "_convention": "invented",
    "labels": [
        _b("x1", [P]),
        _b("x2", [P]),
        _b("x3", [INN]),
        _b("x4", [R]),
        _b("x5", [P]),
        _b("x6", [], ambiguous=True),
        _b("x7", [P]),
        _b("x8", []),
    ],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.csl.json", tmp_path / "b-labels.json"
    a.write_text(json.dumps(CSL_A), encoding="utf-8")
    b.write_text(json.dumps(LABELS_B), encoding="utf-8")
    return a, b


def test_counts_f1_and_kappa_by_hand(files: tuple[Path, Path]) -> None:
    a, b = (agreement.load_labels(p) for p in files)
    result = agreement.compare(a, b)
    # common x1..x6; x9 only in A; x7 (unlabelled in A) and x8 only in B
    assert (result.common, result.only_a, result.only_b) == (6, 1, 2)
    assert (result.ambiguous_a, result.ambiguous_b, result.ambiguous_both) == (1, 1, 0)
    assert result.scored == 4  # x1..x4
    by_topic = {t.topic: t for t in result.topics}
    assert (by_topic[P].in_a, by_topic[P].in_b, by_topic[P].both) == (2, 2, 2)
    assert (by_topic[INN].in_a, by_topic[INN].in_b, by_topic[INN].both) == (1, 1, 0)
    assert (by_topic[R].in_a, by_topic[R].in_b, by_topic[R].both) == (1, 1, 1)
    # pool-formation: po = 1, pe = .5; rent-sharing: po = 1, pe = .625 -> 1
    assert by_topic[P].kappa == pytest.approx(1.0)
    assert by_topic[R].kappa == pytest.approx(1.0)
    # innovation-effects: po = 2/4, pe = .25*.25 + .75*.75 = .625 -> (.5-.625)/.375 = -1/3
    assert by_topic[INN].kappa == pytest.approx(-1 / 3)
    # both = 2+0+1 = 3, disagreements = 0+2+0 -> F1 = 6/8
    assert result.micro_f1 == pytest.approx(0.75)
    assert result.identical_sets == 2  # x1, x4
    assert [d.split()[0] for d in result.topic_disagreements] == ["x2", "x3"]
    assert [d.split()[0] for d in result.ambiguity_disagreements] == ["x5", "x6"]
    assert "a2" in result.topic_disagreements[0] and "bx2" in result.topic_disagreements[0]


def test_symmetric(files: tuple[Path, Path]) -> None:
    a, b = (agreement.load_labels(p) for p in files)
    ab, ba = agreement.compare(a, b), agreement.compare(b, a)
    assert ab.micro_f1 == ba.micro_f1
    assert [t.kappa for t in ab.topics] == [t.kappa for t in ba.topics]


def test_kappa_textbook_and_undefined() -> None:
    # 50 items: A says yes to 25, B to 30, both to 20 (both no: 15): po .7, pe .5 -> .4
    assert agreement.cohen_kappa(25, 30, 20, 50) == pytest.approx(0.4)
    assert agreement.cohen_kappa(0, 0, 0, 10) is None  # nobody ever says yes
    assert agreement.cohen_kappa(0, 0, 0, 0) is None


def test_main_prints_report_and_details(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert agreement.main([str(files[0]), str(files[1]), "--details"]) == 0
    out = capsys.readouterr().out
    assert "items in common: 6" in out
    assert "ambiguous: A 1, B 1, both 0, either 2" in out
    assert "micro-F1 (A vs B, symmetric): 0.750" in out
    assert "innovation-effects      1    1     0  -0.333" in out
    assert "topic disagreements (2):" in out and "x3  Three" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read JSON"),
        ('{"items": []}', "expected a CSL-JSON list"),
        ('[{"title": "no id", "x-topics": []}]', "string 'id'"),
        ('[{"id": "a", "x-topics": "pool-formation"}]', "list of strings"),
        ('[{"id": "a", "x-topics": [], "x-topics-ambiguous": "yes"}]', "true or false"),
        ('[{"id": "a", "x-topics": []}, {"id": "a", "x-topics": []}]', "duplicate id"),
    ],
)
def test_bad_sources_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(agreement.LabelFileError, match=message):
        agreement.load_labels(bad)
    assert agreement.main([str(bad), str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_several_files_make_one_source(
    tmp_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # A split in two files (x1..x4 and x5..x9): merged it must give the same numbers as one file.
    part1, part2 = tmp_path / "part-1.csl.json", tmp_path / "part-2.csl.json"
    part1.write_text(json.dumps(CSL_A[:4]), encoding="utf-8")
    part2.write_text(json.dumps(CSL_A[4:]), encoding="utf-8")
    spec = str(tmp_path / "part-*.csl.json")
    assert agreement.source_paths(spec) == [part1, part2]
    assert agreement.source_paths(f"{part2},{part1}") == [part2, part1]
    per_file = agreement.load_sources([part1, part2])
    assert sorted(per_file[part1]) == ["x1", "x2", "x3", "x4"]
    assert agreement.main([spec, str(files[1])]) == 0
    out = capsys.readouterr().out
    assert "A = part-1.csl.json + part-2.csl.json" in out
    assert "items in common: 6 (only in A: 1, only in B: 2)" in out
    assert "micro-F1 (A vs B, symmetric): 0.750" in out
    # per-file lines: part 1 has x1..x4 all scored (F1 6/8); part 2 has x5, x6, both ambiguous
    assert "part-1.csl.json: common 4, ambiguous A 0 B 0 both 0 either 0, scored 4," in out
    assert "micro-F1 0.750, identical 2/4" in out
    assert "part-2.csl.json: common 2, ambiguous A 1 B 1 both 0 either 2, scored 0," in out
    assert "micro-F1 n/a" in out


def test_several_files_bad_lists_are_clear_errors(
    tmp_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(agreement.LabelFileError, match="matches no file"):
        agreement.source_paths(str(tmp_path / "nothing-*.json"))
    with pytest.raises(agreement.LabelFileError, match="empty file name"):
        agreement.source_paths(f"{files[0]},")
    # the same item in two files of one source
    with pytest.raises(agreement.LabelFileError, match="also labelled in"):
        agreement.load_sources([files[0], files[0]])
    assert agreement.main([f"{files[0]},{files[0]}", str(files[1])]) == 2
    assert "also labelled in" in capsys.readouterr().err


def test_agreed_items_written(
    tmp_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agreed.json"
    assert agreement.main([str(files[0]), str(files[1]), "--agreed", str(out)]) == 0
    assert "agreed items written to" in capsys.readouterr().out
    entries = json.loads(out.read_text(encoding="utf-8"))["labels"]
    # x1 [P] and x4 [R] agree; x2, x3 differ in topics; x5, x6 differ in ambiguity
    assert [(e["id"], e["x-topics"], e["x-topics-ambiguous"]) for e in entries] == [
        ("x1", [P], False),
        ("x4", [R], False),
    ]
    assert entries[0]["why"] == "A: a1 | B: bx1"
    # the written file is itself a label source: it agrees fully with A on its items
    again = agreement.compare(agreement.load_labels(out), agreement.load_labels(files[0]))
    assert (again.common, again.micro_f1, again.identical_sets) == (2, 1.0, 2)


def test_agreed_keeps_items_both_mark_ambiguous() -> None:
    amb = agreement.Label(frozenset(), True, "why", "t")
    amb_with_topic = agreement.Label(frozenset({P}), True, "other", "t")
    entries = agreement.agreed_labels({"y": amb}, {"y": amb_with_topic})
    assert entries == [
        {"id": "y", "x-topics": [], "x-topics-ambiguous": True, "why": "A: why | B: other"}
    ]
