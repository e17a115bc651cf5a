"""The volume/issue cue list and the regexes built from it."""

from __future__ import annotations

import re

import pytest

from poolrefs import parse_reference
from poolrefs.parse.cues import CUES, ISSUE_CUE, NUMBER_CUE, VOLUME_CUE
from poolrefs.parse.fields import clean_number


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("volume 4", "4"), ("Volumes 2-3", "2-3"), ("tome 6", "6"), ("t. 5", "5"), ("number 7", "7"),
        ("num. 9", "9"), ("issue 10", "10"), ("Iss. 11", "11"), ("H. 12", "12"), ("Heft 13", "13"),
        ("fasc. 2", "2"), ("Suppl. 3", "3"), ("part 4", "4"), ("Pt. 5", "5"), ("Jahrgang 7", "7"),
        ("Jahrg. 8", "8"), ("第33卷", "33"), ("제 2 권", "2"), ("V", "V"), ("XV", "XV"),
        ("Nr. 5", "5"), ("Nr 5", "5"), ("nr.5", "5"), ("(Nr. 3-4)", "3-4"), ("núm. 12", "12"),
        ("Núm. 3", "3"), ("№ 7", "7"), ("No. 5", "5"), ("n° 5", "5"), ("Heft 3", "3"), ("第5期", "5"),
    ],
)  # fmt: skip
def test_head_cues_are_stripped(span: str, expected: str) -> None:
    assert clean_number(span) == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [("NRW", "NRW"), ("Nose", "Nose"), ("Partx", "Partx"), ("Vol.XII", "XII"), ("Nos. 1-2", "1-2")],
)
def test_a_cue_does_not_run_on_into_a_word(span: str, expected: str) -> None:
    assert clean_number(span) == expected


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Vogt, Karl. Die Gezeiten der Ostsee. Zeitschrift für Küstenkunde, 2016, Nr. 4, S. 7-19.", None, "4"),
        ("Weber, Anna. Salz und Eis. Küstenforschung 12 (2011), Nr. 3, S. 44-51.", "12", "3"),
        ("Ruiz, Luis. Las mareas del norte. Revista de Costas, 2015, núm. 12, p. 33-40.", None, "12"),
    ],
)
def test_parsed_issue_after_nr_and_num(text: str, volume: str | None, issue: str) -> None:
    ref = parse_reference(text)
    assert (ref.volume, ref.issue) == (volume, issue)


def test_whole_word_is_stripped_before_its_abbreviation() -> None:
    head = re.compile(rf"^{NUMBER_CUE}", re.I)
    for text, cue in [("volume 3", "volume"), ("number 3", "number"), ("issue 3", "issue"), ("tome 3", "tome")]:
        m = head.match(text)
        assert m is not None and m.group() == cue


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("vol. 7", True, False), ("Bd. 7", True, False), ("t. 7", True, False), ("tome 7", True, False),
        ("Jg. 7", True, False), ("v. 7", True, False), ("no. 7", False, True), ("n° 7", False, True),
        ("Nr. 7", False, True), ("núm. 7", False, True), ("Heft 7", False, True), ("issue 7", False, True),
        ("no 7", False, False), ("t 7", False, False), ("v 7", False, False), ("volumes 7", False, False),
        ("number 7", False, False), ("part 7", False, False), ("Tomes 7", False, False),
    ],
)  # fmt: skip
def test_cues_in_running_text_are_strict(text: str, volume: bool, issue: bool) -> None:
    assert bool(re.fullmatch(rf"{VOLUME_CUE}\s*7", text, re.I)) is volume
    assert bool(re.fullmatch(rf"{ISSUE_CUE}\s*7", text, re.I)) is issue


def test_every_text_cue_is_a_volume_or_an_issue_cue() -> None:
    for cue in CUES:
        if cue.in_text:
            assert cue.marks in ("volume", "issue"), cue
