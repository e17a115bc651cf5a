"""Hostile reference strings for the parser: no crash, no hang, ``raw`` always kept.

A string longer than the documented limit (``poolrefs.parse.MAX_REFERENCE_CHARS``) is refused
with a ParseError at once; anything shorter parses in time linear in its length.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poolrefs import ParseError, PoolrefsError, Reference, parse_reference, parse_references
from poolrefs.parse import MAX_REFERENCE_CHARS
from poolrefs.records import ParseTask, parse_record
from tests.strategies import hostile_text, huge_strings
from tests.test_hostile_inputs import HOSTILE, time_limit

HUGE = huge_strings()


def parse_or_refuse(text: str) -> Reference | None:
    with time_limit(10):
        try:
            ref = parse_reference(text)
        except PoolrefsError:
            return None
    assert isinstance(ref, Reference)
    assert ref.raw == text
    return ref


@HOSTILE
@given(hostile_text)
def test_parse_survives_hostile_text(text: str) -> None:
    ref = parse_or_refuse(text)
    if ref is not None:
        json.dumps(ref.to_csl(), ensure_ascii=False)  # the record is serialisable
        Reference.from_csl(ref.to_csl())  # and valid


@settings(max_examples=25, deadline=None)
@given(st.lists(hostile_text, min_size=1, max_size=6))
def test_batch_parse_keeps_every_item_and_its_raw(texts: list[str]) -> None:
    with time_limit(20):
        try:
            refs = parse_references(texts)
        except PoolrefsError:
            return
    assert [r.raw for r in refs] == texts


@HOSTILE
@given(hostile_text)
def test_streaming_record_never_raises_and_keeps_raw(text: str) -> None:
    with time_limit(10):
        record = parse_record(text, line=7, tag=True)
    assert record["x-line"] == 7 and record["x-raw"] == text
    if "x-error" not in record:
        assert Reference.from_csl(record).raw == text
    lines = ParseTask(tag=True)([(7, text)])
    assert len(lines) == (1 if text.strip() else 0)
    if lines:  # one JSON line; lone surrogates escaped, so it is valid UTF-8 and reads back
        assert "\n" not in lines[0] and lines[0].encode("utf-8")
        # JSON joins an escaped surrogate pair ("\ud800\udfff") into one character
        assert json.loads(lines[0])["x-raw"] == json.loads(json.dumps(text))


@pytest.mark.parametrize("name", sorted(HUGE))
def test_one_megabyte_string_is_refused_at_once(name: str) -> None:
    text = HUGE[name]
    assert len(text) > MAX_REFERENCE_CHARS
    with time_limit(1), pytest.raises(ParseError, match="too long"):
        parse_reference(text)


@pytest.mark.parametrize("name", sorted(HUGE))
def test_long_pathological_strings_parse_and_keep_raw(name: str) -> None:
    assert parse_or_refuse(HUGE[name][:10_000]) is not None


def test_longest_accepted_string_parses_in_bounded_time() -> None:
    assert parse_or_refuse(HUGE["repeated-reference"][:MAX_REFERENCE_CHARS]) is not None


def test_limit_is_documented_and_reasonable() -> None:
    assert 2_000 <= MAX_REFERENCE_CHARS < 1_000_000
    assert str(MAX_REFERENCE_CHARS) in (parse_reference.__doc__ or "").replace(",", "").replace("_", "")
