"""Hostile inputs: no crash (only PoolrefsError), no hang, ``raw`` always kept.

Every public entry point that reads text is fed control characters, bidi marks, lone
surrogates, emoji, mixed scripts, pathological punctuation runs, deeply nested brackets and
1 MB strings. Calls run under a wall-clock alarm, so a hang fails the test instead of
stalling CI (the limits are generous: they catch hangs and blow-ups, not slowness).
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poolrefs import (
    Name,
    PoolrefsError,
    Reference,
    read_bibtex,
    read_csl_json,
    render_bibliography,
    tag,
    write_bibtex,
    write_csl_json,
)
from tests.strategies import hostile_bibtex, hostile_csl_json, hostile_text, huge_strings

HOSTILE = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
HUGE = huge_strings()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail (TimeoutError) if the block runs longer than ``seconds`` of wall-clock time."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ----- BibTeX reader ------------------------------------------------------------------------


@HOSTILE
@given(hostile_bibtex())
def test_bibtex_reader_survives_hostile_text(text: str) -> None:
    with time_limit(10):
        try:
            refs = read_bibtex(text)
        except PoolrefsError:
            return
    assert all(f.line is None or f.line >= 1 for f in refs.failures)
    with time_limit(10):
        again = read_bibtex(write_bibtex(refs))  # what it read, it can write and read back
    assert len(again) == len(refs)


@HOSTILE
@given(hostile_text)
def test_bibtex_reader_strict_mode_raises_only_format_errors(text: str) -> None:
    with time_limit(10), suppress(PoolrefsError):
        read_bibtex("@article{k, title={" + text + "}}\n" + text, strict=True)


@pytest.mark.parametrize("name", sorted(HUGE))
def test_bibtex_reader_huge_field_is_fast_or_a_failure(name: str) -> None:
    text = "@article{k, author={A, B}, title={" + HUGE[name] + "}}\n@book{ok, title={Fine}}"
    with time_limit(5):
        refs = read_bibtex(text)
    assert [r.title for r in refs][-1:] == ["Fine"]  # the good entry after it is still read
    assert len(refs) + len(refs.failures) == 2


@pytest.mark.parametrize("name", sorted(HUGE))
def test_bibtex_reader_huge_garbage(name: str) -> None:
    with time_limit(5), suppress(PoolrefsError):
        read_bibtex(HUGE[name])


def test_bibtex_long_one_line_string_is_text_not_a_path() -> None:
    assert len(read_bibtex("a" * 5000)) == 0  # used to raise OSError "File name too long"


# ----- CSL-JSON reader ----------------------------------------------------------------------


@HOSTILE
@given(hostile_csl_json())
def test_csl_json_reader_survives_hostile_text(text: str) -> None:
    with time_limit(10):
        try:
            refs = read_csl_json(text)
        except PoolrefsError:
            return
        assert [r.to_csl() for r in read_csl_json(write_csl_json(refs))] == [r.to_csl() for r in refs]


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in json
        '{"a":' * 5000 + "1" + "}" * 5000,
        '[{"id": 1, "type": "book", "volume": ' + "9" * 5000 + "}]",  # int digits limit
        '[{"id": 1, "type": "book", "issued": {"date-parts": [[1e999]]}}]',
        '[{"id": 1, "type": "book", "volume": NaN, "page": Infinity}]',
        '[{"id": 1, "type": "book", "title": "\\ud800\\udfff\\udc00"}]',
        "\ufeff[]",
        "",
    ],
    ids=["deep-array", "deep-object", "long-int", "huge-float", "nan", "surrogates", "bom", "empty"],
)
def test_csl_json_reader_structural_attacks(text: str) -> None:
    with time_limit(5), suppress(PoolrefsError):
        read_csl_json(text)


@pytest.mark.parametrize("name", sorted(HUGE))
def test_csl_json_reader_huge_values(name: str) -> None:
    text = json.dumps([{"id": "x", "type": "book", "title": HUGE[name], "note": HUGE[name][:1000]}])
    with time_limit(5):
        refs = read_csl_json(text)
        assert refs[0].title == HUGE[name]
        assert read_csl_json(write_csl_json(refs))[0].title == HUGE[name]


@settings(max_examples=30, deadline=None)
@given(st.lists(hostile_text, min_size=1, max_size=3))
def test_hostile_strings_survive_csl_json_and_bibtex_round_trips(values: list[str]) -> None:
    items = [{"id": f"k{i}", "type": "article-journal", "title": v} for i, v in enumerate(values)]

    with time_limit(10):
        refs = read_csl_json(json.dumps(items))
        # JSON itself joins an escaped surrogate pair ("\ud800\udfff") into one character
        expected = [json.loads(json.dumps(v)) for v in values]
        assert [r.title for r in refs] == expected
        assert [r.title for r in read_csl_json(write_csl_json(refs))] == expected
        back = read_bibtex(write_bibtex(refs))
    assert len(back) + len(back.failures) == len(values)


# ----- topic tagging --------------------------------------------------------------------------


@HOSTILE
@given(hostile_text, hostile_text)
def test_tag_survives_hostile_fields(title: str, other: str) -> None:
    ref = Reference(type="article-journal", title=title, container_title=other, abstract=other,
                    keyword=other, raw=title)  # fmt: skip
    with time_limit(10):
        tags = tag(ref)
    assert all(0 < t.score <= 1 and t.evidence for t in tags)


@pytest.mark.parametrize("name", [*sorted(HUGE), "cue-words-far-apart", "zh-cue-words-far-apart"])
def test_tag_huge_title_is_fast(name: str) -> None:
    title = HUGE.get(name) or {
        "cue-words-far-apart": "pool " * 60_000 + "word " * 20 + "formation " * 60_000,
        "zh-cue-words-far-apart": "池" * 300_000 + "的" * 20 + "形成" * 300_000,
    }[name]
    with time_limit(5):  # was quadratic in the cue matcher: minutes for 1 MB
        tag(Reference(type="article-journal", title=title, raw=title))


# ----- rendering ------------------------------------------------------------------------------


@HOSTILE
@given(hostile_text, hostile_text, st.sampled_from(["apa", "ieee", "vancouver", "chicago-author-date"]),
       st.sampled_from(["text", "html", "markdown"]))  # fmt: skip
def test_render_survives_hostile_fields(title: str, name: str, style: str, fmt: str) -> None:
    ref = Reference(id="h", type="article-journal", title=title or None, container_title=name or None,
                    authors=[Name(family=name or "X", given=title[:20] or None)], page=name or None,
                    publisher=title or None, raw=title)  # fmt: skip
    with time_limit(10):
        try:
            entries = render_bibliography([ref], style=style, format=fmt)
        except PoolrefsError:
            return
    assert len(entries) == 1


@pytest.mark.parametrize("name", sorted(HUGE))
def test_render_huge_values(name: str) -> None:
    value = HUGE[name]
    ref = Reference(id="h", type="article-journal", title=value, container_title=value[:5000],
                    authors=[Name(family=value[:2000], given="A.")])  # fmt: skip
    with time_limit(10):
        for fmt in ("text", "html"):
            assert len(render_bibliography([ref], style="apa", format=fmt)) == 1


def test_render_html_escapes_markup_in_values() -> None:
    ref = Reference(id="h", type="book", title='<script>alert("x")</script> & <b>', publisher="<i>P</i>")
    entry = render_bibliography([ref], style="apa", format="html")[0]
    assert "<script>" not in entry and "&lt;script&gt;" in entry
